import { createWebSpeechRecognition, type RecognitionEngine } from '@yinfa/core';
import { useContext, useEffect, useState, type ReactNode } from 'react';
import { sharedContext } from '../utils/sharedContext';

const VoiceInputContext = sharedContext<RecognitionEngine | null | undefined>('VoiceInputContext', undefined);

/**
 * Chooses the recognition engine for every voice-input button inside: the bank app's ASR bridge
 * (createHostRecognition), a record-and-upload adapter, a fake for stories, or `null` to turn voice
 * input off. Without a provider the browser's Web Speech recognition is used where it exists.
 */
export function VoiceInputProvider({ engine, children }: { engine: RecognitionEngine | null; children?: ReactNode }) {
  return <VoiceInputContext.Provider value={engine}>{children}</VoiceInputContext.Provider>;
}

let webSpeech: RecognitionEngine | undefined;

/**
 * The engine to use, once it is known to be available; null until mounted (the server renders no
 * button) and when nothing on this device can listen.
 */
export function useRecognitionEngine(own?: RecognitionEngine | null): RecognitionEngine | null {
  const fromContext = useContext(VoiceInputContext);
  const [ready, setReady] = useState<RecognitionEngine | null>(null);
  const chosen = own !== undefined ? own : fromContext;
  useEffect(() => {
    let engine: RecognitionEngine | null = chosen === undefined ? (webSpeech ??= createWebSpeechRecognition()) : chosen;
    try {
      if (engine && !engine.available()) engine = null;
    } catch {
      engine = null;
    }
    setReady(engine);
  }, [chosen]);
  return ready;
}
