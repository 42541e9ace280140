import { defaultMaxLength, splitSentences } from './chunk';
import { clampRate, clampVolume } from './rate';
import type { EngineKind, EngineCheck, PlaybackState, SpeakOptions, SpeechEngine, SpeechError, SpeechErrorCode, SpeechEvents, SpeechHandle, SpeechSegment, SpeechVoice } from './types';

export interface ResolvedSpeakOptions {
  lang: string;
  rate: number;
  volume: number;
  voice: string | null;
}

export interface ChunkCallbacks {
  start(): void;
  end(): void;
  error(code: SpeechErrorCode, message?: string): void;
}

/**
 * The one thing an engine must know how to do: say one short chunk and report start, end and errors.
 * The shared queue does the rest (sentence order, pause as stop-and-remember, resume, seek, no overlap).
 */
export interface ChunkSpeaker {
  /** Runs synchronously at the start of speak()/resume(), inside the user's click (iOS unlock, cancel()). */
  begin?(options: ResolvedSpeakOptions): void;
  /** Runs inside a click whose read starts later (SpeechEngine.unlock): what begin() does for iOS, without starting. */
  unlock?(): void;
  /** False while the engine still needs async set-up (Web Speech voices); the queue then awaits ready(). */
  isReady?(): boolean;
  /** Resolves with null when ready to speak `lang`, or the error that stops it. */
  ready?(options: ResolvedSpeakOptions): Promise<SpeechError | null>;
  /** A synchronous last check before starting (Web Speech: is there a voice for this language?). */
  preflight?(options: ResolvedSpeakOptions): SpeechError | null;
  /** Says one chunk; returns a function that detaches it (halt() does the actual silencing). */
  say(text: string, options: ResolvedSpeakOptions, callbacks: ChunkCallbacks): () => void;
  /** A hint that `text` comes next (the audio engine fetches it early). */
  prefetch?(text: string, options: ResolvedSpeakOptions): void;
  /** Silences everything now (speechSynthesis.cancel(), audio.pause()). */
  halt?(): void;
  /** Longest chunk for this engine; Web Speech keeps under Chrome's ~15 s cut-off. */
  maxLength?(lang: string): number;
}

export interface QueueEngineParts {
  kind: EngineKind;
  speaker: ChunkSpeaker;
  check(lang: string): Promise<EngineCheck>;
  voices?(lang?: string): Promise<SpeechVoice[]>;
}

function safe<A extends unknown[]>(fn: ((...args: A) => void) | undefined, ...args: A): void {
  if (!fn) return;
  try {
    fn(...args);
  } catch (error) {
    // A host callback that throws must not leave speech running with nobody able to stop it.
    console.error('[yinfa] speech event handler threw', error);
  }
}

/** Builds a SpeechEngine from a ChunkSpeaker. Each engine keeps at most one playback alive. */
export function createQueueEngine(parts: QueueEngineParts): SpeechEngine {
  let current: Playback | null = null;
  return {
    kind: parts.kind,
    check: (lang) => parts.check(lang).catch(() => ({ ok: false, reason: 'no-speech-api' }) as const),
    voices: (lang) => (parts.voices ? parts.voices(lang).catch(() => []) : Promise.resolve([])),
    speak(segments, options = {}, events = {}) {
      current?.stop();
      const playback = new Playback(parts.speaker, Array.isArray(segments) ? segments : [], options, events);
      current = playback;
      playback.begin();
      return playback.handle;
    },
    cancel() {
      current?.stop();
      parts.speaker.halt?.();
    },
    unlock() {
      parts.speaker.unlock?.();
    },
  };
}

class Playback {
  state: PlaybackState = 'starting';
  index: number;
  private token = 0;
  private detach: (() => void) | null = null;
  private readonly options: ResolvedSpeakOptions;
  readonly handle: SpeechHandle;

