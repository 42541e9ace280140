'use client';
import { useCallback, useLayoutEffect, useRef } from 'react';

/** Where focus goes after the next render: a card's title button (by point id) or the detail heading. */
export const DETAIL_FOCUS = '#detail';

/**
 * Focus that must wait for the next render (the card is not on screen yet, the detail is not open yet):
 * `focusAfterRender(id)` moves it there once React has drawn the change.
 */
export function usePendingFocus() {
  const titles = useRef(new Map<string, HTMLElement>());
  const detailHeadingRef = useRef<HTMLHeadingElement>(null);
  const pending = useRef<string | null>(null);
  const setTitleRef = useCallback((id: string, el: HTMLButtonElement | null) => {
    if (el) titles.current.set(id, el);
    else titles.current.delete(id);
  }, []);
  useLayoutEffect(() => {
    const id = pending.current;
    if (!id) return;
    pending.current = null;
    if (id === DETAIL_FOCUS) detailHeadingRef.current?.focus();
    else titles.current.get(id)?.focus();
  });
  const focusAfterRender = useCallback((id: string) => {
    pending.current = id;
  }, []);
  return { setTitleRef, detailHeadingRef, focusAfterRender };
}
