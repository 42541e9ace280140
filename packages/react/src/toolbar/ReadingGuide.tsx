import { useEffect, useRef } from 'react';
import type { GuideKind } from '@yinfa/core';
import { eventElement } from '@yinfa/dom';

export interface ReadingGuideProps {
  kind: GuideKind;
}

/**
 * 阅读线 / 十字线: lines that follow the pointer and keyboard focus. They are drawn with
 * pointer-events: none, so a click always reaches the page below, and are hidden from screen readers.
 * Position updates use a transform on the line only (no layout), once per frame.
 */
export function ReadingGuide({ kind }: ReadingGuideProps) {
  const row = useRef<HTMLDivElement>(null);
  const col = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (kind === 'off') return;
    const doc = row.current?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return;
    let frame = 0;
    let x = view.innerWidth / 2;
    let y = view.innerHeight / 2;
    const draw = () => {
      frame = 0;
      if (row.current) row.current.style.top = `${y}px`;
      if (col.current) col.current.style.left = `${x}px`;
    };
    const schedule = () => {
      if (!frame) frame = view.requestAnimationFrame(draw);
    };
    // The element focus last moved to; null once the pointer moves (then the lines follow the pointer).
    let focused: Element | null = null;
    const toFocused = () => {
      if (!focused?.isConnected) return;
      const r = focused.getBoundingClientRect();
      x = r.left + r.width / 2;
      y = r.top + r.height / 2;
      schedule();
    };
    const onPointer = (event: PointerEvent) => {
      focused = null;
      x = event.clientX;
      y = event.clientY;
      schedule();
    };
    const onFocus = (event: FocusEvent) => {
      const el = eventElement(event);
      if (!el || el === doc.body) return;
      focused = el;
      toFocused();
    };
    // Focus often scrolls the page (scroll padding, the bar keeping it clear): follow the element.
    const onScroll = () => toFocused();
    doc.addEventListener('pointermove', onPointer, { passive: true });
    doc.addEventListener('focusin', onFocus);
    view.addEventListener('scroll', onScroll, { passive: true });
    draw();
    return () => {
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointer);
      doc.removeEventListener('focusin', onFocus);
      view.removeEventListener('scroll', onScroll);
    };
  }, [kind]);
  if (kind === 'off') return null;
  return (
    <div className="yf-toolbar-guide" aria-hidden="true" data-kind={kind} data-yinfa-speech-ignore="">
      <div ref={row} className="yf-toolbar-guide__row" />
      {kind === 'crosshair' ? <div ref={col} className="yf-toolbar-guide__col" /> : null}
    </div>
  );
}
