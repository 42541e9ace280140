import { describe, expect, it } from 'vitest';
import { voice } from './fakes';
import { createVoiceMemory, langScore, normaliseLang, pickVoice, rankVoices } from './voices';

describe('normaliseLang', () => {
  it.each([
    ['zh-CN', 'zh-CN'],
    ['zh_CN', 'zh-CN'],
    ['cmn-CN', 'zh-CN'],
    ['cmn-Hans-CN', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hant', 'zh-TW'],
    ['en_us', 'en-US'],
    ['EN', 'en'],
    ['', ''],
  ])('%s → %s', (tag, out) => expect(normaliseLang(tag)).toBe(out));
});

describe('voice matching', () => {
  const voices = [
    voice('Samantha', 'en-US', { default: true }),
    voice('Google 普通话（中国大陆）', 'zh-CN', { localService: false }),
    voice('Tingting', 'zh-CN', { localService: true }),
    voice('Sin-ji', 'zh-HK'),
    voice('Meijia', 'zh-TW'),
    voice('Android cmn', 'cmn_CN', { localService: true }),
  ];

  it('never matches Chinese to an English or Cantonese voice', () => {
    expect(langScore('en-US', 'zh-CN')).toBe(0);
    expect(langScore('zh-HK', 'zh-CN')).toBe(0);
    expect(pickVoice([voice('Samantha', 'en-US'), voice('Sin-ji', 'zh-HK')], 'zh-CN')).toBeNull();
  });

  it('prefers the exact region and local voices', () => {
    const ranked = rankVoices(voices, 'zh-CN').map((v) => v.name);
    expect(ranked.slice(0, 2)).toEqual(['Tingting', 'Android cmn']);
    expect(ranked).toContain('Google 普通话（中国大陆）');
    expect(ranked[ranked.length - 1]).toBe('Meijia');
    expect(ranked).not.toContain('Sin-ji');
  });

  it('keeps the user’s choice when it fits the language, ignores it otherwise', () => {
    expect(pickVoice(voices, 'zh-CN', 'Google 普通话（中国大陆）')?.name).toBe('Google 普通话（中国大陆）');
    expect(pickVoice(voices, 'zh-CN', 'Samantha')?.name).toBe('Tingting');
  });

  it('remembers a voice per language, in storage when given and in memory when storage fails', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
    const memory = createVoiceMemory(storage);
    memory.set('zh_CN', 'Tingting');
    memory.set('en-US', 'Samantha');
    expect(createVoiceMemory(storage).get('cmn-CN')).toBe('Tingting');
    expect(createVoiceMemory(storage).get('en-US')).toBe('Samantha');
    const broken = { getItem: () => { throw new Error('blocked'); }, setItem: () => { throw new Error('blocked'); }, removeItem: () => {} };
    const fallback = createVoiceMemory(broken);
    fallback.set('zh-CN', 'Tingting');
    expect(fallback.get('zh-CN')).toBe('Tingting');
  });
});
