import { describe, expect, it } from 'vitest';
import { createFakeRecognition, createHostRecognition, createUploadRecognition, createWebSpeechRecognition, RecognitionError, type SpeechRecognitionLike } from './index';

/** A SpeechRecognition double: the test drives its events. */
class FakeSR implements SpeechRecognitionLike {
  static last: FakeSR | null = null;
  lang = '';
  continuous = true;
  interimResults = true;
  maxAlternatives = 5;
  onresult: SpeechRecognitionLike['onresult'] = null;
  onerror: SpeechRecognitionLike['onerror'] = null;
  onend: (() => void) | null = null;
  calls: string[] = [];
  constructor() {
    FakeSR.last = this;
  }
  start() {
    this.calls.push('start');
  }
  stop() {
    this.calls.push('stop');
    this.onend?.();
  }
  abort() {
    this.calls.push('abort');
    this.onerror?.({ error: 'aborted' });
    this.onend?.();
  }
  hear(text: string) {
    this.onresult?.({ results: [Object.assign([{ transcript: text }], { isFinal: true })] });
  }
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof RecognitionError ? e.code : String(e)));

describe('createWebSpeechRecognition', () => {
  it('is unavailable without SpeechRecognition and available with the webkit prefix', () => {
    expect(createWebSpeechRecognition({ scope: {} }).available()).toBe(false);
    expect(createWebSpeechRecognition({ scope: { webkitSpeechRecognition: FakeSR } }).available()).toBe(true);
  });

  it('listens once in the given language and resolves with the final words', async () => {
    const engine = createWebSpeechRecognition({ scope: { SpeechRecognition: FakeSR } });
    const session = engine.start({ lang: 'zh-CN' });
    const rec = FakeSR.last!;
    expect([rec.lang, rec.continuous, rec.interimResults, rec.maxAlternatives]).toEqual(['zh-CN', false, false, 1]);
    rec.hear('幺三八');
    session.stop();
    await expect(session.result).resolves.toBe('幺三八');
    expect(rec.calls).toEqual(['start', 'stop']);
  });

  it.each([
    ['not-allowed', 'not-allowed'],
    ['service-not-allowed', 'not-allowed'],
    ['no-speech', 'no-speech'],
    ['audio-capture', 'audio-capture'],
    ['network', 'network'],
    ['language-not-supported', 'language'],
    ['bad-grammar', 'failed'],
  ])('maps the error %s → %s', async (error, code) => {
    const session = createWebSpeechRecognition({ Recognition: FakeSR }).start({ lang: 'en-US' });
    FakeSR.last!.onerror?.({ error });
    FakeSR.last!.onend?.();
    expect(await codeOf(session.result)).toBe(code);
  });

  it('ending with nothing heard is no-speech; abort rejects with aborted', async () => {
    const engine = createWebSpeechRecognition({ Recognition: FakeSR });
    const a = engine.start({ lang: 'zh-CN' });
    FakeSR.last!.onend?.();
    expect(await codeOf(a.result)).toBe('no-speech');
    const b = engine.start({ lang: 'zh-CN' });
    b.abort();
    expect(await codeOf(b.result)).toBe('aborted');
    expect(FakeSR.last!.calls).toContain('abort');
  });
});

