import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDatum, distanceMeters, navigationLinks, toWgs84, walkingMinutes } from './geo';
import { isInChina, looksSwapped } from './position';
import type { Datum } from './types';

const lianyungang = fc.record({ lng: fc.double({ min: 118.4, max: 119.8, noNaN: true }), lat: fc.double({ min: 34.0, max: 35.1, noNaN: true }) });
const pairs: [Datum, Datum][] = [
  ['WGS84', 'GCJ02'],
  ['WGS84', 'BD09'],
  ['GCJ02', 'BD09'],
];

describe('datum conversion', () => {
  it.each(pairs)('%s → %s → back stays within 1 m, and the shift itself is tens to hundreds of metres', (a, b) => {
    fc.assert(
      fc.property(lianyungang, (p) => {
        const there = convertDatum(p, a, b);
        const back = convertDatum(there, b, a);
        expect(distanceMeters(p, back)).toBeLessThan(1);
        const shift = distanceMeters(p, there);
        expect(shift).toBeGreaterThan(10);
        expect(shift).toBeLessThan(1500);
      }),
      { numRuns: 200 },
    );
  });

  it('treats CGCS2000 as WGS84 (no GCJ shift on 天地图)', () => {
    const p = { lng: 119.22, lat: 34.6 };
    expect(convertDatum(p, 'CGCS2000', 'WGS84')).toEqual(p);
    expect(convertDatum(p, 'CGCS2000', 'GCJ02')).toEqual(convertDatum(p, 'WGS84', 'GCJ02'));
  });

  it('leaves points outside China alone', () => {
    for (const p of [{ lng: -0.1276, lat: 51.5072 }, { lng: 139.69, lat: 35.69 }, { lng: 183, lat: 45 }]) {
      expect(convertDatum(p, 'GCJ02', 'WGS84')).toEqual(p);
      expect(convertDatum(p, 'WGS84', 'BD09')).toEqual(p);
    }
  });

  it('never mutates its input, even frozen', () => {
    const p = Object.freeze({ lng: 119.22, lat: 34.6, datum: 'GCJ02' as const });
    const out = toWgs84(p);
    expect(p).toEqual({ lng: 119.22, lat: 34.6, datum: 'GCJ02' });
    expect(out).not.toBe(p);
    expect(distanceMeters(p, out)).toBeGreaterThan(100);
  });

  it('returns invalid positions unchanged instead of throwing', () => {
    expect(convertDatum({ lng: NaN, lat: 34 }, 'WGS84', 'GCJ02')).toEqual({ lng: NaN, lat: 34 });
    expect(convertDatum({ lng: 500, lat: 34 }, 'WGS84', 'GCJ02')).toEqual({ lng: 500, lat: 34 });
  });
});

describe('swapped latitude/longitude', () => {
  it('detects Chinese points written lat-first, and nothing else', () => {
    fc.assert(fc.property(lianyungang, ({ lng, lat }) => looksSwapped(lat, lng) && !looksSwapped(lng, lat)));
    expect(looksSwapped(-0.12, 51.5)).toBe(false); // London is not "swapped"
    expect(isInChina(119.2, 34.6)).toBe(true);
  });
});

describe('distance and walking time', () => {
  it('measures about 111 km per degree of latitude', () => {
    expect(distanceMeters({ lng: 119, lat: 34 }, { lng: 119, lat: 35 })).toBeCloseTo(111_195, -2);
  });
  it.each([
    [0, 1],
    [350, 10], // 350 m × 1.3 / 0.8 m/s = 569 s
    [1000, 28],
    [-1, 0],
  ])('%i m → %i minutes at an older person’s pace', (m, min) => expect(walkingMinutes(m)).toBe(min));
});

describe('navigationLinks', () => {
  const target = { name: '朐阳社区长者食堂', address: '朐阳路 18 号', location: { lng: 119.18, lat: 34.59, datum: 'WGS84' as const } };
  it('puts each app’s own datum in its URL', () => {
    const links = navigationLinks(target, { source: 'demo-bank' });
    expect(links.map((l) => [l.app, l.datum])).toEqual([
      ['amap', 'GCJ02'],
      ['baidu', 'BD09'],
      ['tencent', 'GCJ02'],
      ['geo', 'WGS84'],
    ]);
    const [amap, baidu, tencent, geo] = links;
    const f = (n: number) => n.toFixed(6).replace(/\.?0+$/, '');
    const gcj = convertDatum(target.location, 'WGS84', 'GCJ02');
    const bd = convertDatum(target.location, 'WGS84', 'BD09');
    expect(amap!.href).toContain(`position=${f(gcj.lng)},${f(gcj.lat)}`);
    expect(amap!.href).toContain('coordinate=gaode');
    expect(baidu!.href).toContain(`location=${f(bd.lat)},${f(bd.lng)}`);
    expect(baidu!.href).toContain('coord_type=bd09ll');
    expect(baidu!.href).toContain('src=demo-bank');
    expect(tencent!.href).toContain(`coord:${f(gcj.lat)},${f(gcj.lng)}`);
    expect(tencent!.href).toContain('referer=demo-bank');
    expect(geo!.href).toBe(`geo:34.59,119.18?q=34.59,119.18(${encodeURIComponent(target.name)})`);
  });
  it('does not convert a GCJ-02 point twice for 高德', () => {
    const gcj = { ...target, location: { lng: 119.185, lat: 34.588, datum: 'GCJ02' as const } };
    expect(navigationLinks(gcj, { apps: ['amap'] })[0]!.href).toContain('position=119.185,34.588');
  });
});
