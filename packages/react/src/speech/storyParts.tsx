/**
 * Pieces shared by the speech stories (not exported from the package): a silent engine per story and a
 * panel that shows on screen what would be spoken and which sentence is highlighted.
 */
import { createFakeEngine, type FakeEngine } from '@yinfa/core';
import { useEffect, useState, type ReactNode } from 'react';
import { useLocale } from '../provider/context';
import { SpeechProvider, type SpeechProviderProps } from './SpeechProvider';
import { useSpeech } from './useSpeech';

export function useStoryEngine(options?: Parameters<typeof createFakeEngine>[0]): FakeEngine {
  const [engine] = useState(() => createFakeEngine(options));
  return engine;
}

/** What the silent engine is "saying" now, and where the highlight is. */
export function SpokenMonitor({ engine }: { engine: FakeEngine }) {
  const [now, setNow] = useState<string | null>(engine.current);
  useEffect(() => engine.onChange(setNow), [engine]);
  const speech = useSpeech();
  const [locale] = useLocale();
  const en = locale === 'en-US';
  return (
    <div className="yf-speech-note" data-testid="spoken-monitor">
      <p>
        {en ? 'Would be spoken now: ' : '此刻会读出：'}
        <span data-testid="spoken-now">{now ?? (en ? '(silence)' : '（没有声音）')}</span>
      </p>
      <p>
        {en ? 'Highlighted sentence: ' : '高亮的句子：'}
        <span data-testid="highlighted">
          {speech.current ? `${speech.index + 1}/${speech.segments.length} ${speech.current.display ?? speech.current.text}` : en ? '(none)' : '（无）'}
        </span>
      </p>
      <p>
        {en ? 'Chunks read so far: ' : '已读出的片段数：'}
        <span data-testid="spoken-count">{engine.spoken.length}</span>
      </p>
    </div>
  );
}

export function FakeSpeech({ children, engine, ...props }: { children: ReactNode; engine: FakeEngine } & Partial<SpeechProviderProps>) {
  return (
    <SpeechProvider engine={engine} {...props}>
      {children}
    </SpeechProvider>
  );
}
