import { RecognitionError, type RecognitionErrorCode, type RecognitionEngine, type RecognitionSession } from '@yinfa/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { interpretSpoken, type Interpretation, type VoiceInputKind } from './interpret';

export type VoiceInputState =
  | { phase: 'idle' }
  | { phase: 'listening' }
  | { phase: 'heard'; heard: string; result: Interpretation }
  | { phase: 'error'; code: RecognitionErrorCode };

/**
 * One field's voice turn: start (only from a user action), stop (deliver what was heard), cancel
 * (throw it away; also on unmount), and the interpreted result waiting for confirmation. Nothing is
 * filled or submitted here: the component fills the field only when the person presses 用这个.
 */
export function useVoiceInput(engine: RecognitionEngine | null, kind: VoiceInputKind, lang: string, now?: () => number) {
  const [state, setState] = useState<VoiceInputState>({ phase: 'idle' });
  const session = useRef<RecognitionSession | null>(null);
  const turn = useRef(0);

  const cancel = useCallback(() => {
    turn.current++;
    session.current?.abort();
    session.current = null;
    setState({ phase: 'idle' });
  }, []);

  const start = useCallback(() => {
    if (!engine) return;
    session.current?.abort();
    const mine = ++turn.current;
    let s: RecognitionSession;
    try {
      s = engine.start({ lang });
    } catch {
      setState({ phase: 'error', code: 'failed' });
      return;
    }
    session.current = s;
    setState({ phase: 'listening' });
    s.result.then(
      (heard) => {
        if (turn.current !== mine) return;
        session.current = null;
        setState({ phase: 'heard', heard, result: interpretSpoken(kind, heard, now) });
      },
      (error: unknown) => {
        if (turn.current !== mine) return;
        session.current = null;
        const code = error instanceof RecognitionError ? error.code : 'failed';
        setState(code === 'aborted' ? { phase: 'idle' } : { phase: 'error', code });
      },
    );
  }, [engine, kind, lang, now]);

  const stop = useCallback(() => session.current?.stop(), []);
  const reset = useCallback(() => setState({ phase: 'idle' }), []);

  useEffect(
    () => () => {
      turn.current++;
      session.current?.abort();
    },
    [],
  );

  return { state, start, stop, cancel, reset };
}
