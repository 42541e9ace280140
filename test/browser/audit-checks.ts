/**
 * The mode audit's checks, run in a real browser on whatever is rendered in `root`:
 * target size, text contrast, minimum text size, sideways scroll at the current viewport, and clipping
 * under the WCAG 1.4.12 text-spacing overrides. Each returns plain-language violations.
 */
import { blend, contrastRatio, parseColor, type Rgba } from '@yinfa/core';

export type AuditMode = 'standard' | 'elder' | 'high-contrast';

export interface Violation {
  check: 'target' | 'contrast' | 'text-size' | 'reflow' | 'text-spacing';
  message: string;
}

export const MODE_RULES: Record<AuditMode, { target: number; minText: number; bodyContrast: number; largeContrast: number }> = {
  standard: { target: 44, minText: 16, bodyContrast: 4.5, largeContrast: 3 },
  elder: { target: 60, minText: 20, bodyContrast: 7, largeContrast: 4.5 },
  'high-contrast': { target: 44, minText: 16, bodyContrast: 7, largeContrast: 4.5 },
};

const INTERACTIVE = [
  'button',
  'a[href]',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="switch"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[tabindex]:not([tabindex="-1"])',
].join(',');

/** Elements a sighted user cannot see: screen-reader-only text, hidden or collapsed boxes. */
export function isHiddenFromSight(el: Element): boolean {
  if (el.closest('.yf-visually-hidden, [hidden], .leaflet-tile-container')) return true;
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

function modeOf(el: Element): AuditMode {
  const m = el.closest('[data-yinfa-mode]')?.getAttribute('data-yinfa-mode');
  return m === 'elder' || m === 'high-contrast' ? m : 'standard';
}

function describe(el: Element): string {
  const name = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
  const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
  return `<${el.tagName.toLowerCase()}${cls}>${name ? ` "${name}"` : ''}`;
}

/** Targets ≥ 44×44 (≥ 60×60 elder). Inline links inside text are exempt (WCAG 2.5.5 "inline"). */
export function checkTargets(root: ParentNode): Violation[] {
  const out: Violation[] = [];
  for (const el of Array.from(root.querySelectorAll(INTERACTIVE))) {
    if (isHiddenFromSight(el)) continue;
    if (el.closest('[data-audit-exempt~="target"]')) continue;
    const cs = getComputedStyle(el);
    if (el.tagName === 'A' && cs.display === 'inline') continue;
    let box: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) box = el.closest('label') ?? el;
    const r = box.getBoundingClientRect();
    const min = MODE_RULES[modeOf(el)].target;
    if (r.width + 0.5 < min || r.height + 0.5 < min) {
      out.push({ check: 'target', message: `${describe(box)} is ${r.width.toFixed(0)}×${r.height.toFixed(0)}px, under ${min}×${min} (${modeOf(el)})` });
    }
  }
  return out;
}

/** The colour painted behind an element: the nearest opaque-enough background, composited up the tree. */
function backgroundBehind(el: Element): Rgba | null {
  const layers: Rgba[] = [];
  let node: Element | null = el;
  while (node) {
    const cs = getComputedStyle(node);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null; // gradients and images: not measurable here
    const c = parseColor(cs.backgroundColor);
    if (c && c.a > 0) {
      layers.push(c);
      if (c.a >= 1) break;
    }
    node = node.parentElement;
  }
  return layers.reduceRight<Rgba>((under, top) => blend(top, under), { r: 255, g: 255, b: 255, a: 1 });
}

function textElements(root: ParentNode): Element[] {
  const set = new Set<Element>();
  const start = root instanceof Document ? root.body : (root as Node);
  const walker = document.createTreeWalker(start, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.textContent && n.textContent.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
  });
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || ['SCRIPT', 'STYLE', 'OPTION', 'NOSCRIPT', 'TITLE'].includes(parent.tagName)) continue;
    if (parent.closest('svg')) continue;
    set.add(parent);
  }
  return Array.from(set).filter((el) => !isHiddenFromSight(el));
}

