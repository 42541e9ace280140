import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatClock, isMealPointOpen, mealPointStatus, parseClock } from './hours';
import { makePoint, shanghai } from './sample/test-points';
import type { OpeningHours } from './types';

const week = makePoint(); // breakfast 6:30–9:00, lunch 11:30–13:30, dinner 17:00–18:30, closed Sundays
const night = makePoint({ hours: { windows: [{ meal: 'dinner', start: '22:00', end: '02:00' }], closedDays: [1] } });

describe('mealPointStatus (Asia/Shanghai)', () => {
  // 2026-12-02 is a Wednesday.
  it.each([
    ['2026-12-02T06:29', false, undefined, 'breakfast', 0],
    ['2026-12-02T06:30', true, 'breakfast', 'lunch', 0],
    ['2026-12-02T08:59', true, 'breakfast', 'lunch', 0],
    ['2026-12-02T09:00', false, undefined, 'lunch', 0],
    ['2026-12-02T11:30', true, 'lunch', 'dinner', 0],
    ['2026-12-02T13:29', true, 'lunch', 'dinner', 0],
    ['2026-12-02T13:30', false, undefined, 'dinner', 0],
    ['2026-12-02T18:30', false, undefined, 'breakfast', 1],
    ['2026-12-05T19:00', false, undefined, 'breakfast', 2], // Saturday evening → Monday (Sunday closed)
    ['2026-12-06T12:00', false, undefined, 'breakfast', 1], // Sunday lunch: closed day
  ])('at %s open=%s current=%s next=%s (+%i days)', (local, open, current, next, offset) => {
    const s = mealPointStatus(week, shanghai(local));
    expect(s.open).toBe(open);
    expect(s.current?.meal).toBe(current);
    expect(s.next?.meal).toBe(next);
    expect(s.next?.dayOffset).toBe(offset);
  });

  it('gives minutes to close and to open', () => {
    expect(mealPointStatus(week, shanghai('2026-12-02T13:00')).minutesToClose).toBe(30);
    expect(mealPointStatus(week, shanghai('2026-12-02T10:00')).minutesToOpen).toBe(90);
  });

  it.each([
    ['America/New_York', 300],
    ['Europe/London', 0],
    ['Pacific/Kiritimati', -840],
    ['Asia/Shanghai', -480],
  ])('gives the same answers with the process in %s', (zone, offset) => {
    const saved = process.env.TZ;
    const expected = [0, 5, 11, 17, 23].map((h) => mealPointStatus(week, new Date(Date.UTC(2026, 11, 2, h))));
    process.env.TZ = zone;
    try {
      expect(new Date(Date.UTC(2026, 11, 2, 4)).getTimezoneOffset()).toBe(offset); // the zone really changed
      expect([0, 5, 11, 17, 23].map((h) => mealPointStatus(week, new Date(Date.UTC(2026, 11, 2, h))))).toEqual(expected);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('does not depend on the device zone: the same instant gives the same answer', () => {
    const at = new Date('2026-12-02T04:00:00Z'); // 12:00 in Shanghai, 05:00 in London, 23:00 the day before in New York
    const s = mealPointStatus(week, at);
    expect(s.open).toBe(true);
    expect(s.current?.meal).toBe('lunch');
    expect(s.current?.date).toBe('2026-12-02');
    expect(s.current?.startsAt.toISOString()).toBe('2026-12-02T03:30:00.000Z');
  });

  it.each([
    ['2026-12-01T23:00', true, 0], // Tuesday 23:00: Tuesday's window
    ['2026-12-02T01:59', true, -1], // Wednesday 01:59: still Tuesday's window
    ['2026-12-02T02:00', false, null],
    ['2026-11-30T23:00', false, null], // Monday closed
    ['2026-12-01T00:30', false, null], // Tuesday 00:30: Monday's window never opened
    ['2026-12-01T01:00', false, null],
  ])('a window crossing midnight at %s: open=%s', (local, open, offset) => {
    const s = mealPointStatus(night, shanghai(local));
    expect(s.open).toBe(open);
    if (offset !== null) {
      expect(s.current?.dayOffset).toBe(offset);
      expect(s.current?.crossesMidnight).toBe(true);
    }
  });

  it('treats 00:00–24:00 as all day and closed dates as closed', () => {
    const hours: OpeningHours = { windows: [{ meal: 'allday', start: '00:00', end: '24:00' }], closedDates: ['2026-10-01'] };
    const p = makePoint({ hours });
    expect(mealPointStatus(p, shanghai('2026-09-30T23:59')).open).toBe(true);
    expect(mealPointStatus(p, shanghai('2026-10-01T12:00')).open).toBe(false);
    expect(mealPointStatus(p, shanghai('2026-10-01T12:00')).next?.date).toBe('2026-10-02');
  });

  it('honours per-window days', () => {
    const p = makePoint({ hours: { windows: [{ meal: 'lunch', start: '11:00', end: '13:00', days: [1, 3, 5] }] } });
    expect(mealPointStatus(p, shanghai('2026-12-02T12:00')).open).toBe(true); // Wed
    const thu = mealPointStatus(p, shanghai('2026-12-03T12:00'));
    expect(thu.open).toBe(false);
    expect(thu.next?.date).toBe('2026-12-04');
  });

  it('reports unknown for missing or unreadable hours and paused for paused points', () => {
    const at = shanghai('2026-12-02T12:00');
    expect(mealPointStatus(makePoint({ hours: undefined }), at)).toEqual({ open: false, state: 'unknown' });
    expect(mealPointStatus(makePoint({ hours: { windows: [] } }), at).state).toBe('unknown');
    expect(mealPointStatus(makePoint({ hours: { windows: [{ meal: 'lunch', start: 'noon', end: '13:00' }] } }), at).state).toBe('unknown');
    expect(mealPointStatus(makePoint({ status: 'paused' }), at)).toEqual({ open: false, state: 'paused' });
    expect(mealPointStatus(week, new Date(NaN)).state).toBe('unknown');
    expect(mealPointStatus(null as never, at).state).toBe('unknown');
  });

  it('computes the order-ahead deadline (the day before at 17:00)', () => {
    const p = makePoint({ hours: { windows: [{ meal: 'lunch', start: '11:30', end: '13:30' }], orderAhead: { cutoff: '17:00', daysBefore: 1 } } });
    const s = mealPointStatus(p, shanghai('2026-12-02T15:00'));
    expect(s.next?.date).toBe('2026-12-03');
    expect(s.orderDeadline?.toISOString()).toBe(shanghai('2026-12-02T17:00').toISOString());
    expect(s.orderClosed).toBe(false);
    expect(mealPointStatus(p, shanghai('2026-12-02T17:01')).orderClosed).toBe(true);
  });
});

describe('clock helpers', () => {
  it.each([
    ['06:30', 390],
    ['6:30', 390],
    ['24:00', 1440],
    ['00:00', 0],
    ['24:01', null],
    ['12:60', null],
    ['noon', null],
    [1130, null],
  ])('parseClock(%j) = %j', (v, out) => expect(parseClock(v)).toBe(out));
  it('formats without a leading zero', () => {
    expect(formatClock(390)).toBe('6:30');
    expect(formatClock(1440)).toBe('24:00');
    expect(formatClock(1500)).toBe('1:00');
  });
});

describe('isMealPointOpen', () => {
  it('agrees with mealPointStatus at any instant, for every kind of schedule', () => {
    const points = [
      week,
      night,
      makePoint({ hours: { windows: [{ meal: 'allday', start: '00:00', end: '24:00' }], closedDates: ['2026-12-03'] } }),
      makePoint({ hours: { windows: [{ meal: 'lunch', start: '11:00', end: '13:00', days: [1, 3, 5] }, { meal: 'dinner', start: '23:30', end: '00:30' }], closedDays: [6] } }),
      makePoint({ status: 'paused' }),
      makePoint({ hours: undefined }),
    ];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2026, 0, 1), max: Date.UTC(2027, 11, 31) }), (ms) => {
        const at = new Date(ms);
        for (const p of points) expect(isMealPointOpen(p, at)).toBe(mealPointStatus(p, at).open);
      }),
      { numRuns: 2000 },
    );
  });
});
