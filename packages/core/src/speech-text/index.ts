export { toSpeechText } from './toSpeechText';
export { speakAs, SAY_AS } from './sayAs';
export type { SayAs } from './sayAs';
export { digitsToEnglish, ordinalToEnglish, yearToEnglish } from './en';
export { isSpeechTextLoaded, loadSpeechText } from './load';
