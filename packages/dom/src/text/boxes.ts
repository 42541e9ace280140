import type { StyleWriter } from './styleWriter';

export interface BoxBaseline {
  /** How far the content already overflowed the box at 100% (px). */
  overY: number;
  overX: number;
  height: number;
  /** The box scrolls on purpose (overflow auto/scroll): its overflow is reachable, not cut off. */
  scrolls: boolean;
}

/** A box as it was at the page's own size: what overflowed already is the page's, not ours to fix. */
export function boxBaseline(el: Element, style: CSSStyleDeclaration): BoxBaseline {
  return {
    overY: el.scrollHeight - el.clientHeight,
    overX: el.scrollWidth - el.clientWidth,
    height: parseFloat(style.height) || 0,
    scrolls: /auto|scroll/.test(style.overflowY + style.overflowX),
  };
}

/**
 * Releases fixed heights and widths that now clip or spill the larger text (WCAG 1.4.4: no loss of content),
 * only where that happens: a height becomes `auto` with the old height as `min-height`; a width gives way
 * to wrapping. Repeats (up to four passes) while releasing one box makes its parent spill.
 */
export function releaseClippingBoxes(
  boxes: Element[],
  baselines: WeakMap<Element, BoxBaseline>,
  cs: (el: Element) => CSSStyleDeclaration,
  touch: StyleWriter['touch'],
): void {
  const doneY = new Set<Element>();
  const doneX = new Set<Element>();
  for (let pass = 0; pass < 4; pass++) {
    const todo: Array<[HTMLElement, 'y' | 'x' | 'control']> = [];
    for (const el of boxes) {
      const base = baselines.get(el);
      if (!base || !el.isConnected) continue;
      if (el.matches('input, select, button')) {
        if (doneY.has(el)) continue;
        const style = cs(el);
        const inner = el.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom);
        if (inner + 1 < parseFloat(style.fontSize) * 1.15) todo.push([el as HTMLElement, 'control']);
        continue;
      }
      if (base.scrolls && (base.overY > 1 || base.overX > 1)) continue;
      if (!doneY.has(el) && el.scrollHeight - el.clientHeight > Math.max(0, base.overY) + 2) todo.push([el as HTMLElement, 'y']);
      if (!doneX.has(el) && el.scrollWidth - el.clientWidth > Math.max(0, base.overX) + 2) todo.push([el as HTMLElement, 'x']);
    }
    if (!todo.length) break;
    for (const [el, kind] of todo) {
      const base = baselines.get(el)!;
      if (kind === 'x') {
        doneX.add(el);
        touch(el, 'white-space', 'normal');
        touch(el, 'overflow-wrap', 'anywhere');
        touch(el, 'width', 'auto');
        touch(el, 'max-width', '100%');
        touch(el, 'min-width', '0');
        continue;
      }
      doneY.add(el);
      touch(el, 'height', 'auto');
      touch(el, 'max-height', 'none');
      touch(el, 'min-height', `${base.height}px`);
      if (kind === 'control') {
        touch(el, 'padding-top', '0.2em');
        touch(el, 'padding-bottom', '0.2em');
      }
    }
  }
}
