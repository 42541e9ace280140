import { deferredSession, RecognitionError, recognitionErrorCode, type RecognitionEngine } from './types';

export interface HostRecognitionOptions {
  /**
   * The bank app's own speech recognition through its JS bridge: listen in `lang` and resolve with the
   * words. `signal` aborts when the person cancels or leaves the field; `stopSignal` fires when they
   * press 停止 (finish and send what was heard).
   */
  recognize: (options: { lang: string; signal: AbortSignal; stopSignal: AbortSignal }) => Promise<string>;
  /** Whether the bridge is there right now (default: always). */
  available?: () => boolean;
}

/** A host recognition adapter: the app's ASR bridge, or any function that returns text. */
export function createHostRecognition(options: HostRecognitionOptions): RecognitionEngine {
  return {
    kind: 'host',
    available: () => {
      try {
        return options.available ? options.available() === true : true;
      } catch {
        return false;
      }
    },
    start({ lang }) {
      const abort = new AbortController();
      const stop = new AbortController();
      const { session, succeed, fail } = deferredSession(
        () => stop.abort(),
        () => abort.abort(),
      );
      try {
        Promise.resolve(options.recognize({ lang, signal: abort.signal, stopSignal: stop.signal })).then(
          (text) => (typeof text === 'string' ? succeed(text) : fail(new RecognitionError('failed', 'the host returned no text'))),
          (error) => fail(error instanceof RecognitionError ? error : new RecognitionError(recognitionErrorCode((error as { code?: string; name?: string })?.code ?? (error as { name?: string })?.name), String(error))),
        );
      } catch (error) {
        fail(new RecognitionError('failed', String(error)));
      }
      return session;
    },
  };
}

export interface UploadRecognitionOptions {
  /** Sends the recording to the host's speech service and resolves with the words. */
  upload: (audio: Blob, options: { lang: string; signal: AbortSignal }) => Promise<string>;
  /** Longest recording, then it stops by itself and uploads (default 30 s). */
  maxMs?: number;
  /** For tests: where getUserMedia and MediaRecorder come from (default globalThis). */
  scope?: unknown;
}

interface RecorderLike {
  start(): void;
  stop(): void;
  state: string;
  ondataavailable: ((e: { data: Blob }) => void) | null;
  onstop: (() => void) | null;
}

/** Records with the microphone (MediaRecorder) while the person speaks, then uploads the audio for text. */
export function createUploadRecognition(options: UploadRecognitionOptions): RecognitionEngine {
  const scope = () => (options.scope ?? globalThis) as { navigator?: { mediaDevices?: { getUserMedia?: (c: unknown) => Promise<{ getTracks(): Array<{ stop(): void }> }> } }; MediaRecorder?: new (stream: unknown) => RecorderLike };
  return {
    kind: 'upload',
    available: () => typeof scope().MediaRecorder === 'function' && typeof scope().navigator?.mediaDevices?.getUserMedia === 'function',
    start({ lang }) {
      const abort = new AbortController();
      let recorder: RecorderLike | undefined;
      let stream: { getTracks(): Array<{ stop(): void }> } | undefined;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const release = () => {
        clearTimeout(timer);
        stream?.getTracks().forEach((track) => track.stop());
      };
      const { session, succeed, fail } = deferredSession(
        () => recorder?.state === 'recording' && recorder.stop(),
        () => {
          abort.abort();
          release();
        },
      );
      const s = scope();
      const chunks: Blob[] = [];
      s.navigator!.mediaDevices!.getUserMedia!({ audio: true }).then(
        (media) => {
          stream = media;
          if (abort.signal.aborted) return release();
          recorder = new s.MediaRecorder!(media);
          recorder.ondataavailable = (e) => chunks.push(e.data);
          recorder.onstop = () => {
            release();
            if (abort.signal.aborted) return;
            options.upload(new Blob(chunks), { lang, signal: abort.signal }).then(succeed, (error) => fail(new RecognitionError(recognitionErrorCode((error as { name?: string })?.name === 'AbortError' ? 'aborted' : 'network'), String(error))));
          };
          recorder.start();
          timer = setTimeout(() => recorder?.state === 'recording' && recorder.stop(), options.maxMs ?? 30_000);
        },
        (error) => fail(new RecognitionError(recognitionErrorCode((error as { name?: string })?.name), String(error))),
      );
      return session;
    },
  };
}
