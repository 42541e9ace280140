import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useRef, useState, type FocusEvent, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { Button } from '../button/Button';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { useControllableState } from '../provider/useControllableState';
import { cx } from '../utils/cx';
import { CaptionBar } from './CaptionBar';
import { useSpeechContext } from './context';
import { collectReadable, itemIndexFor, itemsToSegments, type SegmentTarget } from '@yinfa/dom';
import { useSentenceHighlight } from './highlight';
import { speechMessages } from './messages';
import { matchShortcut } from './shortcuts';
import { useSpeech } from './useSpeech';

export type ReadAloudMode = 'continuous' | 'point';

export interface ReadAloudProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  children?: ReactNode;
  /** 连读 'continuous' (default): read on from the top or a chosen start. 指读 'point': read what gets keyboard focus. */
  mode?: ReadAloudMode;
  defaultMode?: ReadAloudMode;
  onModeChange?: (mode: ReadAloudMode) => void;
  /** The toolbar's name; default "朗读工具". */
  label?: string;
  /**
   * Keyboard shortcuts: 'page' (default) — they work anywhere on the page for the first such reader,
   * and inside this region always; 'region' — only while focus is inside; false — off.
   */
  shortcuts?: 'page' | 'region' | false;
  /** Delay before 指读 reads the focused element (ms). Default 250. */
  focusDelay?: number;
  /** Delay before hover reading (when the user turned it on). Default 600. */
  hoverDelay?: number;
}

export interface ReadAloudHandle {
  /** Reads the region from the top (call from a user action). */
  readAll(): void;
  stop(): void;
}

/** Readers that answer page-wide shortcuts, in mount order: the first one does. */
const pageReaders: string[] = [];

/**
 * A region with a read-aloud toolbar: 连读 (continuous, from the top or from where the user last
 * clicked or focused) and 指读 (reads what gets keyboard focus; hover reading only when the user turns
 * it on, debounced, never overlapping). Sentences are highlighted as the engine reports them, and the
 * 大字幕 caption bar can show them in very large type. Nothing speaks until the user asks; speech stops
 * when the region unmounts.
 */
