import type { Meal, MealPoint, MealWindow, OpeningHours, Weekday } from './types';

import { SHANGHAI_OFFSET_MS, shanghaiDateKey, shanghaiParts } from '../time/shanghai';

// Opening times are always computed in Asia/Shanghai (see time/shanghai.ts).
export { SHANGHAI_OFFSET_MS };
const DAY_MS = 24 * 60 * 60 * 1000;
const MIN_MS = 60 * 1000;

/** "HH:MM" → minutes since midnight; "24:00" → 1440; anything else → null. */
export function parseClock(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (min > 59 || h > 24 || (h === 24 && min !== 0)) return null;
  return h * 60 + min;
}

/** "7:05" / 425 → "7:05" (no leading zero on the hour: how Chinese notices write times). */
export function formatClock(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  const whole = minutes === 1440 ? '24' : String(Math.floor(m / 60));
  return `${whole}:${String(m % 60).padStart(2, '0')}`;
}

/** The calendar date and weekday in Shanghai for an instant. */
export function shanghaiDate(at: Date): { date: string; weekday: Weekday; minutes: number } {
  const p = shanghaiParts(at);
  return { date: shanghaiDateKey(at), weekday: p.weekday as Weekday, minutes: p.hour * 60 + p.minute };
}

export interface MealWindowRef {
  meal: Meal;
  /** "HH:MM" as in the data. */
  start: string;
  end: string;
  /** Shanghai date the window starts on, "YYYY-MM-DD". */
  date: string;
  weekday: Weekday;
  /** Days from the Shanghai date of `at`: -1 (started yesterday, crosses midnight), 0 today, 1 tomorrow… */
  dayOffset: number;
  startsAt: Date;
  endsAt: Date;
  crossesMidnight: boolean;
}

export type MealPointState = 'open' | 'closed' | 'paused' | 'unknown';

export interface MealPointStatus {
  open: boolean;
  /** open: inside a window; closed: between windows (see next); paused: the point is 暂停/关闭; unknown: no usable hours. */
  state: MealPointState;
  current?: MealWindowRef;
  /** The next window to start after `at` (within 8 days). */
  next?: MealWindowRef;
  minutesToClose?: number;
  minutesToOpen?: number;
  /** For order-ahead points: the deadline to order the next meal (or the current one), and whether it has passed. */
  orderDeadline?: Date;
  orderClosed?: boolean;
}

interface ParsedWindow {
  meal: Meal;
  start: string;
  end: string;
  startMin: number;
  endMin: number;
  days: number; // bit mask of weekdays
}
interface ParsedHours {
  windows: ParsedWindow[];
  closedDays: number;
  closedDates: Set<string> | null;
  /** The same dates as day numbers since 1970-01-01 (no string building in the hot path). */
  closedDayNumbers: Set<number> | null;
  orderAhead: { cutoffMin: number; daysBefore: number } | null;
}

const ALL_DAYS = 0b1111111;
const parsedCache = new WeakMap<OpeningHours, ParsedHours | null>();

function dayMask(days: unknown): number {
  if (!Array.isArray(days)) return ALL_DAYS;
  let mask = 0;
  for (const d of days) if (Number.isInteger(d) && d >= 0 && d <= 6) mask |= 1 << d;
  return mask;
}

/** Parses once per hours object (cached); windows with unreadable times are ignored here (the validator reports them). */
function parseHours(hours: OpeningHours | undefined): ParsedHours | null {
  if (!hours || typeof hours !== 'object') return null;
  if (parsedCache.has(hours)) return parsedCache.get(hours) ?? null;
  const windows: ParsedWindow[] = [];
  for (const w of Array.isArray(hours.windows) ? hours.windows : []) {
    const win = w as MealWindow;
    const startMin = parseClock(win?.start);
    let endMin = parseClock(win?.end);
    if (startMin === null || endMin === null || startMin === 1440 || startMin === endMin) continue;
    if (endMin < startMin) endMin += 1440; // crosses midnight
    windows.push({ meal: win.meal, start: win.start, end: win.end, startMin, endMin, days: dayMask(win.days) });
  }
  windows.sort((a, b) => a.startMin - b.startMin);
  const cutoffMin = parseClock(hours.orderAhead?.cutoff);
  const parsed: ParsedHours | null = windows.length
    ? {
        windows,
        closedDays: Array.isArray(hours.closedDays) ? dayMask(hours.closedDays) : 0,
        closedDates: Array.isArray(hours.closedDates) && hours.closedDates.length ? new Set(hours.closedDates) : null,
        closedDayNumbers:
          Array.isArray(hours.closedDates) && hours.closedDates.length
            ? new Set(hours.closedDates.map((d) => Math.floor(Date.parse(`${d}T00:00:00Z`) / DAY_MS)).filter(Number.isFinite))
            : null,
        orderAhead:
          cutoffMin !== null && Number.isInteger(hours.orderAhead?.daysBefore) && (hours.orderAhead?.daysBefore ?? -1) >= 0
            ? { cutoffMin, daysBefore: hours.orderAhead!.daysBefore }
            : null,
      }
    : null;
  parsedCache.set(hours, parsed);
  return parsed;
}

