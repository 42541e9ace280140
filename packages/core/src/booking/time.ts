/**
 * Times in Asia/Shanghai whatever the device's zone. China has used UTC+8 all year since 1991 (no
 * daylight saving), so a fixed offset is exact for every booking and needs no time-zone database
 * (older Android WebViews ship without one). Dates are "YYYY-MM-DD" keys in Shanghai time.
 */
import type { Locale } from '../messages/types';
import { SHANGHAI_OFFSET_MS, shanghaiDateKey, shanghaiParts, toEpoch } from '../time/shanghai';

export { SHANGHAI_OFFSET_MS, shanghaiDateKey, shanghaiParts, toEpoch };
export type { ShanghaiParts } from '../time/shanghai';

const DAY_MS = 24 * 60 * 60 * 1000;

const WEEKDAYS_ZH = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number) => String(n).padStart(2, '0');


/** Midnight at the start of a Shanghai date, as epoch ms. NaN for a malformed key. */
export function dateKeyToEpoch(key: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(key));
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - SHANGHAI_OFFSET_MS;
}

export function addDays(key: string, days: number): string {
  return shanghaiDateKey(dateKeyToEpoch(key) + days * DAY_MS);
}

/** Whole days from `from` to `to` (both date keys). */
export function daysBetween(from: string, to: string): number {
  return Math.round((dateKeyToEpoch(to) - dateKeyToEpoch(from)) / DAY_MS);
}

/** The period word and 12-hour clock: 上午 9:00, 下午 2:30 (12:xx is 下午, 0:xx is 上午 12:xx). */
export function formatTimeOfDay(value: number | string | Date, locale: Locale = 'zh-CN', withPeriod = true): string {
  const { hour, minute } = shanghaiParts(value);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  if (locale === 'en-US') return `${h12}:${pad(minute)}${withPeriod ? (hour < 12 ? ' am' : ' pm') : ''}`;
  return `${withPeriod ? (hour < 12 ? '上午 ' : '下午 ') : ''}${h12}:${pad(minute)}`;
}

export function weekdayName(value: number | string | Date, locale: Locale = 'zh-CN'): string {
  const w = shanghaiParts(value).weekday;
  return (locale === 'en-US' ? WEEKDAYS_EN : WEEKDAYS_ZH)[w] as string;
}

/** "6月12日 周三" / "Wed 12 June". */
export function formatDate(value: number | string | Date, locale: Locale = 'zh-CN'): string {
  const p = shanghaiParts(value);
  if (!Number.isFinite(p.year)) return '';
  if (locale === 'en-US') return `${WEEKDAYS_EN[p.weekday]} ${p.day} ${MONTHS_EN[p.month - 1]}`;
  return `${p.month}月${p.day}日 ${WEEKDAYS_ZH[p.weekday]}`;
}

/** A day button's words: 今天 / 明天 / 后天 for the next days, else "周三 6月12日". */
export function formatDayLabel(dateKey: string, todayKey: string, locale: Locale = 'zh-CN'): { primary: string; secondary: string } {
  const at = dateKeyToEpoch(dateKey);
  if (!Number.isFinite(at)) return { primary: String(dateKey), secondary: '' };
  const diff = daysBetween(todayKey, dateKey);
  const p = shanghaiParts(at);
  const dateText = locale === 'en-US' ? `${p.day} ${MONTHS_EN[p.month - 1]}` : `${p.month}月${p.day}日`;
  const week = (locale === 'en-US' ? WEEKDAYS_EN : WEEKDAYS_ZH)[p.weekday] as string;
  const relative = locale === 'en-US' ? ['Today', 'Tomorrow'] : ['今天', '明天', '后天'];
  const rel = diff >= 0 ? relative[diff] : undefined;
  if (rel) return { primary: rel, secondary: `${week} ${dateText}` };
  return { primary: week, secondary: dateText };
}

/**
 * A visit window with weekday and period words: "6月12日 周三 上午 9:00–10:00", or "…上午 11:30–下午 1:00"
 * when it crosses noon. English: "Wed 12 June, 9:00–10:00 am".
 */
export function formatWindow(start: number | string | Date, end: number | string | Date, locale: Locale = 'zh-CN'): string {
  const s = toEpoch(start);
  const e = toEpoch(end);
  if (!Number.isFinite(s)) return '';
  const date = formatDate(s, locale);
  return locale === 'en-US' ? `${date}, ${formatTimeRange(s, e, locale)}` : `${date} ${formatTimeRange(s, e, locale)}`;
}

/** "上午 9:00–10:00" or "上午 11:30–下午 1:00"; "9:00–10:00 am". */
export function formatTimeRange(start: number | string | Date, end: number | string | Date, locale: Locale = 'zh-CN'): string {
  const s = toEpoch(start);
  const e = toEpoch(end);
  if (!Number.isFinite(e)) return formatTimeOfDay(s, locale);
  const samePeriod = shanghaiParts(s).hour < 12 === shanghaiParts(e).hour < 12;
  if (locale === 'en-US') {
    return samePeriod ? `${formatTimeOfDay(s, locale, false)}–${formatTimeOfDay(e, locale)}` : `${formatTimeOfDay(s, locale)}–${formatTimeOfDay(e, locale)}`;
  }
  return samePeriod ? `${formatTimeOfDay(s, locale)}–${formatTimeOfDay(e, locale, false)}` : `${formatTimeOfDay(s, locale)}–${formatTimeOfDay(e, locale)}`;
}

/** "90 分钟" / "1 小时" / "1 小时 30 分钟"; "90 minutes" → "1 hr 30 min". */
export function formatDuration(minutes: number, locale: Locale = 'zh-CN'): string {
  const m = Math.max(0, Math.round(Number(minutes) || 0));
  const h = Math.floor(m / 60);
  const r = m % 60;
  if (locale === 'en-US') {
    if (h === 0) return `${r} minutes`;
    return r === 0 ? `${h} hour${h > 1 ? 's' : ''}` : `${h} hr ${r} min`;
  }
  if (h === 0) return `${r} 分钟`;
  return r === 0 ? `${h} 小时` : `${h} 小时 ${r} 分钟`;
}

/** An ISO 8601 string in Shanghai time with its offset: "2026-06-12T09:00:00+08:00". */
export function toShanghaiIso(value: number | string | Date): string {
  const ms = toEpoch(value);
  const p = shanghaiParts(ms);
  return `${shanghaiDateKey(ms)}T${pad(p.hour)}:${pad(p.minute)}:00+08:00`;
}
