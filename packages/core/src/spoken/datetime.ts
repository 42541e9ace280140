import { shanghaiParts } from '../time/shanghai';
import { toHalfWidth } from '../text/normalizeWidth';
import { parseSpokenNumber } from './numerals';

export interface SpokenDateTime {
  /** The Shanghai calendar date, "2026-06-17". */
  date?: string;
  /** 24-hour "10:00". */
  time?: string;
  /**
   * Something to ask rather than guess: 'am-pm' (十点 — morning or evening?), 'which-week' (周三 said on
   * a Wednesday: today or next week?), 'past' (这周一 said on a Friday). `date`/`time` hold what was clear.
   */
  ask?: 'am-pm' | 'which-week' | 'past';
}

const WEEKDAYS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, '1': 1, '2': 2, '3': 3, '4': 4, '5': 5, '6': 6, '7': 7 };
const RELATIVE_DAYS: Array<[RegExp, number]> = [
  [/大后天/, 3],
  [/后天/, 2],
  [/明天|明儿|明日/, 1],
  [/今天|今儿|今日/, 0],
];
const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai date `days` after the Shanghai date of `now`. */
function addDays(y: number, m: number, d: number, days: number): string {
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function parseDate(t: string, now: number): { date?: string; ask?: SpokenDateTime['ask'] } | null {
  const p = shanghaiParts(now);
  const today = p.weekday === 0 ? 7 : p.weekday; // Monday = 1 … Sunday = 7 (weeks start on Monday in China)
  for (const [re, days] of RELATIVE_DAYS) if (re.test(t)) return { date: addDays(p.year, p.month, p.day, days) };

  const week = /(下下|下个?|这个?|本)?(?:周|星期|礼拜)([一二三四五六日天1-7])/.exec(t);
  if (week) {
    const target = WEEKDAYS[week[2]!]!;
    const which = week[1] ?? '';
    if (which.startsWith('下')) {
      const weeks = which === '下下' ? 2 : 1;
      return { date: addDays(p.year, p.month, p.day, 7 * weeks - (today - 1) + (target - 1)) };
    }
    if (which !== '') {
      const date = addDays(p.year, p.month, p.day, target - today);
      return target < today ? { date, ask: 'past' } : { date };
    }
    if (target === today) return { date: addDays(p.year, p.month, p.day, 0), ask: 'which-week' };
    return { date: addDays(p.year, p.month, p.day, (target - today + 7) % 7) };
  }

  const md = /(?:([\d一二三四五六七八九十]+)月)?([\d一二三四五六七八九十]+)(?:日|号)/.exec(t);
  if (md) {
    const month = md[1] ? parseSpokenNumber(md[1]) : null;
    const day = parseSpokenNumber(md[2]!);
    if (day === null || !Number.isInteger(day) || day < 1 || day > 31) return null;
    if (md[1] && (month === null || !Number.isInteger(month) || month < 1 || month > 12)) return null;
    let year = p.year;
    let m = month ?? p.month;
    const isPast = m < p.month || (m === p.month && day < p.day);
    if (isPast) {
      if (month === null) m += 1; // "5号" said on the 20th: next month's 5th
      else year += 1; // "3月5日" said in June: next year's
      if (m > 12) {
        m = 1;
        year += 1;
      }
    }
    const check = new Date(Date.UTC(year, m - 1, day));
    if (check.getUTCDate() !== day) return null; // 2月30日
    return { date: `${year}-${pad(m)}-${pad(day)}` };
  }
  return null;
}

function parseTime(t: string): { time?: string; ask?: 'am-pm' } | null {
  const clock = /(\d{1,2})[:：](\d{2})/.exec(t);
  let hour: number | null = null;
  let minute = 0;
  if (clock) {
    hour = Number(clock[1]);
    minute = Number(clock[2]);
  } else {
    const m = /([\d零〇一二两三四五六七八九十]+)(?:点|时)(?:(半)|(一刻)|(三刻)|([\d零〇一二三四五六七八九十]+)分?)?/.exec(t);
    if (!m) return null;
    hour = parseSpokenNumber(m[1]!);
    if (m[2]) minute = 30;
    else if (m[3]) minute = 15;
    else if (m[4]) minute = 45;
    else if (m[5]) minute = parseSpokenNumber(m[5].replace(/^[零〇]/, '')) ?? Number.NaN;
  }
  if (hour === null || !Number.isInteger(hour) || hour < 0 || hour > 24 || !Number.isInteger(minute) || minute < 0 || minute > 59) return null;
  const am = /凌晨|早上|早晨|上午|清晨/.test(t);
  const noon = /中午/.test(t);
  const pm = /下午|傍晚|晚上|今晚|夜里/.test(t);
  if (pm && hour < 12) hour += 12;
  else if (noon && hour >= 1 && hour <= 3) hour += 12;
  else if (am && hour === 12) hour = 0;
  else if (!am && !pm && !noon && hour >= 1 && hour <= 12) return { ask: 'am-pm' };
  if (hour === 24) hour = 0;
  return { time: `${pad(hour)}:${pad(minute)}` };
}

/**
 * A day and time as said for a booking: "下周三上午十点", "明天下午三点半", "12月5号", "周五 15:30",
 * relative to `now` in Asia/Shanghai (weeks start on Monday: 下周三 is the Wednesday of next week).
 * Returns what is clear and `ask` for what must be asked (十点 without 上午/下午). null when neither a day nor a time is there.
 */
export function parseSpokenDateTime(text: string, options: { now?: number | Date } = {}): SpokenDateTime | null {
  if (typeof text !== 'string') return null;
  const t = toHalfWidth(text).replace(/\s+/g, '');
  if (t === '') return null;
  const now = options.now === undefined ? Date.now() : typeof options.now === 'number' ? options.now : options.now.getTime();
  const date = parseDate(t, now);
  const time = parseTime(t.replace(/(?:\d+|[一二三四五六七八九十]+)月(?:\d+|[一二三四五六七八九十]+)(?:日|号)/, ''));
  if (!date && !time) return null;
  const out: SpokenDateTime = {};
  if (date?.date) out.date = date.date;
  if (time?.time) out.time = time.time;
  const ask = date?.ask ?? time?.ask;
  if (ask) out.ask = ask;
  return out;
}
