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
const NOT_YINFA = ':not(:where(.yf-root,.yf-root *,[data-yinfa-toolbar-ignore],[data-yinfa-toolbar-ignore] *))';

/** The scheme's colours as custom properties on <html>, so every rule below is written once, not per scheme. */
const VARS: Omit<ColorScheme, 'id'> = { background: 'var(--yfs-b)', text: 'var(--yfs-t)', link: 'var(--yfs-l)', focus: 'var(--yfs-f)' };

/**
 * The stylesheet the toolbar inserts into the host page. Colours only: no filter or invert, so photos,
 * maps and icons keep their colours; background images stay (they are content), only background colours
 * change.
 *
 * Its !important rules sit in `@layer yinfa`: an important declaration in a layer beats every unlayered
 * one, whatever its specificity. Framework pages need that: Layui's `.layui-input:focus`,
 * `.layui-btn-disabled:hover` or `.layui-form-checked[lay-skin=primary]>i` set colours with !important
 * and more specificity than a rule written for any page can have, and would bring back 2–3:1 borders and
 * text (WCAG 1.4.6 text ≥ 7:1, 1.4.11 control boundaries ≥ 3:1; checked on Layui and Bootstrap 3 pages
 * in test/browser/toolbar-schemes.browser.test.tsx).
 */
export function schemeStylesheet(): string {
  const { background: bg, text: fg, link } = VARS;
  const on = `html:is(${Object.keys(COLOR_SCHEMES).map((id) => `[${SCHEME_ATTRIBUTE}="${id}"]`).join(',')})`;
  const all = `${on} :where(body,body *)${NOT_YINFA}`;
  const rule = (selector: string, declarations: string) => `${selector}{${declarations.replace(/;/g, '!important;')}}`;
  const out = Object.values(COLOR_SCHEMES).map(
    (s) =>
      `html[${SCHEME_ATTRIBUTE}="${s.id}"]{--yfs-b:${s.background};--yfs-t:${s.text};--yfs-l:${s.link};--yfs-f:${s.focus};color-scheme:${s.background === '#ffffff' || s.background === '#ffff00' ? 'light' : 'dark'}!important}`,
  );
  out.push(
    rule(`${on},${on} body`, `background-color:${bg};color:${fg};`),
    // -webkit-text-fill-color paints over color (themes pin it on disabled fields for iOS, or make gradient text).
    rule(all, `color:${fg};-webkit-text-fill-color:currentcolor;background-color:transparent;border-color:${fg};text-shadow:none;box-shadow:none;`),
    // Generated text (icon-font glyphs, Bootstrap's breadcrumb "/") follows its element; shapes drawn with
    // borders or backgrounds (carets, bars) keep theirs.
    rule(`${all}::before,${all}::after`, 'color:inherit;'),
    rule(`${all}::selection`, `color:${bg};background-color:${fg};`),
    rule(`${on} :where(input,select,textarea,button,[role="button"],table,th,td,header,nav,main,footer,aside,section,article,form,fieldset,dialog)${NOT_YINFA}`, `background-color:${bg};`),
    // Bootstrap fades disabled buttons to 0.65: 6.0:1 on 蓝底黄字, under WCAG 1.4.6's 7:1. Disabled still shows (cursor, native state).
    rule(`${on} :where(:disabled,.disabled)${NOT_YINFA}`, 'opacity:1;'),
    rule(`${on} :where(a,a *)${NOT_YINFA}`, `color:${link};text-decoration-color:${link};`),
    rule(`${on} :where(a)${NOT_YINFA}`, 'text-decoration-line:underline;'),
    rule(`${on} :where(input,textarea)${NOT_YINFA}::placeholder`, `color:${fg};opacity:1;`),
    rule(`${on} :where(body *)${NOT_YINFA}:focus-visible`, `outline:3px solid ${VARS.focus};outline-offset:2px;`),
    rule(`${on} :where(img,svg,video,picture,canvas,iframe)${NOT_YINFA}`, 'filter:none;'),
  );
  const tokens = Object.entries(schemeTokens({ id: 'white-black', ...VARS }))
    .map(([k, v]) => `${k}:${v}`)
    .join(';');
  // After the mode tokens and more specific than them: Yinfa regions follow the scheme (normal, not !important).
  out.push(`${on} :is([data-yinfa-mode],.yf-root){${tokens}}`);
  return `@layer yinfa{\n${out.join('\n')}\n}`;
}
