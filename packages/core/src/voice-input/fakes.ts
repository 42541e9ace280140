/**
 * A recognition engine for stories and tests: it "hears" the next scripted answer after `delayMs`
 * (or when `finish()` is called), or fails with a scripted error. It never touches a microphone.
 */
import { deferredSession, RecognitionError, type RecognitionEngine, type RecognitionErrorCode } from './types';

export interface FakeRecognitionOptions {
  /** What it hears, turn by turn (the last one repeats). A RecognitionErrorCode entry as `{ error }` fails that turn. */
  answers?: ReadonlyArray<string | { error: RecognitionErrorCode }>;
  /** How long a turn takes before the answer arrives; null waits for stop() or finish(). Default 400 ms. */
  delayMs?: number | null;
  /** false: no microphone here (the field shows no button). */
  available?: boolean;
}

export interface FakeRecognition extends RecognitionEngine {
  /** Languages each turn was started in, in order. */
  readonly starts: string[];
  /** 'stop' and 'abort' calls, in order. */
  readonly log: string[];
  /** True while a turn is listening. */
  readonly listening: boolean;
  /** Delivers the current turn's answer now. */
  finish(): void;
}

export function createFakeRecognition(options: FakeRecognitionOptions = {}): FakeRecognition {
  const answers = options.answers ?? ['幺三八 零零幺三 八零零零'];
  const delayMs = options.delayMs === undefined ? 400 : options.delayMs;
  const starts: string[] = [];
  const log: string[] = [];
  let turn = 0;
  let deliver: (() => void) | null = null;
  const engine: FakeRecognition = {
    kind: 'fake',
    starts,
    log,
    get listening() {
      return deliver !== null;
    },
    available: () => options.available ?? true,
    finish: () => deliver?.(),
    start({ lang }) {
      starts.push(lang);
      const answer = answers[Math.min(turn, answers.length - 1)] ?? '';
      turn++;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const { session, succeed, fail } = deferredSession(
        () => {
          log.push('stop');
          deliver?.();
        },
        () => {
          log.push('abort');
          clearTimeout(timer);
          deliver = null;
        },
      );
      deliver = () => {
        clearTimeout(timer);
        deliver = null;
        if (typeof answer === 'string') succeed(answer);
        else fail(new RecognitionError(answer.error));
      };
      if (delayMs !== null) timer = setTimeout(() => deliver?.(), delayMs);
      return session;
    },
  };
  return engine;
}
