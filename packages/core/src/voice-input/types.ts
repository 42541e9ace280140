/** Why listening ended without words, for picking what to tell the person to try. */
export type RecognitionErrorCode = 'not-allowed' | 'no-speech' | 'audio-capture' | 'network' | 'language' | 'aborted' | 'failed';

export class RecognitionError extends Error {
  constructor(readonly code: RecognitionErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'RecognitionError';
  }
}

/** One listening turn. `result` resolves with the words heard, or rejects with a RecognitionError. */
export interface RecognitionSession {
  readonly result: Promise<string>;
  /** The person finished speaking: deliver what was heard so far. */
  stop(): void;
  /** Throw it away (blur, unmount, cancel): `result` rejects with 'aborted'. */
  abort(): void;
}

/**
 * Speech to text. The field only shows a microphone when `available()` is true; `start()` is only ever
 * called from a click or key press, never by itself.
 */
export interface RecognitionEngine {
  readonly kind: 'web-speech' | 'host' | 'upload' | 'fake' | (string & {});
  available(): boolean;
  start(options: { lang: string }): RecognitionSession;
}

/** Maps a Web Speech API error name (or a host's) to one of ours. */
export function recognitionErrorCode(name: unknown): RecognitionErrorCode {
  switch (name) {
    case 'not-allowed':
    case 'service-not-allowed':
    case 'NotAllowedError':
    case 'SecurityError':
      return 'not-allowed';
    case 'no-speech':
      return 'no-speech';
    case 'audio-capture':
    case 'NotFoundError':
    case 'NotReadableError':
      return 'audio-capture';
    case 'network':
      return 'network';
    case 'language-not-supported':
      return 'language';
    case 'aborted':
    case 'AbortError':
      return 'aborted';
    default:
      return 'failed';
  }
}

/** A session whose result settles once; helpers for the adapters. */
export function deferredSession(onStop: () => void, onAbort: () => void) {
  let settled = false;
  let resolve!: (text: string) => void;
  let reject!: (error: RecognitionError) => void;
  const result = new Promise<string>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  result.catch(() => {}); // a session nobody awaits must not log an unhandled rejection
  const session: RecognitionSession = {
    result,
    stop: () => {
      if (!settled) onStop();
    },
    abort: () => {
      if (settled) return;
      onAbort();
      fail(new RecognitionError('aborted'));
    },
  };
  const succeed = (text: string) => {
    if (settled) return;
    settled = true;
    const t = text.trim();
    if (t === '') reject(new RecognitionError('no-speech'));
    else resolve(t);
  };
  const fail = (error: RecognitionError) => {
    if (settled) return;
    settled = true;
    reject(error);
  };
  return { session, succeed, fail, isSettled: () => settled };
}
