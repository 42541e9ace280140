/**
 * The packages' CSS, adopted into every shadow root as constructable stylesheets: allowed under
 * `style-src 'self'` (a <style> element is not, even inside a shadow root). One sheet per document,
 * shared by every element.
 *
 * `yinfa:css` is made by build.mjs: tokens + @yinfa/react + @yinfa/widgets, with every `rem` turned
 * into `var(--yf-rem)`. A shadow tree's rem follows the host page's <html> font size, which pages
 * often set to 10px (62.5%) or a hostile `* { font-size: 12px !important }` shrinks; --yf-rem is the
 * browser's own default font size instead (the user's setting), measured once per document.
 */
import { COLOR_SCHEMES, SCHEME_ATTRIBUTE, schemeTokens, type ColorScheme } from '@yinfa/core';
import { cssText } from 'yinfa:css';

/** Element-level rules: isolation from inherited host styles, the error note, the probe. */
export const ELEMENT_CSS = `
:host { display: block; }
:host(yinfa-speak) { display: inline-block; }
:host([hidden]) { display: none !important; }
.yf-element {
  text-align: start; text-indent: 0; text-transform: none; font-style: normal; font-variant: normal;
  white-space: normal; direction: ltr; visibility: visible; cursor: auto;
}
.yf-element[data-inline] { display: inline-block; }
.yf-element-probe { position: absolute; visibility: hidden; font-size: medium; inline-size: 0; block-size: 0; overflow: hidden; }
@layer yinfa {
  .yf-element-error {
    display: block; margin: 0; padding: var(--yf-space-3) var(--yf-space-4);
    border: var(--yf-border-width) solid var(--yf-color-border); border-radius: var(--yf-radius-control);
    background: var(--yf-color-surface); color: var(--yf-color-text);
    font-size: var(--yf-font-size-body); line-height: var(--yf-font-line-height);
  }
  .yf-element-loading { display: block; margin: 0; padding: var(--yf-space-3) 0; color: var(--yf-color-text); font-size: var(--yf-font-size-body); }
}
`;

interface Sheets {
  all: CSSStyleSheet[];
  rem: CSSStyleSheet;
  /** The user's default font size in px, once measured. */
  medium: number | null;
  /** The toolbar's page text scale (data-yinfa-text-scale on <html>), followed by every element. */
  pageScale: number;
  /** The toolbar's colour scheme (data-yinfa-scheme on <html>): its tokens, followed by every element. */
  scheme: CSSStyleSheet;
  schemeId: string | null;
  observer: MutationObserver | null;
}

/** The attribute the toolbar sets on <html> while it enlarges the page's text. */
export const PAGE_SCALE_ATTRIBUTE = 'data-yinfa-text-scale';

function readPageScale(doc: Document): number {
  const n = Number(doc.documentElement.getAttribute(PAGE_SCALE_ATTRIBUTE));
  return Number.isFinite(n) && n >= 1 && n <= 3 ? n : 1;
}

function readScheme(doc: Document): ColorScheme | null {
  const id = doc.documentElement.getAttribute(SCHEME_ATTRIBUTE);
  return id && Object.prototype.hasOwnProperty.call(COLOR_SCHEMES, id) ? COLOR_SCHEMES[id as ColorScheme['id']] : null;
}

/** The scheme's Yinfa tokens inside each shadow root (the page's scheme stylesheet cannot reach in). */
function writeScheme(sheets: Sheets, scheme: ColorScheme | null): void {
  sheets.schemeId = scheme?.id ?? null;
  const tokens = scheme
    ? Object.entries(schemeTokens(scheme))
        .map(([k, v]) => `${k}: ${v};`)
        .join(' ')
    : '';
  sheets.scheme.replaceSync(scheme ? `@layer yinfa { :host, [data-yinfa-mode], .yf-root { ${tokens} } }` : '');
}

function writeRem(sheets: Sheets): void {
  const px = (sheets.medium ?? 16) * sheets.pageScale;
  sheets.rem.replaceSync(`:host { --yf-rem: ${Math.round(px * 100) / 100}px; }`);
}

const perDocument = new WeakMap<Document, Sheets>();

function sheetsFor(doc: Document): Sheets {
  let sheets = perDocument.get(doc);
  if (!sheets) {
    const view = doc.defaultView ?? window;
    const make = (text: string) => {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(text);
      return sheet;
    };
    const rem = make(':host { --yf-rem: 16px; }');
    const scheme = make('');
    sheets = { all: [make(cssText), make(ELEMENT_CSS), rem, scheme], rem, medium: null, pageScale: readPageScale(doc), scheme, schemeId: null, observer: null };
    perDocument.set(doc, sheets);
    // When the toolbar (or the page) enlarges the page text or picks a colour scheme, the elements follow.
    const current = sheets;
    current.observer = new view.MutationObserver(() => {
      const next = readPageScale(doc);
      if (next !== current.pageScale) {
        current.pageScale = next;
        writeRem(current);
      }
      const nextScheme = readScheme(doc);
      if ((nextScheme?.id ?? null) !== current.schemeId) writeScheme(current, nextScheme);
    });
    current.observer.observe(doc.documentElement, { attributes: true, attributeFilter: [PAGE_SCALE_ATTRIBUTE, SCHEME_ATTRIBUTE] });
    if (current.pageScale !== 1) writeRem(current);
    const initialScheme = readScheme(doc);
    if (initialScheme) writeScheme(current, initialScheme);
  }
  return sheets;
}

