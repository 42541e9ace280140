import { describe, expect, it } from 'vitest';
import { defaultMaxLength, splitSentences } from './chunk';
import { clampRate, RATE_DEFAULT } from './rate';

describe('splitSentences', () => {
  it('splits on 。！？；… and line breaks, keeping the punctuation', () => {
    const text = '您好。请注意！是您本人吗？如有疑问；请拨打96110……\n谢谢';
    expect(splitSentences(text).map((c) => c.text)).toEqual(['您好。', '请注意！', '是您本人吗？', '如有疑问；', '请拨打96110……', '谢谢']);
  });

  it('gives offsets that point back into the source', () => {
    const text = '  第一句。  第二句！';
    for (const c of splitSentences(text)) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('cuts a 5,000-character text without punctuation into chunks under the cap, losing nothing', () => {
    const text = '银发族朗读测试文本没有标点'.repeat(385).slice(0, 5000);
    expect(text).toHaveLength(5000);
    const chunks = splitSentences(text);
    const max = defaultMaxLength('zh-CN');
    expect(chunks.length).toBeGreaterThanOrEqual(Math.ceil(5000 / max));
    for (const c of chunks) expect(c.text.length).toBeLessThanOrEqual(max);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
  });

  it('force-splits a long sentence at commas before cutting by length', () => {
    const clause = '本人已阅读并同意上述条款';
    const text = `${clause}，${clause}，${clause}，${clause}，${clause}。`;
    const chunks = splitSentences(text, { maxLength: 30 });
    expect(chunks.every((c) => c.text.length <= 30)).toBe(true);
    expect(chunks.every((c) => /[，。]$/.test(c.text))).toBe(true);
  });

  it('does not cut inside a number or an English word when it can avoid it', () => {
    const text = `${'请'.repeat(35)}13800138000${'好'.repeat(10)}`;
    const chunks = splitSentences(text, { maxLength: 40 });
    expect(chunks.some((c) => c.text.includes('13800138000'))).toBe(true);
    const english = 'The quick brown fox jumps over the lazy dog '.repeat(10).trim();
    for (const c of splitSentences(english, { maxLength: 60 })) {
      expect(c.text.length).toBeLessThanOrEqual(60);
      expect(english).toMatch(new RegExp(`(^|\\s)${c.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`));
    }
  });

  it('splits English on full stops followed by a space, not on decimals', () => {
    expect(splitSentences('Rates rose 3.5 percent. Call us.').map((c) => c.text)).toEqual(['Rates rose 3.5 percent.', 'Call us.']);
  });

  it('drops empty and punctuation-only pieces, and never throws on odd input', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('。。。\n\n！')).toEqual([]);
    expect(splitSentences(undefined as unknown as string)).toEqual([]);
  });
});

describe('clampRate', () => {
  it.each([
    [0.1, 0.7],
    [10, 1.5],
    [0.7, 0.7],
    [1.5, 1.5],
    [1, 1],
    [Number.NaN, RATE_DEFAULT],
    ['1.2', 1.2],
    ['fast', RATE_DEFAULT],
    [undefined, RATE_DEFAULT],
  ])('%s → %s', (input, out) => expect(clampRate(input)).toBe(out));
});