/** Text ≥ 4.5:1 (large 3:1); in elder and high-contrast ≥ 7:1 (large 4.5:1). Disabled controls are exempt (WCAG 1.4.3). */
export function checkContrast(root: ParentNode): Violation[] {
  const out: Violation[] = [];
  for (const el of textElements(root)) {
    if (el.closest(':disabled, [aria-disabled="true"], [data-audit-exempt~="contrast"]')) continue;
    const cs = getComputedStyle(el);
    const fg = parseColor(cs.color);
    const bg = backgroundBehind(el);
    if (!fg || !bg) continue;
    const size = parseFloat(cs.fontSize);
    const bold = Number(cs.fontWeight) >= 700;
    const large = size >= 24 || (bold && size >= 18.66);
    const rules = MODE_RULES[modeOf(el)];
    const min = large ? rules.largeContrast : rules.bodyContrast;
    const ratio = contrastRatio(fg, bg);
    if (ratio < min) out.push({ check: 'contrast', message: `${describe(el)} contrast ${ratio.toFixed(2)}:1, under ${min}:1 (${cs.color} on rgb(${Math.round(bg.r)}, ${Math.round(bg.g)}, ${Math.round(bg.b)}), ${modeOf(el)})` });
  }
  return out;
}

/** No text under 16px (20px in elder mode). */
export function checkTextSize(root: ParentNode): Violation[] {
  const out: Violation[] = [];
  for (const el of textElements(root)) {
    if (el.closest('[data-audit-exempt~="text-size"]')) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const min = MODE_RULES[modeOf(el)].minText;
    if (size + 0.01 < min) out.push({ check: 'text-size', message: `${describe(el)} text is ${size}px, under ${min}px (${modeOf(el)})` });
  }
  return out;
}

/** No sideways scroll of the page at the current viewport (run at 320 CSS px). */
export function checkReflow(check: Violation['check'] = 'reflow'): Violation[] {
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) return [{ check, message: `page scrolls sideways: ${doc.scrollWidth}px content in a ${doc.clientWidth}px viewport` }];
  return [];
}

export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

/** Applies the WCAG 1.4.12 overrides, then looks for clipped text and sideways scroll. Removes the overrides after. */
export async function checkTextSpacing(root: ParentNode): Promise<Violation[]> {
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING_CSS;
  document.head.append(style);
  await frames(2);
  const out: Violation[] = [...checkReflow('text-spacing')];
  for (const el of textElements(root)) {
    let node: Element | null = el;
    while (node && node !== document.body) {
      const cs = getComputedStyle(node);
      const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      // Maps pan inside their own clipped box by design (WCAG 1.4.10 exempts maps); their list twin carries the text.
      if (node.matches('.leaflet-container')) break;
      if (!(node instanceof HTMLSelectElement) && !isHiddenFromSight(node) && !node.closest('[data-audit-exempt~="text-spacing"]')) {
        if ((clipsX && node.scrollWidth > node.clientWidth + 1) || (clipsY && node.scrollHeight > node.clientHeight + 1)) {
          out.push({ check: 'text-spacing', message: `${describe(node)} clips its text under WCAG 1.4.12 spacing (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})` });
          break;
        }
        if (cs.textOverflow === 'ellipsis' && node.scrollWidth > node.clientWidth + 1) {
          out.push({ check: 'text-spacing', message: `${describe(node)} truncates its text with an ellipsis under WCAG 1.4.12 spacing` });
          break;
        }
      }
      node = node.parentElement;
    }
  }
  style.remove();
  await frames(1);
  return dedupe(out);
}

export function dedupe(list: Violation[]): Violation[] {
  const seen = new Set<string>();
  return list.filter((v) => (seen.has(v.message) ? false : (seen.add(v.message), true)));
}

export function frames(n = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  });
}