export const ReadAloud = forwardRef<ReadAloudHandle, ReadAloudProps>(function ReadAloud(
  { children, mode: modeProp, defaultMode = 'continuous', onModeChange, label, shortcuts = 'page', focusDelay = 250, hoverDelay = 600, className, ...rest },
  ref,
) {
  const owner = `yf-read-${useId()}`;
  const speech = useSpeech();
  const { locale, prefersReducedMotion } = useYinfa();
  const t = useCatalogue(speechMessages);
  const [mode, setMode] = useControllableState<ReadAloudMode>(modeProp, defaultMode, onModeChange);
  const [localCaption, setLocalCaption] = useState(false);
  const { settings } = speech;
  const hasProviderSettings = useSpeechContext().hasProvider;
  const caption = hasProviderSettings ? settings.caption : localCaption;
  const setCaption = hasProviderSettings ? settings.setCaption : setLocalCaption;

  const region = useRef<HTMLDivElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const targets = useRef<SegmentTarget[]>([]);
  const startPoint = useRef<Node | null>(null);
  const [hasStartPoint, setHasStartPoint] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lastHover = useRef<Element | null>(null);

  const mine = speech.owner === owner && speech.playback !== 'idle';
  const paused = mine && speech.playback === 'paused';
  const autoReading = mode === 'point' && !settings.usesScreenReader;

  const { status, recheck, stop } = speech;
  useEffect(() => {
    if (status === 'idle') recheck();
  }, [status, recheck]);
  const stopRef = useRef(stop);
  stopRef.current = stop;
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      stopRef.current(owner);
    },
    [owner],
  );

  const [current, setCurrent] = useState<SegmentTarget | null>(null);
  useEffect(() => {
    setCurrent(mine && speech.index >= 0 ? (targets.current[speech.index] ?? null) : null);
  }, [mine, speech.index]);
  useSentenceHighlight(current, { reducedMotion: prefersReducedMotion });

  const readFrom = useCallback(
    (node: Node | null) => {
      const items = collectReadable(content.current, locale, t);
      const { segments, targets: found } = itemsToSegments(items, locale);
      if (segments.length === 0) return;
      targets.current = found;
      const item = node ? itemIndexFor(items, node) : -1;
      const startAt = item >= 0 ? Math.max(0, found.findIndex((f) => f.item >= item)) : 0;
      speech.speak(segments, { owner, startAt });
    },
    [locale, t, speech, owner],
  );

  /** 指读: read just the element (a control's label and value, a button's or link's name, or its paragraph). */
  const readPoint = useCallback(
    (node: Element) => {
      const name = (node.getAttribute('aria-label') ?? node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if ((node.tagName === 'BUTTON' || node.getAttribute('role') === 'button') && name) {
        targets.current = [];
        speech.speakText(t('speech.button', { name }), { owner });
        return;
      }
      if (node.tagName === 'A' && name) {
        targets.current = [];
        speech.speakText(t('speech.link', { name }), { owner });
        return;
      }
      const items = collectReadable(content.current, locale, t);
      const index = itemIndexFor(items, node);
      if (index < 0) return;
      const { segments, targets: found } = itemsToSegments([items[index]!], locale);
      if (!segments.length) return;
      targets.current = found;
      speech.speak(segments, { owner });
    },
    [locale, t, speech, owner],
  );

  const readAll = useCallback(() => readFrom(null), [readFrom]);
  useImperativeHandle(ref, () => ({ readAll, stop: () => speech.stop(owner) }), [readAll, speech, owner]);

  const toggle = useCallback(() => (mine ? speech.stop(owner) : readAll()), [mine, speech, owner, readAll]);
  const pauseResume = useCallback(() => {
    if (!mine) return;
    if (paused) speech.resume();
    else speech.pause();
  }, [mine, paused, speech]);

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const el = event.target as Element;
    startPoint.current = el;
    setHasStartPoint(true);
    if (!autoReading || !speech.available) return;
    clearTimeout(timer.current);
    // Debounced: tabbing quickly through a form reads only where the user stops.
    timer.current = setTimeout(() => readPoint(el), focusDelay);
  };
  const onPointerDown = (event: MouseEvent<HTMLDivElement>) => {
    startPoint.current = event.target as Node;
    setHasStartPoint(true);
  };
  const onMouseOver = (event: MouseEvent<HTMLDivElement>) => {
    if (mode !== 'point' || !settings.hoverRead || settings.usesScreenReader || !speech.available) return;
    const el = event.target as Element;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const items = collectReadable(content.current, locale, t);
      const item = items[itemIndexFor(items, el)];
      // "防抖动重音": resting on the same paragraph again does not read it again.
      if (!item || item.element === lastHover.current) return;
      lastHover.current = item.element;
      readPoint(el);
    }, hoverDelay);
  };

  // Shortcuts: physical keys, matched on event.code.
  useEffect(() => {
    if (shortcuts === false) return;
    const doc = region.current?.ownerDocument;
    if (!doc) return;
    if (shortcuts === 'page') pageReaders.push(owner);
    const onKey = (event: KeyboardEvent) => {
      const action = matchShortcut(event, settings.shortcuts);
      if (!action) return;
      const targetEl = event.target instanceof Element ? event.target : null;
      const inside = Boolean(targetEl && region.current?.contains(targetEl));
      const inOther = Boolean(targetEl?.closest('[data-yinfa-read-aloud]') && !inside);
      const handles = inside || (shortcuts === 'page' && !inOther && pageReaders[0] === owner);
      if (!handles) return;
      event.preventDefault();
      if (action === 'toggle') toggle();
      else if (action === 'pause') pauseResume();
      else if (action === 'next' && mine) speech.next();
      else if (action === 'previous' && mine) speech.previous();
      else if (action === 'caption') setCaption(!caption);
      else if (action === 'mode') setMode(mode === 'point' ? 'continuous' : 'point');
    };
    doc.addEventListener('keydown', onKey);
    return () => {
      doc.removeEventListener('keydown', onKey);
      const i = pageReaders.indexOf(owner);
      if (i >= 0) pageReaders.splice(i, 1);
    };
  }, [shortcuts, owner, settings.shortcuts, toggle, pauseResume, mine, speech, caption, setCaption, mode, setMode]);

  const total = mine ? speech.segments.length : 0;
  const statusText = speech.checking
    ? t('speech.checking')
    : mine && speech.index >= 0
      ? t(paused ? 'speech.statusPaused' : 'speech.status', { current: speech.index + 1, total })
      : (speech.errorMessage ?? (mode === 'point' ? t('speech.modePointHint') : t('speech.modeContinuousHint')));
  const keys = new Intl.ListFormat(locale, { type: 'disjunction' }).format(Object.values(settings.shortcuts));

  return (
    <div {...rest} ref={region} className={cx('yf-read-aloud', className)} data-yinfa-read-aloud="" data-mode={mode}>
      <div className="yf-read-aloud__toolbar" role="group" aria-label={label ?? t('speech.toolbar')} data-yinfa-speech-ignore="">
        {speech.status === 'unavailable' ? (
          <p className="yf-speech-note" data-kind="unavailable">
            {speech.unavailableMessage}
          </p>
        ) : (
          <>
            <div className="yf-read-aloud__controls">
              <Button variant={mine ? 'secondary' : 'primary'} onClick={toggle} data-speaking={mine ? '' : undefined}>
                {mine ? t('speech.stop') : t('speech.readAll')}
              </Button>
              {mine ? (
                <>
                  <Button variant="secondary" onClick={pauseResume}>
                    {paused ? t('speech.resume') : t('speech.pause')}
                  </Button>
                  <Button variant="secondary" onClick={() => speech.previous()} disabled={speech.index <= 0}>
                    {t('speech.previous')}
                  </Button>
                  <Button variant="secondary" onClick={() => speech.next()} disabled={speech.index >= total - 1}>
                    {t('speech.next')}
                  </Button>
                </>
              ) : mode === 'continuous' && hasStartPoint ? (
                <Button variant="secondary" onClick={() => readFrom(startPoint.current)}>
                  {t('speech.readFromHere')}
                </Button>
              ) : null}
            </div>
            <div className="yf-read-aloud__options">
              <div className="yf-read-aloud__modes" role="group" aria-label={t('speech.mode')}>
                <Button variant="secondary" aria-pressed={mode === 'continuous'} onClick={() => setMode('continuous')}>
                  {t('speech.modeContinuous')}
                </Button>
                <Button variant="secondary" aria-pressed={mode === 'point'} onClick={() => setMode('point')}>
                  {t('speech.modePoint')}
                </Button>
              </div>
              <Button variant="secondary" aria-pressed={caption} onClick={() => setCaption(!caption)}>
                {t('speech.caption')}
              </Button>
            </div>
            <p className="yf-read-aloud__status">{statusText}</p>
            {mode === 'point' && settings.usesScreenReader ? <p className="yf-speech-note">{t('speech.screenReaderOn')}</p> : null}
            {keys && shortcuts !== false ? <p className="yf-read-aloud__keys">{t('speech.shortcuts', { keys })}</p> : null}
          </>
        )}
      </div>
      {/* Focus and pointer events bubble here for 指读 and for choosing where 连读 starts. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div ref={content} className="yf-read-aloud__content" onFocus={onFocus} onMouseDown={onPointerDown} onMouseOver={onMouseOver}>
        {children}
      </div>
      <CaptionBar open={caption && mine} onClose={() => setCaption(false)} />
    </div>
  );
});
