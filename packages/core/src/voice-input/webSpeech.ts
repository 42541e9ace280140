import { deferredSession, RecognitionError, recognitionErrorCode, type RecognitionEngine } from './types';

/** The part of SpeechRecognition used here (Chrome, Edge and Safari ship it, Safari and Chrome as webkitSpeechRecognition). */
export interface SpeechRecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  maxAlternatives: number;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal?: boolean }> }) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}
export type SpeechRecognitionConstructor = new () => SpeechRecognitionLike;

/** The browser's SpeechRecognition constructor, if any (read when called, never at import). */
export function findSpeechRecognition(scope: unknown = globalThis): SpeechRecognitionConstructor | undefined {
  const g = scope as { SpeechRecognition?: unknown; webkitSpeechRecognition?: unknown } | undefined;
  const ctor = g?.SpeechRecognition ?? g?.webkitSpeechRecognition;
  return typeof ctor === 'function' ? (ctor as SpeechRecognitionConstructor) : undefined;
}

/**
 * Web Speech recognition: one utterance per turn, final results only, in the field's language
 * (zh-CN or en-US). Not available in many in-app webviews (WeChat, Android WebView): use a host adapter there.
 */
export function createWebSpeechRecognition(options: { scope?: unknown; Recognition?: SpeechRecognitionConstructor } = {}): RecognitionEngine {
  const ctor = () => options.Recognition ?? findSpeechRecognition(options.scope ?? globalThis);
  return {
    kind: 'web-speech',
    available: () => ctor() !== undefined,
    start({ lang }) {
      const Ctor = ctor();
      let rec: SpeechRecognitionLike | undefined;
      let heard = '';
      const { session, succeed, fail } = deferredSession(
        () => rec?.stop(),
        () => rec?.abort(),
      );
      if (!Ctor) {
        fail(new RecognitionError('failed', 'no SpeechRecognition in this browser'));
        return session;
      }
      try {
        rec = new Ctor();
        rec.lang = lang;
        rec.continuous = false;
        rec.interimResults = false;
        rec.maxAlternatives = 1;
        rec.onresult = (event) => {
          heard = Array.from(event.results, (r) => r[0]?.transcript ?? '').join('');
        };
        rec.onerror = (event) => fail(new RecognitionError(recognitionErrorCode(event.error), event.error));
        rec.onend = () => succeed(heard);
        rec.start();
      } catch (error) {
        fail(new RecognitionError(recognitionErrorCode((error as { name?: string })?.name), String(error)));
      }
      return session;
    },
  };
}
