import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAudioEngine, type AudioLike } from './audioEngine';
import { createBridgeEngine } from './bridgeEngine';
import { createFakeEngine, recordSpeechEvents } from './fakes';
import { createNoneEngine } from './noneEngine';

class FakeAudio implements AudioLike {
  src = '';
  playbackRate = 1;
  onplaying: ((ev: unknown) => void) | null = null;
  onended: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  played: string[] = [];
  paused = true;
  rejectWith: string | null = null;
  play() {
    if (this.rejectWith) {
      const error = Object.assign(new Error(this.rejectWith), { name: this.rejectWith });
      return Promise.reject(error);
    }
    this.played.push(this.src);
    this.paused = false;
    setTimeout(() => this.onplaying?.({}), 0);
    return Promise.resolve();
  }
  pause() {
    this.paused = true;
  }
  load() {}
  removeAttribute(name: string) {
    if (name === 'src') this.src = '';
  }
  end() {
    this.paused = true;
    this.onended?.({});
  }
}

const recorder = recordSpeechEvents;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Audio engine (host TTS service)', () => {
  it('fetches each sentence, plays it, and prefetches the next one', async () => {
    const audio = new FakeAudio();
    const synthesize = vi.fn(async (text: string, lang: string, rate: number) => `https://tts.example/${encodeURIComponent(text)}?lang=${lang}&rate=${rate}`);
    const engine = createAudioEngine({ synthesize, createAudio: () => audio });
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: true });
    const { log, events } = recorder();
    engine.speak([{ text: '一。' }, { text: '二。' }], { rate: 2 }, events);
    await vi.advanceTimersByTimeAsync(0);
    expect(audio.played).toHaveLength(1);
    expect(synthesize).toHaveBeenCalledTimes(2); // the second sentence is already being fetched
    expect(synthesize.mock.calls[0]!.slice(0, 3)).toEqual(['一。', 'zh-CN', 1.5]);
    audio.end();
    await vi.advanceTimersByTimeAsync(0);
    audio.end();
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'seg-end:1', 'end']);
    expect(synthesize).toHaveBeenCalledTimes(2);
  });

  it('plays Blobs through object URLs and revokes them when stopped', async () => {
    const audio = new FakeAudio();
    const revoke = vi.fn();
    const engine = createAudioEngine({
      synthesize: async () => new Blob(['x'], { type: 'audio/mpeg' }),
      createAudio: () => audio,
      createObjectURL: () => 'blob:1',
      revokeObjectURL: revoke,
    });
    const handle = engine.speak([{ text: '你好。' }]);
    await vi.advanceTimersByTimeAsync(0);
    expect(audio.played).toEqual(['blob:1']);
    handle.stop();
    expect(audio.paused).toBe(true);
    expect(revoke).toHaveBeenCalledWith('blob:1');
  });

  it('pause stops the audio and resume plays the same sentence again', async () => {
    const audio = new FakeAudio();
    const engine = createAudioEngine({ synthesize: async (t) => `u:${t}`, createAudio: () => audio });
    const handle = engine.speak([{ text: '一。' }, { text: '二。' }]);
    await vi.advanceTimersByTimeAsync(0);
    audio.end();
    await vi.advanceTimersByTimeAsync(0);
    handle.pause();
    expect(audio.paused).toBe(true);
    handle.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(audio.played).toEqual(['u:一。', 'u:二。', 'u:二。']);
  });

  it('reports a failed service as a network error and a blocked play() as not-allowed', async () => {
    const failing = createAudioEngine({ synthesize: async () => Promise.reject(new Error('503')), createAudio: () => new FakeAudio() });
    const a = recorder();
    failing.speak([{ text: '你好。' }], {}, a.events);
    await vi.advanceTimersByTimeAsync(0);
    expect(a.log).toEqual(['start', 'error:network']);

    const audio = new FakeAudio();
    audio.rejectWith = 'NotAllowedError';
    const blocked = createAudioEngine({ synthesize: async () => 'u', createAudio: () => audio });
    const b = recorder();
    blocked.speak([{ text: '你好。' }], {}, b.events);
    await vi.advanceTimersByTimeAsync(0);
    expect(b.log).toEqual(['start', 'error:not-allowed']);
  });

  it('says it cannot speak without a synthesize function or an Audio constructor (Node)', async () => {
    const engine = createAudioEngine({ synthesize: undefined as never });
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: false, reason: 'no-speech-api' });
  });
});

describe('Bridge engine (native TTS in a bank app)', () => {
  it('works with a promise-returning bridge and stops it on pause', async () => {
    const finishers: Array<() => void> = [];
    const bridge = {
      speak: vi.fn((_text: string) => new Promise<void>((resolve) => finishers.push(resolve))),
      stop: vi.fn(),
    };
    const engine = createBridgeEngine(bridge);
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: true });
    const { log, events } = recorder();
    const handle = engine.speak([{ text: '一。' }, { text: '二。' }], { rate: 1.2 }, events);
    expect(bridge.speak).toHaveBeenCalledWith('一。', { lang: 'zh-CN', rate: 1.2, volume: 1, voice: null }, expect.any(Function));
    finishers[0]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(bridge.speak).toHaveBeenLastCalledWith('二。', expect.anything(), expect.any(Function));
    handle.pause();
    expect(bridge.stop).toHaveBeenCalled();
    finishers[1]!(); // a late resolve after the pause changes nothing
    await vi.advanceTimersByTimeAsync(0);
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'pause:1']);
  });

  it('works with a callback bridge and reports its errors', async () => {
    const engine = createBridgeEngine({
      speak: (text, _o, done) => {
        setTimeout(() => done(text.includes('坏') ? new Error('tts busy') : undefined), 10);
      },
      stop: () => {},
    });
    const { log, events } = recorder();
    engine.speak([{ text: '好。' }, { text: '坏。' }], {}, events);
    await vi.advanceTimersByTimeAsync(50);
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'error:failed']);
  });

  it('is unavailable when the host says the bridge is missing', async () => {
    const engine = createBridgeEngine({ speak: () => {}, stop: () => {}, isAvailable: () => false });
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: false, reason: 'no-speech-api' });
  });
});

describe('None engine', () => {
  it('never throws and reports unavailable', async () => {
    const engine = createNoneEngine();
    const onError = vi.fn();
    const handle = engine.speak([{ text: '你好' }], {}, { onError });
    expect(() => {
      handle.pause();
      handle.resume();
      handle.stop();
      handle.seek(3);
      engine.cancel();
    }).not.toThrow();
    await vi.advanceTimersByTimeAsync(0);
    expect(onError).toHaveBeenCalledWith({ code: 'unavailable' });
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: false, reason: 'no-speech-api' });
  });
});

describe('Fake engine (silent, for tests and stories)', () => {
  it('keeps the event contract and makes no sound', async () => {
    const engine = createFakeEngine({ auto: false });
    const { log, events } = recorder();
    engine.speak([{ text: '一。' }, { text: '二。' }], {}, events);
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.current).toBe('一。');
    engine.step();
    await vi.advanceTimersByTimeAsync(0);
    engine.step();
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'seg-end:1', 'end']);
  });

  it('skips empty segments and ends at once when nothing is left to read', async () => {
    const engine = createFakeEngine({ auto: false });
    const { log, events } = recorder();
    engine.speak([{ text: '  ' }, { text: '' }], {}, events);
    expect(log).toEqual(['start', 'end']);
  });
});
