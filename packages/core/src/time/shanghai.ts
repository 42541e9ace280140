/**
 * Asia/Shanghai time whatever the device's zone: bookings, meal opening hours and anything else that
 * must not follow a wrong device zone. China has used UTC+8 all year since 1991 (no daylight saving), so a
 * fixed offset is exact and needs no time-zone database (older Android WebViews ship without one).
 */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;

export interface ShanghaiParts {
  year: number;
  month: number; // 1–12
  day: number;
  weekday: number; // 0 = Sunday
  hour: number;
  minute: number;
}

const ISO_DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?$/;

/**
 * Accepts epoch ms, a Date or an ISO string; NaN for anything unreadable. An ISO time without an offset
 * ("2026-06-12T09:00", "2026-06-12") is Shanghai time, never the device's zone.
 */
export function toEpoch(value: number | string | Date): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  const text = String(value).trim();
  if (ISO_DATE_ONLY.test(text)) return Date.parse(`${text}T00:00:00+08:00`);
  if (ISO_LOCAL_DATE_TIME.test(text)) return Date.parse(`${text.replace(' ', 'T')}+08:00`);
  return Date.parse(text);
}

export function shanghaiParts(value: number | string | Date): ShanghaiParts {
  const d = new Date(toEpoch(value) + SHANGHAI_OFFSET_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Shanghai calendar date of an instant: "2026-06-12". */
export function shanghaiDateKey(value: number | string | Date): string {
  const p = shanghaiParts(value);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
