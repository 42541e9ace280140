import { eventElement, isOwnUi } from '../events';
import type { PagePresentation } from '../presentation';

/** The page's own fixed header: a fixed element (not ours) across the top of the screen. */
export function hasFixedHeader(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return false;
  for (const x of [0.25, 0.5, 0.75].map((f) => view.innerWidth * f)) {
    for (const hit of doc.elementsFromPoint(x, 2)) {
      if (hit === doc.documentElement || hit === doc.body || isOwnUi(hit)) continue;
      for (let el: Element | null = hit; el && el !== doc.body; el = el.parentElement) {
        if (view.getComputedStyle(el).position === 'fixed' && !isOwnUi(el)) return true;
      }
    }
  }
  return false;
}

export interface BarPlacement {
  /** Re-measures (after the bar's content changed) and picks the edge again (after `narrow` changed). */
  update(options: { edge?: 'top' | 'bottom'; narrow: boolean }): void;
  destroy(): void;
}

/**
 * Where the bar sits and the space it keeps (WCAG 2.4.11 Focus Not Obscured): measured, reserved with body
 * padding and scroll padding; top by default, bottom on a phone (the thumb reaches it) or under a page's own
 * fixed header; scrolls with the page when taller than 40% of the screen; and when the focused element
 * would sit under it, the page scrolls it clear, or the bar moves to the other edge.
 * The state is written on the bar as `data-placement` and `data-edge`.
 */
export function createBarPlacement(doc: Document, bar: HTMLElement, presentation: PagePresentation): BarPlacement {
  const view = doc.defaultView!;
  let placement: 'fixed' | 'static' = 'fixed';
  let edge: 'top' | 'bottom' = 'top';
  const write = () => {
    bar.setAttribute('data-placement', placement);
    bar.setAttribute('data-edge', placement === 'fixed' ? edge : 'top');
  };
  const measure = () => {
    const height = bar.getBoundingClientRect().height;
    // A bar taller than 40% of the screen (320px wide at 200% text, expanded) scrolls with the page instead.
    placement = height > view.innerHeight * 0.4 ? 'static' : 'fixed';
    write();
    presentation.reserve(placement === 'fixed' ? edge : 'top', height, placement === 'fixed');
  };
  const resizeObserver = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
  resizeObserver?.observe(bar);
  view.addEventListener('resize', measure);

  // Never cover the focused element: scroll it clear of the bar, and if that cannot work, move the bar.
  const onFocus = (event: FocusEvent) => {
    const el = eventElement(event);
    if (placement !== 'fixed' || !el || isOwnUi(el) || bar.contains(el)) return;
    const covered = () => {
      const r = el.getBoundingClientRect();
      const box = bar.getBoundingClientRect();
      return r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right ? { r, box } : null;
    };
    const hit = covered();
    if (!hit) return;
    const delta = edge === 'top' ? hit.r.top - hit.box.bottom - 8 : hit.r.bottom - hit.box.top + 8;
    view.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
    if (covered()) {
      edge = edge === 'top' ? 'bottom' : 'top';
      measure();
    }
  };
  doc.addEventListener('focusin', onFocus);

  return {
    update({ edge: wanted, narrow }) {
      if (wanted === 'top' || wanted === 'bottom') edge = wanted;
      else if (narrow || hasFixedHeader(doc)) edge = 'bottom'; // a phone's thumb reaches the bottom corner
      measure();
    },
    destroy() {
      resizeObserver?.disconnect();
      view.removeEventListener('resize', measure);
      doc.removeEventListener('focusin', onFocus);
    },
  };
}
