export type {
  SpeechSegment,
  SpeakOptions,
  SpeechError,
  SpeechErrorCode,
  SpeechEvents,
  SpeechHandle,
  PlaybackState,
  SpeechEngine,
  EngineKind,
  EngineCheck,
  UnavailableReason,
  SpeechVoice,
} from './types';
export { splitSentences, defaultMaxLength } from './chunk';
export type { TextChunk, SplitOptions } from './chunk';
export { clampRate, RATE_MIN, RATE_MAX, RATE_DEFAULT, SPEECH_RATE_CHOICES, clampVolume, VOLUME_MIN, VOLUME_DEFAULT, SPEECH_VOLUME_CHOICES } from './rate';
export { normaliseLang, langScore, rankVoices, pickVoice, toSpeechVoice, createVoiceMemory } from './voices';
export type { VoiceLike, VoiceMemory } from './voices';
export { createQueueEngine } from './queue';
export type { ChunkSpeaker, ChunkCallbacks, ResolvedSpeakOptions, QueueEngineParts } from './queue';
export { createWebSpeechEngine, estimateSpeechMs } from './webSpeech';
export type { WebSpeechEngineOptions, SpeechSynthesisLike, UtteranceLike } from './webSpeech';
export { createAudioEngine } from './audioEngine';
export type { AudioEngineOptions, AudioLike, SynthesizeFn } from './audioEngine';
export { createBridgeEngine } from './bridgeEngine';
export type { BridgeEngineOptions, BridgeSpeakOptions } from './bridgeEngine';
export { createNoneEngine } from './noneEngine';
export { createSpeechController, textToSegments } from './controller';
export { createSpeechTextGate } from './textGate';
export type { SpeechTextGate } from './textGate';
export type { SpeechController, SpeechControllerOptions, SpeechSnapshot, SpeechStatus, SpeechPlayback, SpeakRequest } from './controller';
export { FakeSpeechSynthesis, FakeUtterance, createFakeEngine, recordSpeechEvents, voice as fakeVoice } from './fakes';
export type { FakeEngine, FakeEngineOptions } from './fakes';
export { speechButtonMessages, speechMessages } from './messages';
