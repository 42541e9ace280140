export { VoiceInput } from './VoiceInput';
export type { VoiceInputProps } from './VoiceInput';
export { VoiceInputProvider, useRecognitionEngine } from './context';
export { useVoiceInput } from './useVoiceInput';
export type { VoiceInputState } from './useVoiceInput';
export { interpretSpoken, VOICE_INPUT_KINDS } from './interpret';
export type { VoiceInputKind, Interpretation } from './interpret';
export { voiceInputMessages } from './messages';