describe('createHostRecognition', () => {
  it('returns the bridge’s text, in the field’s language', async () => {
    const langs: string[] = [];
    const engine = createHostRecognition({ recognize: async ({ lang }) => (langs.push(lang), ' 两千块五毛 ') });
    await expect(engine.start({ lang: 'zh-CN' }).result).resolves.toBe('两千块五毛');
    expect(langs).toEqual(['zh-CN']);
  });

  it('passes stop and abort to the bridge as signals', async () => {
    let stopSignal: AbortSignal | undefined;
    let signal: AbortSignal | undefined;
    const engine = createHostRecognition({
      recognize: (o) => {
        stopSignal = o.stopSignal;
        signal = o.signal;
        return new Promise((resolve) => o.stopSignal.addEventListener('abort', () => resolve('好的')));
      },
    });
    const s = engine.start({ lang: 'zh-CN' });
    s.stop();
    await expect(s.result).resolves.toBe('好的');
    expect(stopSignal!.aborted).toBe(true);
    const t = engine.start({ lang: 'zh-CN' });
    t.abort();
    expect(await codeOf(t.result)).toBe('aborted');
    expect(signal!.aborted).toBe(true);
  });

  it('errors, odd answers and a throwing availability check are contained', async () => {
    expect(await codeOf(createHostRecognition({ recognize: () => Promise.reject({ code: 'not-allowed' }) }).start({ lang: 'zh-CN' }).result)).toBe('not-allowed');
    expect(await codeOf(createHostRecognition({ recognize: () => Promise.resolve(42 as unknown as string) }).start({ lang: 'zh-CN' }).result)).toBe('failed');
    expect(await codeOf(createHostRecognition({ recognize: () => Promise.resolve('  ') }).start({ lang: 'zh-CN' }).result)).toBe('no-speech');
    const boom = () => {
      throw new Error('bridge gone');
    };
    expect(createHostRecognition({ recognize: boom, available: boom }).available()).toBe(false);
    expect(await codeOf(createHostRecognition({ recognize: boom }).start({ lang: 'zh-CN' }).result)).toBe('failed');
  });
});

describe('createUploadRecognition', () => {
  function scope(fail?: string) {
    const tracks = { stopped: 0 };
    class Recorder {
      state = 'inactive';
      ondataavailable: ((e: { data: Blob }) => void) | null = null;
      onstop: (() => void) | null = null;
      start() {
        this.state = 'recording';
      }
      stop() {
        this.state = 'inactive';
        this.ondataavailable?.({ data: new Blob(['pcm']) });
        this.onstop?.();
      }
    }
    const getUserMedia = () => (fail ? Promise.reject({ name: fail }) : Promise.resolve({ getTracks: () => [{ stop: () => tracks.stopped++ }] }));
    return { tracks, scope: { MediaRecorder: Recorder, navigator: { mediaDevices: { getUserMedia } } } };
  }

  it('records until stop, uploads the audio and releases the microphone', async () => {
    const { tracks, scope: s } = scope();
    const sizes: number[] = [];
    const engine = createUploadRecognition({ scope: s, upload: async (blob) => (sizes.push(blob.size), '三号楼二单元') });
    expect(engine.available()).toBe(true);
    const session = engine.start({ lang: 'zh-CN' });
    await new Promise((r) => setTimeout(r, 0));
    session.stop();
    await expect(session.result).resolves.toBe('三号楼二单元');
    expect(sizes).toEqual([3]);
    expect(tracks.stopped).toBe(1);
  });

  it('a refused microphone is not-allowed; no MediaRecorder means unavailable', async () => {
    const { scope: s } = scope('NotAllowedError');
    expect(await codeOf(createUploadRecognition({ scope: s, upload: async () => 'x' }).start({ lang: 'zh-CN' }).result)).toBe('not-allowed');
    expect(createUploadRecognition({ scope: {}, upload: async () => 'x' }).available()).toBe(false);
  });
});

describe('createFakeRecognition', () => {
  it('answers turn by turn, fails where scripted, and records starts, stops and aborts', async () => {
    const fake = createFakeRecognition({ answers: ['一', { error: 'no-speech' }, '三'], delayMs: null });
    const a = fake.start({ lang: 'zh-CN' });
    expect(fake.listening).toBe(true);
    a.stop();
    await expect(a.result).resolves.toBe('一');
    const b = fake.start({ lang: 'en-US' });
    fake.finish();
    expect(await codeOf(b.result)).toBe('no-speech');
    const c = fake.start({ lang: 'zh-CN' });
    c.abort();
    expect(await codeOf(c.result)).toBe('aborted');
    expect(fake.starts).toEqual(['zh-CN', 'en-US', 'zh-CN']);
    expect(fake.log).toEqual(['stop', 'abort']);
    expect(fake.listening).toBe(false);
  });

  it('answers by itself after delayMs', async () => {
    const fake = createFakeRecognition({ answers: ['好'], delayMs: 5 });
    await expect(fake.start({ lang: 'zh-CN' }).result).resolves.toBe('好');
  });
});
