import { describe, expect, it } from 'vitest';
import { digitsToChinese, numberToChinese } from './chineseNumber';
import { numberToEnglish } from './englishNumber';

describe('numberToChinese', () => {
  it.each([
    [0, '零'],
    [7, '七'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [115, '一百一十五'],
    [1234, '一千二百三十四'],
    [1005, '一千零五'],
    [100005, '十万零五'],
    [100000, '十万'],
    [2025, '二千零二十五'],
    [10000000, '一千万'],
    [100000000, '一亿'],
    [3.14, '三点一四'],
    ['0.50', '零点五零'],
    [-2, '负二'],
  ])('%s → %s', (n, text) => {
    expect(numberToChinese(n)).toBe(text);
  });

  it('uses 两 where Mandarin does when asked', () => {
    expect(numberToChinese(2, { liang: true })).toBe('两');
    expect(numberToChinese(2000, { liang: true })).toBe('两千');
    expect(numberToChinese(22, { liang: true })).toBe('二十二');
  });

  it('returns empty for non-numbers', () => {
    expect(numberToChinese('abc')).toBe('');
    expect(numberToChinese(Number.POSITIVE_INFINITY)).toBe('');
  });

  it('reads digits one by one', () => {
    expect(digitsToChinese('2025')).toBe('二零二五');
    expect(digitsToChinese('2025', { circleZero: true })).toBe('二〇二五');
    expect(digitsToChinese('110', { yao: true })).toBe('幺幺零');
  });
});

describe('numberToEnglish', () => {
  it.each([
    [0, 'zero'],
    [13, 'thirteen'],
    [42, 'forty-two'],
    [100, 'one hundred'],
    [1234, 'one thousand two hundred thirty-four'],
    [1000001, 'one million one'],
  ])('%i → %s', (n, text) => {
    expect(numberToEnglish(n)).toBe(text);
  });
});
