/**
 * Measures a host page the way a reader sees it, for the toolbar's text-enlargement tests: which text
 * is visible and how large, text cut off by a box, text painted over other text, sideways scrolling.
 * Only the host page is measured (never the toolbar's own UI).
 */

const OWN = '[data-yinfa-toolbar-ui]';

/** Visible elements that hold text of their own (and text inputs), in document order. */
export function visibleTextElements(root: Element): Element[] {
  const out = new Set<Element>();
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const el = node.parentElement;
    if (!el || !node.textContent?.trim() || el.closest(`option, script, style, ${OWN}`)) continue;
    if (isHidden(el)) continue;
    out.add(el);
  }
  for (const input of root.querySelectorAll('input[type="text"], input[type="tel"], input[type="search"], input:not([type]), select, textarea')) {
    if (!input.closest(OWN) && !isHidden(input)) out.add(input);
  }
  return [...out];
}

function isHidden(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2 || r.right < 0 || r.bottom < -window.scrollY) return true;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden' || style.opacity === '0') return true;
  // Visually-hidden text (off-screen or clipped to 1px) is for screen readers, not for the eye.
  return r.left < -1000 || (style.position === 'absolute' && style.clip.startsWith('rect') && r.width <= 2);
}

export function fontSizes(els: Element[]): Map<Element, number> {
  return new Map(els.map((el) => [el, parseFloat(getComputedStyle(el).fontSize)]));
}

/** The line boxes of an element's own text nodes. */
function textRects(el: Element): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const node of el.childNodes) {
    if (node.nodeType !== 3 || !node.textContent?.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width > 1 && r.height > 1) rects.push(r);
  }
  if (!rects.length && el.matches('input, select, textarea')) rects.push(el.getBoundingClientRect());
  return rects;
}

/**
 * Text cut off: a line box reaching outside an ancestor that clips (overflow other than visible), a
 * one-line box cut with an ellipsis, or a text field whose text is taller than its inside.
 */
export function clippedText(els: Element[]): string[] {
  const out: string[] = [];
  for (const el of els) {
    const label = `${el.tagName}.${el.className} "${(el.textContent || (el as HTMLInputElement).placeholder || '').trim().slice(0, 16)}"`;
    if (el.matches('input, select')) {
      const style = getComputedStyle(el);
      const inner = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
      if (inner + 1 < parseFloat(style.fontSize) * 1.1) out.push(`${label}: text ${style.fontSize} in a ${inner}px field`);
      continue;
    }
    for (let box: Element | null = el; box && box !== document.documentElement; box = box.parentElement) {
      const style = getComputedStyle(box);
      const clipsX = style.overflowX !== 'visible';
      const clipsY = style.overflowY !== 'visible';
      if (!clipsX && !clipsY) continue;
      if (box === el && clipsX && box.scrollWidth > box.clientWidth + 1) {
        out.push(`${label}: cut at ${box.clientWidth}px wide (content ${box.scrollWidth}px)`);
        break;
      }
      const b = box.getBoundingClientRect();
      const left = b.left + box.clientLeft;
      const top = b.top + box.clientTop;
      const hit = textRects(el).find((r) => (clipsX && (r.left < left - 1 || r.right > left + box!.clientWidth + 1)) || (clipsY && (r.top < top - 1 || r.bottom > top + box!.clientHeight + 1)));
      if (hit) {
        out.push(`${label}: line at ${Math.round(hit.top)}–${Math.round(hit.bottom)} cut by ${box.tagName}.${box.className} ${Math.round(top)}–${Math.round(top + box.clientHeight)}`);
        break;
      }
    }
  }
  return out;
}

/** Pairs of different elements whose text line boxes paint over each other (by more than 3px each way). */
export function overlappingText(els: Element[]): string[] {
  const boxes = els.flatMap((el) => textRects(el).map((r) => ({ el, r })));
  const out: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 3 && h > 3) out.push(`"${a.el.textContent?.trim().slice(0, 12)}" over "${b.el.textContent?.trim().slice(0, 12)}"`);
      if (out.length > 20) return out;
    }
  }
  return out;
}

export function sidewaysScroll(): number {
  return document.documentElement.scrollWidth - document.documentElement.clientWidth;
}

/** Everything about the page's own elements that text enlargement may change, to compare after reset. */
export function computedSnapshot(root: Element): string[] {
  const props = ['font-size', 'line-height', 'height', 'min-height', 'max-height', 'width', 'white-space', 'padding-top'];
  return [root, ...root.querySelectorAll('*')].map((el) => {
    const style = getComputedStyle(el);
    return `${el.tagName}.${el.className}[${el.getAttribute('style') ?? ''}] ${props.map((p) => style.getPropertyValue(p)).join(' ')}`;
  });
}
