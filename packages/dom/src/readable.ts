// Reading order: what a reader says in a part of the page, in order (collectReadable). Its own module so the
// script-tag builds of <yinfa-speak> and <yinfa-amount-confirm> can fetch it with the speech tables when reading
// first starts (packages/elements/build.mjs, DEFERRED) rather than carry it in their first load.
import { speakAs, type Locale, type Translate } from '@yinfa/core';

/** A piece of an item's text: from a text node (so it can be highlighted), or spoken-only (alt, aria-label, a control's value). */
export interface Part {
  text: string;
  node: Text | null;
  /** An exact reading (data-yinfa-speak) or a say-as reading for this part. */
  spoken?: string;
}

/** One readable thing in reading order: a heading, a paragraph, a list item, a form field with its value and error. */
export interface ReadableItem {
  element: Element;
  parts: Part[];
}

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'svg', 'SVG', 'BUTTON', 'DIALOG']);
const LEAF_BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'TD', 'TH', 'CAPTION', 'FIGCAPTION', 'BLOCKQUOTE', 'PRE', 'LEGEND', 'SUMMARY', 'ADDRESS', 'LABEL']);
const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'ASIDE', 'HEADER', 'FOOTER', 'NAV', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'FORM', 'FIELDSET', 'DETAILS', 'FIGURE', 'BODY', 'HR', 'BR']);
const CONTROL_ROLES = new Set(['checkbox', 'radio', 'switch', 'textbox', 'combobox', 'slider', 'spinbutton']);
const VISUALLY_HIDDEN = /(^|\s)(yf-visually-hidden|visually-hidden|sr-only|screen-reader-text)(\s|$)/;

function isControl(el: Element): boolean {
  const tag = el.tagName;
  if (tag === 'INPUT') return !['hidden', 'submit', 'button', 'reset', 'image'].includes((el as HTMLInputElement).type);
  if (tag === 'SELECT' || tag === 'TEXTAREA') return true;
  const role = el.getAttribute('role');
  return role !== null && CONTROL_ROLES.has(role);
}

function isVisuallyHidden(el: Element): boolean {
  return VISUALLY_HIDDEN.test(el.getAttribute('class') ?? '');
}

/** Elements the reader never reads: hidden, aria-hidden, inert, our own controls, buttons (read only when focused, in 指读). */
function isSkipped(el: Element): boolean {
  if (SKIP_TAGS.has(el.tagName)) return !el.hasAttribute('data-yinfa-speak');
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('inert')) return true;
  if (el.hasAttribute('data-yinfa-speech-ignore')) return true;
  if (el.getAttribute('role') === 'button') return !el.hasAttribute('data-yinfa-speak');
  const view = el.ownerDocument.defaultView;
  if (view && el instanceof view.HTMLElement && el.style && (el.style.display === 'none' || el.style.visibility === 'hidden')) return true;
  try {
    const cs = view?.getComputedStyle(el);
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden')) return true;
  } catch {
    /* detached or exotic node */
  }
  return false;
}

function labelOf(control: Element, doc: Document): string {
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent?.trim() ?? '')
      .filter(Boolean)
      .join(' ');
    if (text) return text;
  }
  const aria = control.getAttribute('aria-label');
  if (aria?.trim()) return aria.trim();
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length) {
    return [...labels]
      .map((l) => textWithout(l, control))
      .filter(Boolean)
      .join(' ');
  }
  return control.getAttribute('title')?.trim() ?? control.getAttribute('placeholder')?.trim() ?? '';
}

/** A label's words without the control inside it or aria-hidden bits. */
function textWithout(root: Element, exclude: Element): string {
  let out = '';
  const walk = (node: Node) => {
    if (node === exclude) return;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !isSkipped(node as Element) && !isControl(node as Element)) node.childNodes.forEach(walk);
  };
  walk(root);
  return out.replace(/\s+/g, ' ').trim();
}

