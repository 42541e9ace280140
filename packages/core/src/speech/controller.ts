import { toSpeechText } from '../speech-text/toSpeechText';
import { defaultMaxLength, splitSentences } from './chunk';
import { createNoneEngine } from './noneEngine';
import { clampRate, clampVolume, RATE_DEFAULT } from './rate';
import type { EngineKind, SpeechEngine, SpeechError, SpeechHandle, SpeechSegment, SpeechVoice, UnavailableReason } from './types';
import { createVoiceMemory, normaliseLang, type VoiceMemory } from './voices';
import { createWebSpeechEngine } from './webSpeech';

export type SpeechStatus = 'idle' | 'checking' | 'ready' | 'unavailable';
export type SpeechPlayback = 'idle' | 'starting' | 'speaking' | 'paused';

/** Everything the UI shows about speech, as one immutable snapshot (for useSyncExternalStore). */
export interface SpeechSnapshot {
  status: SpeechStatus;
  /** The engine in use once checked. */
  engine: EngineKind | null;
  /** Why nothing can speak, when status is 'unavailable' ('no-voice-for-lang' = "no Chinese voice"). */
  reason: UnavailableReason | null;
  playback: SpeechPlayback;
  /** Who is speaking (a SpeakButton's or ReadAloud's id), so only that control shows "停止". */
  owner: string | null;
  segments: readonly SpeechSegment[];
  /** The segment being read, -1 when idle. */
  index: number;
  /** The last error, cleared by the next speak(). */
  error: SpeechError | null;
  lang: string;
  rate: number;
  /** 0.25–1 (音量). */
  volume: number;
  voice: string | null;
  voices: readonly SpeechVoice[];
}

export interface SpeechControllerOptions {
  /** 'auto' (default): Web Speech when it has a voice for the language, else the fallback, else none. Or one engine. */
  engine?: SpeechEngine | 'auto';
  /** The Web Speech engine to try under 'auto' (default: created from globalThis.speechSynthesis on first detect). */
  webSpeech?: SpeechEngine | null;
  /** Used when Web Speech cannot speak the language: an audio (server TTS) or bridge (native app) engine. */
  fallback?: SpeechEngine | null;
  lang?: string;
  rate?: number;
  volume?: number;
  voice?: string | null;
  /** Remembers the chosen voice per language. */
  memory?: VoiceMemory;
}

export interface SpeakRequest {
  owner?: string;
  startAt?: number;
}

export interface SpeechController {
  getSnapshot(): SpeechSnapshot;
  subscribe(listener: () => void): () => void;
  /** Finds an engine for the language (waits for voices). Safe to call repeatedly. */
  detect(lang?: string): Promise<SpeechSnapshot>;
  /** Reads segments. Call from a click. Anything already speaking stops first (no overlap). Returns false when nothing can speak. */
  speak(segments: readonly SpeechSegment[], request?: SpeakRequest): boolean;
  /** Splits, normalises (toSpeechText) and reads plain text. */
  speakText(text: string, request?: SpeakRequest): boolean;
  pause(): void;
  resume(): void;
  /** Stops speech; with an owner, only if that owner is speaking. */
  stop(owner?: string): void;
  next(): void;
  previous(): void;
  seek(index: number): void;
  setRate(rate: number): void;
  /** 0.25–1, from the sentence being read. */
  setVolume(volume: number): void;
  setVoice(voiceId: string | null): void;
  setLang(lang: string): void;
  /**
   * Call it inside the click when the read it asks for must wait (the speech tables or the reading order still
   * loading in the script-tag builds): Safari on iOS then lets that read start later (SpeechEngine.unlock).
   */
  unlock(): void;
  /** Stops and forgets listeners. */
  dispose(): void;
}

/** Splits text into sentences and pairs each with its spoken form. */
export function textToSegments(text: string, lang = 'zh-CN'): SpeechSegment[] {
  const locale = /^en/i.test(lang) ? 'en-US' : 'zh-CN';
  return splitSentences(text, { maxLength: defaultMaxLength(lang) })
    .map((c) => ({ display: c.text, text: toSpeechText(c.text, locale) }))
    .filter((s) => s.text.trim() !== '');
}

