import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTranslator } from '../messages/translate';
import { parsePhone } from '../phone/parsePhone';
import { LIANYUNGANG, NATIONAL_REGION, resolveRegion } from './region';

afterEach(() => vi.restoreAllMocks());

describe('region profiles', () => {
  it('the national default names no city: a country view, an obvious example, the national hotlines', () => {
    expect(NATIONAL_REGION.mapZoom).toBeLessThanOrEqual(5);
    expect(NATIONAL_REGION.exampleLandline).toBe('010 1234 5678');
    expect(NATIONAL_REGION.hotlines).toEqual({ elderCare: '12349', government: '12345' });
    expect(JSON.stringify(NATIONAL_REGION)).not.toMatch(/0518|连云港|Lianyungang/);
  });

  it('LIANYUNGANG is the pilot city: its centre, a district zoom and its 0518 area code', () => {
    expect(LIANYUNGANG.mapCenter).toEqual({ lng: 119.22, lat: 34.6 });
    expect(LIANYUNGANG.mapZoom).toBe(13);
    expect(parsePhone(LIANYUNGANG.exampleLandline)).toMatchObject({ kind: 'landline', display: '0518 8555 1234' });
    expect(parsePhone(NATIONAL_REGION.exampleLandline).kind).toBe('landline');
  });

  it('fills the phone messages’ {landline}', () => {
    const t = createTranslator('zh-CN');
    expect(t('phone.errorNoAreaCode', { landline: LIANYUNGANG.exampleLandline })).toBe('固定电话请加区号，例如 0518 8555 1234');
    expect(createTranslator('en-US')('phone.hintAny', { landline: NATIONAL_REGION.exampleLandline })).toContain('or 010 1234 5678');
  });
});

describe('resolveRegion', () => {
  it('returns the base for nothing, and fills what a host left out from it', () => {
    expect(resolveRegion(undefined)).toBe(NATIONAL_REGION);
    expect(resolveRegion(null, LIANYUNGANG)).toBe(LIANYUNGANG);
    const suzhou = resolveRegion({ id: 'suzhou', name: { 'zh-CN': '苏州市' }, mapCenter: { lng: 120.62, lat: 31.3 }, mapZoom: 12, exampleLandline: '0512-6522 1234' });
    expect(suzhou).toEqual({
      id: 'suzhou',
      name: { 'zh-CN': '苏州市', 'en-US': 'China' },
      mapCenter: { lng: 120.62, lat: 31.3 },
      mapZoom: 12,
      exampleLandline: '0512-6522 1234',
      hotlines: { elderCare: '12349', government: '12345' },
    });
    expect(resolveRegion({ hotlines: { elderCare: '0518-12349' } }, LIANYUNGANG).hotlines).toEqual({ elderCare: '0518-12349', government: '12345' });
    expect(resolveRegion({ mapCenter: null }).mapCenter).toBeNull();
  });

  it('replaces what is unusable with the base’s, with a warning, and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const r = resolveRegion({
      id: 'oops',
      mapCenter: { lng: 34.6, lat: 119.22 }, // written lat/lng round
      mapZoom: 40,
      exampleLandline: '85551234', // no area code
      hotlines: { elderCare: 'call us', government: '' },
      name: { 'en-US': '  ' },
    });
    expect(r).toMatchObject({ id: 'oops', mapCenter: NATIONAL_REGION.mapCenter, mapZoom: 4, exampleLandline: '010 1234 5678', hotlines: NATIONAL_REGION.hotlines, name: NATIONAL_REGION.name });
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.every(([m]) => String(m).startsWith('[yinfa] region "oops"'))).toBe(true);
    expect(resolveRegion('lianyungang' as never)).toBe(NATIONAL_REGION);
    expect(resolveRegion({ mapCenter: { lng: Number.NaN, lat: 1 } as never }).mapCenter).toEqual(NATIONAL_REGION.mapCenter);
  });
});
