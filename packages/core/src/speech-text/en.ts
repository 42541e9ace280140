import { parseAmount } from '../money/parseAmount';
import { speakFen } from '../money/format';
import { numberToEnglish } from '../numbers/englishNumber';
import { parsePhone } from '../phone/parsePhone';
import { CODE_CONTEXT, HOTLINE_IN_TEXT, KNOWN_SERVICE_NUMBERS, MOBILE_IN_TEXT, PHONE_CONTEXT, isValidDate, replaceEach } from './shared';

const DIGIT_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const ORDINAL_ENDINGS: Record<string, string> = {
  one: 'first', two: 'second', three: 'third', five: 'fifth', eight: 'eighth', nine: 'ninth', twelve: 'twelfth',
};

/** '2025' → 'two zero two five'. Letters (an ID's X) are kept. */
export function digitsToEnglish(digits: string): string {
  return [...digits].map((d) => (/\d/.test(d) ? DIGIT_WORDS[Number(d)] : d)).join(' ');
}

/** 1 → first, 21 → twenty-first, 29 → twenty-ninth. */
export function ordinalToEnglish(n: number): string {
  const words = numberToEnglish(n);
  return words.replace(/(\w+)$/, (w) => ORDINAL_ENDINGS[w] ?? (w.endsWith('y') ? `${w.slice(0, -1)}ieth` : `${w}th`));
}

/** 2025 → twenty twenty-five, 2000 → two thousand, 2005 → two thousand five, 1995 → nineteen ninety-five. */
export function yearToEnglish(year: number): string {
  if (year >= 2000 && year < 2010) return numberToEnglish(year);
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (year < 1000 || lo === 0) return numberToEnglish(year);
  return `${numberToEnglish(hi)} ${lo < 10 ? `oh ${numberToEnglish(lo)}` : numberToEnglish(lo)}`;
}

function decimalToEnglish(num: string): string {
  const negative = num.startsWith('-');
  const [int = '0', frac] = num.replace(/^-/, '').replace(/,/g, '').split('.');
  const whole = Number(int);
  const head = Number.isSafeInteger(whole) ? numberToEnglish(whole) : digitsToEnglish(int);
  return `${negative ? 'minus ' : ''}${head}${frac ? ` point ${digitsToEnglish(frac)}` : ''}`;
}

/** 14:30 → two thirty p.m., 09:05 → nine oh five a.m., 14:00 → two o'clock p.m., 00:00 → twelve a.m. (12-hour, one style). */
export function speakTimeEn(h: number, m: number): string {
  if (m === 0 && h === 12) return 'twelve noon';
  if (m === 0 && h % 24 === 0) return 'twelve midnight';
  const suffix = h % 24 < 12 ? 'a.m.' : 'p.m.';
  const h12 = h % 12 === 0 ? 12 : h % 12;
  const minute = m === 0 ? " o'clock" : m < 10 ? ` oh ${numberToEnglish(m)}` : ` ${numberToEnglish(m)}`;
  return `${numberToEnglish(h12)}${minute} ${suffix}`;
}

function phoneEn(raw: string): string | null {
  const p = parsePhone(raw);
  if (p.kind === 'invalid') return null;
  const main = (p.extension ? p.display.replace(/\s*转\s*\d+$/, '') : p.display).split(' ').map(digitsToEnglish).join(', ');
  return p.extension ? `${main}, extension ${digitsToEnglish(p.extension)}` : main;
}

function moneyEn(sign: string, num: string, unit = ''): string | null {
  const fen = parseAmount(`${sign}${num}${unit}`);
  return fen === null ? null : speakFen(fen, 'en-US');
}

