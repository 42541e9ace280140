import { useCallback, useEffect, useRef, useState } from 'react';
import { Button } from '../button/Button';
import { useCatalogue } from '../provider/useCatalogue';
import { cx } from '../utils/cx';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';
import { speechMessages } from './messages';
import { useSpeech } from './useSpeech';

export interface CaptionBarProps {
  /** Shown while something is being read. Defaults to the speech setting (SpeechProvider `caption`). */
  open?: boolean;
  /** Called by the close button; defaults to turning the caption setting off. */
  onClose?: () => void;
  className?: string;
}

type Box = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right'>;

function overlaps(a: Box, b: Box): boolean {
  return a.bottom > b.top && a.top < b.bottom && a.right > b.left && a.left < b.right;
}

/**
 * 大字幕: the sentence being read, in very large type, fixed at the bottom centre of the screen, with
 * pause/resume and close. It follows the engine's own segment events, so it never runs ahead of the
 * voice. It never covers the focused element: the page gets scroll padding for it, the focused element
 * is scrolled clear, and if that is impossible the bar moves to the top.
 */
export function CaptionBar({ open, onClose, className }: CaptionBarProps) {
  const speech = useSpeech();
  const t = useCatalogue(speechMessages);
  const bar = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<'bottom' | 'top'>('bottom');
  const wanted = open ?? speech.settings.caption;
  const segment = speech.current ?? (speech.playback !== 'idle' && speech.index >= 0 ? speech.segments[speech.index] : null);
  const visible = wanted && speech.playback !== 'idle' && Boolean(segment);

  const place = useCallback(() => {
    const el = bar.current;
    const doc = el?.ownerDocument;
    const focused = doc?.activeElement;
    if (!el || !doc || !focused || focused === doc.body || el.contains(focused)) {
      setPosition('bottom');
      return;
    }
    const view = doc.defaultView!;
    const barHeight = el.getBoundingClientRect().height;
    const f = focused.getBoundingClientRect();
    const bottomBand: Box = { top: view.innerHeight - barHeight, bottom: view.innerHeight, left: 0, right: view.innerWidth };
    if (!overlaps(f, bottomBand)) {
      setPosition('bottom');
      return;
    }
    // Try to scroll the focused element above the bar (scroll-padding-bottom is set), else move the bar up.
    if (typeof (focused as HTMLElement).scrollIntoView === 'function') (focused as HTMLElement).scrollIntoView({ block: 'nearest', behavior: 'instant' as ScrollBehavior });
    setPosition(overlaps(focused.getBoundingClientRect(), bottomBand) ? 'top' : 'bottom');
  }, []);

  // Room for the bar: the page's scroll padding, so focus and scrollIntoView keep things clear of it.
  useIsoLayoutEffect(() => {
    if (!visible || !bar.current) return;
    const root = bar.current.ownerDocument.documentElement;
    const previous = root.style.scrollPaddingBottom;
    root.style.scrollPaddingBottom = `${Math.ceil(bar.current.getBoundingClientRect().height)}px`;
    place();
    return () => {
      root.style.scrollPaddingBottom = previous;
    };
  }, [visible, segment, place]);

  useEffect(() => {
    if (!visible) return;
    const doc = bar.current?.ownerDocument;
    const view = doc?.defaultView;
    if (!doc || !view) return;
    doc.addEventListener('focusin', place);
    view.addEventListener('resize', place);
    view.addEventListener('scroll', place, { passive: true });
    return () => {
      doc.removeEventListener('focusin', place);
      view.removeEventListener('resize', place);
      view.removeEventListener('scroll', place);
    };
  }, [visible, place]);

  if (!visible || !segment) return null;
  const close = onClose ?? (() => speech.settings.setCaption(false));
  const paused = speech.playback === 'paused';
  return (
    <div ref={bar} className={cx('yf-caption', className)} role="region" aria-label={t('speech.captionLabel')} data-position={position} data-yinfa-speech-ignore="">
      {/* aria-live stays off: screen reader users already hear the voice; a live caption would double it. */}
      <p className="yf-caption__text" lang={speech.lang}>
        {segment.display ?? segment.text}
      </p>
      <div className="yf-caption__actions">
        <Button variant="secondary" onClick={() => (paused ? speech.resume() : speech.pause())}>
          {paused ? t('speech.resume') : t('speech.pause')}
        </Button>
        <Button variant="secondary" onClick={close}>
          {t('speech.captionClose')}
        </Button>
      </div>
    </div>
  );
}
