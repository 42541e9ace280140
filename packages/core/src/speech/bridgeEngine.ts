import { createQueueEngine } from './queue';
import type { SpeechEngine, SpeechVoice } from './types';

export interface BridgeSpeakOptions {
  lang: string;
  rate: number;
  /** 0.25–1; a native TTS that cannot set its volume may ignore it. */
  volume: number;
  voice: string | null;
}

/**
 * A native TTS reached through the host app's JS bridge (a bank app's webview). `speak` either
 * returns a promise that settles when the sentence is finished, or calls `done` (with an error if
 * it failed). `stop` silences it at once.
 */
export interface BridgeEngineOptions {
  speak(text: string, options: BridgeSpeakOptions, done: (error?: unknown) => void): Promise<unknown> | void;
  stop(): void;
  /** Whether the bridge is there right now (e.g. `() => !!window.BankApp?.tts`). Default: yes. */
  isAvailable?(): boolean | Promise<boolean>;
  /** Languages it speaks; default zh-CN and en-US. */
  languages?: readonly string[];
  voices?(): SpeechVoice[] | Promise<SpeechVoice[]>;
}

export function createBridgeEngine(bridge: BridgeEngineOptions): SpeechEngine {
  const languages = (bridge.languages ?? ['zh-CN', 'en-US']).map((l) => l.toLowerCase().slice(0, 2));
  return createQueueEngine({
    kind: 'bridge',
    async check(lang) {
      if (typeof bridge?.speak !== 'function' || typeof bridge.stop !== 'function') return { ok: false, reason: 'no-speech-api' };
      const available = bridge.isAvailable ? await bridge.isAvailable() : true;
      if (!available) return { ok: false, reason: 'no-speech-api' };
      return languages.includes(lang.toLowerCase().slice(0, 2)) ? { ok: true } : { ok: false, reason: 'no-voice-for-lang' };
    },
    voices: async () => (bridge.voices ? [...(await bridge.voices())] : []),
    speaker: {
      maxLength: () => 400,
      say(text, o, cb) {
        let settled = false;
        const done = (error?: unknown) => {
          if (settled) return;
          settled = true;
          if (error) cb.error('failed', String(error));
          else cb.end();
        };
        try {
          const result = bridge.speak(text, { lang: o.lang, rate: o.rate, volume: o.volume, voice: o.voice }, done);
          cb.start();
          if (result && typeof (result as Promise<unknown>).then === 'function') {
            (result as Promise<unknown>).then(() => done(), (error: unknown) => done(error ?? 'bridge error'));
          }
        } catch (error) {
          done(error ?? 'bridge error');
        }
        return () => {
          settled = true;
        };
      },
      halt() {
        try {
          bridge.stop();
        } catch {
          /* ignore */
        }
      },
    },
  });
}
