import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSpeechController, textToSegments } from './controller';
import { createFakeEngine, FakeSpeechSynthesis, FakeUtterance, voice } from './fakes';
import { createWebSpeechEngine } from './webSpeech';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const web = (voices = [voice('Tingting', 'zh-CN')]) => {
  const synth = new FakeSpeechSynthesis(voices);
  return { synth, engine: createWebSpeechEngine({ synth, Utterance: FakeUtterance, voiceTimeoutMs: 500 }) };
};

describe('createSpeechController', () => {
  it('picks Web Speech when it has a Chinese voice', async () => {
    const { engine } = web();
    const c = createSpeechController({ webSpeech: engine, fallback: createFakeEngine() });
    await c.detect();
    expect(c.getSnapshot()).toMatchObject({ status: 'ready', engine: 'web-speech', reason: null });
    expect(c.getSnapshot().voices.map((v) => v.name)).toEqual(['Tingting']);
  });

  it('falls back when the only voices are English, and says "no Chinese voice" without a fallback', async () => {
    const english = [voice('Samantha', 'en-US')];
    const withFallback = createSpeechController({ webSpeech: web(english).engine, fallback: createFakeEngine() });
    await withFallback.detect();
    expect(withFallback.getSnapshot()).toMatchObject({ status: 'ready', engine: 'fake' });

    const without = createSpeechController({ webSpeech: web(english).engine });
    await without.detect();
    expect(without.getSnapshot()).toMatchObject({ status: 'unavailable', engine: 'none', reason: 'no-voice-for-lang' });
    expect(without.speakText('你好')).toBe(false);
    expect(without.getSnapshot().error).toEqual({ code: 'no-voice' });
  });

  it('is unavailable with no speech API at all (webview) and never throws', async () => {
    const c = createSpeechController({ webSpeech: null });
    await c.detect();
    expect(c.getSnapshot()).toMatchObject({ status: 'unavailable', reason: 'no-speech-api' });
    expect(() => {
      c.speakText('你好');
      c.pause();
      c.resume();
      c.next();
      c.stop();
    }).not.toThrow();
  });

  it('publishes the current segment, pause and resume', async () => {
    const engine = createFakeEngine({ auto: false });
    const c = createSpeechController({ engine });
    await c.detect();
    const seen: number[] = [];
    c.subscribe(() => seen.push(c.getSnapshot().index));
    c.speakText('第一句。第二句。', { owner: 'a' });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.getSnapshot()).toMatchObject({ playback: 'speaking', index: 0, owner: 'a' });
    engine.step();
    await vi.advanceTimersByTimeAsync(0);
    expect(c.getSnapshot().index).toBe(1);
    c.pause();
    expect(c.getSnapshot()).toMatchObject({ playback: 'paused', index: 1 });
    c.resume();
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.current).toBe('第二句。');
    engine.step();
    expect(c.getSnapshot()).toMatchObject({ playback: 'idle', index: -1, owner: null });
    expect(seen).toContain(1);
  });

  it('stop(owner) only stops that owner (unmounting one button does not silence another)', async () => {
    const engine = createFakeEngine({ auto: false });
    const c = createSpeechController({ engine });
    await c.detect();
    c.speakText('你好。', { owner: 'b' });
    c.stop('a');
    expect(c.getSnapshot().owner).toBe('b');
    c.stop('b');
    expect(c.getSnapshot()).toMatchObject({ playback: 'idle', owner: null });
    expect(engine.current).toBeNull();
  });

  it('rapid clicks leave only the last request speaking', async () => {
    const { synth, engine } = web();
    const c = createSpeechController({ webSpeech: engine });
    await c.detect();
    for (let i = 0; i < 5; i++) c.speakText(`第${i}段。`, { owner: `o${i}` });
    await vi.advanceTimersByTimeAsync(0);
    expect(c.getSnapshot().owner).toBe('o4');
    expect(synth.current?.text).toBe('第四段。');
    expect(synth.maxConcurrent).toBe(1);
  });

  it('speaks at full volume by default, clamps the volume to 0.25–1 and applies a new one from the current sentence', async () => {
    const { synth, engine } = web();
    const c = createSpeechController({ webSpeech: engine, volume: 0 });
    expect(c.getSnapshot().volume).toBe(0.25);
    c.setVolume(Number.NaN);
    expect(c.getSnapshot().volume).toBe(1);
    await c.detect();
    c.speakText('一。二。');
    await vi.advanceTimersByTimeAsync(0);
    expect(synth.spoken.at(-1)).toMatchObject({ text: '一。', volume: 1 });
    c.setVolume(0.5);
    expect(c.getSnapshot().volume).toBe(0.5);
    expect(synth.spoken.at(-1)).toMatchObject({ text: '一。', volume: 0.5 });
  });

  it('clamps the rate and applies a new rate from the current sentence', async () => {
    const { synth, engine } = web();
    const c = createSpeechController({ webSpeech: engine, rate: 5 });
    expect(c.getSnapshot().rate).toBe(1.5);
    await c.detect();
    c.speakText('一。二。');
    await vi.advanceTimersByTimeAsync(0);
    c.setRate(0.2);
    expect(c.getSnapshot().rate).toBe(0.7);
    expect(synth.spoken.at(-1)).toMatchObject({ text: '一。', rate: 0.7 });
  });

  it('speaks once the check finishes when clicked before it did', async () => {
    const engine = createFakeEngine({ auto: false });
    const c = createSpeechController({ engine });
    c.speakText('你好。', { owner: 'x' });
    expect(c.getSnapshot()).toMatchObject({ status: 'checking', playback: 'starting', owner: 'x' });
    await vi.advanceTimersByTimeAsync(0);
    expect(engine.current).toBe('你好。');
  });

  it('unlock() reaches the engine in use, and before the first check ends the engines it may use', async () => {
    const fake = createFakeEngine({ auto: false });
    const c = createSpeechController({ engine: fake });
    c.unlock();
    expect(fake.unlocks).toBe(1);
    await c.detect();
    c.unlock();
    expect(fake.unlocks).toBe(2);
  });

  it('a press before the check has ended unlocks inside the press, since its read starts after it', async () => {
    const fake = createFakeEngine({ auto: false });
    const c = createSpeechController({ engine: fake });
    expect(c.speakText('你好。')).toBe(true);
    expect(fake.unlocks).toBe(1);
    await vi.advanceTimersByTimeAsync(0);
    expect(fake.spoken).toEqual(['你好。']);
  });

  it('normalises the spoken text but keeps the displayed text', () => {
    expect(textToSegments('请拨打96110。余额¥12.50。')).toEqual([
      { display: '请拨打96110。', text: '请拨打九六幺幺零。' },
      { display: '余额¥12.50。', text: '余额十二元五角。' },
    ]);
  });
});
