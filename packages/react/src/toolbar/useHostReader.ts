import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { collectReadable, eventElement, itemIndexFor, itemsToSegments, type SegmentTarget } from '@yinfa/dom';
import { useSentenceHighlight } from '../speech/highlight';
import { speechMessages } from '../speech/messages';
import { useSpeech } from '../speech/useSpeech';

export interface HostReader {
  /** 连读 from the top, or from the chosen point when there is one and `fromPoint` is set. */
  readAll(fromPoint?: boolean): void;
  stop(): void;
  pauseResume(): void;
  /** Something of ours is being read (or paused). */
  reading: boolean;
  hasStartPoint: boolean;
  speech: ReturnType<typeof useSpeech>;
}

/**
 * Read-aloud for a page the toolbar does not own, built from the speech package's parts (the same
 * reading order, normalisation, highlight and player as ReadAloud): 连读 from the top or from where the
 * user last clicked or focused on the page, and 指读 — reading what gets keyboard focus, and what the
 * pointer rests on if the user turned hover reading on — when `point` is on and the user has not said
 * they use their own screen reader.
 */
export function useHostReader(
  getRoot: () => Element | null,
  options: { point: boolean; isOwnUi: (el: Element) => boolean; focusDelay?: number; hoverDelay?: number },
): HostReader {
  const { point, isOwnUi, focusDelay = 250, hoverDelay = 600 } = options;
  const owner = `yf-toolbar-read-${useId()}`;
  const speech = useSpeech();
  const { locale, prefersReducedMotion } = useYinfa();
  const t = useCatalogue(speechMessages);
  const targets = useRef<SegmentTarget[]>([]);
  const startPoint = useRef<Node | null>(null);
  const [hasStartPoint, setHasStartPoint] = useState(false);
  const [current, setCurrent] = useState<SegmentTarget | null>(null);
  const reading = speech.owner === owner && speech.playback !== 'idle';

  useEffect(() => {
    setCurrent(reading && speech.index >= 0 ? (targets.current[speech.index] ?? null) : null);
  }, [reading, speech.index]);
  useSentenceHighlight(current, { reducedMotion: prefersReducedMotion });

  const { status, recheck, stop: stopSpeech } = speech;
  useEffect(() => {
    if (status === 'idle') recheck();
  }, [status, recheck]);
  const stopRef = useRef(stopSpeech);
  stopRef.current = stopSpeech;
  useEffect(() => () => stopRef.current(owner), [owner]);

  const speakItems = useCallback(
    (from: Node | null, only: boolean) => {
      const items = collectReadable(getRoot(), locale, t).filter((item) => !isOwnUi(item.element));
      const index = from ? itemIndexFor(items, from) : -1;
      if (only && index < 0) return;
      const { segments, targets: found } = itemsToSegments(only ? [items[index]!] : items, locale);
      if (!segments.length) return;
      targets.current = found;
      const startAt = !only && index >= 0 ? Math.max(0, found.findIndex((f) => f.item >= index)) : 0;
      speech.speak(segments, { owner, startAt });
    },
    [getRoot, locale, t, isOwnUi, speech, owner],
  );

  const readPoint = useCallback(
    (el: Element) => {
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
      const kind = el.tagName === 'BUTTON' || el.getAttribute('role') === 'button' ? 'speech.button' : el.tagName === 'A' ? 'speech.link' : null;
      if (kind && name) {
        targets.current = [];
        speech.speakText(t(kind, { name }), { owner });
      } else speakItems(el, true);
    },
    [speech, t, owner, speakItems],
  );

  // Where 连读 starts, and 指读 on focus: listen on the host page, never inside our own bar.
  const now = { point, readPoint, available: speech.available, usesScreenReader: speech.settings.usesScreenReader, hover: speech.settings.hoverRead };
  const latest = useRef(now);
  latest.current = now;
  useEffect(() => {
    const root = getRoot();
    const doc = root?.ownerDocument;
    if (!doc) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const mark = (event: Event) => {
      const el = eventElement(event);
      if (!el || isOwnUi(el) || !getRoot()?.contains(el)) return;
      startPoint.current = el;
      setHasStartPoint(true);
      const now = latest.current;
      if (event.type !== 'focusin' || !now.point || !now.available || now.usesScreenReader) return;
      clearTimeout(timer);
      // Debounced: tabbing quickly through a form reads only where the user stops.
      timer = setTimeout(() => now.readPoint(el), focusDelay);
    };
    // Hover 指读, only when the user turned it on: waits until the pointer rests, never repeats the same paragraph.
    let lastHover: Element | null = null;
    const hover = (event: Event) => {
      const el = eventElement(event);
      const now = latest.current;
      if (!el || !now.point || !now.hover || !now.available || now.usesScreenReader || isOwnUi(el) || !getRoot()?.contains(el)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const block = el.closest('p, li, td, th, h1, h2, h3, h4, h5, h6, label, a, button, figcaption, caption, legend') ?? el;
        if (block === lastHover) return;
        lastHover = block;
        now.readPoint(block);
      }, hoverDelay);
    };
    doc.addEventListener('focusin', mark);
    doc.addEventListener('pointerdown', mark);
    doc.addEventListener('mouseover', hover);
    return () => {
      clearTimeout(timer);
      doc.removeEventListener('focusin', mark);
      doc.removeEventListener('pointerdown', mark);
      doc.removeEventListener('mouseover', hover);
    };
  }, [getRoot, isOwnUi, focusDelay, hoverDelay]);

  return {
    readAll: (fromPoint = false) => speakItems(fromPoint ? startPoint.current : null, false),
    stop: () => speech.stop(owner),
    pauseResume: () => {
      if (!reading) return;
      if (speech.playback === 'paused') speech.resume();
      else speech.pause();
    },
    reading,
    hasStartPoint,
    speech,
  };
}
