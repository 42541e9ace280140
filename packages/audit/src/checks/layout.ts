/**
 * Layout checks for 320 px and 200 % text: the page or a box inside it scrolling sideways, text clipped or
 * cut with an ellipsis, text spilling over a neighbour's text, input text and placeholders cut off; and the
 * same under the WCAG 1.4.12 text-spacing overrides.
 */
import { parseColor } from '@yinfa/core';
import { describe, frames, isExempt, isHiddenFromSight, pageRect, selectorOf, textElements, textInputs, dedupe } from './dom';
import type { CheckContext, CheckId, Finding } from './types';

type LayoutCheck = Extract<CheckId, 'reflow' | 'text-spacing'>;

/** Maps pan inside their own box by design, and data tables may scroll (both exempt under WCAG 1.4.10). */
const MAY_SCROLL = '.leaflet-container, table, [role="table"], [role="grid"], pre, code';

/** The deepest visible element that reaches past the viewport's right edge: what makes the page scroll. */
function widestCulprit(limit: number): Element | null {
  let found: Element | null = null;
  for (const el of Array.from(document.body?.querySelectorAll('*') ?? [])) {
    if (el.getBoundingClientRect().right + window.scrollX <= limit + 1 || isHiddenFromSight(el)) continue;
    if (el.closest(MAY_SCROLL) && !el.matches(MAY_SCROLL)) continue;
    if (!found || found.contains(el)) found = el;
  }
  return found;
}

/** No sideways scroll of the page at the current viewport (run at 320 CSS px). Names the element that sticks out. */
export function checkPageScroll(check: LayoutCheck = 'reflow'): Finding[] {
  const doc = document.documentElement;
  if (doc.scrollWidth > doc.clientWidth + 1) {
    const culprit = widestCulprit(doc.clientWidth);
    const where = culprit ? ` (${describe(culprit)} reaches ${Math.round(culprit.getBoundingClientRect().right + window.scrollX)}px)` : '';
    return [{ check, selector: culprit ? selectorOf(culprit) : 'html', value: `${doc.scrollWidth}px`, threshold: `≤ ${doc.clientWidth}px`, rect: culprit ? pageRect(culprit) : undefined, message: `page scrolls sideways: ${doc.scrollWidth}px content in a ${doc.clientWidth}px viewport${where}` }];
  }
  return [];
}

/** Boxes inside the page that scroll sideways (a two-way scroll a user at 200 % text has to pan). */
export function checkScrollBoxes(root: ParentNode, check: LayoutCheck = 'reflow'): Finding[] {
  const out: Finding[] = [];
  const start = root instanceof Document ? root.body : (root as Element);
  for (const el of Array.from(start.querySelectorAll('*'))) {
    const cs = getComputedStyle(el);
    if (cs.overflowX !== 'auto' && cs.overflowX !== 'scroll') continue;
    if (el.scrollWidth <= el.clientWidth + 1 || el.matches(MAY_SCROLL) || el.closest(MAY_SCROLL)) continue;
    // A wrapper that scrolls only because the data table in it is wide (the usual `.table-wrap`): the table's exemption.
    const wide = Array.from(el.children).filter((c) => c.getBoundingClientRect().width > el.clientWidth + 1);
    if (wide.length > 0 && wide.every((c) => c.matches(MAY_SCROLL))) continue;
    if (isHiddenFromSight(el) || isExempt(el, 'reflow') || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) continue;
    out.push({ check, selector: selectorOf(el), value: `${el.scrollWidth}px`, threshold: `≤ ${el.clientWidth}px`, rect: pageRect(el), message: `${describe(el)} scrolls sideways: ${el.scrollWidth}px content in ${el.clientWidth}px` });
  }
  return out;
}

/** Text cut off by a box that hides its overflow, or truncated with an ellipsis. */
export function checkClippedText(root: ParentNode, check: LayoutCheck = 'reflow'): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<Element>();
  for (const el of textElements(root)) {
    let node: Element | null = el;
    while (node && node !== document.body && node !== document.documentElement) {
      if (node.matches('.leaflet-container')) break;
      if (seen.has(node)) break;
      const cs = getComputedStyle(node);
      const clipsX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      const clipsY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      if (!(node instanceof HTMLSelectElement) && !isHiddenFromSight(node) && !isExempt(node, check) && !isExempt(node, 'reflow')) {
        const over = (clipsX && node.scrollWidth > node.clientWidth + 1) || (clipsY && node.scrollHeight > node.clientHeight + 1);
        const ellipsis = cs.textOverflow === 'ellipsis' && node.scrollWidth > node.clientWidth + 1;
        if (over || ellipsis) {
          seen.add(node);
          out.push({
            check,
            selector: selectorOf(node),
            value: `${node.scrollWidth}×${node.scrollHeight}px`,
            threshold: `fits ${node.clientWidth}×${node.clientHeight}px`,
            rect: pageRect(node),
            message: ellipsis ? `${describe(node)} truncates its text with an ellipsis` : `${describe(node)} clips its text (${node.scrollWidth}×${node.scrollHeight} in ${node.clientWidth}×${node.clientHeight})`,
          });
          break;
        }
      }
      node = node.parentElement;
    }
  }
  return out;
}

