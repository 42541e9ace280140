/**
 * Chinese numerals as speech recognisers write them: 一万二千五百, 两千, 十二, 三百零五, 一万五 (=15000),
 * and digit strings read one by one (幺三八, 五零一). Writing numbers the other way is numbers/chineseNumber.ts.
 */
import { toHalfWidth } from '../text/normalizeWidth';

export const DIGIT_VALUES: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 洞: 0, 一: 1, 幺: 1, 壹: 1, 二: 2, 两: 2, 贰: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 拐: 7, 八: 8, 捌: 8, 九: 9, 玖: 9, 勾: 9,
};
const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNITS: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000 };

/** Characters that can make up a Chinese numeral (digits and units). */
export const NUMERAL_CHARS = `${Object.keys(DIGIT_VALUES).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}`;

/** 幺三八 / 1 3 8 / 一三八 → "138": every character a digit (spaces allowed). null when anything else is there. */
export function spokenDigits(text: string): string | null {
  const t = toHalfWidth(text).replace(/[\s,，、.-]/g, '');
  if (t === '') return null;
  let out = '';
  for (const ch of t) {
    if (/\d/.test(ch)) out += ch;
    else if (ch in DIGIT_VALUES) out += String(DIGIT_VALUES[ch]);
    else return null;
  }
  return out;
}

/**
 * A whole Chinese numeral → its value: 一万二千五百 → 12500, 十二 → 12, 三百零五 → 305, 两千 → 2000,
 * 一万五 → 15000 and 三千二 → 3200 (a last digit after a unit means the next unit down, as people say it).
 * Digits read one by one (一二三) are not a numeral here: null. Ranges (二三百) and anything odd: null.
 */
export function parseChineseInteger(text: string): number | null {
  const t = text.replace(/\s/g, '');
  if (t === '' || !/^[\p{Script=Han}]+$/u.test(t)) return null;
  let total = 0; // completed 万/亿 groups
  let section = 0; // the current group below 万
  let digit: number | null = null;
  let lastUnit = 0; // the last small unit used in this section (to read 一万五 / 三千二)
  let lastBig = 0;
  let prevWasZero = false;
  for (const ch of t) {
    if (ch in DIGIT_VALUES) {
      if (digit !== null && !prevWasZero) return null; // two digits in a row: a range (二三百) or digits read out
      digit = DIGIT_VALUES[ch]!;
      prevWasZero = digit === 0;
      if (prevWasZero) digit = null;
      continue;
    }
    const afterZero = prevWasZero;
    prevWasZero = false;
    if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch]!;
      if (lastUnit && unit >= lastUnit) return null; // 三百二百
      // 十二 = 12 and 一千零十 = 1010 (a bare 十 is one ten); a bare 百 or 千 is odd.
      section += (digit ?? (unit === 10 && (section === 0 || afterZero) ? 1 : Number.NaN)) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastUnit = unit;
      continue;
    }
    if (ch in BIG_UNITS) {
      const big = BIG_UNITS[ch]!;
      if (lastBig && big >= lastBig) return null;
      const group = section + (digit ?? 0);
      if (group === 0 && total === 0) return null;
      total = lastBig ? total + group * big : (total + group) * big;
      section = 0;
      digit = null;
      lastUnit = 0;
      lastBig = big;
      continue;
    }
    return null;
  }
  if (digit !== null) {
    // A trailing digit right after a unit (no 零 between): 一万五 → 5000, 三千二 → 200, 两百五 → 50.
    const zeroBefore = /[零〇]$/.test(t.slice(0, -1));
    if (!zeroBefore && lastUnit >= 100) section += digit * (lastUnit / 10);
    else if (!zeroBefore && lastUnit === 0 && lastBig) section += digit * (lastBig / 10);
    else section += digit;
  }
  return total + section;
}

/** A number as spoken or typed: Arabic (12, 1.5) or a Chinese numeral (十二). */
export function parseSpokenNumber(text: string): number | null {
  const t = toHalfWidth(text).trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  const dot = /^(.+?)点(.+)$/.exec(t); // 一点五
  if (dot) {
    const whole = parseChineseInteger(dot[1]!) ?? (dot[1] === '零' ? 0 : null);
    const frac = spokenDigits(dot[2]!);
    return whole === null || frac === null ? null : Number(`${whole}.${frac}`);
  }
  return parseChineseInteger(t);
}
