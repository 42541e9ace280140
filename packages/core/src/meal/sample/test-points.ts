/** Test fixtures (kept under sample/, which the package build skips). */
import type { MealPoint } from '../types';

/** A complete, valid meal point for tests (not exported from the package). */
export function makePoint(overrides: Partial<MealPoint> = {}): MealPoint {
  return {
    id: 'p1',
    name: '朐阳社区长者食堂',
    type: 'canteen',
    status: 'open',
    lastVerifiedAt: '2026-10-01',
    address: { district: '海州区', street: '朐阳街道', community: '朐阳社区', detail: '朐阳路 18 号', floor: 1 },
    access: { groundFloor: true, stepFree: true },
    location: { lng: 119.18, lat: 34.59, datum: 'WGS84' },
    phones: [{ number: '0518-85551234', purpose: 'order' }],
    hours: {
      windows: [
        { meal: 'breakfast', start: '06:30', end: '09:00' },
        { meal: 'lunch', start: '11:30', end: '13:30' },
        { meal: 'dinner', start: '17:00', end: '18:30' },
      ],
      closedDays: [0],
    },
    menu: [
      { name: '一荤两素', fen: 1200 },
      { name: '两荤两素', fen: 1500 },
    ],
    subsidies: [
      { label: '60-79周岁补贴1元', minAge: 60, maxAge: 79, effect: { kind: 'fixed-off', fen: 100 } },
      { label: '80-89周岁补贴3元', minAge: 80, maxAge: 89, effect: { kind: 'fixed-off', fen: 300 } },
      { label: '90周岁以上免费', minAge: 90, effect: { kind: 'free' } },
    ],
    services: { modes: ['dine-in', 'pickup'] },
    diet: ['low-salt-oil'],
    ...overrides,
  };
}

/** A Date for a Shanghai wall-clock time, whatever the test machine's zone. */
export function shanghai(isoLocal: string): Date {
  return new Date(`${isoLocal}+08:00`);
}
