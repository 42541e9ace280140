/** antdTheme(mode): elder values from the tokens, nothing for standard, the same from ESM and CJS. */
import { createRequire } from 'node:module';
import { contrastRatio, createTheme } from '@yinfa/core';
import { describe, expect, it } from 'vitest';

// Built by build.mjs (typecheck runs before the build, so the module is loaded by URL and typed here).
type AntdTheme = { token?: Record<string, string | number>; components?: Record<string, Record<string, string | number>> };
const { antdTheme } = (await import(/* @vite-ignore */ new URL('./dist/presets/antd.js', import.meta.url).href)) as {
  antdTheme: (mode: string, brand?: unknown) => AntdTheme;
};
const require = createRequire(import.meta.url);

describe('antdTheme', () => {
  it('gives elder mode 20px text, 60px controls and ≥ 7:1 text colours', () => {
    const { token, components } = antdTheme('elder');
    expect(token).toMatchObject({ fontSize: 20, fontSizeSM: 20, controlHeight: 60, controlHeightSM: 60, lineHeight: 1.6 });
    for (const key of ['colorText', 'colorTextSecondary', 'colorTextTertiary', 'colorTextPlaceholder', 'colorLink'] as const) {
      expect([key, contrastRatio(String(token![key]), '#ffffff') >= 7]).toEqual([key, true]);
    }
    expect(contrastRatio(String(token!.colorTextLightSolid), String(token!.colorPrimaryHover))).toBeGreaterThanOrEqual(7);
    expect(components!.Button).toMatchObject({ contentFontSize: 20 });
  });

  it('leaves standard and high-contrast as antd draws them, and falls back on unknown modes', () => {
    expect(antdTheme('standard')).toEqual({});
    expect(antdTheme('high-contrast')).toEqual({});
    expect(antdTheme('huge' as never)).toEqual({});
  });

  it('takes a brand theme’s colours, and returns a fresh object each call', () => {
    const brand = createTheme({ primary: '#C7000B' });
    const t = antdTheme('elder', brand);
    expect(t.token!.colorPrimary).toBe(brand.modes.elder['--yf-color-primary']);
    t.token!.fontSize = 1;
    expect(antdTheme('elder').token!.fontSize).toBe(20);
  });

  it('is the same through require()', () => {
    expect(require('./dist/presets/antd.cjs').antdTheme('elder')).toEqual(antdTheme('elder'));
  });
});
