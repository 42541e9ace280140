import type { Locale } from '../messages/types';
import { numberToChinese } from '../numbers/chineseNumber';
import { numberToEnglish } from '../numbers/englishNumber';

/** Splits integer 分 into its sign, whole 元 and the two-digit 分 remainder. */
function split(fen: number): { negative: boolean; yuan: number; rest: number } {
  const abs = Math.abs(Math.trunc(fen));
  return { negative: fen < 0, yuan: Math.floor(abs / 100), rest: abs % 100 };
}

/**
 * Integer 分 → display text with the currency sign and thousands separators: `¥1,234.50`.
 * `showFen: false` drops ".00" for whole amounts (prices on cards: ¥12).
 */
export function formatFen(fen: number, options: { showFen?: boolean | 'auto'; sign?: boolean } = {}): string {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '';
  const { negative, yuan, rest } = split(fen);
  const showFen = options.showFen ?? true;
  const whole = yuan.toLocaleString('en-US');
  const decimals = showFen === false || (showFen === 'auto' && rest === 0) ? '' : `.${String(rest).padStart(2, '0')}`;
  return `${negative ? '-' : ''}${options.sign === false ? '' : '¥'}${whole}${decimals}`;
}

/** Integer 分 → a 元 number (for inputs showing "1234.5"), without float noise. */
export function fenToYuanString(fen: number): string {
  const { negative, yuan, rest } = split(fen);
  if (rest === 0) return `${negative ? '-' : ''}${yuan}`;
  return `${negative ? '-' : ''}${yuan}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

/**
 * How an amount is said aloud: 一千二百三十四元五角 (zh-CN; never digit by digit, never 大写),
 * "one thousand two hundred thirty-four yuan and fifty fen" (en-US).
 */
export function speakFen(fen: number, locale: Locale = 'zh-CN'): string {
  if (typeof fen !== 'number' || !Number.isFinite(fen)) return '';
  const { negative, yuan, rest } = split(fen);
  const jiao = Math.floor(rest / 10);
  const cents = rest % 10;
  if (locale === 'en-US') {
    const parts = [`${numberToEnglish(yuan)} yuan`];
    if (rest > 0) parts.push(`${numberToEnglish(rest)} fen`);
    return `${negative ? 'minus ' : ''}${yuan === 0 && rest > 0 ? parts[1] : parts.join(' and ')}`;
  }
  let out = '';
  if (yuan > 0 || rest === 0) out += `${numberToChinese(yuan, { liang: true })}元`;
  if (jiao > 0) out += `${numberToChinese(jiao, { liang: true })}角`;
  else if (cents > 0 && yuan > 0) out += '零';
  if (cents > 0) out += `${numberToChinese(cents, { liang: true })}分`;
  return `${negative ? '负' : ''}${out}`;
}
