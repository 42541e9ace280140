import { createQueueEngine, type ResolvedSpeakOptions } from './queue';
import type { SpeechEngine } from './types';

/** Turns text into audio: a cloud or server TTS the host runs (阿里, 讯飞, 腾讯, Azure…). */
export type SynthesizeFn = (
  text: string,
  lang: string,
  rate: number,
  extra: { voice: string | null; signal: AbortSignal },
) => Promise<string | Blob | URL>;

/** The parts of HTMLAudioElement the engine uses. */
export interface AudioLike {
  src: string;
  playbackRate: number;
  /** 0–1 (HTMLMediaElement.volume); set from the reading's volume. */
  volume?: number;
  play(): Promise<void> | void;
  pause(): void;
  load?(): void;
  removeAttribute?(name: string): void;
  onplaying: ((ev: unknown) => void) | null;
  onended: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
}

export interface AudioEngineOptions {
  synthesize: SynthesizeFn;
  /** Defaults to `new Audio()`, created on first use. */
  createAudio?: () => AudioLike;
  /** Set playbackRate to the rate as well (for services that ignore the rate argument). Default false. */
  applyRate?: boolean;
  /** Languages the service speaks; default zh-CN and en-US. */
  languages?: readonly string[];
  createObjectURL?: (blob: Blob) => string;
  revokeObjectURL?: (url: string) => void;
}

/**
 * Speech from a host TTS service, played through one audio element, with the same events, pause
 * (stop and remember the sentence), resume and highlighting as Web Speech. The next sentence is
 * fetched while the current one plays.
 */
export function createAudioEngine(options: AudioEngineOptions): SpeechEngine {
  const languages = (options.languages ?? ['zh-CN', 'en-US']).map((l) => l.toLowerCase().slice(0, 2));
  const canCreate = () => Boolean(options.createAudio) || typeof (globalThis as { Audio?: unknown }).Audio === 'function';
  let audio: AudioLike | null = null;
  const getAudio = (): AudioLike | null => {
    if (audio) return audio;
    try {
      audio = options.createAudio ? options.createAudio() : (new (globalThis as unknown as { Audio: new () => AudioLike }).Audio() as AudioLike);
    } catch {
      audio = null;
    }
    return audio;
  };
  const createUrl = options.createObjectURL ?? ((b: Blob) => URL.createObjectURL(b));
  const revokeUrl = options.revokeObjectURL ?? ((u: string) => URL.revokeObjectURL(u));
  const owned = new Set<string>();
  const cache = new Map<string, Promise<string>>();
  let aborter = new AbortController();

  const keyOf = (text: string, o: ResolvedSpeakOptions) => `${o.lang}|${o.rate}|${o.voice ?? ''}|${text}`;
  const fetchUrl = (text: string, o: ResolvedSpeakOptions): Promise<string> => {
    const key = keyOf(text, o);
    let p = cache.get(key);
    if (!p) {
      p = Promise.resolve()
        .then(() => options.synthesize(text, o.lang, o.rate, { voice: o.voice, signal: aborter.signal }))
        .then((res) => {
          if (typeof Blob !== 'undefined' && res instanceof Blob) {
            const url = createUrl(res);
            owned.add(url);
            return url;
          }
          return String(res);
        });
      cache.set(key, p);
      p.catch(() => cache.delete(key));
    }
    return p;
  };
  const forget = () => {
    aborter.abort();
    aborter = new AbortController();
    cache.clear();
    for (const url of owned) {
      try {
        revokeUrl(url);
      } catch {
        /* ignore */
      }
    }
    owned.clear();
  };

  const primeAudio = () => void getAudio()?.load?.();

  return createQueueEngine({
    kind: 'audio',
    async check(lang) {
      if (typeof options.synthesize !== 'function' || !canCreate()) return { ok: false, reason: 'no-speech-api' };
      return languages.includes(lang.toLowerCase().slice(0, 2)) ? { ok: true } : { ok: false, reason: 'no-voice-for-lang' };
    },
    speaker: {
      // Created and loaded inside the click, so Safari lets it play later (a read that waits: the same).
      begin: primeAudio,
      unlock: primeAudio,
      maxLength: (lang) => (/^zh/i.test(lang) ? 200 : 600),
      prefetch(text, o) {
        fetchUrl(text, o).catch(() => {});
      },
      say(text, o, cb) {
        const el = getAudio();
        if (!el) {
          cb.error('unavailable');
          return () => {};
        }
        let active = true;
        fetchUrl(text, o).then(
          (url) => {
            if (!active) return;
            el.onplaying = () => active && cb.start();
            el.onended = () => active && cb.end();
            el.onerror = () => active && cb.error('failed', 'audio could not be played');
            el.src = url;
            el.playbackRate = options.applyRate ? o.rate : 1;
            el.volume = o.volume;
            try {
              const played = el.play();
              if (played && typeof played.catch === 'function') {
                played.catch((error: { name?: string }) => {
                  if (active) cb.error(error?.name === 'NotAllowedError' ? 'not-allowed' : 'failed', String(error?.name ?? error));
                });
              }
            } catch (error) {
              cb.error('failed', String(error));
            }
          },
          (error: unknown) => {
            if (active && !(error instanceof Error && error.name === 'AbortError')) cb.error('network', String(error));
          },
        );
        return () => {
          active = false;
        };
      },
      halt() {
        if (audio) {
          audio.onplaying = audio.onended = audio.onerror = null;
          try {
            audio.pause();
            if (audio.removeAttribute) audio.removeAttribute('src');
            else audio.src = '';
          } catch {
            /* ignore */
          }
        }
        forget();
      },
    },
  });
}
