import { createSpeechTextGate, type SpeechSegment, type SpeechSnapshot, type SpeechTextGate } from '@yinfa/core';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useYinfa } from '../provider/context';
import { useCatalogue } from '../provider/useCatalogue';
import { IDLE_SNAPSHOT, useSpeechContext, type SpeechSettings } from './context';
import { speechButtonMessages } from './messages';

export interface UseSpeechResult extends SpeechSnapshot {
  /** An engine can speak the page's language. */
  available: boolean;
  /** Still finding out (waiting for voices). */
  checking: boolean;
  /** Why nothing can speak, in the user's language; null when something can. */
  unavailableMessage: string | null;
  /** The last error, in the user's language. */
  errorMessage: string | null;
  /** The segment being read, or null. */
  current: SpeechSegment | null;
  speak: (segments: readonly SpeechSegment[], options?: { owner?: string; startAt?: number }) => boolean;
  speakText: (text: string, options?: { owner?: string }) => boolean;
  pause: () => void;
  resume: () => void;
  stop: (owner?: string) => void;
  next: () => void;
  previous: () => void;
  setRate: (rate: number) => void;
  setVoice: (voiceId: string | null) => void;
  /** Call it inside a click whose read starts later (your own files still loading): iOS then lets that read start. */
  unlock: () => void;
  /** Detect again (e.g. after the user installed a voice). */
  recheck: () => void;
  settings: SpeechSettings;
}

/**
 * One component's speech-text gate (createSpeechTextGate) whose waiting read unlocks the current player inside
 * the click (iOS): the player a provider creates after the first render, not the one the gate was made with.
 */
export function useUnlockingGate(unlock: () => void): SpeechTextGate {
  const latest = useRef(unlock);
  latest.current = unlock;
  const [gate] = useState(() => createSpeechTextGate(() => latest.current()));
  return gate;
}

/**
 * The page's speech state and actions. Works inside a SpeechProvider or without one (a shared
 * page-wide player with default settings). Call speak… only from user actions.
 */
export function useSpeech(): UseSpeechResult {
  const { controller, settings, hasProvider } = useSpeechContext();
  const { locale } = useYinfa();
  // Without a SpeechProvider, the shared player speaks the page's locale.
  useEffect(() => {
    if (!hasProvider) controller.setLang(locale);
  }, [hasProvider, controller, locale]);
  const snapshot = useSyncExternalStore(controller.subscribe, controller.getSnapshot, () => IDLE_SNAPSHOT);
  const t = useCatalogue(speechButtonMessages);

  const recheck = useCallback(() => void controller.detect(), [controller]);
  const unavailableMessage =
    snapshot.status !== 'unavailable'
      ? null
      : snapshot.reason === 'no-voice-for-lang'
        ? t(/^en/i.test(snapshot.lang) ? 'speech.noEnglishVoice' : 'speech.noChineseVoice')
        : snapshot.reason === 'no-voices'
          ? t('speech.noVoices')
          : t('speech.unavailable');
  const errorMessage = !snapshot.error
    ? null
    : snapshot.error.code === 'not-allowed'
      ? t('speech.notAllowed')
      : snapshot.error.code === 'network'
        ? t('speech.network')
        : snapshot.error.code === 'no-voice' || snapshot.error.code === 'unavailable'
          ? unavailableMessage ?? t('speech.unavailable')
          : t('speech.failed');

  // Reading waits for the speech tables where they load on first use (the script-tag builds): speak() answers
  // true until then unless nothing can speak, as it would itself; stop() (and unmount) drops a waiting read.
  // One gate per component using the hook; a read that waits unlocks the player inside the click (iOS).
  const gate = useUnlockingGate(controller.unlock);
  const whenReady = useCallback(
    (run: () => boolean): boolean => {
      let result: boolean | undefined;
      gate.run(() => void (result = run()));
      return result ?? controller.getSnapshot().status !== 'unavailable';
    },
    [gate, controller],
  );

  return useMemo(
    () => ({
      ...snapshot,
      available: snapshot.status === 'ready',
      checking: snapshot.status === 'checking' || snapshot.status === 'idle',
      unavailableMessage,
      errorMessage,
      current: snapshot.index >= 0 ? (snapshot.segments[snapshot.index] ?? null) : null,
      speak: (segments, options) => whenReady(() => controller.speak(segments, options)),
      speakText: (text, options) => whenReady(() => controller.speakText(text, options)),
      pause: () => controller.pause(),
      resume: () => controller.resume(),
      stop: (owner) => {
        gate.cancel();
        controller.stop(owner);
      },
      next: () => controller.next(),
      previous: () => controller.previous(),
      setRate: (rate) => controller.setRate(rate),
      setVoice: (voice) => controller.setVoice(voice),
      unlock: () => controller.unlock(),
      recheck,
      settings,
    }),
    [snapshot, controller, settings, unavailableMessage, errorMessage, recheck, whenReady, gate],
  );
}
