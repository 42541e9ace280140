/** Slot logic: days for the day picker, slots of a day, past slots, and the nearest free ones after a 409. */
import { addDays, shanghaiDateKey, toEpoch } from './time';
import type { BookingSlot } from './types';

/** Minutes before a slot starts after which it can no longer be booked (the carer needs time to travel). */
export const DEFAULT_LEAD_MINUTES = 60;

/** True when the slot starts within `leadMinutes` of now, or already has: the page was left open too long. */
export function isSlotPast(slot: Pick<BookingSlot, 'start'>, now: number, leadMinutes = DEFAULT_LEAD_MINUTES): boolean {
  const start = toEpoch(slot.start);
  return !Number.isFinite(start) || start - leadMinutes * 60_000 <= now;
}

/** A slot the user can choose now: marked available and not passed. */
export function isBookable(slot: BookingSlot, now: number, leadMinutes = DEFAULT_LEAD_MINUTES): boolean {
  return slot.available && !isSlotPast(slot, now, leadMinutes);
}

/** Keeps well-formed slots (id, readable start before end), de-duplicated and sorted by start. */
export function sanitizeSlots(input: unknown): BookingSlot[] {
  const list = Array.isArray(input) ? input : [];
  const seen = new Set<string>();
  const out: BookingSlot[] = [];
  for (const raw of list) {
    const s = raw as Partial<BookingSlot> | null;
    if (!s || typeof s.id !== 'string' || seen.has(s.id) || typeof s.start !== 'string' || typeof s.end !== 'string') continue;
    const a = toEpoch(s.start);
    const b = toEpoch(s.end);
    if (!Number.isFinite(a) || !Number.isFinite(b) || b <= a) continue;
    seen.add(s.id);
    out.push({ id: s.id, serviceId: String(s.serviceId ?? ''), start: s.start, end: s.end, available: s.available !== false, remaining: typeof s.remaining === 'number' ? s.remaining : undefined });
  }
  return out.sort((x, y) => toEpoch(x.start) - toEpoch(y.start));
}

export interface DayAvailability {
  date: string;
  /** Slots that can be booked now on that day. */
  free: number;
  available: boolean;
}

/** Every date from `from` for `count` days, with how many bookable slots each has. */
export function dayAvailability(slots: readonly BookingSlot[], from: string, count: number, now: number, leadMinutes = DEFAULT_LEAD_MINUTES): DayAvailability[] {
  const free = new Map<string, number>();
  for (const s of slots) {
    if (!isBookable(s, now, leadMinutes)) continue;
    const key = shanghaiDateKey(s.start);
    free.set(key, (free.get(key) ?? 0) + 1);
  }
  const days: DayAvailability[] = [];
  for (let i = 0; i < Math.max(0, count); i++) {
    const date = addDays(from, i);
    const n = free.get(date) ?? 0;
    days.push({ date, free: n, available: n > 0 });
  }
  return days;
}

/** The slots on one Shanghai date, in order. */
export function slotsOnDay(slots: readonly BookingSlot[], date: string): BookingSlot[] {
  return slots.filter((s) => shanghaiDateKey(s.start) === date).sort((a, b) => toEpoch(a.start) - toEpoch(b.start));
}

/** The first date with a bookable slot (to pre-select it, the Stockport "Book" pattern). */
export function firstAvailableDate(slots: readonly BookingSlot[], now: number, leadMinutes = DEFAULT_LEAD_MINUTES): string | undefined {
  const first = slots.filter((s) => isBookable(s, now, leadMinutes)).sort((a, b) => toEpoch(a.start) - toEpoch(b.start))[0];
  return first ? shanghaiDateKey(first.start) : undefined;
}

/**
 * The bookable slots closest in time to the one the user wanted (after a 409 or a passed slot),
 * nearest first; ties go to the later slot, since an earlier one may be too soon to prepare for.
 */
export function nearestFreeSlots(slots: readonly BookingSlot[], target: string | number, now: number, count = 3, exclude?: string, leadMinutes = DEFAULT_LEAD_MINUTES): BookingSlot[] {
  const t = toEpoch(target);
  return slots
    .filter((s) => s.id !== exclude && isBookable(s, now, leadMinutes))
    .map((s) => ({ s, d: Math.abs(toEpoch(s.start) - t), late: toEpoch(s.start) >= t ? 0 : 1 }))
    .sort((a, b) => a.d - b.d || a.late - b.late)
    .slice(0, Math.max(0, count))
    .map((x) => x.s);
}
