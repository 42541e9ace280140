/**
 * Test doubles for the speech boundary, exported for hosts' tests and for stories: a fake
 * speechSynthesis that behaves like the real one's queue, a voice builder, and a silent engine.
 */
import { createQueueEngine } from './queue';
import type { SpeechEngine, SpeechEvents } from './types';
import type { SpeechSynthesisLike, UtteranceLike } from './webSpeech';
import type { VoiceLike } from './voices';

export function voice(name: string, lang: string, extra: Partial<VoiceLike> = {}): VoiceLike {
  return { voiceURI: extra.voiceURI ?? name, name, lang, localService: extra.localService ?? true, default: extra.default ?? false };
}

export class FakeUtterance implements UtteranceLike {
  lang = '';
  rate = 1;
  volume = 1;
  voice: unknown = null;
  onstart: ((ev: unknown) => void) | null = null;
  onend: ((ev: unknown) => void) | null = null;
  onerror: ((ev: { error?: string }) => void) | null = null;
  constructor(public text: string) {}
}

/**
 * Behaves like speechSynthesis: a queue, one utterance at a time, `start` fired asynchronously,
 * cancel() interrupts the current one and drops the rest. `finish()` ends the current utterance
 * (tests decide when speech "takes time"); `autoFinishMs` makes every utterance end by itself.
 */
export class FakeSpeechSynthesis implements SpeechSynthesisLike {
  voices: VoiceLike[];
  queue: FakeUtterance[] = [];
  current: FakeUtterance | null = null;
  /** Every call, in order: "speak:<text>", "cancel", "pause", "resume". */
  log: string[] = [];
  /** Every utterance ever given to speak(). */
  spoken: FakeUtterance[] = [];
  paused = false;
  /** Never fire start (a browser blocking speech without a gesture). */
  blockStart = false;
  /** Fire start but never end (Chrome's 15-second cut-off). */
  neverEnd = false;
  autoFinishMs: number | null = null;
  /** The most utterances that were ever "sounding" at once (must stay ≤ 1). */
  maxConcurrent = 0;
  private sounding = new Set<FakeUtterance>();
  private listeners = new Set<() => void>();

  constructor(voices: VoiceLike[] = []) {
    this.voices = voices;
  }
  get speaking(): boolean {
    return this.current !== null;
  }
  getVoices(): VoiceLike[] {
    return this.voices;
  }
  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }
  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }
  /** Voices arriving late, as Chrome does. */
  setVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const l of this.listeners) l();
  }
  speak(utterance: never): void {
    const u = utterance as unknown as FakeUtterance;
    this.log.push(`speak:${u.text}`);
    this.spoken.push(u);
    this.queue.push(u);
    if (!this.current) this.advance();
  }
  cancel(): void {
    this.log.push('cancel');
    const current = this.current;
    const dropped = this.queue;
    this.queue = [];
    this.current = null;
    if (current) {
      this.sounding.delete(current);
      current.onerror?.({ error: 'interrupted' });
    }
    for (const u of dropped) u.onerror?.({ error: 'canceled' });
  }
  pause(): void {
    this.log.push('pause');
    this.paused = true;
  }
  resume(): void {
    this.log.push('resume');
    this.paused = false;
  }
  /** Ends the current utterance and starts the next queued one. */
  finish(): void {
    const u = this.current;
    if (!u) return;
    this.sounding.delete(u);
    this.current = null;
    u.onend?.({});
    if (!this.current) this.advance();
  }
  /** Texts spoken so far, without the one-space unlock utterances. */
  texts(): string[] {
    return this.spoken.map((u) => u.text).filter((t) => t.trim() !== '');
  }
  private advance(): void {
    const next = this.queue.shift();
    if (!next) return;
    this.current = next;
    if (next.text.trim() === '') {
      // The unlock utterance: starts and ends at once.
      setTimeout(() => {
        if (this.current !== next) return;
        next.onstart?.({});
        this.finish();
      }, 0);
      return;
    }
    setTimeout(() => {
      if (this.current !== next || this.blockStart) return;
      this.sounding.add(next);
      this.maxConcurrent = Math.max(this.maxConcurrent, this.sounding.size);
      next.onstart?.({});
      if (this.autoFinishMs !== null && !this.neverEnd) {
        setTimeout(() => this.current === next && this.finish(), this.autoFinishMs);
      }
    }, 0);
  }
}