/** The en-US pipeline: same order as zh-CN, English words. Chinese characters pass through. */
export function normaliseEn(input: string): string {
  let text = input;
  text = replaceEach(text, /\b([\w.+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b/gi, (m) => `${m[1]!.replace(/\./g, ' dot ')} at ${m[2]!.replace(/\./g, ' dot ')}`);
  text = text.replace(/(\d)\s*[~～〜]\s*(?=[-¥$]?\d)/g, '$1 to ');
  text = replaceEach(text, /(?<![\d*])(?:\d{1,6}[\s-]?)?(?:[*•●]{2,}[\s-]?){1,4}(\d{3,4})(?![\d*])/g, (m) => `ending in ${digitsToEnglish(m[1]!)}`);
  text = replaceEach(text, /(?<!\d)([1-9]\d{5})((?:18|19|20)\d{6})(\d{3}[\dXx])(?![\dA-Za-z])/g, (m) =>
    [m[1]!, m[2]!, m[3]!.toUpperCase()].map(digitsToEnglish).join(', '),
  );
  text = replaceEach(text, /(?<!\d)\d{4}(?: \d{4}){3,4}(?: \d{1,3})?(?!\d)/g, (m) => m[0].split(' ').map(digitsToEnglish).join(', '));
  text = replaceEach(text, /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d.])/g, (m) => {
    const month = Number(m[3]);
    const day = Number(m[4]);
    if (!isValidDate(month, day)) return null;
    return `${MONTHS[month - 1]} ${ordinalToEnglish(day)}, ${yearToEnglish(Number(m[1]))}`;
  });
  text = replaceEach(text, /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})[日号]/g, (m) =>
    isValidDate(Number(m[2]), Number(m[3])) ? `${MONTHS[Number(m[2]) - 1]} ${ordinalToEnglish(Number(m[3]))}, ${yearToEnglish(Number(m[1]))}` : null,
  );
  text = replaceEach(text, /(?<![\d:.])([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?(?![\d:])/g, (m) => speakTimeEn(Number(m[1]), Number(m[2])));
  text = text.replace(/([ap]\.m\.)\s*[-–—~～]\s*/g, '$1 to ');
  text = replaceEach(text, HOTLINE_IN_TEXT, (m) => [m[1]!, m[2]!, m[3]!].map(digitsToEnglish).join(', '));
  text = replaceEach(text, MOBILE_IN_TEXT, (m) => phoneEn(m[0]));
  text = replaceEach(text, /(?<![\d.])(?:\(0\d{2,3}\)\s*|0\d{2,3}[\s-]?)\d{3,4}[\s-]?\d{4}(?:\s*(?:转|ext\.?)\s*\d{1,6})?(?![\d.])/g, (m) => phoneEn(m[0]));
  text = replaceEach(text, /([-]?)\s*¥\s*([-]?)\s*(\d[\d,]*(?:\.\d+)?)\s*(万|亿)?(?:元)?/g, (m) => moneyEn(m[1] || m[2] ? '-' : '', m[3]!, m[4] ?? ''));
  text = replaceEach(text, /(?<![\d.,])(-?)(\d[\d,]*(?:\.\d+)?)\s*(万|亿)?(?:元|\s?(?:yuan|RMB|CNY)\b)/g, (m) => moneyEn(m[1]!, m[2]!, m[3] ?? ''));
  text = replaceEach(text, /(-?)\$\s*(\d[\d,]*)(?:\.(\d{2}))?/g, (m) => {
    const dollars = Number(m[2]!.replace(/,/g, ''));
    const cents = m[3] ? Number(m[3]) : 0;
    const parts = [`${numberToEnglish(dollars)} dollar${dollars === 1 ? '' : 's'}`];
    if (cents) parts.push(`${numberToEnglish(cents)} cent${cents === 1 ? '' : 's'}`);
    return `${m[1] ? 'minus ' : ''}${parts.join(' and ')}`;
  });
  text = replaceEach(text, /(?<![\d.])(-?)(\d[\d,]*(?:\.\d+)?)\s*%/g, (m) => `${decimalToEnglish(m[1]! + m[2]!)} percent`);
  text = replaceEach(text, /(?<![\d.])(-?)(\d+(?:\.\d+)?)\s*(°C|℃)/g, (m) => `${decimalToEnglish(m[1]! + m[2]!)} degrees Celsius`);
  text = replaceEach(text, /(?<![\d/])(\d+)\/(\d+)(?![\d/])/g, (m) => `${numberToEnglish(Number(m[1]))} over ${numberToEnglish(Number(m[2]))}`);
  text = replaceEach(text, /(?<![\d.])(\d+)(st|nd|rd|th)\b/g, (m) => ordinalToEnglish(Number(m[1])));
  text = replaceEach(text, /(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g, (m, input) => {
    const before = input.slice(0, m.index);
    const prev = before.slice(-1);
    let sign = m[1]!;
    let lead = '';
    if (!sign && /[\d.]/.test(prev)) return null;
    if (sign && /[\w)]/.test(prev)) {
      lead = ' to ';
      sign = '';
    }
    const bare = m[2]!.replace(/,/g, '');
    if (!m[3] && !m[2]!.includes(',')) {
      if (CODE_CONTEXT.test(before) || /(?:code|number|no\.?|#)\s*:?\s*$/i.test(before)) return lead + digitsToEnglish(bare);
      if (KNOWN_SERVICE_NUMBERS.has(bare) || (bare.length >= 3 && bare.length <= 5 && PHONE_CONTEXT.test(before))) return lead + digitsToEnglish(bare);
      if (/^0\d/.test(bare) || bare.length >= 8) return lead + digitsToEnglish(bare);
    }
    return lead + decimalToEnglish(`${sign}${bare}${m[3] ?? ''}`);
  });
  return text.replace(/\s+to\s+/g, ' to ').replace(/(\w)\s*\+\s*(?=\w)/g, '$1 plus ');
}
