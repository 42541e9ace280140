/** One piece of speech: usually one sentence. `text` is spoken; `display` is what the page shows (for highlights and captions). */
export interface SpeechSegment {
  text: string;
  display?: string;
}

export interface SpeakOptions {
  /** BCP 47 language of the text: 'zh-CN' (default) or 'en-US'. */
  lang?: string;
  /** 0.7–1.5, clamped; 0.9 by default (a little slower suits older listeners). */
  rate?: number;
  /** 0.25–1, clamped; 1 (the device's volume) by default. */
  volume?: number;
  /** A voice id (Web Speech voiceURI, or whatever the host engine understands). */
  voice?: string | null;
  /** Start from this segment (连读 from a chosen sentence; resume after a pause). */
  startAt?: number;
}

export type SpeechErrorCode =
  /** Nothing on this device can speak (no speechSynthesis, no fallback). */
  | 'unavailable'
  /** Speech exists but no voice for the language: Chinese is never read with an English voice. */
  | 'no-voice'
  /** The browser refused to start (no user gesture: iOS, autoplay policy). */
  | 'not-allowed'
  /** The host TTS service failed or the network is down. */
  | 'network'
  /** Anything else the engine reported. */
  | 'failed';

export interface SpeechError {
  code: SpeechErrorCode;
  message?: string;
  /** The segment being read when it failed. */
  index?: number;
}

export interface SpeechEvents {
  onStart?(): void;
  onSegmentStart?(index: number, segment: SpeechSegment): void;
  onSegmentEnd?(index: number, segment: SpeechSegment): void;
  onPause?(index: number): void;
  onResume?(index: number): void;
  /** Stopped by stop() or by a newer speak() (never both onStop and onEnd). */
  onStop?(): void;
  /** The last segment finished. */
  onEnd?(): void;
  onError?(error: SpeechError): void;
}

export type PlaybackState = 'starting' | 'speaking' | 'paused' | 'stopped' | 'ended' | 'error';

/** Controls one speak() call. Every method is safe to call in any state. */
export interface SpeechHandle {
  readonly state: PlaybackState;
  /** The segment being read (or where a pause left off). */
  readonly index: number;
  /** Stops now and remembers the sentence: browsers' own pause()/resume() is broken on Chrome (macOS, Windows, Android). */
  pause(): void;
  /** Reads again from the start of the sentence that was paused. Call it from a click (iOS). */
  resume(): void;
  stop(): void;
  /** Jumps to another sentence and reads from there. */
  seek(index: number): void;
}

export type EngineKind = 'web-speech' | 'audio' | 'bridge' | 'none' | 'fake';

export type UnavailableReason =
  /** No speech API at all (Android WebView, WeChat, some in-app browsers). */
  | 'no-speech-api'
  /** The API exists but lists no voices (Linux without speech-dispatcher, headless browsers). */
  | 'no-voices'
  /** Voices exist, none for this language ("no Chinese voice"). */
  | 'no-voice-for-lang';

export type EngineCheck = { ok: true } | { ok: false; reason: UnavailableReason };

export interface SpeechVoice {
  /** voiceURI on Web Speech. */
  id: string;
  name: string;
  /** Normalised tag: zh-CN for cmn-CN, zh_CN, cmn-Hans-CN. */
  lang: string;
  /** On-device (works offline, no 15-second cut-off). */
  local: boolean;
  default: boolean;
}

/** What every engine offers; the React layer only ever talks to this. */
export interface SpeechEngine {
  readonly kind: EngineKind;
  /** Whether this engine can speak `lang` here (waits for voices on Web Speech). Never rejects. */
  check(lang: string): Promise<EngineCheck>;
  /** Voices the user may pick from, best first (empty when the engine has no choice). */
  voices(lang?: string): Promise<SpeechVoice[]>;
  /**
   * Starts reading. Call it inside the click handler: Safari only lets speech start from a user
   * gesture. Any earlier speech from this engine is cancelled first (no overlap).
   */
  speak(segments: readonly SpeechSegment[], options?: SpeakOptions, events?: SpeechEvents): SpeechHandle;
  /** Stops whatever this engine is saying. */
  cancel(): void;
  /**
   * Call it inside the click when the read itself has to wait (files that load on first use, the first
   * check of voices): lets that later start count as the click's. Safari on iOS only starts speech or audio
   * from a user gesture, and once a page has spoken inside one it lets later reads start by themselves.
   */
  unlock?(): void;
}
