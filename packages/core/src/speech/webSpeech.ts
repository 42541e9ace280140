import { defaultMaxLength } from './chunk';
import { createQueueEngine, type ChunkSpeaker } from './queue';
import type { EngineCheck, SpeechEngine, SpeechErrorCode } from './types';
import { createVoiceMemory, normaliseLang, pickVoice, rankVoices, toSpeechVoice, type VoiceLike, type VoiceMemory } from './voices';

/** The parts of window.speechSynthesis the engine uses (so tests and hosts can pass a stand-in). */
export interface SpeechSynthesisLike {
  speak(utterance: never): void;
  cancel(): void;
  resume?(): void;
  getVoices(): readonly VoiceLike[];
  readonly paused?: boolean;
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
  onvoiceschanged?: ((this: unknown, ev: unknown) => unknown) | null;
}

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  volume: number;
  voice: unknown;
  onstart: ((ev: unknown) => void) | null;
  onend: ((ev: unknown) => void) | null;
  onerror: ((ev: { error?: string }) => void) | null;
}

export interface WebSpeechEngineOptions {
  /** Defaults to globalThis.speechSynthesis, looked up when the engine is created (never at import). */
  synth?: SpeechSynthesisLike | null;
  /** Defaults to globalThis.SpeechSynthesisUtterance. */
  Utterance?: (new (text: string) => UtteranceLike) | null;
  /** How long to wait for voices before deciding there are none (Safari may never fire voiceschanged). Default 3000 ms. */
  voiceTimeoutMs?: number;
  /** Where the user's voice per language is remembered. */
  memory?: VoiceMemory;
  /** Longest chunk; default 40 Chinese / 140 Latin characters (Chrome's ~15 s cut-off). */
  maxLength?: (lang: string) => number;
  /**
   * Chrome stops network voices after ~15 s with no end event and `speaking` stuck at true. When a chunk
   * runs far past its expected length, the engine cancels and moves on instead of hanging. Default true.
   */
  stallGuard?: boolean;
  /** No `start` this long after speak() means the browser refused (no gesture): error 'not-allowed'. Default 8000 ms. */
  startTimeoutMs?: number;
}

/** A rough speaking time: ~4 Chinese characters or ~14 Latin characters a second at rate 1. */
export function estimateSpeechMs(text: string, rate: number): number {
  const cjk = (text.match(/[\u3400-\u9fff]/g) ?? []).length;
  const other = text.length - cjk;
  return ((cjk / 4 + other / 14) / Math.max(0.1, rate)) * 1000;
}

function lookup<T>(name: string): T | null {
  const g = globalThis as Record<string, unknown>;
  try {
    return (g[name] as T | undefined) ?? null;
  } catch {
    return null;
  }
}

const ERROR_CODES: Record<string, SpeechErrorCode> = {
  'not-allowed': 'not-allowed',
  network: 'network',
  'synthesis-unavailable': 'unavailable',
  'language-unavailable': 'no-voice',
  'voice-unavailable': 'no-voice',
};

/**
 * The browser's own speech (speechSynthesis), made safe:
 * - waits for voices (getVoices() + voiceschanged + polling + a timeout);
 * - picks a voice of the page's language only, local voices first, the user's choice remembered;
 *   no voice for the language → error 'no-voice' (Chinese is never read by an English voice);
 * - chunks long sentences, calls cancel() before starting, pauses by stopping and resumes by
 *   re-reading the sentence (the native pause()/resume() is broken on Chrome);
 * - starts inside the click: if voices are not known yet, a one-space utterance unlocks iOS first.
 */
