// Writes dist/presets/: the CSS presets (antd-mobile, vant, element-plus — copied, they read var(--yf-*))
// and antdTheme(mode) for antd's ConfigProvider (ESM, CJS, types), with the elder values resolved from tokens.
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'dist', 'presets');
const CSS = ['antd-mobile.css', 'vant.css', 'element-plus.css'];

const px = (v) => Math.round(parseFloat(v) * 16 * 100) / 100;

/** antd ConfigProvider theme for a mode; standard (and high-contrast) return no overrides, so antd looks as it does. */
function antdValues(t) {
  const body = px(t['yf-font-size-body']);
  const target = px(t['yf-size-target']);
  const icon = px(t['yf-size-icon']);
  return {
    token: {
      fontSize: body,
      fontSizeSM: body,
      fontSizeLG: px(t['yf-font-size-large']),
      fontSizeXL: px(t['yf-font-size-heading']),
      fontSizeHeading1: px(t['yf-font-size-display']) * 1.25,
      fontSizeHeading2: px(t['yf-font-size-display']),
      fontSizeHeading3: px(t['yf-font-size-heading']),
      fontSizeHeading4: px(t['yf-font-size-large']),
      fontSizeHeading5: body,
      lineHeight: Number(t['yf-font-line-height']),
      fontFamily: t['yf-font-family-body'],
      controlHeight: target,
      controlHeightSM: target,
      controlHeightLG: target,
      borderRadius: px(t['yf-radius-control']),
      borderRadiusLG: px(t['yf-radius-card']),
      lineWidth: 1,
      lineWidthFocus: px(t['yf-focus-width']),
      colorPrimary: t['yf-color-primary'],
      colorPrimaryHover: t['yf-color-primary-hover'],
      colorPrimaryActive: t['yf-color-primary-active'],
      colorPrimaryText: t['yf-color-link'],
      colorPrimaryTextHover: t['yf-color-primary-hover'],
      colorLink: t['yf-color-link'],
      colorLinkHover: t['yf-color-primary-hover'],
      colorText: t['yf-color-text'],
      colorTextHeading: t['yf-color-text'],
      colorTextSecondary: t['yf-color-text-muted'],
      colorTextTertiary: t['yf-color-text-muted'],
      colorTextQuaternary: t['yf-color-text-muted'],
      colorTextDescription: t['yf-color-text-muted'],
      colorTextPlaceholder: t['yf-color-text-muted'],
      colorTextDisabled: t['yf-color-disabled-text'],
      colorBgContainerDisabled: t['yf-color-disabled-surface'],
      colorBorder: t['yf-color-border'],
      colorBorderSecondary: t['yf-color-divider'],
      colorBgContainer: t['yf-color-background'],
      colorBgElevated: t['yf-color-background'],
      colorBgLayout: t['yf-color-surface'],
      colorError: t['yf-color-danger'],
      colorSuccess: t['yf-color-success-text'],
      colorWarning: t['yf-color-warning-text'],
      colorInfo: t['yf-color-primary'],
      colorTextLightSolid: t['yf-color-on-primary'],
    },
    components: {
      Button: { contentFontSize: body, contentFontSizeSM: body, contentFontSizeLG: body, paddingInline: px(t['yf-size-control-padding-inline']), fontWeight: 700, defaultColor: t['yf-color-on-secondary'], defaultBorderColor: t['yf-color-on-secondary'] },
      Input: { inputFontSize: body, inputFontSizeSM: body, inputFontSizeLG: body },
      Checkbox: { controlInteractiveSize: icon },
      Radio: { radioSize: icon, dotSize: Math.round(icon / 2), wrapperMarginInlineEnd: 16 },
      // The focusable element is the tab's label (.ant-tabs-tab-btn), drawn with no padding of its own: only
      // its line height can make it a 60px target (pane text inherits it, see docs/theming.md).
      Tabs: { titleFontSize: body, titleFontSizeSM: body, titleFontSizeLG: body, lineHeight: target / body, horizontalItemPadding: '0', itemColor: t['yf-color-text-muted'], itemSelectedColor: t['yf-color-link'] },
      Menu: { itemHeight: target, horizontalLineHeight: `${target}px`, itemColor: t['yf-color-text'], itemSelectedColor: t['yf-color-link'] },
      List: { itemPadding: `${(target - body * Number(t['yf-font-line-height'])) / 2}px 0` },
      Modal: { titleFontSize: px(t['yf-font-size-large']) },
      Message: { contentPadding: '16px 20px' },
    },
  };
}

export async function writePresets(values) {
  await mkdir(out, { recursive: true });
  for (const file of CSS) await copyFile(path.join(here, file), path.join(out, file));
  const themes = { standard: {}, elder: antdValues(values.elder), 'high-contrast': {} };
  const body = `const themes = ${JSON.stringify(themes, null, 2)};
const clone = (v) => JSON.parse(JSON.stringify(v));
/**
 * antd (v5/v6) ConfigProvider theme for a Yinfa mode: <ConfigProvider theme={antdTheme(mode)}>.
 * 'elder' gives 20px text, 60px controls, 7:1 text colours; 'standard' and 'high-contrast' change nothing.
 * Pass createTheme()'s result as the second argument to use a brand theme's colours.
 */
function antdTheme(mode, brand) {
  const key = Object.prototype.hasOwnProperty.call(themes, mode) ? mode : 'standard';
  const theme = clone(themes[key]);
  const colours = brand && brand.modes && brand.modes[key];
  if (colours && theme.token) {
    const map = { colorPrimary: '--yf-color-primary', colorPrimaryHover: '--yf-color-primary-hover', colorPrimaryActive: '--yf-color-primary-active', colorPrimaryText: '--yf-color-link', colorLink: '--yf-color-link', colorTextLightSolid: '--yf-color-on-primary' };
    for (const [k, v] of Object.entries(map)) if (colours[v]) theme.token[k] = colours[v];
    if (colours['--yf-color-on-secondary']) { theme.components.Button.defaultColor = colours['--yf-color-on-secondary']; theme.components.Button.defaultBorderColor = colours['--yf-color-on-secondary']; }
  }
  return theme;
}
`;
  const header = '// Generated by presets/build-presets.mjs from the Yinfa tokens. Do not edit.\n';
  await writeFile(path.join(out, 'antd.js'), `${header}${body}export { antdTheme };\nexport default antdTheme;\n`);
  await writeFile(path.join(out, 'antd.cjs'), `"use strict";\n${header}${body}module.exports = { antdTheme, default: antdTheme };\n`);
  const dts = `${header}export type YinfaMode = 'standard' | 'elder' | 'high-contrast';
/** The shape antd's ConfigProvider \`theme\` prop takes (seed/map tokens and component tokens). */
export interface AntdThemeConfig {
  token?: Record<string, string | number>;
  components?: Record<string, Record<string, string | number>>;
}
/** antd ConfigProvider theme for a Yinfa mode; pass createTheme()'s result to use a brand theme's colours. */
export declare function antdTheme(mode: YinfaMode, brand?: { modes: Record<YinfaMode, Record<string, string>> }): AntdThemeConfig;
export default antdTheme;
`;
  await writeFile(path.join(out, 'antd.d.ts'), dts);
  await writeFile(path.join(out, 'antd.d.cts'), dts.replace('export default antdTheme;\n', '').replace(/export declare function/, 'declare function').replace(/\n$/, '\nexport { antdTheme };\n'));
}
