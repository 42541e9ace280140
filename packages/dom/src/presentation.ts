import { COLOR_SCHEMES, SCHEME_ATTRIBUTE, schemeStylesheet, textScaleFor, type ToolbarSettings } from '@yinfa/core';
import { LARGE_CURSOR, LARGE_POINTER } from './cursor';
import { isOwnUi } from './events';
import { createTextEnlarger, type TextEnlarger } from './text/enlarge';
import { rootSetter } from './text/rootSetter';

/** Marks the <style> the toolbar inserts where it cannot adopt a stylesheet, and the attributes it sets on <html>. */
export const STYLE_ATTRIBUTE = 'data-yinfa-toolbar';
export const CURSOR_ATTRIBUTE = 'data-yinfa-cursor';
export const TEXT_ATTRIBUTE = 'data-yinfa-text-scale';

const NOT_YINFA_BAR = ':not(:where([data-yinfa-toolbar-ui], [data-yinfa-toolbar-ui] *))';

function cursorCss(): string {
  const on = `html[${CURSOR_ATTRIBUTE}="large"]`;
  return [
    `${on}, ${on} :where(body, body *)${NOT_YINFA_BAR} { cursor: ${LARGE_CURSOR} !important; }`,
    `${on} :where(a[href], button, [role="button"], label, select, summary, input[type="checkbox"], input[type="radio"], input[type="submit"]), ${on} :where(a[href] *, button *) { cursor: ${LARGE_POINTER} !important; }`,
    `${on} [data-yinfa-toolbar-ui], ${on} [data-yinfa-toolbar-ui] * { cursor: ${LARGE_CURSOR} !important; }`,
    `${on} [data-yinfa-toolbar-ui] :where(button, a[href], select, label), ${on} [data-yinfa-toolbar-ui] :where(button *, a[href] *) { cursor: ${LARGE_POINTER} !important; }`,
  ].join('\n');
}

/**
 * The page's own CSS is written for the page, and its element rules (`button { min-height: 30px }`,
 * `* { font-size: 12px }`, `a { color: #999 }`) would restyle the toolbar too. Yinfa's CSS is in
 * `@layer yinfa`, which unlayered page CSS beats. This one unlayered rule, specific enough to beat the
 * page's element and class rules, rolls every property of the toolbar's own elements back to the Yinfa
 * layer (`revert-layer`), so the bar keeps its sizes, type and colours on any page. Custom properties
 * (tokens) are not part of `all`, so modes and schemes still reach it. Not !important: the user's own
 * overrides (text spacing, forced colours) still win.
 */
export const ISOLATION_CSS = ':where([data-yinfa-toolbar-ui]):not(#yf-isolate), :where([data-yinfa-toolbar-ui] *):not(#yf-isolate):not(#yf-isolate) { all: revert-layer; }';

interface Saved {
  value: string;
  priority: string;
}

/** The toolbar's one stylesheet on the host page. */
interface PageSheet {
  readonly isConnected: boolean;
  /** The sheet itself, so text enlargement never rewrites it. */
  readonly sheet: CSSStyleSheet | null;
  remove(): void;
}

/**
 * Adds the toolbar's rules to the page. Where the browser has constructable stylesheets the sheet is
 * adopted by the document: a strict `style-src 'self'` CSP allows that but blocks an inserted <style>
 * (verified in Chromium: the <style> is blocked even inside shadow roots). Elsewhere (older webviews,
 * jsdom) it falls back to one <style data-yinfa-toolbar> element.
 */
function insertPageSheet(doc: Document, css: string): PageSheet {
  const Sheet = doc.defaultView?.CSSStyleSheet;
  if (typeof Sheet === 'function' && 'adoptedStyleSheets' in doc) {
    try {
      const sheet = new Sheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return {
        get isConnected() {
          return doc.adoptedStyleSheets.includes(sheet);
        },
        sheet,
        remove() {
          doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
        },
      };
    } catch {
      /* constructable sheets unsupported in this document: use a <style> element */
    }
  }
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTRIBUTE, '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return { get isConnected() { return style.isConnected; }, get sheet() { return style.sheet; }, remove: () => style.remove() };
}

function save(style: CSSStyleDeclaration, prop: string): Saved {
  return { value: style.getPropertyValue(prop), priority: style.getPropertyPriority(prop) };
}

function put(style: CSSStyleDeclaration, prop: string, saved: Saved): void {
  if (saved.value) style.setProperty(prop, saved.value, saved.priority);
  else style.removeProperty(prop);
}

