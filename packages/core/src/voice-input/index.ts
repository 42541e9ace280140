export { RecognitionError, recognitionErrorCode } from './types';
export type { RecognitionEngine, RecognitionErrorCode, RecognitionSession } from './types';
export { createWebSpeechRecognition, findSpeechRecognition } from './webSpeech';
export type { SpeechRecognitionConstructor, SpeechRecognitionLike } from './webSpeech';
export { createHostRecognition, createUploadRecognition } from './host';
export type { HostRecognitionOptions, UploadRecognitionOptions } from './host';
export { createFakeRecognition } from './fakes';
export type { FakeRecognition, FakeRecognitionOptions } from './fakes';
