import { parseAmount } from '../money/parseAmount';
import { speakFen } from '../money/format';
import { digitsToChinese, numberToChinese } from '../numbers/chineseNumber';
import { parsePhone } from '../phone/parsePhone';
import { CODE_CONTEXT, HOTLINE_IN_TEXT, KNOWN_SERVICE_NUMBERS, MEASURE, MOBILE_IN_TEXT, PHONE_CONTEXT, isValidDate, replaceEach } from './shared';

/** A pause inside a number read digit by digit (138，0013，8000). */
const PAUSE = '，';
const MEASURE_AHEAD = new RegExp(`^\\s*${MEASURE}`);

const yao = (d: string) => digitsToChinese(d, { yao: true });
const plain = (d: string) => digitsToChinese(d);
/** A date or clock number: 十月, 二十九日, 十四点 — never 两 except for the hour 2 (两点). */
const cardinal = (n: number | string) => numberToChinese(n);

/** Mobile 3-4-4, landline area + 4-4 (or 3-4), 幺 for 1, a pause between groups. */
export function speakPhoneZh(raw: string): string | null {
  const p = parsePhone(raw);
  if (p.kind === 'invalid') return null;
  const groups = (p.extension ? p.display.replace(/\s*转\s*\d+$/, '') : p.display).split(' ');
  const main = groups.map(yao).join(PAUSE);
  return p.extension ? `${main}${PAUSE}转${yao(p.extension)}` : main;
}

/** Digits in groups of four with pauses (card and account numbers). */
function groupsOf4(d: string): string {
  return (d.match(/\d{1,4}/g) ?? []).map(plain).join(PAUSE);
}

export function speakDateZh(year: string | undefined, month: string | undefined, day: string | undefined, dayWord = '日'): string {
  let out = '';
  if (year) out += `${digitsToChinese(year, { circleZero: true })}年`;
  if (month) out += `${cardinal(Number(month))}月`;
  if (day) out += `${cardinal(Number(day))}${dayWord}`;
  return out;
}

/** 24-hour style, one style everywhere: 14:30 → 十四点三十分, 09:05 → 九点零五分, 14:00 → 十四点整, 2:00 → 两点整. */
export function speakTimeZh(h: number, m: number, s?: number): string {
  const hour = `${numberToChinese(h, { liang: true })}点`;
  const minute = m === 0 ? (s ? '零分' : '整') : `${m < 10 ? '零' : ''}${cardinal(m)}分`;
  const second = s ? `${cardinal(s)}秒` : '';
  return hour + minute + second;
}

/** A quantity: 两 where Mandarin says it (两个, 两千), 二 for a bare 2 (二 is also the ordinal). */
function quantity(num: string, before: string, after: string): string {
  const intPart = num.replace(/^-/, '').split('.')[0] ?? '';
  const hasFraction = num.includes('.');
  const measure = MEASURE_AHEAD.test(after);
  const ordinal = /第\s*$/.test(before) || /^\s*(?:月|号|日|楼|层|路|号线|栋|单元|室|级|期|年级)/.test(after);
  const liang = !hasFraction && (intPart !== '2' || (measure && !ordinal));
  return numberToChinese(num, { liang });
}

