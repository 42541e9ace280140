/**
 * The colour schemes users of Chinese government sites know from the 无障碍工具条 (standards.md §4.1):
 * 白底黑字蓝链接, 黑底黄字白链接, 蓝底黄字白链接, 黄底黑字蓝链接, plus the page's own colours.
 * Every text and link colour is ≥ 7:1 on its background (checked in schemes.test.ts and, on a real
 * host page, in test/browser/toolbar.browser.test.tsx).
 */
export const COLOR_SCHEME_IDS = ['page', 'white-black', 'black-yellow', 'blue-yellow', 'yellow-black'] as const;
export type ColorSchemeId = (typeof COLOR_SCHEME_IDS)[number];

export interface ColorScheme {
  id: Exclude<ColorSchemeId, 'page'>;
  background: string;
  text: string;
  link: string;
  /** The focus outline: must stand out from background, text and link. */
  focus: string;
}

export const COLOR_SCHEMES: Readonly<Record<ColorScheme['id'], ColorScheme>> = Object.freeze({
  'white-black': { id: 'white-black', background: '#ffffff', text: '#000000', link: '#0033bb', focus: '#b3002d' },
  'black-yellow': { id: 'black-yellow', background: '#000000', text: '#ffff00', link: '#ffffff', focus: '#00e5ff' },
  'blue-yellow': { id: 'blue-yellow', background: '#00207a', text: '#ffff00', link: '#ffffff', focus: '#00e5ff' },
  'yellow-black': { id: 'yellow-black', background: '#ffff00', text: '#000000', link: '#0033bb', focus: '#b3002d' },
});

/** Yinfa colour tokens a scheme sets, so Yinfa components follow it through tokens (never by !important). */
export function schemeTokens(scheme: ColorScheme): Record<string, string> {
  const { background: bg, text: fg, link, focus } = scheme;
  const tokens: Record<string, string> = {
    '--yf-color-background': bg,
    '--yf-color-surface': bg,
    '--yf-color-text': fg,
    '--yf-color-text-muted': fg,
    '--yf-color-border': fg,
    '--yf-color-divider': fg,
    '--yf-color-link': link,
    '--yf-color-focus': focus,
    '--yf-color-focus-halo': bg,
    '--yf-color-primary': fg,
    '--yf-color-primary-hover': link,
    '--yf-color-on-primary': bg,
    '--yf-color-secondary': bg,
    '--yf-color-on-secondary': fg,
    '--yf-color-danger': fg,
    '--yf-color-danger-hover': link,
    '--yf-color-on-danger': bg,
    '--yf-color-error': fg,
    '--yf-color-disabled-surface': bg,
    '--yf-color-disabled-text': fg,
  };
  for (const status of ['info', 'success', 'warning', 'danger']) {
    tokens[`--yf-color-${status}-surface`] = bg;
    tokens[`--yf-color-${status}-text`] = fg;
  }
  return tokens;
}

/** The attribute on <html> that selects a scheme; absent means the page's own colours. */
export const SCHEME_ATTRIBUTE = 'data-yinfa-scheme';

/** Yinfa regions are left to their tokens; the host's own content gets the forced colours. */
const NOT_YINFA = ':not(:where(.yf-root, .yf-root *, [data-yinfa-toolbar-ignore], [data-yinfa-toolbar-ignore] *))';

/**
 * The stylesheet the toolbar inserts into the host page (unlayered, so it can win over the page's own
 * rules with !important). Colours only: no filter or invert, so photos, maps and icons keep their
 * colours; background images stay (they are content), only background colours change.
 */
export function schemeStylesheet(): string {
  const out: string[] = [];
  for (const s of Object.values(COLOR_SCHEMES)) {
    const on = `html[${SCHEME_ATTRIBUTE}="${s.id}"]`;
    const all = `${on} :where(body, body *)${NOT_YINFA}`;
    out.push(
      `${on}, ${on} body { background-color: ${s.background} !important; color: ${s.text} !important; color-scheme: ${s.background === '#ffffff' || s.background === '#ffff00' ? 'light' : 'dark'}; }`,
      `${all} { color: ${s.text} !important; background-color: transparent !important; border-color: ${s.text} !important; text-shadow: none !important; box-shadow: none !important; }`,
      `${on} :where(input, select, textarea, button, [role="button"], table, th, td, header, nav, main, footer, aside, section, article, form, fieldset, dialog)${NOT_YINFA} { background-color: ${s.background} !important; }`,
      `${on} :where(a, a *)${NOT_YINFA} { color: ${s.link} !important; text-decoration-color: ${s.link} !important; }`,
      `${on} :where(a)${NOT_YINFA} { text-decoration-line: underline !important; }`,
      `${on} :where(input, textarea)${NOT_YINFA}::placeholder { color: ${s.text} !important; opacity: 1 !important; }`,
      `${on} :where(body *)${NOT_YINFA}:focus-visible { outline: 3px solid ${s.focus} !important; outline-offset: 2px !important; }`,
      `${on} :where(img, svg, video, picture, canvas, iframe)${NOT_YINFA} { filter: none !important; }`,
    );
    const tokens = Object.entries(schemeTokens(s))
      .map(([k, v]) => `${k}: ${v};`)
      .join(' ');
    // Inside @layer yinfa, after the mode tokens and more specific than them: Yinfa regions follow the scheme.
    out.push(`@layer yinfa { ${on} [data-yinfa-mode], ${on} .yf-root { ${tokens} } }`);
  }
  return out.join('\n');
}