/**
 * The page's one speech player: picks an engine, keeps one playback at a time, and publishes a
 * snapshot for the UI. Framework-free; the React SpeechProvider wraps it.
 */
export function createSpeechController(options: SpeechControllerOptions = {}): SpeechController {
  const memory = options.memory ?? createVoiceMemory(null);
  const lang0 = normaliseLang(options.lang || 'zh-CN') || 'zh-CN';
  let snapshot: SpeechSnapshot = {
    status: 'idle',
    engine: null,
    reason: null,
    playback: 'idle',
    owner: null,
    segments: [],
    index: -1,
    error: null,
    lang: lang0,
    rate: clampRate(options.rate ?? RATE_DEFAULT),
    volume: clampVolume(options.volume),
    voice: options.voice ?? memory.get(lang0),
    voices: [],
  };
  const listeners = new Set<() => void>();
  let engine: SpeechEngine | null = null;
  let web: SpeechEngine | null | undefined = options.webSpeech;
  let handle: SpeechHandle | null = null;
  let generation = 0;
  let detecting: Promise<SpeechSnapshot> | null = null;
  let detectingLang = '';
  let pending: { segments: readonly SpeechSegment[]; request: SpeakRequest } | null = null;

  const set = (patch: Partial<SpeechSnapshot>) => {
    snapshot = { ...snapshot, ...patch };
    for (const l of [...listeners]) l();
  };

  async function runDetect(lang: string): Promise<SpeechSnapshot> {
    const candidates: SpeechEngine[] = [];
    if (options.engine && options.engine !== 'auto') candidates.push(options.engine);
    else {
      if (web === undefined) web = createWebSpeechEngine({ memory });
      if (web) candidates.push(web);
      if (options.fallback) candidates.push(options.fallback);
    }
    let firstReason: UnavailableReason | null = null;
    for (const candidate of candidates) {
      const result = await candidate.check(lang);
      if (result.ok) {
        const voices = await candidate.voices(lang);
        if (lang !== snapshot.lang) return snapshot; // the language changed meanwhile; that detect wins
        engine = candidate;
        const remembered = memory.get(lang);
        const voice = voices.some((v) => v.id === remembered) ? remembered : null;
        set({ status: 'ready', engine: candidate.kind, reason: null, voices, voice });
        return snapshot;
      }
      firstReason ??= result.reason;
    }
    if (lang !== snapshot.lang) return snapshot;
    engine = createNoneEngine(firstReason ?? 'no-speech-api');
    set({ status: 'unavailable', engine: 'none', reason: firstReason ?? 'no-speech-api', voices: [] });
    return snapshot;
  }

  function detect(lang = snapshot.lang): Promise<SpeechSnapshot> {
    const wanted = normaliseLang(lang) || 'zh-CN';
    if (detecting && detectingLang === wanted) return detecting;
    if (wanted !== snapshot.lang) set({ lang: wanted });
    if (snapshot.status !== 'checking') set({ status: 'checking' });
    detectingLang = wanted;
    const run = runDetect(wanted)
      .catch(() => {
        engine = createNoneEngine('no-speech-api');
        set({ status: 'unavailable', engine: 'none', reason: 'no-speech-api' });
        return snapshot;
      })
      .finally(() => {
        if (detecting === run) detecting = null;
        const next = pending;
        pending = null;
        if (next && snapshot.status !== 'checking') start(next.segments, next.request);
      });
    detecting = run;
    return run;
  }

  function start(segments: readonly SpeechSegment[], request: SpeakRequest): boolean {
    const gen = ++generation;
    handle?.stop();
    handle = null;
    // `'text' in s`, not its type: a segment may work its text out when read (itemsToSegments); one whose text is
    // not a string is skipped by the queue when its turn comes.
    const list = (Array.isArray(segments) ? segments : []).filter((s) => s !== null && typeof s === 'object' && 'text' in s);
    if (!engine || snapshot.status !== 'ready') {
      const code = snapshot.reason === 'no-voice-for-lang' || snapshot.reason === 'no-voices' ? 'no-voice' : 'unavailable';
      set({ playback: 'idle', owner: null, index: -1, segments: [], error: { code } });
      return false;
    }
    const startAt = Math.max(0, Math.min(Math.trunc(request.startAt ?? 0), list.length - 1));
    set({ playback: 'starting', owner: request.owner ?? null, segments: list, index: startAt, error: null });
    const mine = () => gen === generation;
    handle = engine.speak(list, { lang: snapshot.lang, rate: snapshot.rate, volume: snapshot.volume, voice: snapshot.voice, startAt }, {
      onSegmentStart: (i) => mine() && set({ playback: 'speaking', index: i }),
      onPause: (i) => mine() && set({ playback: 'paused', index: i }),
      onResume: (i) => mine() && set({ playback: 'starting', index: i }),
      onStop: () => mine() && set({ playback: 'idle', owner: null, index: -1 }),
      onEnd: () => mine() && set({ playback: 'idle', owner: null, index: -1 }),
      onError: (error) => {
        if (!mine()) return;
        handle = null;
        set({ playback: 'idle', owner: null, index: -1, error });
      },
    });
    return true;
  }

  function restartAt(index: number) {
    if (snapshot.playback === 'idle' || !handle) return;
    start(snapshot.segments, { owner: snapshot.owner ?? undefined, startAt: index });
  }

  // The engine a read will use; before the first check has ended, the ones it may use.
  function unlock() {
    const candidates = engine ? [engine] : [options.engine === 'auto' ? undefined : options.engine, web, options.fallback];
    for (const candidate of candidates) {
      try {
        candidate?.unlock?.();
      } catch {
        /* an engine that cannot unlock reports its failure when it speaks */
      }
    }
  }

  const api: SpeechController = {
    getSnapshot: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    detect,
    speak(segments, request = {}) {
      if (snapshot.status === 'idle' || snapshot.status === 'checking') {
        // Not known yet whether anything can speak: speak as soon as the check ends.
        generation++;
        handle?.stop();
        handle = null;
        pending = { segments, request };
        // The read starts once the check ends, after this click has returned.
        unlock();
        set({ playback: 'starting', owner: request.owner ?? null, segments, index: request.startAt ?? 0, error: null });
        void detect();
        return true;
      }
      return start(segments, request);
    },
    speakText(text, request) {
      return api.speak(textToSegments(text, snapshot.lang), request);
    },
    pause: () => handle?.pause(),
    resume: () => handle?.resume(),
    stop(owner) {
      if (owner !== undefined && snapshot.owner !== owner) return;
      pending = null;
      generation++;
      handle?.stop();
      handle = null;
      if (snapshot.playback !== 'idle') set({ playback: 'idle', owner: null, index: -1 });
    },
    next() {
      if (handle && snapshot.index + 1 < snapshot.segments.length) handle.seek(snapshot.index + 1);
    },
    previous() {
      if (handle) handle.seek(Math.max(0, snapshot.index - 1));
    },
    seek(index) {
      handle?.seek(index);
    },
    setRate(rate) {
      const next = clampRate(rate);
      if (next === snapshot.rate) return;
      set({ rate: next });
      restartAt(snapshot.index);
    },
    setVolume(volume) {
      const next = clampVolume(volume);
      if (next === snapshot.volume) return;
      set({ volume: next });
      restartAt(snapshot.index);
    },
    setVoice(voiceId) {
      memory.set(snapshot.lang, voiceId);
      set({ voice: voiceId });
      restartAt(snapshot.index);
    },
    setLang(lang) {
      const wanted = normaliseLang(lang) || 'zh-CN';
      if (wanted === snapshot.lang && snapshot.status !== 'idle') return;
      api.stop();
      set({ lang: wanted, voice: memory.get(wanted) });
      void detect(wanted);
    },
    unlock,
    dispose() {
      api.stop();
      listeners.clear();
    },
  };
  return api;
}
