import { isOwnUi, eventElement, type PagePresentation } from '@yinfa/dom';
import { useEffect, useState, type RefObject } from 'react';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';

/** The page's own fixed header: a fixed element (not ours) across the top of the screen. */
function hasFixedHeader(doc: Document): boolean {
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

/** True below 600px wide (a phone): the bar becomes one button that opens a panel. */
export function useNarrow(doc: Document | null): boolean {
  const [narrow, setNarrow] = useState(false);
  useIsoLayoutEffect(() => {
    const view = doc?.defaultView;
    if (!view || typeof view.matchMedia !== 'function') return;
    const query = view.matchMedia('(max-width: 599.98px)');
    const sync = () => setNarrow(query.matches);
    sync();
    query.addEventListener?.('change', sync);
    return () => query.removeEventListener?.('change', sync);
  }, [doc]);
  return narrow;
}

export interface BarPlacementOptions {
  doc: Document | null;
  bar: RefObject<HTMLDivElement | null>;
  presentation: RefObject<PagePresentation | null>;
  /** The host's choice of edge, if any. */
  edge?: 'top' | 'bottom';
  narrow: boolean;
  /** Re-measured when the bar collapses or expands. */
  collapsed: boolean;
}

/**
 * Where the bar sits and the space it keeps (WCAG 2.4.11 Focus Not Obscured): measured, reserved with body
 * padding and scroll padding; top by default, bottom on a phone (the thumb reaches it) or under a page's own
 * fixed header; scrolls with the page when it is taller than 40% of the screen; and when the focused element
 * would sit under it, the page scrolls it clear, or the bar moves to the other edge.
 */
export function useBarPlacement({ doc, bar, presentation, edge: edgeProp, narrow, collapsed }: BarPlacementOptions) {
  const [placement, setPlacement] = useState<'fixed' | 'static'>('fixed');
  // Top by default; bottom when a focused element sits where the bar is and cannot be scrolled clear
  // (say a page's own skip link, absolutely positioned at the very top).
  const [edge, setEdge] = useState<'top' | 'bottom'>(edgeProp === 'bottom' ? 'bottom' : 'top');
  useIsoLayoutEffect(() => {
    if (!doc) return;
    if (edgeProp === 'top' || edgeProp === 'bottom') setEdge(edgeProp);
    else if (narrow || hasFixedHeader(doc)) setEdge('bottom'); // a phone's thumb reaches the bottom corner
  }, [doc, edgeProp, narrow]);
  useIsoLayoutEffect(() => {
    const el = bar.current;
    const view = doc?.defaultView;
    if (!el || !view) return;
    const measure = () => {
      const h = el.getBoundingClientRect().height;
      // A bar taller than 40% of the screen (320px wide at 200% text, expanded) scrolls with the page instead.
      const next = h > view.innerHeight * 0.4 ? 'static' : 'fixed';
      setPlacement(next);
      presentation.current?.reserve(next === 'fixed' ? edge : 'top', h, next === 'fixed');
    };
    measure();
    const ro = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    ro?.observe(el);
    view.addEventListener('resize', measure);
    return () => {
      ro?.disconnect();
      view.removeEventListener('resize', measure);
    };
  }, [doc, collapsed, edge, narrow]);

  // Never cover the focused element: scroll it clear of the bar, and if that cannot work, move the bar.
  useEffect(() => {
    if (!doc || placement !== 'fixed') return;
    const view = doc.defaultView;
    const onFocus = (event: FocusEvent) => {
      const el = eventElement(event);
      const b = bar.current;
      if (!el || !b || !view || isOwnUi(el) || b.contains(el)) return;
      const covered = () => {
        const r = el.getBoundingClientRect();
        const box = b.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right ? { r, box } : null;
      };
      const hit = covered();
      if (!hit) return;
      const delta = edge === 'top' ? hit.r.top - hit.box.bottom - 8 : hit.r.bottom - hit.box.top + 8;
      view.scrollBy({ top: delta, behavior: 'instant' as ScrollBehavior });
      if (covered()) setEdge(edge === 'top' ? 'bottom' : 'top');
    };
    doc.addEventListener('focusin', onFocus);
    return () => doc.removeEventListener('focusin', onFocus);
  }, [doc, placement, edge, bar]);

  return { placement, edge };
}
