import { writeInteger } from '../money/uppercase';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

export interface ChineseNumberOptions {
  /**
   * Say 两 instead of 二 where Mandarin does: alone before a measure word (两元) and as the leading
   * digit of 千/万/亿 (两千, 两万). Default false (二), which is right for counting and ordinals.
   */
  liang?: boolean;
}

/**
 * Reads a number the ordinary way (小写, for speech): 1234 → 一千二百三十四, 15 → 十五,
 * 100005 → 十万零五, 3.14 → 三点一四, -2 → 负二. Accepts a numeric string to keep exact decimals.
 * Returns '' for anything that is not a finite number.
 */
export function numberToChinese(value: number | string, options: ChineseNumberOptions = {}): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? numberToPlainString(value) : '') : String(value).trim();
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!m) return '';
  const [, minus, intDigits = '0', frac] = m;
  const whole = Number(intDigits);
  let out: string;
  if (!Number.isSafeInteger(whole)) out = digitsToChinese(intDigits);
  else {
    out = writeInteger(whole, DIGITS, UNITS, GROUP_UNITS);
    // 一十五 → 十五 at the very start (10–19, 100000 = 十万), as people say it.
    out = out.replace(/^一十/, '十');
    if (options.liang) {
      if (whole === 2) out = '两';
      else out = out.replace(/^二(?=千|万|亿)/, '两');
    }
  }
  if (frac) out += `点${digitsToChinese(frac)}`;
  return `${minus ? '负' : ''}${out}`;
}

export interface DigitsOptions {
  /** Read 1 as 幺 (yāo), as phone numbers are read aloud, so 1 and 7 are not confused. */
  yao?: boolean;
  /** Read 0 as 〇 rather than 零 (years: 二〇二五). */
  circleZero?: boolean;
}

/** Reads digit by digit: '2025' → 二零二五, with yao: '110' → 幺幺零. Non-digits are kept. */
export function digitsToChinese(digits: string, options: DigitsOptions = {}): string {
  return String(digits).replace(/\d/g, (d) => {
    if (d === '1' && options.yao) return '幺';
    if (d === '0' && options.circleZero) return '〇';
    return DIGITS[Number(d)]!;
  });
}

/** Avoids exponent notation (1e21) and float noise (0.1 + 0.2) in the string form. */
function numberToPlainString(n: number): string {
  if (Number.isInteger(n)) return BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}