function isoDate(shiftedMs: number): string {
  return new Date(shiftedMs).toISOString().slice(0, 10);
}

/**
 * Just "is it open at `at`?", without building window objects: the "open now" filter runs this over
 * thousands of points per keystroke. Same rules as mealPointStatus (Asia/Shanghai, closed days and dates,
 * windows crossing midnight belong to the day they start).
 */
export function isMealPointOpen(point: Pick<MealPoint, 'status' | 'hours'>, at: Date): boolean {
  if (point?.status === 'paused' || point?.status === 'closed') return false;
  const t = at instanceof Date ? at.getTime() : NaN;
  const hours = parseHours(point?.hours);
  if (!hours || !Number.isFinite(t)) return false;
  const shifted = t + SHANGHAI_OFFSET_MS;
  const dayIndex = Math.floor(shifted / DAY_MS);
  for (let d = -1; d <= 0; d++) {
    const dayStart = (dayIndex + d) * DAY_MS;
    const bit = 1 << ((((dayIndex + d + 4) % 7) + 7) % 7); // 1970-01-01 was a Thursday (4)
    if (hours.closedDays & bit) continue;
    if (hours.closedDayNumbers?.has(dayIndex + d)) continue;
    for (const w of hours.windows) {
      if (w.days & bit && dayStart + w.startMin * MIN_MS <= shifted && shifted < dayStart + w.endMin * MIN_MS) return true;
    }
  }
  return false;
}

/**
 * Is the point open at `at`, and what is its current or next meal window? Computed in Asia/Shanghai
 * whatever the device's zone. Windows that cross midnight belong to the day they start (a window
 * 22:00–02:00 on a closed Monday is not open at 01:00 on Tuesday). Closed weekdays and dates win over
 * windows. Never throws: missing or unreadable hours give `{ open: false, state: 'unknown' }`.
 */
export function mealPointStatus(point: Pick<MealPoint, 'status' | 'hours'>, at: Date): MealPointStatus {
  if (point?.status === 'paused' || point?.status === 'closed') return { open: false, state: 'paused' };
  const t = at instanceof Date ? at.getTime() : NaN;
  const hours = parseHours(point?.hours);
  if (!hours || !Number.isFinite(t)) return { open: false, state: 'unknown' };

  const shifted = t + SHANGHAI_OFFSET_MS;
  const today = Math.floor(shifted / DAY_MS) * DAY_MS;
  let current: MealWindowRef | undefined;
  let next: MealWindowRef | undefined;

  for (let d = -1; d <= 8 && !next; d++) {
    const dayStart = today + d * DAY_MS;
    const weekday = new Date(dayStart).getUTCDay() as Weekday;
    const bit = 1 << weekday;
    if (hours.closedDays & bit) continue;
    let date: string | undefined;
    if (hours.closedDates) {
      date = isoDate(dayStart);
      if (hours.closedDates.has(date)) continue;
    }
    for (const w of hours.windows) {
      if (!(w.days & bit)) continue;
      const s = dayStart + w.startMin * MIN_MS;
      const e = dayStart + w.endMin * MIN_MS;
      if (e <= shifted) continue;
      const inside = s <= shifted;
      if (inside && current) continue;
      if (!inside && next) continue;
      const ref: MealWindowRef = {
        meal: w.meal,
        start: w.start,
        end: w.end,
        date: date ?? isoDate(dayStart),
        weekday,
        dayOffset: d,
        startsAt: new Date(s - SHANGHAI_OFFSET_MS),
        endsAt: new Date(e - SHANGHAI_OFFSET_MS),
        crossesMidnight: w.endMin > 1440,
      };
      if (inside) current = ref;
      else next = ref;
    }
  }

  const status: MealPointStatus = current
    ? { open: true, state: 'open', current, minutesToClose: Math.ceil((current.endsAt.getTime() - t) / MIN_MS) }
    : { open: false, state: 'closed' };
  if (next) {
    status.next = next;
    if (!current) status.minutesToOpen = Math.ceil((next.startsAt.getTime() - t) / MIN_MS);
  }
  if (hours.orderAhead) {
    const target = next ?? current;
    if (target) {
      const dayStart = Math.floor((target.startsAt.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS;
      const deadline = dayStart - hours.orderAhead.daysBefore * DAY_MS + hours.orderAhead.cutoffMin * MIN_MS - SHANGHAI_OFFSET_MS;
      status.orderDeadline = new Date(deadline);
      status.orderClosed = t > deadline;
    }
  }
  return status;
}