function valueOf(control: Element, t: Translate): string {
  const tag = control.tagName;
  const role = control.getAttribute('role');
  if (tag === 'INPUT') {
    const input = control as HTMLInputElement;
    if (input.type === 'checkbox' || input.type === 'radio') return input.checked ? t('speech.checked') : t('speech.unchecked');
    // Never read a password or one-time code aloud: people nearby can hear it.
    if (input.type === 'password' || input.autocomplete === 'one-time-code') return input.value ? t('speech.filledSecret') : t('speech.empty');
    return input.value ? input.value : t('speech.empty');
  }
  if (tag === 'TEXTAREA') return (control as HTMLTextAreaElement).value || t('speech.empty');
  if (tag === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.selectedOptions?.[0];
    return option && option.value !== '' ? (option.textContent ?? '').trim() : t('speech.empty');
  }
  if (role === 'checkbox' || role === 'radio' || role === 'switch') {
    return control.getAttribute('aria-checked') === 'true' ? t('speech.checked') : t('speech.unchecked');
  }
  return (control.getAttribute('aria-valuetext') ?? control.textContent ?? '').trim() || t('speech.empty');
}

/** Error texts tied to a control: aria-errormessage, or aria-describedby parts that are errors, when aria-invalid. */
function errorElementsOf(control: Element, doc: Document): Element[] {
  if (control.getAttribute('aria-invalid') !== 'true') return [];
  const ids = [
    ...(control.getAttribute('aria-errormessage') ?? '').split(/\s+/),
    ...(control.getAttribute('aria-describedby') ?? '').split(/\s+/).filter((id) => /error/i.test(id)),
  ].filter(Boolean);
  const out: Element[] = [];
  for (const id of new Set(ids)) {
    const el = doc.getElementById(id);
    if (el && el.textContent?.trim()) out.push(el);
  }
  return out;
}

/** Screen-reader-only text that repeats something visible (a hidden "¥12.50" beside "¥12.50"). Context found only there ("警告：") is kept. */
function isHiddenDuplicate(el: Element, visibleText: string): boolean {
  if (!isVisuallyHidden(el)) return false;
  const own = (el.textContent ?? '').replace(/\s+/g, '');
  return !own || visibleText.split(own).length > 2;
}

