import { createSpeechController, type SpeechController } from '@yinfa/core';
import { useContext } from 'react';
import { resolveShortcuts, type SpeechShortcutAction } from './shortcuts';
import { sharedContext } from '../utils/sharedContext';

export interface SpeechSettings {
  /** "I use my own screen reader": nothing is read automatically (no 指读, no hover reading). */
  usesScreenReader: boolean;
  setUsesScreenReader: (value: boolean) => void;
  /** The 大字幕 caption bar is shown while reading. */
  caption: boolean;
  setCaption: (value: boolean) => void;
  /** 指读 also reads what the pointer rests on (off by default). */
  hoverRead: boolean;
  setHoverRead: (value: boolean) => void;
  shortcuts: Partial<Record<SpeechShortcutAction, string>>;
}

export interface SpeechContextValue {
  controller: SpeechController;
  settings: SpeechSettings;
  hasProvider: boolean;
}

let fallbackController: SpeechController | null = null;
/**
 * Without a SpeechProvider, read-aloud buttons share one page-wide controller created on first use
 * (never at import: it looks up speechSynthesis only when a button mounts in the browser).
 */
export function getFallbackController(): SpeechController {
  fallbackController ??= createSpeechController();
  return fallbackController;
}

/** Settings with no provider (or before it is ready): defaults, nothing to change. */
export function fallbackSettings(): SpeechSettings {
  return {
    usesScreenReader: false,
    setUsesScreenReader: () => {},
    caption: false,
    setCaption: () => {},
    hoverRead: false,
    setHoverRead: () => {},
    shortcuts: resolveShortcuts(undefined),
  };
}

export const SpeechContext = sharedContext<SpeechContextValue | null>('SpeechContext', null);

/** The speech context, or the page-wide fallback when there is no SpeechProvider. */
export function useSpeechContext(): SpeechContextValue {
  const ctx = useContext(SpeechContext);
  return ctx ?? FALLBACK_CONTEXT;
}

const FALLBACK_SETTINGS = fallbackSettings();

/** A stand-in that creates the real fallback controller on first call (so rendering on a server never creates it). */
const lazyController: SpeechController = {
  getSnapshot: () => (fallbackController ? fallbackController.getSnapshot() : IDLE_SNAPSHOT),
  subscribe: (l) => getFallbackController().subscribe(l),
  detect: (lang) => getFallbackController().detect(lang),
  speak: (s, r) => getFallbackController().speak(s, r),
  speakText: (t, r) => getFallbackController().speakText(t, r),
  pause: () => fallbackController?.pause(),
  resume: () => fallbackController?.resume(),
  stop: (o) => fallbackController?.stop(o),
  next: () => fallbackController?.next(),
  previous: () => fallbackController?.previous(),
  seek: (i) => fallbackController?.seek(i),
  setRate: (r) => getFallbackController().setRate(r),
  setVolume: (v) => getFallbackController().setVolume(v),
  setVoice: (v) => getFallbackController().setVoice(v),
  setLang: (l) => getFallbackController().setLang(l),
  unlock: () => fallbackController?.unlock(),
  dispose: () => fallbackController?.dispose(),
};

const FALLBACK_CONTEXT: SpeechContextValue = { controller: lazyController, settings: FALLBACK_SETTINGS, hasProvider: false };

/** What the server (and the first client render) sees: nothing checked yet, nothing playing. */
export const IDLE_SNAPSHOT = createSpeechController({ webSpeech: null }).getSnapshot();

/** A controller that does nothing: what a SpeechProvider offers before its real one exists (first render, server). */
export const INERT_CONTROLLER: SpeechController = {
  getSnapshot: () => IDLE_SNAPSHOT,
  subscribe: () => () => {},
  detect: async () => IDLE_SNAPSHOT,
  speak: () => false,
  speakText: () => false,
  pause: () => {},
  resume: () => {},
  stop: () => {},
  next: () => {},
  previous: () => {},
  seek: () => {},
  setRate: () => {},
  setVolume: () => {},
  setVoice: () => {},
  setLang: () => {},
  unlock: () => {},
  dispose: () => {},
};
