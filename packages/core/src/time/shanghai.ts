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

/** Accepts epoch ms, a Date or an ISO string; NaN for anything unreadable. */
export function toEpoch(value: number | string | Date): number {
  if (typeof value === 'number') return value;
  if (value instanceof Date) return value.getTime();
  return Date.parse(String(value));
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
