/** DOM helpers the checks share: what counts as interactive, visible, text; selectors and names for reports. */
import { PROFILES, type AuditMode, type CheckContext, type ModeRules, type Rect } from './types';

export const INTERACTIVE = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements a sighted user cannot see: screen-reader-only text, hidden or collapsed boxes. */
export function isHiddenFromSight(el: Element): boolean {
  if (el.closest('.yf-visually-hidden, .sr-only, .visually-hidden, [hidden], .leaflet-tile-container')) return true;
  let node: Element | null = el;
  while (node) {
    const cs = getComputedStyle(node);
    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.opacity === '0') return true;
    if (cs.clipPath === 'inset(50%)' || cs.clip === 'rect(0px, 0px, 0px, 0px)') return true;
    node = node.parentElement;
  }
  const r = el.getBoundingClientRect();
  return r.width <= 1 && r.height <= 1;
}

/** True when an element or an ancestor opts out of a check: `data-audit-exempt="target contrast"`. */
export function isExempt(el: Element, check: string): boolean {
  return Boolean(el.closest(`[data-audit-exempt~="${check}"]`));
}

export function modeOf(el: Element, ctx: CheckContext = {}): AuditMode {
  if (ctx.mode) return ctx.mode;
  const m = el.closest('[data-yinfa-mode]')?.getAttribute('data-yinfa-mode');
  return m === 'elder' || m === 'high-contrast' ? m : 'standard';
}

export function rulesFor(el: Element, ctx: CheckContext = {}): ModeRules {
  return PROFILES[ctx.profile ?? 'yinfa'][modeOf(el, ctx)];
}

/** A short human name: `<button.yf-button> "确认"`. */
export function describe(el: Element): string {
  const name = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const cls = typeof el.className === 'string' && el.className.trim() ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
  return `<${el.tagName.toLowerCase()}${cls}>${name ? ` "${name}"` : ''}`;
}

const cssEscape = (s: string) => (typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(s) : s.replace(/[^\w-]/g, (c) => `\\${c}`));

/** A CSS selector that finds this element again: from the nearest unique id down, tag.class:nth-of-type steps. */
export function selectorOf(el: Element): string {
  if (el === document.documentElement) return 'html';
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node !== document.documentElement) {
    if (node.id && document.querySelectorAll(`#${cssEscape(node.id)}`).length === 1) {
      steps.unshift(`#${cssEscape(node.id)}`);
      break;
    }
    let step = node.tagName.toLowerCase();
    const cls = typeof node.className === 'string' ? node.className.trim().split(/\s+/).filter((c) => c && !/^(is-|has-)/.test(c)).slice(0, 2) : [];
    if (cls.length) step += cls.map((c) => `.${cssEscape(c)}`).join('');
    const parent: Element | null = node.parentElement;
    if (parent) {
      const same = Array.from(parent.children).filter((c) => c.tagName === node!.tagName);
      if (same.length > 1) step += `:nth-of-type(${same.indexOf(node) + 1})`;
    }
    steps.unshift(step);
    node = parent;
  }
  return steps.join(' > ') || el.tagName.toLowerCase();
}

/** Page coordinates of an element's border box. */
export function pageRect(el: Element): Rect {
  const r = el.getBoundingClientRect();
  return { x: Math.round(r.left + window.scrollX), y: Math.round(r.top + window.scrollY), width: Math.round(r.width), height: Math.round(r.height) };
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'OPTION', 'NOSCRIPT', 'TITLE', 'TEMPLATE']);

/** Elements that directly hold visible text. */
export function textElements(root: ParentNode): Element[] {
  const set = new Set<Element>();
  const start = root instanceof Document ? root.body : (root as Node);
  if (!start) return [];
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent && n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || SKIP_TEXT.has(parent.tagName)) continue;
    if (parent.closest('svg')) continue;
    set.add(parent);
  }
  return Array.from(set).filter((el) => !isHiddenFromSight(el));
}

/** Text inputs whose value or placeholder a user reads. */
export function textInputs(root: ParentNode): Array<HTMLInputElement | HTMLTextAreaElement> {
  const list = Array.from(root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'));
  return list.filter((el) => {
    if (el instanceof HTMLInputElement && !/^(text|search|tel|url|email|number|password|date|time|datetime-local|month|week|)$/.test(el.type)) return false;
    return !isHiddenFromSight(el) && Boolean(el.value || el.placeholder);
  });
}

export function dedupe<T extends { check: string; message: string }>(list: T[]): T[] {
  const seen = new Set<string>();
  return list.filter((v) => {
    const key = `${v.check}|${v.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}
