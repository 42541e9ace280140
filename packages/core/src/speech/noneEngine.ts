import type { SpeechEngine, SpeechHandle, UnavailableReason } from './types';

/**
 * The engine when nothing can speak (Android WebView, WeChat, no voices). It never throws: speak()
 * reports 'unavailable' and the UI explains why and hides its play controls.
 */
export function createNoneEngine(reason: UnavailableReason = 'no-speech-api'): SpeechEngine {
  return {
    kind: 'none',
    check: async () => ({ ok: false, reason }),
    voices: async () => [],
    speak(_segments, _options, events = {}) {
      const handle: SpeechHandle = { state: 'error', index: 0, pause() {}, resume() {}, stop() {}, seek() {} };
      queueMicrotask(() => {
        try {
          events.onError?.({ code: reason === 'no-speech-api' ? 'unavailable' : 'no-voice' });
        } catch {
          /* ignore */
        }
      });
      return handle;
    },
    cancel() {},
  };
}
