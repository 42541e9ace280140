/**
 * The script builds' stand-in for @yinfa/core's speech-text module (packages/elements/build.mjs puts it in
 * place of every import of core/src/speech-text from outside that folder, in every script-tag file).
 * The normalisation tables (about 10 KB gzip) are only needed once the user asks for reading, so they load
 * then, from `yinfa-speech-text.js` beside the script (see speech-text-chunk.ts). Until they are in, text
 * reads as written; readers wait through @yinfa/core's createSpeechTextGate. Other modules a read needs
 * and a script defers (the reading order, deferred/readable.ts) load with them: `isSpeechTextLoaded()` is
 * true once all are in, so a reader that collects inside the gate has them by then.
 */
import type * as Real from '../../../core/src/speech-text/index';
import { loadScriptChunk } from '../chunk-loader';

type Module = typeof Real;
let real: Module | null = null;
let loading: Promise<void> | null = null;
/** What loads with the tables: each resolves true once in, false if it failed (it warns itself), never rejects. */
const alongside: Array<{ load: () => Promise<boolean>; done: boolean }> = [];

export const SAY_AS: Module['SAY_AS'] = ['digits', 'phone', 'money', 'date', 'time', 'verbatim'];
export type { SayAs } from '../../../core/src/speech-text/index';

export const isSpeechTextLoaded = (): boolean => real !== null && alongside.every((a) => a.done);

/** Registers a module a read needs, loaded by the next loadSpeechText() (a deferred module calls this once). */
export function loadWithSpeechText(load: () => Promise<boolean>): void {
  const entry = { done: false, load: () => load().then((ok) => (entry.done = ok)) };
  alongside.push(entry);
}

const loadTables = (): Promise<unknown> =>
  loadScriptChunk<Module>('yinfa-speech-text.js', '__yinfaSpeechText').then(
    (mod) => void (real = mod),
    (error: unknown) => {
      // Reading still works, with numbers read as written; the next request tries again.
      console.warn(`@yinfa/elements: the speech tables did not load (${error instanceof Error ? error.message : String(error)}); reading the text as written.`);
    },
  );

export function loadSpeechText(): Promise<void> {
  if (isSpeechTextLoaded()) return Promise.resolve();
  loading ??= Promise.all([real ? null : loadTables(), ...alongside.filter((a) => !a.done).map((a) => a.load())]).then(() => {
    // Whatever failed is tried again by the next request, but not by the reads of this one (a button's
    // collection, then its speech, each wait in turn): they run in microtasks, before this timer.
    setTimeout(() => (loading = null), 0);
  });
  return loading;
}

const asWritten = (text: unknown): string => (text === null || text === undefined ? '' : String(text));
export const toSpeechText: Module['toSpeechText'] = (text, locale) => (real ? real.toSpeechText(text, locale) : asWritten(text));
export const speakAs: Module['speakAs'] = (text, kind, locale) => (real ? real.speakAs(text, kind, locale) : asWritten(text));
export const digitsToEnglish: Module['digitsToEnglish'] = (...args) => (real ? real.digitsToEnglish(...args) : asWritten(args[0]));
export const ordinalToEnglish: Module['ordinalToEnglish'] = (...args) => (real ? real.ordinalToEnglish(...args) : asWritten(args[0]));
export const yearToEnglish: Module['yearToEnglish'] = (...args) => (real ? real.yearToEnglish(...args) : asWritten(args[0]));
