import { parseAmount } from '../money/parseAmount';
import { toHalfWidth } from '../text/normalizeWidth';
import { DIGIT_VALUES, parseChineseInteger, parseSpokenNumber } from './numerals';

/** Words that make an amount approximate or a range: never guess, ask again. */
const VAGUE = /多|几|大概|大约|左右|差不多|上下|到|至|或者|还是|~|～|负/;
const LEAD_IN = /^(?:我要)?(?:转账|转|付款|付|交|缴|金额|一共|总共|合计)?(?:是|为)?[:：,，]?/;

/** One digit, Chinese or Arabic: 五 → 5, 5 → 5. */
function oneDigit(ch: string | undefined): number | null {
  if (ch === undefined || ch.length !== 1) return null;
  if (/\d/.test(ch)) return Number(ch);
  return ch in DIGIT_VALUES ? DIGIT_VALUES[ch]! : null;
}

/** The 元 part: Arabic forms through parseAmount (1.2万, 5千, 12), Chinese numerals (一万二千五百, 一点五万). In 分. */
function yuanToFen(text: string): number | null {
  if (text === '') return null;
  if (/\d/.test(text)) return parseAmount(text);
  const big = /^(.+点.+)(万|亿)$/.exec(text); // 一点五万
  const n = big ? (parseSpokenNumber(big[1]!) ?? Number.NaN) * (big[2] === '万' ? 10_000 : 100_000_000) : (parseSpokenNumber(text) ?? parseChineseInteger(text));
  if (n === null || !Number.isFinite(n)) return null;
  const fen = Math.round(n * 100);
  return Math.abs(fen - n * 100) < 1e-6 ? fen : null; // finer than a 分
}

/** What follows 块/元: "" | 五 (=五毛) | 五毛 | 五角 | 五毛二 | 五角二分 | 零五分. In 分, or null. */
function restToFen(rest: string): number | null {
  const r = rest.replace(/钱$/, '');
  if (r === '') return 0;
  let m = /^(.)(?:毛|角)(?:(.)分?)?$/.exec(r);
  if (m) {
    const jiao = oneDigit(m[1]);
    const fen = m[2] === undefined ? 0 : oneDigit(m[2]);
    return jiao === null || fen === null ? null : jiao * 10 + fen;
  }
  m = /^零?(.)分$/.exec(r);
  if (m) return oneDigit(m[1]);
  const single = oneDigit(r); // 三块五: the digit after 块 is 毛
  return single === null ? null : single * 10;
}

/**
 * Money as it is said: "一万二千五百元", "两千块五毛", "三块五", "1.2万", "12块5", "五毛", "人民币一千元整",
 * "120 yuan" → integer 分. null when it is not an amount, or is approximate or a range ("一千多", "两三百",
 * "大概五百", "五百到六百"), negative, or finer than one 分 — the field then asks again.
 */
export function parseSpokenAmount(text: string): number | null {
  if (typeof text !== 'string') return null;
  let t = toHalfWidth(text).trim().replace(/[。!！?？]+$/, '').replace(/\s+/g, '');
  t = t.replace(LEAD_IN, '').replace(/^(?:人民币|RMB|CNY|¥|￥)/i, '').replace(/(?:yuan|rmb|cny)$/i, '').replace(/整$/, '');
  if (t === '' || VAGUE.test(t)) return null;
  const typed = parseAmount(t); // everything people type: 1,234.50, 1.2万, 100元, 12块
  if (typed !== null) return typed >= 0 ? typed : null;

  const marker = /元|块|圆/.exec(t);
  let fen: number | null;
  if (!marker) {
    fen = /[毛角分]$/.test(t) ? restToFen(t) : yuanToFen(t);
  } else {
    const yuan = yuanToFen(t.slice(0, marker.index));
    const rest = restToFen(t.slice(marker.index + marker[0].length));
    fen = yuan === null || rest === null ? null : yuan + rest;
  }
  if (fen === null || !Number.isSafeInteger(fen) || fen < 0) return null;
  return fen;
}
