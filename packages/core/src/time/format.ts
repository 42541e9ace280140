/**
 * Generic date and time wording in Asia/Shanghai time, whatever the device's zone (bookings, meal
 * hours, the flow kit's day and time pickers). Weekday, month and relative-day words come from `Intl`
 * (`DateTimeFormat`, `RelativeTimeFormat`) applied to the Shanghai-shifted instant; the joining words
 * and punctuation (上午/下午, "–", the order of date and weekday) come from the shared catalogue
 * (`time.*` keys). Dates are "YYYY-MM-DD" keys in Shanghai time.
 */
import { createTranslator } from '../messages/translate';
import type { Locale } from '../messages/types';
import { SHANGHAI_OFFSET_MS, shanghaiDateKey, shanghaiParts, toEpoch } from './shanghai';

const DAY_MS = 24 * 60 * 60 * 1000;
const pad = (n: number) => String(n).padStart(2, '0');

type Instant = number | string | Date;

const formatters = new Map<string, Intl.DateTimeFormat>();
/** A formatter for the Shanghai wall time: instants are shifted by +8 h and formatted as UTC. */
function shanghaiFormat(locale: Locale, options: Intl.DateTimeFormatOptions): (ms: number) => string {
  const id = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(id);
  if (!f) formatters.set(id, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })));
  const formatter = f;
  return (ms) => formatter.format(new Date(ms + SHANGHAI_OFFSET_MS));
}

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

/** The period word and 12-hour clock: 上午 9:00, 下午 2:30 (12:xx is 下午, 0:xx is 上午 12:xx); "9:00 am". */
export function formatTimeOfDay(value: Instant, locale: Locale = 'zh-CN', withPeriod = true): string {
  const { hour, minute } = shanghaiParts(value);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const time = `${h12}:${pad(minute)}`;
  if (!withPeriod) return time;
  const t = createTranslator(locale);
  return t('time.clock', { time, period: t(hour < 12 ? 'time.am' : 'time.pm') });
}

/** The short weekday in the locale's words: "周三" / "Wed". */
export function weekdayName(value: Instant, locale: Locale = 'zh-CN'): string {
  const ms = toEpoch(value);
  return Number.isFinite(ms) ? shanghaiFormat(locale, { weekday: 'short' })(ms) : '';
}

/** Month and day: "6月12日" / "June 12". */
export function formatMonthDay(value: Instant, locale: Locale = 'zh-CN'): string {
  const ms = toEpoch(value);
  return Number.isFinite(ms) ? shanghaiFormat(locale, { month: 'long', day: 'numeric' })(ms) : '';
}

/** "6月12日 周三" / "Wed, June 12". */
export function formatDate(value: Instant, locale: Locale = 'zh-CN'): string {
  const ms = toEpoch(value);
  if (!Number.isFinite(ms)) return '';
  return createTranslator(locale)('time.date', { date: formatMonthDay(ms, locale), weekday: weekdayName(ms, locale) });
}

/**
 * A relative day word when the locale has one without digits (今天 / 明天 / 后天; "Today" /
 * "Tomorrow"), from `Intl.RelativeTimeFormat`; undefined otherwise ("in 2 days" is not a day's name).
 */
export function relativeDayName(daysFromToday: number, locale: Locale = 'zh-CN'): string | undefined {
  if (!Number.isInteger(daysFromToday) || daysFromToday < 0) return undefined;
  const word = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(daysFromToday, 'day');
  if (/\d/.test(word)) return undefined;
  return word.charAt(0).toLocaleUpperCase(locale) + word.slice(1);
}

/** A day button's words: 今天 / 明天 / 后天 for the next days, else "周三 6月12日". */
export function formatDayLabel(dateKey: string, todayKey: string, locale: Locale = 'zh-CN'): { primary: string; secondary: string } {
  const at = dateKeyToEpoch(dateKey);
  if (!Number.isFinite(at)) return { primary: String(dateKey), secondary: '' };
  const week = weekdayName(at, locale);
  const date = formatMonthDay(at, locale);
  const rel = relativeDayName(daysBetween(todayKey, dateKey), locale);
  if (rel) return { primary: rel, secondary: createTranslator(locale)('time.weekdayDate', { weekday: week, date }) };
  return { primary: week, secondary: date };
}

/**
 * A visit window with weekday and period words: "6月12日 周五 上午 9:00–10:00", or "…上午 11:30–下午 1:00"
 * when it crosses noon. English: "Fri, June 12, 9:00–10:00 am".
 */
export function formatWindow(start: Instant, end: Instant, locale: Locale = 'zh-CN'): string {
  const s = toEpoch(start);
  if (!Number.isFinite(s)) return '';
  return createTranslator(locale)('time.window', { date: formatDate(s, locale), range: formatTimeRange(s, end, locale) });
}

/** "上午 9:00–10:00" or "上午 11:30–下午 1:00"; "9:00–10:00 am". The period word is said once when both ends share it. */
export function formatTimeRange(start: Instant, end: Instant, locale: Locale = 'zh-CN'): string {
  const s = toEpoch(start);
  const e = toEpoch(end);
  if (!Number.isFinite(e)) return formatTimeOfDay(s, locale);
  const period = (ms: number) => (shanghaiParts(ms).hour < 12 ? 'time.am' : 'time.pm');
  const t = createTranslator(locale);
  if (period(s) !== period(e)) return t('time.range', { start: formatTimeOfDay(s, locale), end: formatTimeOfDay(e, locale) });
  return t('time.rangeOnePeriod', { start: formatTimeOfDay(s, locale, false), end: formatTimeOfDay(e, locale, false), period: t(period(s)) });
}

/** "90 分钟" → "1 小时 30 分钟"; "30 minutes", "2 hours", "1 hr 30 min". */
export function formatDuration(minutes: number, locale: Locale = 'zh-CN'): string {
  const m = Math.max(0, Math.round(Number(minutes) || 0));
  const hours = Math.floor(m / 60);
  const rest = m % 60;
  const t = createTranslator(locale);
  if (hours === 0) return t('time.duration.minutes', { count: rest });
  return rest === 0 ? t('time.duration.hours', { count: hours }) : t('time.duration.hoursMinutes', { hours, minutes: rest });
}

/** An ISO 8601 string in Shanghai time with its offset: "2026-06-12T09:00:00+08:00". */
export function toShanghaiIso(value: Instant): string {
  const ms = toEpoch(value);
  const p = shanghaiParts(ms);
  return `${shanghaiDateKey(ms)}T${pad(p.hour)}:${pad(p.minute)}:00+08:00`;
}