export function createWebSpeechEngine(options: WebSpeechEngineOptions = {}): SpeechEngine & { readonly synth: SpeechSynthesisLike | null } {
  const synth = options.synth === undefined ? lookup<SpeechSynthesisLike>('speechSynthesis') : options.synth;
  const Utterance = options.Utterance === undefined ? lookup<new (text: string) => UtteranceLike>('SpeechSynthesisUtterance') : options.Utterance;
  const memory = options.memory ?? createVoiceMemory(null);
  const timeoutMs = options.voiceTimeoutMs ?? 3000;
  const stallGuard = options.stallGuard ?? true;
  const startTimeoutMs = options.startTimeoutMs ?? 8000;
  const supported = Boolean(synth && Utterance && typeof synth.speak === 'function');

  let voices: VoiceLike[] = [];
  let loading: Promise<VoiceLike[]> | null = null;
  // Utterances are kept referenced until they finish: Safari and old Chrome garbage-collect them and drop onend.
  const live = new Set<UtteranceLike>();
  let unlocked = false;
  // A one-space utterance inside the click (at normal volume: the volume-0 trick can leave the volume at 0).
  const speakUnlock = () => {
    synth!.speak(new Utterance!(' ') as never);
    unlocked = true;
  };

  const readVoices = (): VoiceLike[] => {
    try {
      return [...(synth?.getVoices() ?? [])];
    } catch {
      return [];
    }
  };

  const onVoicesChanged = () => {
    const next = readVoices();
    if (next.length) voices = next;
  };
  if (supported) {
    onVoicesChanged();
    if (synth!.addEventListener) synth!.addEventListener('voiceschanged', onVoicesChanged);
    else {
      const previous = synth!.onvoiceschanged;
      synth!.onvoiceschanged = function (this: unknown, ev: unknown) {
        onVoicesChanged();
        return previous?.call(this, ev);
      };
    }
  }

  function loadVoices(): Promise<VoiceLike[]> {
    if (!supported) return Promise.resolve([]);
    onVoicesChanged();
    if (voices.length) return Promise.resolve(voices);
    if (loading) return loading;
    loading = new Promise<VoiceLike[]>((resolve) => {
      const started = Date.now();
      const timer = setInterval(() => {
        onVoicesChanged();
        if (voices.length || Date.now() - started >= timeoutMs) {
          clearInterval(timer);
          loading = null; // voices may still arrive later: the next check asks again
          resolve(voices);
        }
      }, 100);
    });
    return loading;
  }

  async function check(lang: string): Promise<EngineCheck> {
    if (!supported) return { ok: false, reason: 'no-speech-api' };
    const list = await loadVoices();
    if (list.length === 0) return { ok: false, reason: 'no-voices' };
    return pickVoice(list, lang) ? { ok: true } : { ok: false, reason: 'no-voice-for-lang' };
  }

  const speaker: ChunkSpeaker = {
    begin() {
      if (!supported) return;
      try {
        synth!.cancel();
        if (synth!.paused) synth!.resume?.();
        // iOS only lets speech start inside the click. Voices are not known yet, so unlock now.
        if (voices.length === 0) speakUnlock();
      } catch {
        /* a broken engine is reported by say() */
      }
    },
    unlock() {
      // Once per engine: after one utterance started inside a click, iOS lets later ones start by themselves.
      if (!supported || unlocked) return;
      try {
        speakUnlock();
      } catch {
        /* a broken engine is reported by say() */
      }
    },
    isReady: () => !supported || voices.length > 0,
    preflight(opts) {
      if (!supported) return { code: 'unavailable' };
      return pickVoice(voices, opts.lang) ? null : { code: 'no-voice', message: normaliseLang(opts.lang) };
    },
    async ready(opts) {
      const result = await check(opts.lang);
      if (result.ok) return null;
      return result.reason === 'no-speech-api' ? { code: 'unavailable' } : { code: 'no-voice', message: normaliseLang(opts.lang) };
    },
    maxLength: options.maxLength ?? defaultMaxLength,
    say(text, opts, cb) {
      if (!supported) {
        cb.error('unavailable');
        return () => {};
      }
      const voice = pickVoice(voices, opts.lang, opts.voice ?? memory.get(opts.lang));
      if (!voice) {
        cb.error('no-voice', normaliseLang(opts.lang));
        return () => {};
      }
      const u = new Utterance!(text);
      u.voice = voice;
      u.lang = voice.lang || opts.lang;
      u.rate = opts.rate;
      u.volume = opts.volume;
      const timers: { start?: ReturnType<typeof setTimeout>; stall?: ReturnType<typeof setTimeout> } = {};
      const clear = () => {
        clearTimeout(timers.start);
        clearTimeout(timers.stall);
        live.delete(u);
      };
      u.onstart = () => {
        clearTimeout(timers.start);
        if (stallGuard) {
          timers.stall = setTimeout(() => {
            // Chrome's cut-off: no end event will come. Unblock the queue and go on.
            clear();
            try {
              synth!.cancel();
            } catch {
              /* ignore */
            }
            cb.end();
          }, estimateSpeechMs(text, opts.rate) * 1.5 + 5000);
        }
        cb.start();
      };
      u.onend = () => {
        clear();
        cb.end();
      };
      u.onerror = (ev) => {
        clear();
        const code = ev?.error ?? 'failed';
        if (code === 'interrupted' || code === 'canceled') return; // our own cancel()
        cb.error(ERROR_CODES[code] ?? 'failed', code);
      };
      live.add(u);
      timers.start = setTimeout(() => {
        clear();
        cb.error('not-allowed', 'speech did not start');
      }, startTimeoutMs);
      try {
        synth!.speak(u as never);
      } catch (error) {
        clear();
        cb.error('failed', String(error));
      }
      return () => {
        clear();
        u.onstart = u.onend = u.onerror = null;
      };
    },
    halt() {
      try {
        synth?.cancel();
      } catch {
        /* ignore */
      }
    },
  };

  const engine = createQueueEngine({
    kind: 'web-speech',
    speaker,
    check,
    async voices(lang) {
      const list = await loadVoices();
      return (lang ? rankVoices(list, lang) : list).map(toSpeechVoice);
    },
  });
  return Object.assign(engine, { synth: supported ? synth : null });
}
