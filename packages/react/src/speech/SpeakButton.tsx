import { devWarn, loadSpeechText } from '@yinfa/core';
import { forwardRef, useCallback, useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
import { Button, type ButtonProps } from '../button/Button';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { collectReadable, itemsToSegments, type SegmentTarget } from '@yinfa/dom';
import { useSentenceHighlight } from './highlight';
import { speechButtonMessages } from './messages';
import { useSpeech, useUnlockingGate } from './useSpeech';

export interface SpeakButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** The words to read (normalised for speech: phone numbers, money, dates…). */
  text?: string;
  /** Or read an element's content, in reading order (an Alert, a Dialog, a card). The button skips itself. */
  target?: RefObject<Element | null>;
  /** Idle label; default "朗读" (SpeakButton) or "读给我听" (ReadAloudButton). */
  label?: ReactNode;
  /** Label while this button's reading is going on; default "停止". */
  stopLabel?: ReactNode;
  /**
   * When nothing on this device can speak: 'hide' (default) renders nothing, 'explain' renders a short
   * note saying why. Never a button that does nothing.
   */
  whenUnavailable?: 'hide' | 'explain';
  /** Highlight the sentence being read inside `target`. Default true. */
  highlight?: boolean;
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" focusable="false">
      <path fill="currentColor" d="M3 9v6h4l5 4V5L7 9H3zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4zM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6z" />
    </svg>
  );
}

function StopIcon() {
  return (
    <svg viewBox="0 0 24 24" focusable="false">
      <rect x="6" y="6" width="12" height="12" rx="1.5" fill="currentColor" />
    </svg>
  );
}

/**
 * "朗读 / 停止": reads `text` or the `target` element, and stops when pressed again. Only one thing
 * speaks at a time on the page; the button stops its own reading when it unmounts.
 */
export const SpeakButton = forwardRef<HTMLButtonElement, SpeakButtonProps>(function SpeakButton(
  { text, target, label, stopLabel, whenUnavailable = 'hide', highlight = true, variant = 'secondary', ...rest },
  ref,
) {
  const owner = `yf-speak-${useId()}`;
  const speech = useSpeech();
  const { locale, prefersReducedMotion } = useYinfa();
  const t = useCatalogue(speechButtonMessages);
  const targets = useRef<SegmentTarget[]>([]);
  const mine = speech.owner === owner && speech.playback !== 'idle';
  const stopRef = useRef(speech.stop);
  stopRef.current = speech.stop;

  // Check what can speak as soon as a read-aloud control exists (no sound: voices only).
  const { status, recheck } = speech;
  useEffect(() => {
    if (status === 'idle') recheck();
  }, [status, recheck]);
  // The target is collected once the speech tables are in: the script-tag builds of <yinfa-speak> and
  // <yinfa-amount-confirm> fetch the reading order with them (packages/elements/src/deferred/readable.ts).
  // Elsewhere the gate runs at once. A press meanwhile replaces the waiting read; unmount drops it.
  const gate = useUnlockingGate(speech.unlock);
  // Speech stops when the button goes away.
  useEffect(
    () => () => {
      gate.cancel();
      stopRef.current(owner);
    },
    [owner, gate],
  );

  const [current, setCurrent] = useState<SegmentTarget | null>(null);
  useEffect(() => {
    setCurrent(mine && highlight && speech.index >= 0 ? (targets.current[speech.index] ?? null) : null);
  }, [mine, highlight, speech.index]);
  useSentenceHighlight(current, { reducedMotion: prefersReducedMotion });

  const onClick = useCallback(() => {
    if (mine) {
      gate.cancel();
      speech.stop(owner);
      return;
    }
    if (target?.current) {
      const element = target.current;
      gate.run(() => {
        const { segments, targets: found } = itemsToSegments(collectReadable(element, locale, t), locale);
        targets.current = found;
        if (segments.length) speech.speak(segments, { owner });
      });
    } else if (typeof text === 'string') {
      targets.current = [];
      speech.speakText(text, { owner });
    } else devWarn('SpeakButton: give it `text` or a `target` ref to read.');
  }, [mine, speech, owner, target, text, locale, t, gate]);

  if (speech.status === 'unavailable') {
    if (whenUnavailable === 'explain') return <p className="yf-speech-note">{speech.unavailableMessage}</p>;
    return null;
  }

  return (
    <Button
      {...rest}
      ref={ref}
      variant={variant}
      data-yinfa-speech-ignore=""
      data-speaking={mine ? '' : undefined}
      icon={mine ? <StopIcon /> : <SpeakerIcon />}
      onClick={onClick}
      // Where the speech tables load on first use (the script-tag builds), pointing at, touching or focusing the
      // button fetches them, so the press a moment later reads at once (the read waits for them: useSpeech).
      onPointerOver={(event) => {
        rest.onPointerOver?.(event);
        void loadSpeechText();
      }}
      onPointerDown={(event) => {
        rest.onPointerDown?.(event);
        void loadSpeechText();
      }}
      onFocus={(event) => {
        rest.onFocus?.(event);
        void loadSpeechText();
      }}
    >
      {mine ? (stopLabel ?? t('speech.stop')) : (label ?? t('speech.read'))}
    </Button>
  );
});

export type ReadAloudButtonProps = SpeakButtonProps;

/**
 * "读给我听" for a component's action slot: `<Alert actions={<ReadAloudButton target={ref} />}>`, or a
 * Dialog's headerActions. Reads the target (skipping its buttons), highlights each sentence, stops on close.
 */
export const ReadAloudButton = forwardRef<HTMLButtonElement, ReadAloudButtonProps>(function ReadAloudButton({ label, ...props }, ref) {
  const t = useCatalogue(speechButtonMessages);
  return <SpeakButton {...props} ref={ref} label={label ?? t('speech.readToMe')} />;
});
