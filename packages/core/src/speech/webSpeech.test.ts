import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSpeechSynthesis, FakeUtterance, recordSpeechEvents, voice } from './fakes';
import type { SpeechSegment } from './types';
import { createWebSpeechEngine } from './webSpeech';

const zh = () => [voice('Tingting', 'zh-CN'), voice('Samantha', 'en-US')];
const segs = (...texts: string[]): SpeechSegment[] => texts.map((text) => ({ text }));

function setup(voices = zh()) {
  const synth = new FakeSpeechSynthesis(voices);
  const engine = createWebSpeechEngine({ synth, Utterance: FakeUtterance, voiceTimeoutMs: 1000 });
  const { log, events } = recordSpeechEvents();
  return { synth, engine, log, events };
}

const flush = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('Web Speech engine', () => {
  it('does not touch the global speechSynthesis when none is there (Node, WebViews)', async () => {
    const engine = createWebSpeechEngine();
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: false, reason: 'no-speech-api' });
    const onError = vi.fn();
    expect(() => engine.speak(segs('你好'), {}, { onError })).not.toThrow();
    await flush();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unavailable' }));
  });

  it('cancels first, then reads the segments in order with segment events', async () => {
    const { synth, engine, log, events } = setup();
    engine.speak(segs('第一句。', '第二句。'), { lang: 'zh-CN' }, events);
    expect(synth.log[0]).toBe('cancel');
    await flush();
    synth.finish();
    await flush();
    synth.finish();
    await flush();
    expect(synth.texts()).toEqual(['第一句。', '第二句。']);
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'seg-end:1', 'end']);
    expect((synth.spoken[0]!.voice as { name: string }).name).toBe('Tingting');
  });

  it('speaks synchronously inside the click when voices are known (iOS needs the gesture)', () => {
    const { synth, engine } = setup();
    engine.speak(segs('你好。'));
    expect(synth.log).toEqual(['cancel', 'speak:你好。']);
  });

  it('unlock() speaks one silent utterance inside the click, once, so a read that starts later may sound on iOS', async () => {
    const { synth, engine } = setup();
    engine.unlock!();
    expect(synth.log).toEqual(['speak: ']);
    engine.unlock!();
    expect(synth.log).toEqual(['speak: ']);
    await flush();
    engine.speak(segs('你好。'));
    expect(synth.texts()).toEqual(['你好。']);
  });

  it('unlock() without speechSynthesis does nothing and does not throw', () => {
    const engine = createWebSpeechEngine({ synth: null });
    expect(() => engine.unlock!()).not.toThrow();
  });

  it('pauses by stopping and resumes from the same sentence (never the native pause)', async () => {
    const { synth, engine, log, events } = setup();
    const handle = engine.speak(segs('一。', '二。', '三。'), {}, events);
    await flush();
    synth.finish();
    await flush();
    expect(handle.index).toBe(1);
    handle.pause();
    expect(handle.state).toBe('paused');
    expect(synth.log).not.toContain('pause');
    expect(synth.current).toBeNull();
    vi.advanceTimersByTime(15_000); // Chrome on Windows never resumes after ~10 s; we do not rely on it
    handle.resume();
    await flush();
    expect(synth.texts()).toEqual(['一。', '二。', '二。']);
    synth.finish();
    await flush();
    synth.finish();
    await flush();
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'seg-start:1', 'pause:1', 'resume:1', 'seg-start:1', 'seg-end:1', 'seg-start:2', 'seg-end:2', 'end']);
  });

  it('stop cancels speech and later events from the old utterance are ignored', async () => {
    const { synth, engine, log, events } = setup();
    const handle = engine.speak(segs('一。', '二。'), {}, events);
    await flush();
    const first = synth.current!;
    handle.stop();
    first.onend?.({}); // a late end from a browser must not restart the queue
    await flush();
    expect(log).toEqual(['start', 'seg-start:0', 'stop']);
    expect(synth.current).toBeNull();
  });

  it('rapid repeated clicks never overlap: each speak cancels the last', async () => {
    const { synth, engine } = setup();
    const starts = vi.fn();
    for (let i = 0; i < 10; i++) engine.speak(segs(`第${i}次。`), {}, { onSegmentStart: () => starts(i) });
    await flush();
    expect(synth.log.filter((l) => l === 'cancel').length).toBeGreaterThanOrEqual(10);
    expect(synth.current?.text).toBe('第9次。');
    expect(starts).toHaveBeenCalledTimes(1);
    expect(starts).toHaveBeenCalledWith(9);
    expect(synth.maxConcurrent).toBe(1);
  });

  it('clamps the rate to 0.7–1.5', () => {
    const { synth, engine } = setup();
    engine.speak(segs('快。'), { rate: 10 });
    engine.speak(segs('慢。'), { rate: 0.1 });
    engine.speak(segs('默认。'), { rate: Number.NaN });
    expect(synth.spoken.map((u) => u.rate)).toEqual([1.5, 0.7, 0.9]);
  });

  it('chunks a 5,000-character sentence with no punctuation', async () => {
    const { synth, engine, log, events } = setup();
    synth.autoFinishMs = 10;
    const text = '长文本没有任何标点符号'.repeat(455).slice(0, 5000);
    engine.speak([{ text }], {}, events);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(synth.texts().length).toBeGreaterThanOrEqual(125);
    expect(synth.texts().every((t) => t.length <= 40)).toBe(true);
    expect(synth.texts().join('')).toBe(text);
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'end']);
  });

  it('waits for voices that arrive late, unlocking inside the click', async () => {
    const { synth, engine, log, events } = setup([]);
    engine.speak(segs('你好。'), {}, events);
    expect(synth.log).toEqual(['cancel', 'speak: ']);
    await vi.advanceTimersByTimeAsync(300);
    synth.setVoices(zh());
    await vi.advanceTimersByTimeAsync(200);
    expect(synth.texts()).toEqual(['你好。']);
    synth.finish();
    await flush();
    expect(log).toEqual(['start', 'seg-start:0', 'seg-end:0', 'end']);
  });

  it('reports "no voice" when voices never arrive', async () => {
    const { synth, engine, log, events } = setup([]);
    const check = engine.check('zh-CN');
    engine.speak(segs('你好。'), {}, events);
    await vi.advanceTimersByTimeAsync(1200);
    await expect(check).resolves.toEqual({ ok: false, reason: 'no-voices' });
    expect(log).toEqual(['error:no-voice']);
    expect(synth.texts()).toEqual([]);
  });

  it('never reads Chinese with an English voice: "no Chinese voice" instead', async () => {
    const { synth, engine, log, events } = setup([voice('Samantha', 'en-US'), voice('Daniel', 'en-GB')]);
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: false, reason: 'no-voice-for-lang' });
    engine.speak(segs('你好。'), { lang: 'zh-CN' }, events);
    await flush();
    expect(log).toEqual(['error:no-voice']);
    expect(synth.texts()).toEqual([]);
    await expect(engine.check('en-US')).resolves.toEqual({ ok: true });
  });

  it('matches cmn-CN and zh_CN voices and prefers the remembered one', async () => {
    const synth = new FakeSpeechSynthesis([voice('Android net', 'cmn-CN', { localService: false }), voice('Android local', 'zh_CN')]);
    const engine = createWebSpeechEngine({ synth, Utterance: FakeUtterance });
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: true });
    expect((await engine.voices('zh-CN')).map((v) => v.name)).toEqual(['Android local', 'Android net']);
    engine.speak(segs('一。'), { voice: 'Android net' });
    expect((synth.spoken[0]!.voice as { name: string }).name).toBe('Android net');
  });

  it('moves on when Chrome cuts a voice off with no end event', async () => {
    const { synth, engine, log, events } = setup();
    synth.neverEnd = true;
    engine.speak(segs('第一句。', '第二句。'), {}, events);
    await flush();
    await vi.advanceTimersByTimeAsync(8000);
    expect(log).toContain('seg-start:1');
    expect(synth.log.filter((l) => l === 'cancel').length).toBeGreaterThanOrEqual(2);
  });

  it('reports not-allowed when speech never starts (blocked without a gesture)', async () => {
    const { synth, engine, log, events } = setup();
    synth.blockStart = true;
    engine.speak(segs('你好。'), {}, events);
    await vi.advanceTimersByTimeAsync(9000);
    expect(log).toEqual(['start', 'error:not-allowed']);
  });

  it('reports engine errors but ignores its own interruptions', async () => {
    const { synth, engine, log, events } = setup();
    engine.speak(segs('一。', '二。'), {}, events);
    await flush();
    synth.current!.onerror?.({ error: 'synthesis-failed' });
    expect(log).toEqual(['start', 'seg-start:0', 'error:failed']);
  });

  it('seeks to another sentence', async () => {
    const { synth, engine } = setup();
    const handle = engine.speak(segs('一。', '二。', '三。'));
    await flush();
    handle.seek(2);
    await flush();
    expect(synth.current?.text).toBe('三。');
    expect(handle.index).toBe(2);
  });
});