  constructor(
    private readonly speaker: ChunkSpeaker,
    private readonly segments: readonly SpeechSegment[],
    options: SpeakOptions,
    private readonly events: SpeechEvents,
  ) {
    this.options = { lang: options.lang || 'zh-CN', rate: clampRate(options.rate), volume: clampVolume(options.volume), voice: options.voice ?? null };
    this.index = Math.max(0, Math.min(Math.trunc(Number(options.startAt) || 0), Math.max(0, segments.length - 1)));
    const handle = {
      pause: () => this.pause(),
      resume: () => this.resume(),
      stop: () => this.stop(),
      seek: (i: number) => this.seek(i),
    };
    Object.defineProperties(handle, {
      state: { get: () => this.state, enumerable: true },
      index: { get: () => this.index, enumerable: true },
    });
    this.handle = handle as SpeechHandle;
  }

  private chunks(i: number): string[] {
    const text = this.segments[i]?.text;
    if (typeof text !== 'string' || text.trim() === '') return [];
    const max = this.speaker.maxLength?.(this.options.lang) ?? defaultMaxLength(this.options.lang);
    return splitSentences(text, { maxLength: max }).map((c) => c.text);
  }

  begin(): void {
    this.startFrom(this.index, true);
  }

  private startFrom(i: number, first: boolean): void {
    const tok = ++this.token;
    this.state = 'starting';
    this.speaker.begin?.(this.options);
    const go = () => {
      if (tok !== this.token) return;
      const problem = this.speaker.preflight?.(this.options);
      if (problem) return this.fail(problem);
      this.state = 'speaking';
      if (first) safe(this.events.onStart);
      this.run(i);
    };
    if (this.speaker.isReady && !this.speaker.isReady() && this.speaker.ready) {
      this.speaker.ready(this.options).then(
        (error) => {
          if (tok !== this.token) return;
          if (error) this.fail(error);
          else go();
        },
        (error: unknown) => tok === this.token && this.fail({ code: 'failed', message: String(error) }),
      );
    } else go();
  }

  private run(i: number): void {
    while (i < this.segments.length && this.chunks(i).length === 0) i++;
    if (i >= this.segments.length) {
      this.token++;
      this.state = 'ended';
      this.detach = null;
      safe(this.events.onEnd);
      return;
    }
    this.index = i;
    this.runChunk(i, this.chunks(i), 0, false);
  }

  private runChunk(i: number, chunks: string[], c: number, segmentStarted: boolean): void {
    const tok = ++this.token;
    let started = segmentStarted;
    const markStarted = () => {
      if (started) return;
      started = true;
      safe(this.events.onSegmentStart, i, this.segments[i]!);
      const next = this.segments[i + 1]?.text;
      if (next) this.speaker.prefetch?.(next, this.options);
    };
    this.detach = this.speaker.say(chunks[c]!, this.options, {
      start: () => {
        if (tok === this.token) markStarted();
      },
      end: () => {
        if (tok !== this.token) return;
        markStarted();
        if (c + 1 < chunks.length) this.runChunk(i, chunks, c + 1, true);
        else {
          safe(this.events.onSegmentEnd, i, this.segments[i]!);
          if (tok === this.token) this.run(i + 1);
        }
      },
      error: (code, message) => {
        if (tok === this.token) this.fail({ code, message, index: i });
      },
    });
  }

  private silence(): void {
    this.token++;
    this.detach?.();
    this.detach = null;
    this.speaker.halt?.();
  }

  pause(): void {
    if (this.state !== 'speaking' && this.state !== 'starting') return;
    this.silence();
    this.state = 'paused';
    safe(this.events.onPause, this.index);
  }

  resume(): void {
    if (this.state !== 'paused') return;
    safe(this.events.onResume, this.index);
    this.startFrom(this.index, false);
  }

  stop(): void {
    if (this.state !== 'speaking' && this.state !== 'starting' && this.state !== 'paused') return;
    this.silence();
    this.state = 'stopped';
    safe(this.events.onStop);
  }

  seek(i: number): void {
    if (this.segments.length === 0) return;
    const target = Math.max(0, Math.min(Math.trunc(Number(i) || 0), this.segments.length - 1));
    const wasIdle = this.state === 'stopped' || this.state === 'ended' || this.state === 'error';
    this.silence();
    this.index = target;
    this.startFrom(target, wasIdle);
  }

  private fail(error: SpeechError): void {
    this.silence();
    this.state = 'error';
    safe(this.events.onError, error);
  }
}