const DATE_SEP = /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(日|号)?(?![\d.])/g;
const DATE_CN = /(?<!\d)(\d{4})年(?:(\d{1,2})月(?:(\d{1,2})([日号]))?)?/g;
const MONTH_DAY = /(?<![\d.])(\d{1,2})月(\d{1,2})([日号])/g;
const TIME = /(?<![\d:.])([01]?\d|2[0-4]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g;
const LANDLINE = /(?<![\d.])(?:\(0\d{2,3}\)\s*|0\d{2,3}[\s-]?)\d{3,4}[\s-]?\d{4}(?:\s*(?:转|分机|ext\.?)\s*\d{1,6}|-\d{1,4}(?![\d-]))?(?![\d.])/g;
const MASKED = /(?<![\d*])(?:\d{1,6}[\s-]?)?(?:[*•●]{2,}[\s-]?){1,4}(\d{3,4})(?![\d*])/g;
const ID_CARD = /(?<![\d])([1-9]\d{5})((?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(\d{3}[\dXx])(?![\dA-Za-z])/g;
const CARD_SPACED = /(?<![\d])\d{4}(?: \d{4}){3,4}(?: \d{1,3})?(?![\d])/g;
const MONEY_SIGN = /([-]?)\s*¥\s*([-]?)\s*(\d[\d,]*(?:\.\d+)?)\s*(万|亿)?(元整|元)?/g;
const MONEY_PREFIX = /(人民币|RMB|CNY)\s*([-]?\d[\d,]*(?:\.\d+)?)\s*(万|亿)?(元整|元)?/gi;
const MONEY_YUAN = /(?<![\d.,])(-?)(\d[\d,]*(?:\.\d+)?)\s*(万|亿)?(元整|元)(?!宵)/g;
const PERCENT_RANGE = /(?<![\d.])(\d+(?:\.\d+)?)\s*%?\s*(?:~|到|至|-)\s*(\d+(?:\.\d+)?)\s*%/g;
const PERCENT = /(?<![\d.])(-?)(\d[\d,]*(?:\.\d+)?)\s*(%|‰)/g;
const TEMPERATURE = /(?<![\d.])(-?)(\d+(?:\.\d+)?)\s*(°C|℃|°|摄氏度)/g;
const VERSION = /(?<![\d.])(\d+)((?:\.\d+){2,})(?![\d.])/g;
const FRACTION = /(?<![\d/])(\d+)\/(\d+)(?![\d/])/g;
const RATIO = /(?<![\d:])(\d+)\s*:\s*(\d+)(?![\d:])/g;
const URL = /\b(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|info|io)(?:\.cn)?(?:\/[^\s，。！？；、]*)?/gi;
const EMAIL = /\b([\w.+-]+)@([a-z0-9-]+(?:\.[a-z0-9-]+)+)\b/gi;
const NUMBER = /(-?)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const UNITS: Array<[RegExp, string]> = [
  [/(\d)\s*(?:km|KM|公里)(?![A-Za-z])/g, '$1公里'],
  [/(\d)\s*(?:kg|KG|Kg)(?![A-Za-z])/g, '$1公斤'],
  [/(\d)\s*cm(?![A-Za-z])/g, '$1厘米'],
  [/(\d)\s*mm(?![A-Za-z])/g, '$1毫米'],
  [/(\d)\s*(?:m²|㎡|平米)/g, '$1平方米'],
  [/(\d)\s*(?:ml|mL|ML)(?![A-Za-z])/g, '$1毫升'],
  [/(\d)\s*m(?![A-Za-z²])/g, '$1米'],
  [/(\d)\s*g(?![A-Za-z])/g, '$1克'],
  [/(\d)\s*h(?![A-Za-z])/g, '$1小时'],
  [/(\d)\s*min(?![A-Za-z])/g, '$1分钟'],
];

function amount(sign: string, num: string, unit = ''): string | null {
  const fen = parseAmount(`${sign}${num}${unit}`);
  if (fen !== null) return speakFen(fen, 'zh-CN');
  const value = numberToChinese(num.replace(/,/g, ''));
  return value ? `${sign ? '负' : ''}${value}${unit}元` : null;
}

/** The zh-CN pipeline: the most specific patterns first, each consuming its digits, then plain numbers. */
export function normaliseZh(input: string): string {
  let text = input;

  text = replaceEach(text, EMAIL, (m) => `${m[1]!.replace(/\./g, '点')} 艾特 ${m[2]!.replace(/\./g, '点')}`);
  text = replaceEach(text, URL, (m) =>
    m[0]
      .replace(/^https?:\/\//i, '')
      .replace(/\./g, '点')
      .replace(/\//g, '斜杠')
      .replace(/\d+/g, (d) => plain(d)),
  );

  // Ranges written with a tilde: 3~5天 → 3到5天 (the numbers are read below).
  text = text.replace(/(\d|%)\s*[~～〜]\s*(?=[-¥]?\d)/g, '$1到');
  text = replaceEach(text, PERCENT_RANGE, (m) => `百分之${numberToChinese(m[1]!)}到百分之${numberToChinese(m[2]!)}`);

  text = replaceEach(text, MASKED, (m) => `尾号${plain(m[1]!)}`);
  text = replaceEach(text, ID_CARD, (m) => [plain(m[1]!), plain(m[2]!), plain(m[3]!.toUpperCase())].join(PAUSE));
  text = replaceEach(text, CARD_SPACED, (m) => m[0].split(' ').map(plain).join(PAUSE));

  text = replaceEach(text, DATE_SEP, (m) => {
    const month = Number(m[3]);
    const day = Number(m[4]);
    // Not a real date (2025-13-45): read the groups as written rather than as a range.
    if (!isValidDate(month, day)) return [m[1]!, m[3]!, m[4]!].map(plain).join(PAUSE) + (m[5] ?? '');
    return speakDateZh(m[1], m[3], m[4], m[5] ?? '日');
  });
  text = replaceEach(text, DATE_CN, (m, input) => {
    const after = input.slice(m.index + m[0].length);
    // 2025年 is a year (二〇二五年); a duration like 1000年历史 reads as a number, so only 1000–2999.
    if (!/^[12]\d{3}$/.test(m[1]!) || (!m[2] && /^\s*(?:以来|之久|的历史)/.test(after))) return null;
    if (m[2] && !isValidDate(Number(m[2]), m[3] ? Number(m[3]) : undefined)) return null;
    return speakDateZh(m[1], m[2], m[3], m[4] ?? '日');
  });
  text = replaceEach(text, MONTH_DAY, (m) => (isValidDate(Number(m[1]), Number(m[2])) ? speakDateZh(undefined, m[1], m[2], m[3]) : null));
  text = replaceEach(text, TIME, (m) => {
    const h = Number(m[1]);
    const min = Number(m[2]);
    if (h === 24 && min > 0) return null;
    return speakTimeZh(h, min, m[3] ? Number(m[3]) : undefined);
  });

  text = replaceEach(text, HOTLINE_IN_TEXT, (m) => [m[1]!, m[2]!, m[3]!].map(yao).join(PAUSE));
  text = replaceEach(text, MOBILE_IN_TEXT, (m) => speakPhoneZh(m[0]));
  text = replaceEach(text, LANDLINE, (m) => speakPhoneZh(m[0]));

  text = replaceEach(text, MONEY_SIGN, (m) => {
    const sign = m[1] || m[2] ? '-' : '';
    const spoken = amount(sign, m[3]!, m[4] ?? '');
    return spoken === null ? null : spoken + (m[5] === '元整' ? '整' : '');
  });
  text = replaceEach(text, MONEY_PREFIX, (m) => {
    const spoken = amount(m[2]!.startsWith('-') ? '-' : '', m[2]!.replace(/^-/, ''), m[3] ?? '');
    return spoken === null ? null : `人民币${spoken}${m[4] === '元整' ? '整' : ''}`;
  });
  text = replaceEach(text, MONEY_YUAN, (m, input) => {
    if (m[1] && /[\w)]/.test(input[m.index - 1] ?? '')) return null; // 3-5元 is a range, not minus five
    const spoken = amount(m[1]!, m[2]!, m[3] ?? '');
    return spoken === null ? null : spoken + (m[4] === '元整' ? '整' : '');
  });

  // 100元/月 → 一百元每月: a slash after an amount or number before a unit means "per".
  text = text.replace(/(?<=[\d元角分块])\s*\/\s*(?=(?:月|年|天|日|次|人|小时|件|个|份|公斤|斤|克|吨|米|平方米|位|晚|周|餐|份))/g, '每');
  text = replaceEach(text, PERCENT, (m, input) => {
    const neg = m[1] && !/[\w)]/.test(input[m.index - 1] ?? '') ? '负' : '';
    const lead = m[1] && !neg ? '-' : '';
    return `${lead}${neg}${m[3] === '‰' ? '千分之' : '百分之'}${numberToChinese(m[2]!.replace(/,/g, ''))}`;
  });
  text = replaceEach(text, TEMPERATURE, (m, input) => {
    const below = m[1] && !/[\w)]/.test(input[m.index - 1] ?? '');
    const unit = m[3] === '°' ? '度' : '摄氏度';
    return `${m[1] && !below ? '-' : ''}${below ? '零下' : ''}${numberToChinese(m[2]!)}${unit}`;
  });
  text = replaceEach(text, VERSION, (m) => [m[1]!, ...m[2]!.slice(1).split('.')].map(plain).join('点'));
  text = replaceEach(text, FRACTION, (m) => (Number(m[2]) === 0 ? null : `${numberToChinese(m[2]!)}分之${numberToChinese(m[1]!)}`));
  text = replaceEach(text, RATIO, (m) => `${numberToChinese(m[1]!)}比${numberToChinese(m[2]!)}`);
  for (const [re, rep] of UNITS) text = text.replace(re, rep);

  text = replaceEach(text, NUMBER, (m, input) => {
    const before = input.slice(0, m.index);
    const after = input.slice(m.index + m[0].length);
    const prev = before.slice(-1);
    let sign = m[1]!;
    let lead = '';
    if (!sign && /[\d.]/.test(prev)) return null;
    if (sign && /[\w)]/.test(prev)) {
      lead = '-'; // a hyphen between two numbers (3-5天) is not a minus; the range pass below reads it as 到
      sign = '';
    }
    const whole = m[2]!;
    const frac = m[3] ?? '';
    const bare = whole.replace(/,/g, '');
    const measured = MEASURE_AHEAD.test(after);
    if (!frac && !sign && !whole.includes(',')) {
      if (CODE_CONTEXT.test(before)) return lead + plain(bare);
      const service = KNOWN_SERVICE_NUMBERS.has(bare) || (/^9[56]\d{3}$/.test(bare) && !measured) || (bare.length >= 3 && bare.length <= 5 && PHONE_CONTEXT.test(before));
      if (service && !measured) return lead + yao(bare);
      if (/^0\d/.test(bare)) return lead + plain(bare); // 007, 0518: a code, not a quantity
      if (bare.length >= 8 && !measured) return lead + groupsOf4(bare);
    }
    const spoken = quantity(`${sign}${bare}${frac}`, before, after);
    return spoken ? lead + spoken : null;
  });

  // A dash between two spoken numbers is a range: 三-五天 → 三到五天, 九点整-十七点整 → 九点整到十七点整.
  text = text.replace(/([零〇一二两三四五六七八九十百千万亿整分秒日号])\s*[-–—]\s*(?=[零〇一二两三四五六七八九十]|百分之)/g, '$1到');
  // Key chords and sums: Ctrl+Alt+A → Ctrl加Alt加A; 3+5 → 三加五.
  text = text.replace(/([\w零〇一二两三四五六七八九十])\s*\+\s*(?=[\w零〇一二两三四五六七八九十])/g, '$1加');
  text = text.replace(/\s*=\s*/g, '等于').replace(/\s*&\s*/g, '和').replace(/\s*×\s*/g, '乘').replace(/\s*÷\s*/g, '除以');
  return text;
}
