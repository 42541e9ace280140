/** The meal map's small decisions, in words a test can drive: the age box, the filter count, toggling a choice. */
import { toHalfWidth } from '../text/normalizeWidth';
import type { MealFilters } from './list';

/** Oldest age the age box accepts. */
export const MEAL_AGE_MAX = 130;

/**
 * Reads the age box: empty (no age), a whole number of years 0–130 (full-width digits are fine), or invalid —
 * what was typed is never thrown away by the caller, only not used.
 */
export function parseMealAge(text: string): { kind: 'empty' } | { kind: 'age'; age: number } | { kind: 'invalid' } {
  const digits = toHalfWidth(typeof text === 'string' ? text : '').trim();
  if (digits === '') return { kind: 'empty' };
  const age = /^\d{1,3}$/.test(digits) ? Number(digits) : NaN;
  return Number.isInteger(age) && age <= MEAL_AGE_MAX ? { kind: 'age', age } : { kind: 'invalid' };
}

/** How many filters are on (the "筛选（2）" count): each switch, each mode, each diet tag, and a search text. */
export function mealFilterCount(filters: MealFilters): number {
  return (filters.openNow ? 1 : 0) + (filters.stepFree ? 1 : 0) + (filters.modes?.length ?? 0) + (filters.diet?.length ?? 0) + (filters.text ? 1 : 0);
}

/** A multi-choice list with `value` switched on (added once, at the end) or off. */
export function toggleChoice<T>(list: readonly T[] | undefined, value: T, on: boolean): T[] {
  const rest = (list ?? []).filter((v) => v !== value);
  return on ? [...rest, value] : rest;
}
