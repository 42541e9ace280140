import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makePoint } from './sample/test-points';
import { validateMealPoints } from './validate';

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object') {
    Object.values(v).forEach(deepFreeze);
    Object.freeze(v);
  }
  return v;
}

/** Each record is either kept (no error for its index) or skipped with at least one error. */
function checkAccounting(records: unknown[]) {
  const { points, errors } = validateMealPoints(records);
  const failed = new Set(errors.filter((e) => e.severity === 'error').map((e) => e.index));
  expect(points.length + failed.size).toBe(records.length);
  for (const e of errors) {
    expect(e.index).toBeGreaterThanOrEqual(0);
    expect(e.index).toBeLessThan(records.length);
    expect(typeof e.field).toBe('string');
    expect(e.message.length).toBeGreaterThan(0);
  }
  return { points, errors, failed };
}

/** Corruptions of one field of a valid record, with the field the validator must blame. */
// Corruptions reach into nested fields of deliberately broken records: `any` is the honest type here.
/* eslint-disable @typescript-eslint/no-explicit-any */
const corruptions: [string, (r: Record<string, any>) => void][] = [
  ['id', (r) => delete r.id],
  ['name', (r) => (r.name = '   ')],
  ['type', (r) => (r.type = '食堂')],
  ['status', (r) => (r.status = 'maybe')],
  ['address', (r) => (r.address = 'somewhere')],
  ['address.district', (r) => delete r.address.district],
  ['location', (r) => delete r.location],
  ['location.lat', (r) => (r.location.lat = '34.6')],
  ['location.datum', (r) => delete r.location.datum],
  ['location', (r) => (r.location = { lng: 0, lat: 0, datum: 'WGS84' })],
  ['hours.windows[1].end', (r) => (r.hours.windows[1].end = '25:00')],
  ['hours.windows[0].meal', (r) => (r.hours.windows[0].meal = 'brunch')],
  ['hours.closedDays[0]', (r) => (r.hours.closedDays = [7])],
  ['menu[0].fen', (r) => (r.menu[0].fen = 12.5)],
  ['subsidies[1].effect.kind', (r) => (r.subsidies[1].effect = { kind: 'half' })],
  ['subsidies[0].maxAge', (r) => (r.subsidies[0].maxAge = 50)],
  ['subsidies[2].effect.percentPaid', (r) => (r.subsidies[2].effect = { kind: 'percent', percentPaid: 180 })],
  ['services.deliveryRadiusM', (r) => (r.services.deliveryRadiusM = -3)],
  ['access.stepFree', (r) => (r.access.stepFree = 'yes')],
];

/* eslint-enable @typescript-eslint/no-explicit-any */

describe('validateMealPoints', () => {
  it('keeps a valid record as a clean copy and never mutates the input', () => {
    const input = deepFreeze([makePoint()]);
    const { points, errors } = validateMealPoints(input as unknown[]);
    expect(errors).toEqual([]);
    expect(points[0]).toEqual(input[0]);
    expect(points[0]).not.toBe(input[0]);
  });

  it.each(corruptions.map(([field, f], i) => [field, f, i] as const))('reports a bad %s with the record’s index and id, and skips only that record', (field, corrupt, i) => {
    const bad = structuredClone(makePoint({ id: `bad-${i}` })) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    corrupt(bad);
    const { points, errors } = validateMealPoints([makePoint({ id: 'a' }), bad, makePoint({ id: 'b' })]);
    expect(points.map((p) => p.id)).toEqual(['a', 'b']);
    const errs = errors.filter((e) => e.severity === 'error');
    expect(errs).toHaveLength(1);
    expect(errs[0]).toMatchObject({ index: 1, field });
    if (field !== 'id') expect(errs[0]!.id).toBe(`bad-${i}`);
  });

  it('swaps back lat/lng written the wrong way round, with a warning', () => {
    const { points, errors } = validateMealPoints([makePoint({ location: { lng: 34.59, lat: 119.18, datum: 'GCJ02' } })]);
    expect(points[0]!.location).toEqual({ lng: 119.18, lat: 34.59, datum: 'GCJ02' });
    expect(errors).toEqual([expect.objectContaining({ index: 0, id: 'p1', field: 'location', severity: 'warning' })]);
  });

  it('keeps points outside China as they are', () => {
    const { points, errors } = validateMealPoints([makePoint({ location: { lng: 151.2, lat: -33.87, datum: 'WGS84' } })]);
    expect(points[0]!.location).toEqual({ lng: 151.2, lat: -33.87, datum: 'WGS84' });
    expect(errors).toEqual([]);
  });

  it('drops unknown tags and unusable phone numbers with warnings, keeping the record', () => {
    const { points, errors } = validateMealPoints([
      { ...makePoint(), diet: ['soft', '麻辣'], phones: [{ number: '暂无' }, '０５１８－８５５５１２３４'], hours: undefined },
    ]);
    expect(points[0]!.diet).toEqual(['soft']);
    expect(points[0]!.phones).toEqual([{ number: '０５１８－８５５５１２３４' }]);
    expect(errors.map((e) => [e.field, e.severity])).toEqual([
      ['phones[0]', 'warning'],
      ['diet[1]', 'warning'],
      ['hours', 'warning'],
    ]);
  });

  it('skips duplicate ids after the first', () => {
    const { points, errors } = validateMealPoints([makePoint(), makePoint()]);
    expect(points).toHaveLength(1);
    expect(errors).toEqual([expect.objectContaining({ index: 1, id: 'p1', field: 'id', severity: 'error' })]);
  });

  it('answers a non-array with one error', () => {
    expect(validateMealPoints('nope' as never)).toEqual({ points: [], errors: [expect.objectContaining({ index: -1 })] });
  });

  it('never throws on random values, and accounts for every record', () => {
    fc.assert(fc.property(fc.array(fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true })), (records) => void checkAccounting(records)), {
      numRuns: 300,
    });
  });

  it('never throws on malformed meal points (random fields replaced by random values), and reports every skipped one', () => {
    const keys = ['id', 'name', 'type', 'status', 'address', 'location', 'phones', 'hours', 'menu', 'subsidies', 'services', 'diet', 'access', 'lastVerifiedAt', 'seats'];
    const malformed = fc.record({
      replace: fc.dictionary(fc.constantFrom(...keys), fc.anything(), { maxKeys: 4 }),
      drop: fc.subarray(keys, { maxLength: 3 }),
      id: fc.string({ minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.array(malformed, { maxLength: 20 }), (specs) => {
        const records = specs.map(({ replace, drop, id }) => {
          const r: Record<string, unknown> = { ...makePoint({ id }), ...replace };
          for (const k of drop) delete r[k];
          return r;
        });
        const { points, failed } = checkAccounting(records);
        for (const p of points) {
          expect(typeof p.id).toBe('string');
          expect(Number.isFinite(p.location.lng) && Number.isFinite(p.location.lat)).toBe(true);
        }
        // Every record whose required field was dropped is reported.
        specs.forEach(({ drop }, i) => {
          if (drop.some((k) => ['id', 'name', 'type', 'address', 'location'].includes(k))) expect(failed.has(i)).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });
});