export interface PagePresentation {
  /** Applies text size, colour scheme and cursor to the page. Idempotent. */
  apply(settings: Pick<ToolbarSettings, 'textStep' | 'scheme' | 'largeCursor'>): void;
  /**
   * Keeps `px` clear at one edge of the page for a fixed bar: body padding (so nothing starts under
   * it) and scroll padding (so focus and scrollIntoView stop clear of it). 0 gives the space back.
   * `fixed` false: the bar scrolls with the page, so only the body padding is needed.
   */
  reserve(edge: 'top' | 'bottom', px: number, fixed: boolean): void;
  /** Runs `fn` with the page at its own text sizes (no paint in between), e.g. to compare sizes. */
  atPageSize<T>(fn: () => T): T;
  /** Picks up content the page added since the last frame now (before measuring it). */
  flush(): void;
  /** Reads the page's style sheets ahead in idle slices, so the first 字变大 has less to do. */
  prepare(): void;
  /** Undoes every change: attributes, the inserted stylesheet, root font size, padding. */
  restore(): void;
}

/**
 * Everything the toolbar changes on a host page, and the record of how it was before. It changes
 * presentation only (never content), never uses zoom or transform, and restore() puts back exactly
 * what the page had, including inline styles the page set itself.
 */
export function createPagePresentation(doc: Document): PagePresentation {
  const html = doc.documentElement;
  let style: PageSheet | null = null;
  let text: TextEnlarger | null = null;
  type Side = { saved: Saved; scroll: Saved; px: number };
  let padding: { top: Side; bottom: Side } | null = null;
  const htmlHadStyle = html.hasAttribute('style');
  const bodyHadStyle = doc.body?.hasAttribute('style') ?? false;
  const attrs = new Map<string, string | null>();

  const setAttr = (name: string, value: string | null) => {
    if (!attrs.has(name)) attrs.set(name, html.getAttribute(name));
    if (value === null) html.removeAttribute(name);
    else html.setAttribute(name, value);
  };

  const ensureStyle = () => {
    if (style?.isConnected) return;
    style = insertPageSheet(doc, `${ISOLATION_CSS}\n${schemeStylesheet()}\n${cursorCss()}`);
  };

  // The isolating sheet goes in at once: a style pass over the UI under the host's own CSS (a host measuring
  // the page, or the toolbar's own root-size probe) would start the UI's colour transitions from the host's
  // button colours, leaving e.g. white text on a white button for the transition's length.
  ensureStyle();

  const enlarger = () =>
    (text ??= createTextEnlarger(doc, {
      isOwnUi,
      ownSheet: (sheet) => sheet === style?.sheet || (sheet.ownerNode as Element | null)?.hasAttribute?.(STYLE_ATTRIBUTE) === true,
      setRoot: rootSetter(doc),
    }));

  const applyText = (scale: number) => {
    enlarger().apply(scale);
    setAttr(TEXT_ATTRIBUTE, scale === 1 ? null : String(scale));
  };

  return {
    apply(settings) {
      ensureStyle();
      // Colours first: measuring the root size below forces a style pass, which would otherwise start
      // colour transitions from the old scheme.
      setAttr(SCHEME_ATTRIBUTE, settings.scheme in COLOR_SCHEMES ? settings.scheme : null);
      setAttr(CURSOR_ATTRIBUTE, settings.largeCursor ? 'large' : null);
      applyText(textScaleFor(settings.textStep));
    },
    reserve(edge, px, fixed) {
      const body = doc.body;
      if (!body) return;
      if (!padding) {
        const cs = doc.defaultView?.getComputedStyle(body);
        padding = {
          top: { saved: save(body.style, 'padding-top'), scroll: save(html.style, 'scroll-padding-top'), px: parseFloat(cs?.paddingTop ?? '') || 0 },
          bottom: { saved: save(body.style, 'padding-bottom'), scroll: save(html.style, 'scroll-padding-bottom'), px: parseFloat(cs?.paddingBottom ?? '') || 0 },
        };
      }
      const room = Math.max(0, Math.ceil(px));
      for (const side of ['top', 'bottom'] as const) {
        const p = padding[side];
        put(body.style, `padding-${side}`, p.saved);
        put(html.style, `scroll-padding-${side}`, p.scroll);
        if (side !== edge || room === 0) continue;
        body.style.setProperty(`padding-${side}`, `${p.px + room}px`, 'important');
        if (fixed) html.style.setProperty(`scroll-padding-${side}`, `${room + 8}px`, 'important');
      }
    },
    atPageSize(fn) {
      return text ? text.atPageSize(fn) : fn();
    },
    flush() {
      text?.flush();
    },
    prepare() {
      enlarger().prepare();
    },
    restore() {
      text?.restore();
      text = null;
      if (padding) {
        for (const side of ['top', 'bottom'] as const) {
          if (doc.body) put(doc.body.style, `padding-${side}`, padding[side].saved);
          put(html.style, `scroll-padding-${side}`, padding[side].scroll);
        }
      }
      for (const [name, value] of attrs) {
        if (value === null) html.removeAttribute(name);
        else html.setAttribute(name, value);
      }
      attrs.clear();
      (style as PageSheet | null)?.remove();
      style = null;
      padding = null;
      if (!htmlHadStyle && html.getAttribute('style') === '') html.removeAttribute('style');
      if (!bodyHadStyle && doc.body?.getAttribute('style') === '') doc.body.removeAttribute('style');
    },
  };
}