// ---------- browsers without constructable style sheets (iOS Safari < 16.4, Chrome < 73) ----------

let stylesheetUrl: string | null = null;
/** The script-tag builds set this: dist/yinfa-elements.css beside the script, for the fallback below. */
export function setStylesheetUrl(url: string | null): void {
  stylesheetUrl = url;
}

/** Constructable style sheets adoptable by a shadow root (Safari 16.4+, Chrome 73+, Firefox 101+). */
export function canAdoptSheets(view: Window): boolean {
  const w = view as Window & typeof globalThis;
  return typeof w.ShadowRoot === 'function' && 'adoptedStyleSheets' in w.ShadowRoot.prototype && typeof w.CSSStyleSheet === 'function' && 'replaceSync' in w.CSSStyleSheet.prototype;
}

/** Hosts styled by the fallback, per document: the rem size and colour scheme go on them as custom properties. */
const linkedHosts = new WeakMap<Document, { hosts: Set<HTMLElement>; medium: number | null; observer: MutationObserver }>();

function applyToHost(doc: Document, host: HTMLElement, medium: number | null): void {
  // CSSOM writes (style.setProperty) are allowed under style-src 'self'; a style attribute is not.
  host.style.setProperty('--yf-rem', `${Math.round((medium ?? 16) * readPageScale(doc) * 100) / 100}px`);
}

/**
 * The fallback: a <link rel="stylesheet"> to the same-origin CSS file inside the shadow root (allowed
 * under `style-src 'self'`), the element rules included; the user's font size and the toolbar's text
 * scale as `--yf-rem` on the host. (The toolbar's colour schemes do not reach into the elements here.)
 */
function linkStyles(shadow: ShadowRoot, probe: HTMLElement): void {
  const doc = shadow.ownerDocument;
  const host = shadow.host as HTMLElement;
  if (stylesheetUrl && !shadow.querySelector('link[data-yinfa-css]')) {
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = stylesheetUrl;
    link.setAttribute('data-yinfa-css', '');
    shadow.prepend(link);
  }
  let state = linkedHosts.get(doc);
  if (!state) {
    const created = { hosts: new Set<HTMLElement>(), medium: null as number | null, observer: new (doc.defaultView ?? window).MutationObserver(() => created.hosts.forEach((h) => (h.isConnected ? applyToHost(doc, h, created.medium) : created.hosts.delete(h)))) };
    created.observer.observe(doc.documentElement, { attributes: true, attributeFilter: [PAGE_SCALE_ATTRIBUTE] });
    linkedHosts.set(doc, created);
    state = created;
  }
  if (state.medium === null) {
    // The linked sheet may not have loaded yet: the probe's `font-size: medium` goes through the CSSOM.
    probe.style.setProperty('font-size', 'medium');
    const px = Number.parseFloat(getComputedStyle(probe).fontSize);
    if (Number.isFinite(px) && px > 0) state.medium = px;
  }
  state.hosts.add(host);
  applyToHost(doc, host, state.medium);
}

/** Adopts the shared sheets into a shadow root and measures the user's default font size once. */
export function adoptStyles(shadow: ShadowRoot, probe: HTMLElement): void {
  if (!canAdoptSheets(shadow.ownerDocument.defaultView ?? window)) {
    linkStyles(shadow, probe);
    return;
  }
  const sheets = sheetsFor(shadow.ownerDocument);
  shadow.adoptedStyleSheets = [...sheets.all];
  if (sheets.medium !== null) return;
  const px = Number.parseFloat(getComputedStyle(probe).fontSize);
  if (Number.isFinite(px) && px > 0) {
    sheets.medium = px;
    if (px !== 16 || sheets.pageScale !== 1) writeRem(sheets);
  }
}

/**
 * The toolbar also styles the host page (its skip link sits in the page, and its colour schemes apply
 * there): the same CSS adopted by the document itself. Only the toolbar element calls this.
 */
export function adoptIntoDocument(doc: Document): () => void {
  if (!canAdoptSheets(doc.defaultView ?? window)) return () => undefined; // old browsers: the toolbar's page styles degrade
  const sheets = sheetsFor(doc);
  const main = sheets.all[0]!;
  documentUsers.set(doc, (documentUsers.get(doc) ?? 0) + 1);
  if (!doc.adoptedStyleSheets.includes(main)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, main];
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const left = (documentUsers.get(doc) ?? 1) - 1;
    documentUsers.set(doc, left);
    if (left === 0) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== main);
  };
}

const documentUsers = new WeakMap<Document, number>();
