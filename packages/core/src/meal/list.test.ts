import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDatum, distanceMeters } from './geo';
import { positionsInDatum, prepareMealPoints, queryMealPoints } from './list';
import { makePoint, shanghai } from './sample/test-points';
import { DATUMS, DIET_TAGS, SERVICE_MODES, type MealPoint } from './types';

const origin = { lng: 119.2, lat: 34.6 };
const arbPoint = (i: number) =>
  fc
    .record({
      lng: fc.double({ min: 119.0, max: 119.4, noNaN: true }),
      lat: fc.double({ min: 34.4, max: 34.8, noNaN: true }),
      datum: fc.constantFrom(...DATUMS),
      modes: fc.subarray([...SERVICE_MODES]),
      diet: fc.subarray([...DIET_TAGS]),
      stepFree: fc.boolean(),
      lunch: fc.constantFrom('11:00', '11:30', '12:00'),
      radius: fc.option(fc.integer({ min: 500, max: 5000 }), { nil: undefined }),
    })
    .map(
      (r): MealPoint =>
        makePoint({
          id: `p${i}`,
          name: `第${i}食堂`,
          location: { lng: r.lng, lat: r.lat, datum: r.datum },
          services: { modes: r.modes, deliveryRadiusM: r.radius },
          diet: r.diet,
          access: { stepFree: r.stepFree },
          hours: { windows: [{ meal: 'lunch', start: r.lunch, end: '13:00' }] },
        }),
    );
const arbPoints = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbPoint(i))));
const arbQuery = fc.record({
  openNow: fc.boolean(),
  modes: fc.subarray([...SERVICE_MODES], { maxLength: 2 }),
  diet: fc.subarray([...DIET_TAGS], { maxLength: 2 }),
  stepFree: fc.boolean(),
  radiusM: fc.option(fc.integer({ min: 100, max: 30000 }), { nil: null }),
  hour: fc.integer({ min: 10, max: 13 }),
});

describe('queryMealPoints (property-based)', () => {
  it('returns only matching points, nearest first, inside the radius; else the nearest few and a wider radius', () => {
    fc.assert(
      fc.property(arbPoints, arbQuery, (points, q) => {
        const prepared = prepareMealPoints(points);
        const at = shanghai(`2026-12-02T${String(q.hour).padStart(2, '0')}:15`);
        const res = queryMealPoints(prepared, { ...q, origin, at });
        let last = -1;
        for (const item of res.items) {
          const p = item.point;
          expect(item.distanceM!).toBeGreaterThanOrEqual(last);
          last = item.distanceM!;
          if (q.radiusM) expect(item.distanceM!).toBeLessThanOrEqual(q.radiusM);
          if (q.openNow) expect(item.status.open).toBe(true);
          if (q.stepFree) expect(p.access?.stepFree).toBe(true);
          for (const m of q.modes) expect(p.services.modes).toContain(m);
          for (const d of q.diet) expect(p.diet).toContain(d);
        }
        // Nothing matching was lost: a brute-force count agrees.
        const brute = points.filter((p) => {
          const d = distanceMeters(origin, convertDatum(p.location, p.location.datum, 'WGS84'));
          const now = `${String(q.hour).padStart(2, '0')}:15`;
          const open = p.hours!.windows[0]!.start <= now && now < '13:00';
          const delivers = !q.modes.includes('delivery') || !p.services.deliveryRadiusM || d <= p.services.deliveryRadiusM;
          return (
            (!q.openNow || open) &&
            (!q.stepFree || p.access?.stepFree) &&
            q.modes.every((m) => p.services.modes.includes(m)) &&
            q.diet.every((t) => p.diet.includes(t)) &&
            delivers
          );
        });
        expect(res.totalIgnoringRadius).toBe(brute.length);
        if (res.items.length === 0 && brute.length > 0) {
          expect(res.nearest.length).toBeGreaterThan(0);
          expect(res.nearest.length).toBeLessThanOrEqual(3);
          if (q.radiusM) expect(res.nearest[0]!.distanceM!).toBeGreaterThan(q.radiusM);
          if (res.widerRadiusM !== null) expect(res.widerRadiusM).toBeGreaterThanOrEqual(res.nearest[0]!.distanceM!);
        } else expect(res.nearest).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('sorts by name without an origin and never throws on odd queries', () => {
    fc.assert(
      fc.property(arbPoints, fc.anything(), (points, junk) => {
        const prepared = prepareMealPoints(points);
        const res = queryMealPoints(prepared, { origin: junk as never, at: junk as never, radiusM: junk as never, text: typeof junk === 'string' ? junk : undefined });
        expect(res.items.length).toBeLessThanOrEqual(points.length);
      }),
      { numRuns: 200 },
    );
    const prepared = prepareMealPoints([makePoint({ id: 'b', name: '乙' }), makePoint({ id: 'a', name: '甲' })]);
    expect(queryMealPoints(prepared).items.map((i) => i.point.id)).toEqual(['a', 'b']); // 甲 (jiǎ) before 乙 (yǐ) in pinyin order
  });
});

describe('prepareMealPoints', () => {
  it('converts once (cached per array), never mutates, and finds text with full-width folding', () => {
    const points = [makePoint({ location: { lng: 119.2, lat: 34.6, datum: 'BD09' } })];
    const snapshot = structuredClone(points);
    const a = prepareMealPoints(points);
    expect(prepareMealPoints(points)).toBe(a);
    expect(points).toEqual(snapshot);
    expect(distanceMeters(a[0]!.wgs84, { lng: 119.2, lat: 34.6 })).toBeGreaterThan(300);
    expect(positionsInDatum(a, 'GCJ02')).toBe(positionsInDatum(a, 'GCJ02'));
    expect(queryMealPoints(a, { text: '朐阳　路１８' }).items).toHaveLength(1); // full-width digits and spaces fold
    expect(queryMealPoints(a, { text: '朐阳' }).items).toHaveLength(1);
    expect(queryMealPoints(a, { text: 'ＸＸ' }).items).toHaveLength(0);
  });

  it('zero results inside the radius offers the nearest and a wider radius', () => {
    const far = makePoint({ location: { lng: 119.25, lat: 34.6, datum: 'WGS84' } }); // ≈ 4.6 km east
    const res = queryMealPoints(prepareMealPoints([far]), { origin, radiusM: 1000 });
    expect(res.items).toEqual([]);
    expect(res.nearest.map((i) => i.point.id)).toEqual(['p1']);
    expect(res.widerRadiusM).toBe(5000);
  });
});
