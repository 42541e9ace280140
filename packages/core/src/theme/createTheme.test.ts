import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../color/contrast';
import { checkTheme } from './checkTheme';
import { createTheme, themeVariables } from './createTheme';
import { DEFAULT_THEME_MODES, MODE_NEUTRALS, THEME_MODES, THEME_PROPERTIES } from './defaults';
import { lightnessOf } from './colour';

const tokensDir = new URL('../../../tokens/tokens/', import.meta.url);
const modeJson = (mode: string) => JSON.parse(readFileSync(fileURLToPath(new URL(`modes/${mode}.json`, tokensDir)), 'utf8')).color;

const BANKS = ['#C7000B', '#0066B3', '#00A650', '#E60012', '#FFF59D'];

describe('createTheme', () => {
  it.each(BANKS)('%s: every pairing meets its bar in every mode', (primary) => {
    const theme = createTheme({ primary });
    const failures = checkTheme(theme.modes).filter((p) => !p.pass);
    expect(failures).toEqual([]);
    for (const mode of THEME_MODES) expect(Object.keys(theme.modes[mode]).sort()).toEqual([...THEME_PROPERTIES].sort());
  });

  it('keeps a brand colour that already meets the bars and names the ones it moved', () => {
    const red = createTheme({ primary: '#C7000B' });
    expect(red.modes.standard['--yf-color-primary']).toBe('#c7000b'); // white on #c7000b is 5.9:1
    expect(red.adjusted).not.toContain('standard --yf-color-primary');
    expect(red.adjusted).toContain('elder --yf-color-primary'); // elder needs 7:1: darker, same hue
    expect(contrastRatio('#ffffff', red.modes.elder['--yf-color-primary']!)).toBeGreaterThanOrEqual(7);
    expect(lightnessOf(red.modes.elder['--yf-color-primary']!)).toBeLessThan(lightnessOf('#c7000b'));
  });

  it('shifts a pale yellow in lightness and says so', () => {
    const pale = createTheme({ primary: '#FFF59D' });
    expect(pale.adjusted).toEqual(expect.arrayContaining(['standard --yf-color-primary', 'elder --yf-color-primary']));
    const p = pale.modes.standard['--yf-color-primary']!;
    expect(contrastRatio(p, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(lightnessOf(p)).toBeLessThan(lightnessOf('#fff59d'));
  });

  it('leaves high-contrast mode alone unless asked', () => {
    const theme = createTheme({ primary: '#C7000B' });
    expect(theme.modes['high-contrast']).toEqual(DEFAULT_THEME_MODES['high-contrast']);
    expect(theme.css).not.toContain('high-contrast');
    const asked = createTheme({ primary: '#C7000B', highContrast: true });
    expect(asked.css).toContain('--yf-theme-high-contrast-color-primary');
    expect(asked.modes['high-contrast']['--yf-color-primary']).not.toBe('#ffd60a');
    expect(checkTheme(asked.modes).filter((p) => !p.pass)).toEqual([]);
  });

  it('uses the accent for links and the focus ring', () => {
    const theme = createTheme({ primary: '#C7000B', accent: '#0066B3' });
    expect(theme.modes.standard['--yf-color-link']).toBe('#0066b3');
    expect(theme.modes.standard['--yf-color-primary']).toBe('#c7000b');
    expect(theme.css).toContain('accent #0066b3');
  });

  it('writes css on :root by default and on the given selector', () => {
    const theme = createTheme({ primary: '#0066B3' });
    expect(theme.css).toMatch(/^:root \{$/m);
    expect(theme.css).toContain('--yf-theme-elder-color-primary: ');
    expect(createTheme({ primary: '#0066B3', selector: '.my-bank' }).css).toMatch(/^\.my-bank \{$/m);
    const vars = themeVariables(theme);
    expect(vars['--yf-theme-standard-color-primary']).toBe('#0066b3');
    for (const [k, v] of Object.entries(vars)) expect(theme.css).toContain(`${k}: ${v};`);
  });

  it.each(['#12', 'red;', 'url(https://x.example/a.png)', 'var(--x)', '', '#ff000080', 'transparent', 'rgb(0 0 0); color: red', 'notacolour'])(
    'rejects %j with a plain TypeError',
    (primary) => {
      expect(() => createTheme({ primary })).toThrow(TypeError);
      expect(() => createTheme({ primary })).toThrow(/not a colour|opaque/);
    },
  );

  it('rejects odd options plainly', () => {
    expect(() => createTheme(undefined as never)).toThrow(TypeError);
    expect(() => createTheme({ primary: 12 as never })).toThrow(/must be a colour string/);
    expect(() => createTheme({ primary: '#c7000b', accent: 'url(x)' })).toThrow(/accent "url\(x\)" is not a colour/);
    expect(() => createTheme({ primary: '#c7000b', selector: 'body{} html' })).toThrow(/not a plain CSS selector/);
  });

  it('accepts other colour syntaxes and always answers in #rrggbb', () => {
    for (const primary of ['rgb(199 0 11)', 'hsl(357 100% 39%)', 'oklch(0.52 0.21 28)', 'red', '#c00']) {
      const theme = createTheme({ primary });
      for (const mode of THEME_MODES) for (const v of Object.values(theme.modes[mode])) expect(v).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('theme defaults mirror @yinfa/tokens', () => {
  it.each(THEME_MODES)('%s', (mode) => {
    const json = modeJson(mode);
    for (const [property, value] of Object.entries(DEFAULT_THEME_MODES[mode])) expect([property, json[property.slice(11)].$value]).toEqual([property, value]);
    const n = MODE_NEUTRALS[mode];
    expect([n.background, n.surface, n.text, n.secondary, n.focusHalo, n.disabledSurface, n.disabledText]).toEqual(
      ['background', 'surface', 'text', 'secondary', 'focus-halo', 'disabled-surface', 'disabled-text'].map((k) => json[k].$value),
    );
  });

  it('sets exactly the properties tokens.css reads through --yf-theme-*', () => {
    const names = JSON.parse(readFileSync(fileURLToPath(new URL('themeable.json', tokensDir)), 'utf8')).names as string[];
    expect(names.map((n) => `--yf-${n}`)).toEqual([...THEME_PROPERTIES]);
  });
});