export interface FakeEngineOptions {
  /** How long each chunk "takes": per character, with a minimum. Default 120 ms/char, at least 900 ms. */
  msPerChar?: number;
  minMs?: number;
  /** false: chunks only end when step() is called (deterministic tests). Default true. */
  auto?: boolean;
  /** Languages it "speaks"; default zh-CN and en-US. */
  languages?: readonly string[];
}

export interface FakeEngine extends SpeechEngine {
  /** Chunks given to the engine, in order. */
  readonly spoken: string[];
  /** The chunk being "read" now, or null. */
  readonly current: string | null;
  /** Ends the current chunk (when auto is false). */
  step(): void;
  /** How often unlock() was called (a read that waited, unlocking inside the click as iOS needs). */
  readonly unlocks: number;
  /** Listen to what is being "read" (for showing it on screen in stories). */
  onChange(listener: (current: string | null) => void): () => void;
}

/**
 * A silent engine with real timing and the full event contract: for tests, and for stories that show on
 * screen what would be spoken. It never makes a sound.
 */
export function createFakeEngine(options: FakeEngineOptions = {}): FakeEngine {
  const msPerChar = options.msPerChar ?? 120;
  const minMs = options.minMs ?? 900;
  const auto = options.auto ?? true;
  const languages = (options.languages ?? ['zh-CN', 'en-US']).map((l) => l.toLowerCase().slice(0, 2));
  const spoken: string[] = [];
  const listeners = new Set<(current: string | null) => void>();
  let current: { text: string; end: () => void; timer?: ReturnType<typeof setTimeout> } | null = null;
  let unlocks = 0;
  const emit = () => listeners.forEach((l) => l(current?.text ?? null));

  const engine = createQueueEngine({
    kind: 'fake' as const,
    check: async (lang) => (languages.includes(lang.toLowerCase().slice(0, 2)) ? { ok: true } : { ok: false, reason: 'no-voice-for-lang' }),
    voices: async () => [{ id: 'fake', name: 'Silent demo voice', lang: 'zh-CN', local: true, default: true }],
    speaker: {
      unlock() {
        unlocks += 1;
      },
      say(text, _o, cb) {
        spoken.push(text);
        const item: { text: string; end: () => void; timer?: ReturnType<typeof setTimeout> } = {
          text,
          end: () => {
            if (current !== item) return;
            clearTimeout(item.timer);
            current = null;
            emit();
            cb.end();
          },
        };
        current = item;
        setTimeout(() => {
          if (current !== item) return;
          cb.start();
          emit();
          if (auto) item.timer = setTimeout(item.end, Math.max(minMs, text.length * msPerChar));
        }, 0);
        return () => {
          clearTimeout(item.timer);
          if (current === item) {
            current = null;
            emit();
          }
        };
      },
      halt() {
        if (current) clearTimeout(current.timer);
        current = null;
        emit();
      },
    },
  });
  const fake = Object.assign(engine, {
    spoken,
    step: () => current?.end(),
    onChange(listener: (c: string | null) => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  });
  // A live getter (Object.assign would copy today's value once).
  Object.defineProperty(fake, 'current', { get: () => current?.text ?? null, enumerable: true });
  Object.defineProperty(fake, 'unlocks', { get: () => unlocks, enumerable: true });
  return fake as FakeEngine;
}

/** Records every event as a short string ('start', 'seg-start:0', 'error:no-voice'…), for tests. */
export function recordSpeechEvents(): { log: string[]; events: SpeechEvents } {
  const log: string[] = [];
  const events: SpeechEvents = {
    onStart: () => log.push('start'),
    onSegmentStart: (i) => log.push(`seg-start:${i}`),
    onSegmentEnd: (i) => log.push(`seg-end:${i}`),
    onPause: (i) => log.push(`pause:${i}`),
    onResume: (i) => log.push(`resume:${i}`),
    onStop: () => log.push('stop'),
    onEnd: () => log.push('end'),
    onError: (e) => log.push(`error:${e.code}`),
  };
  return { log, events };
}
