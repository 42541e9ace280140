/**
 * @yinfa/core's speech-text module inside yinfa-reading-order.js and yinfa-toolbar-views.js (build.mjs,
 * DEFERRED, `inside`): the tables the page's script has loaded (`window.__yinfaSpeechText`, from
 * yinfa-speech-text.js), not a second copy of them. If they could not load, text is read as written, as everywhere else in the scripts.
 */
import type * as Real from '../../../core/src/speech-text/index';

type Module = typeof Real;
const loaded = (): Module | undefined => (window as unknown as { __yinfaSpeechText?: Module }).__yinfaSpeechText;
const asWritten = (text: unknown): string => (text === null || text === undefined ? '' : String(text));

export const speakAs: Module['speakAs'] = (text, kind, locale) => loaded()?.speakAs(text, kind, locale) ?? asWritten(text);
export const toSpeechText: Module['toSpeechText'] = (text, locale) => loaded()?.toSpeechText(text, locale) ?? asWritten(text);
export const digitsToEnglish: Module['digitsToEnglish'] = (...args) => loaded()?.digitsToEnglish(...args) ?? asWritten(args[0]);
export const ordinalToEnglish: Module['ordinalToEnglish'] = (...args) => loaded()?.ordinalToEnglish(...args) ?? asWritten(args[0]);
export const yearToEnglish: Module['yearToEnglish'] = (...args) => loaded()?.yearToEnglish(...args) ?? asWritten(args[0]);
export const SAY_AS: Module['SAY_AS'] = ['digits', 'phone', 'money', 'date', 'time', 'verbatim'];
export type { SayAs } from '../../../core/src/speech-text/index';
export const isSpeechTextLoaded = (): boolean => loaded() !== undefined;
/** The page's script loads the tables (this chunk never does): resolves at once. */
export const loadSpeechText = (): Promise<void> => Promise.resolve();
