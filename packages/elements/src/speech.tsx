import type { SpeechEngine } from '@yinfa/core';
import { SpeechPlayer, useSpeech } from '@yinfa/react';
import { useEffect, useRef, type ReactNode } from 'react';

/** Properties every speaking element accepts: a TTS engine to use instead of Web Speech, or a fallback for when it cannot speak. */
export const SPEECH_PROPERTIES = ['ttsEngine', 'ttsFallback'] as const;

function isEngine(value: unknown): value is SpeechEngine {
  return !!value && typeof value === 'object' && typeof (value as SpeechEngine).speak === 'function' && typeof (value as SpeechEngine).check === 'function';
}

/**
 * Each speaking element has its own player; it stops when the element leaves the page (the provider
 * disposes its controller on unmount). Nothing speaks until the user presses a read-aloud control. No
 * element shows an Alert or Dialog with a 读给我听 button, so the player comes without that slot (SpeechPlayer).
 */
export function ElementSpeech({ values, children }: { values: Record<string, unknown>; children: ReactNode }) {
  const engine = isEngine(values.ttsEngine) ? values.ttsEngine : 'auto';
  const fallback = isEngine(values.ttsFallback) ? values.ttsFallback : null;
  return (
    <SpeechPlayer engine={engine} fallback={fallback} shortcuts={false}>
      {children}
    </SpeechPlayer>
  );
}

/** Emits `yinfa-speak-start` / `yinfa-speak-end` as this element's player starts and stops. */
export function SpeechEvents({ emit }: { emit: (type: string, detail?: unknown) => boolean }) {
  const { playback } = useSpeech();
  const last = useRef(playback);
  useEffect(() => {
    const was = last.current;
    last.current = playback;
    if (was === 'idle' && playback !== 'idle') emit('yinfa-speak-start', {});
    else if (was !== 'idle' && playback === 'idle') emit('yinfa-speak-end', {});
  }, [playback, emit]);
  return null;
}