/** Text inside inputs: the typed value or placeholder must fit the box (no cut-off words at 200 % text). */
export function checkInputText(root: ParentNode, check: LayoutCheck = 'reflow'): Finding[] {
  const out: Finding[] = [];
  const canvas = document.createElement('canvas').getContext('2d');
  for (const el of textInputs(root)) {
    if (isExempt(el, check) || isExempt(el, 'reflow')) continue;
    const cs = getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    const innerH = el.clientHeight - parseFloat(cs.paddingTop) - parseFloat(cs.paddingBottom);
    const what = el.value ? 'input text' : 'placeholder';
    if (innerH + 1 < size) {
      out.push({ check, selector: selectorOf(el), value: `${Math.round(innerH)}px high`, threshold: `≥ ${Math.round(size)}px`, rect: pageRect(el), message: `${describe(el)} ${what} is cut off: ${Math.round(size)}px text in a ${Math.round(innerH)}px high box` });
      continue;
    }
    // A placeholder cannot scroll: wider than the box, its end is lost. (A typed value scrolls with the caret.)
    if (!el.value && el instanceof HTMLInputElement && canvas) {
      canvas.font = `${cs.fontStyle} ${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      const spacing = parseFloat(cs.letterSpacing) || 0;
      const width = canvas.measureText(el.placeholder).width + spacing * el.placeholder.length;
      const innerW = el.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight);
      if (width > innerW + 1) {
        out.push({ check, selector: selectorOf(el), value: `${Math.round(width)}px`, threshold: `≤ ${Math.round(innerW)}px`, rect: pageRect(el), message: `${describe(el)} placeholder "${el.placeholder}" is cut off: ${Math.round(width)}px of text in ${Math.round(innerW)}px` });
      }
    }
  }
  return out;
}

interface TextBox {
  el: Element;
  rects: DOMRect[];
  top: number;
  bottom: number;
}

function textBoxes(root: ParentNode): TextBox[] {
  const out: TextBox[] = [];
  for (const el of textElements(root)) {
    const rects: DOMRect[] = [];
    for (const node of Array.from(el.childNodes)) {
      if (node.nodeType !== Node.TEXT_NODE || !node.textContent?.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of Array.from(range.getClientRects())) if (r.width > 1 && r.height > 1) rects.push(r);
    }
    if (rects.length) out.push({ el, rects, top: Math.min(...rects.map((r) => r.top)), bottom: Math.max(...rects.map((r) => r.bottom)) });
  }
  // Sorted by top edge, so each box is compared only with the boxes that start above its bottom edge.
  return out.sort((a, b) => a.top - b.top);
}

/**
 * Does `top` sit in a layer painted over `under` (a popover, a fixed bar, a floating button) on an opaque
 * background of its own — the layer's, or a box inside it such as the floating button's fill?
 */
function coversOther(top: Element, under: Element): boolean {
  let node: Element | null = top;
  let opaque = false;
  while (node && !node.contains(under)) {
    const cs = getComputedStyle(node);
    if ((parseColor(cs.backgroundColor)?.a ?? 0) >= 1) opaque = true;
    if (opaque && cs.position !== 'static' && cs.position !== 'relative') return true;
    node = node.parentElement;
  }
  return false;
}

/** Text painted over other text: lines of two different elements overlap by more than a sliver. */
export function checkTextOverlap(root: ParentNode, check: LayoutCheck = 'reflow'): Finding[] {
  const boxes = textBoxes(root);
  const out: Finding[] = [];
  const reported = new Set<Element>();
  for (let i = 0; i < boxes.length; i++) {
    const a = boxes[i]!;
    for (let j = i + 1; j < boxes.length && boxes[j]!.top < a.bottom; j++) {
      const b = boxes[j]!;
      if (a.el.contains(b.el) || b.el.contains(a.el) || reported.has(a.el) || reported.has(b.el)) continue;
      let hit: { w: number; h: number } | null = null;
      for (const ra of a.rects) {
        for (const rb of b.rects) {
          const w = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
          const h = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
          if (w > 2 && h > Math.min(ra.height, rb.height) * 0.3) hit = { w, h };
        }
      }
      if (!hit) continue;
      if (isExempt(a.el, check) || isExempt(b.el, check) || coversOther(a.el, b.el) || coversOther(b.el, a.el)) continue;
      reported.add(a.el);
      out.push({
        check,
        selector: selectorOf(a.el),
        value: `${Math.round(hit.w)}×${Math.round(hit.h)}px over ${selectorOf(b.el)}`,
        threshold: 'no overlap',
        rect: pageRect(a.el),
        message: `${describe(a.el)} spills over ${describe(b.el)} (${Math.round(hit.w)}×${Math.round(hit.h)}px of text over text)`,
      });
    }
  }
  return out;
}

/** Everything that loses content at the current viewport and text size. */
export function checkReflow(root: ParentNode, _ctx: CheckContext = {}, check: LayoutCheck = 'reflow'): Finding[] {
  return dedupe([...checkPageScroll(check), ...checkScrollBoxes(root, check), ...checkClippedText(root, check), ...checkInputText(root, check), ...checkTextOverlap(root, check)]);
}

export const TEXT_SPACING_CSS =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }';

/**
 * Applies the WCAG 1.4.12 overrides, then looks for lost content as `checkReflow` does; reports only what the
 * overrides broke (what is already lost without them is reflow's). Removes the overrides after.
 */
export async function checkTextSpacing(root: ParentNode, ctx: CheckContext = {}): Promise<Finding[]> {
  const key = (f: Finding) => `${f.selector}|${f.message.replace(/[\d.×]+/g, '#')}`;
  const before = new Set(checkReflow(root, ctx, 'text-spacing').map(key));
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING_CSS;
  document.head.append(style);
  await frames(2);
  try {
    return checkReflow(root, ctx, 'text-spacing')
      .filter((f) => !before.has(key(f)))
      .map((f) => ({ ...f, message: `${f.message} under WCAG 1.4.12 spacing` }));
  } finally {
    style.remove();
    await frames(1);
  }
}
