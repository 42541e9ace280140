import { describe, expect, it } from 'vitest';
import { fenToYuanString, formatFen, speakFen } from './format';
import { parseAmount } from './parseAmount';
import { amountToChineseUppercase } from './uppercase';

describe('parseAmount', () => {
  it.each([
    ['1,234.50', 123450],
    ['1234.5', 123450],
    ['1234', 123400],
    ['0.05', 5],
    ['.5', 50],
    ['1.5万', 1500000],
    ['3万', 3000000],
    ['1.2345万', 1234500],
    ['2亿', 20000000000],
    ['５，０００', 500000],
    ['１２３４．５６', 123456],
    ['¥1,000', 100000],
    ['￥88.8', 8880],
    ['100元', 10000],
    ['1.5万元', 1500000],
    ['人民币200', 20000],
    ['-12', -1200],
    ['-¥12', -1200],
    ['1 234', 123400],
    ['0', 0],
    ['12块', 1200],
  ])('%s → %i 分', (input, fen) => {
    expect(parseAmount(input)).toBe(fen);
  });

  it.each(['', '  ', 'abc', '1.2.3', '12,34', '1,2345', '1.234', '1.2345678万', '--5', '万', '5万万', '1e5', 'NaN', '99999999999999999'])(
    'rejects %j',
    (input) => {
      expect(parseAmount(input)).toBeNull();
    },
  );
});

describe('amountToChineseUppercase (People’s Bank rules)', () => {
  it.each([
    [1200000, '壹万贰仟元整'],
    [0, '零元整'],
    [1, '壹分'],
    [50, '伍角'],
    [100, '壹元整'],
    [1500, '壹拾伍元整'],
    [140950, '壹仟肆佰零玖元伍角'],
    [168032, '壹仟陆佰捌拾元叁角贰分'],
    [10700053, '壹拾万柒仟元伍角叁分'],
    [1640902, '壹万陆仟肆佰零玖元零贰分'],
    [32504, '叁佰贰拾伍元零肆分'],
    [10000500, '壹拾万零伍元整'],
    [100000000, '壹佰万元整'],
    [10000000000, '壹亿元整'],
    [10000010000, '壹亿零壹佰元整'],
    [1000000000000, '壹佰亿元整'],
    [123456789, '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'],
    [1001, '壹拾元零壹分'],
    [100100, '壹仟零壹元整'],
  ])('%i 分 → %s', (fen, text) => {
    expect(amountToChineseUppercase(fen)).toBe(text);
  });

  it('handles bad input without throwing', () => {
    expect(amountToChineseUppercase(1.5)).toBe('');
    expect(amountToChineseUppercase(Number.NaN)).toBe('');
    expect(amountToChineseUppercase(-100)).toBe('负壹元整');
  });
});

describe('money display and speech', () => {
  it('formats 分 for display', () => {
    expect(formatFen(123450)).toBe('¥1,234.50');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(-1200)).toBe('-¥12.00');
    expect(formatFen(1200, { showFen: 'auto' })).toBe('¥12');
    expect(formatFen(1250, { showFen: 'auto' })).toBe('¥12.50');
    expect(fenToYuanString(123450)).toBe('1234.5');
    expect(fenToYuanString(5)).toBe('0.05');
  });

  it.each([
    [123450, '一千二百三十四元五角'],
    [5000000, '五万元'],
    [10530, '一百零五元三角'],
    [200, '两元'],
    [5, '五分'],
    [1002, '十元零两分'],
    [0, '零元'],
    [-1200, '负十二元'],
    [200000, '两千元'],
  ])('speaks %i 分 as %s', (fen, text) => {
    expect(speakFen(fen)).toBe(text);
  });

  it('speaks English', () => {
    expect(speakFen(123450, 'en-US')).toBe('one thousand two hundred thirty-four yuan and fifty fen');
    expect(speakFen(5, 'en-US')).toBe('five fen');
  });
});