function addText(parts: Part[], node: Node, sayAs: string | null, locale: Locale, visibleText = ''): void {
  if (node.nodeType === 3) {
    const text = node.nodeValue ?? '';
    if (text) parts.push(sayAs ? { text, node: node as Text, spoken: speakAs(text, sayAs, locale) } : { text, node: node as Text });
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as Element;
  if (isSkipped(el) || isControl(el) || isHiddenDuplicate(el, visibleText)) return;
  const exact = el.getAttribute('data-yinfa-speak');
  if (exact !== null) {
    const shown = el.textContent ?? '';
    parts.push({ text: shown || exact, node: firstText(el), spoken: exact });
    return;
  }
  if (el.tagName === 'IMG' || el.getAttribute('role') === 'img') {
    const alt = el.getAttribute('alt') ?? el.getAttribute('aria-label') ?? '';
    if (alt.trim()) parts.push({ text: alt, node: null });
    return;
  }
  if (el.tagName === 'BR') {
    parts.push({ text: '\n', node: null });
    return;
  }
  const nextSayAs = el.getAttribute('data-yinfa-say-as') ?? sayAs;
  el.childNodes.forEach((child) => addText(parts, child, nextSayAs, locale, visibleText));
}

function firstText(el: Element): Text | null {
  const walker = el.ownerDocument.createTreeWalker(el, 4);
  return walker.nextNode() as Text | null;
}

function hasBlockInside(el: Element): boolean {
  for (const child of el.querySelectorAll('*')) {
    if (LEAF_BLOCKS.has(child.tagName) || CONTAINERS.has(child.tagName) || isControl(child)) return true;
  }
  return false;
}

/**
 * Everything in `root` a reader should say, in document order: headings (aria-label → title → text),
 * paragraphs, list items, table cells, form fields as "label: value, error". Skips aria-hidden,
 * hidden, inert, buttons, our own toolbars, and visually hidden text that only repeats what is on
 * screen. `data-yinfa-speak="…"` gives an exact reading, `data-yinfa-say-as` a kind of reading.
 */
export function collectReadable(root: Element | null, locale: Locale, t: Translate): ReadableItem[] {
  if (!root) return [];
  const doc = root.ownerDocument;
  const items: ReadableItem[] = [];
  const consumed = new Set<Element>();
  const visibleText = (root.textContent ?? '').replace(/\s+/g, '');

  // Labels and error messages are read together with their control, not again on their own.
  for (const control of root.querySelectorAll('input, select, textarea, [role]')) {
    if (!isControl(control)) continue;
    for (const label of (control as HTMLInputElement).labels ?? []) if (!label.contains(control)) consumed.add(label);
    for (const error of errorElementsOf(control, doc)) consumed.add(error);
  }

  let run: Node[] = [];
  let runParent: Element | null = null;
  const flush = () => {
    if (run.length && runParent) {
      const parts: Part[] = [];
      for (const node of run) addText(parts, node, runParent.closest('[data-yinfa-say-as]')?.getAttribute('data-yinfa-say-as') ?? null, locale, visibleText);
      if (parts.some((p) => p.text.trim())) items.push({ element: runParent, parts });
    }
    run = [];
    runParent = null;
  };

  const controlItem = (control: Element) => {
    const label = labelOf(control, doc);
    const value = valueOf(control, t);
    const errors = errorElementsOf(control, doc)
      .map((e) => e.textContent?.trim() ?? '')
      .filter(Boolean);
    const separator = t('text.labelSeparator');
    const end = t('text.sentenceEnd');
    const input = control as HTMLInputElement;
    const isPhone = control.tagName === 'INPUT' && (input.type === 'tel' || input.inputMode === 'tel' || /\btel\b/.test(input.autocomplete ?? ''));
    const typed = control.tagName === 'INPUT' && input.value !== '' && value === input.value;
    const parts: Part[] = [];
    if (label) parts.push({ text: `${label}${separator}`, node: null });
    // A phone number typed into a field is read as one (幺三八…), whatever its length.
    parts.push(isPhone && typed ? { text: value, node: null, spoken: speakAs(value, 'phone', locale) } : { text: value, node: null });
    let tail = end;
    for (const error of errors) tail += error.startsWith(t('speech.errorPrefix').trim()) ? `${error}${end}` : `${t('speech.errorPrefix')}${error}${end}`;
    parts.push({ text: tail, node: null });
    items.push({ element: control, parts });
  };

  const visit = (parent: Element) => {
    parent.childNodes.forEach((node) => {
      if (node.nodeType === 3) {
        if (!(node.nodeValue ?? '').trim() && run.length === 0) return;
        if (runParent !== parent) flush();
        runParent = parent;
        run.push(node);
        return;
      }
      if (node.nodeType !== 1) return;
      const el = node as Element;
      if (consumed.has(el) || isSkipped(el)) return;
      if (isHiddenDuplicate(el, visibleText)) return;
      if (el.tagName === 'LABEL' && [...el.querySelectorAll('*')].some(isControl)) {
        // <label><input type=checkbox> 我已阅读</label>: the words are read with the control.
        flush();
        for (const control of el.querySelectorAll('*')) if (isControl(control)) controlItem(control);
        return;
      }
      if (el.hasAttribute('data-yinfa-speak') && (LEAF_BLOCKS.has(el.tagName) || CONTAINERS.has(el.tagName))) {
        flush();
        items.push({ element: el, parts: [{ text: el.textContent?.trim() || el.getAttribute('data-yinfa-speak')!, node: firstText(el), spoken: el.getAttribute('data-yinfa-speak')! }] });
        return;
      }
      if (isControl(el)) {
        flush();
        controlItem(el);
        return;
      }
      if (LEAF_BLOCKS.has(el.tagName) || CONTAINERS.has(el.tagName)) {
        flush();
        if (LEAF_BLOCKS.has(el.tagName) && !hasBlockInside(el)) {
          const override = /^H[1-6]$/.test(el.tagName) ? (el.getAttribute('aria-label') ?? el.getAttribute('title')) : null;
          if (override?.trim()) items.push({ element: el, parts: [{ text: override.trim(), node: null }] });
          else {
            const parts: Part[] = [];
            addText(parts, el, el.closest('[data-yinfa-say-as]')?.getAttribute('data-yinfa-say-as') ?? null, locale, visibleText);
            if (parts.some((p) => p.text.trim())) items.push({ element: el, parts });
          }
        } else visit(el);
        return;
      }
      // Inline (span, a, strong, img…): part of the current run, unless it wraps blocks.
      if (hasBlockInside(el)) {
        flush();
        visit(el);
        return;
      }
      if (runParent !== parent) flush();
      runParent = parent;
      run.push(el);
    });
    flush();
  };
  visit(root);
  return items;
}
