/**
 * The `region` attribute, in a module of its own: only the elements that use it (meal map, booking) bring
 * resolveRegion and the phone parser it checks example numbers with, not every element or the toolbar.
 */
import { resolveRegion, type RegionInput, type RegionProfile } from '@yinfa/core';
import { plainObject, type AttrSpec } from './attributes';

/**
 * `region`: where the page serves, as a JSON object in RegionProfile's shape (any fields; the rest are the
 * national default's), e.g. {"id":"suzhou","mapCenter":{"lng":120.62,"lat":31.3},"mapZoom":12,
 * "exampleLandline":"0512-6522 1234","hotlines":{"elderCare":"0512-12349"}}. Not an object is a problem; fields
 * that are unusable are replaced by the national default's with a development warning (resolveRegion).
 */
export function regionShape(value: unknown): string | null {
  return plainObject(value) ? 'expected a JSON object like {"mapCenter":{"lng":120.62,"lat":31.3},"mapZoom":12,"hotlines":{"elderCare":"12349"}}' : null;
}

/**
 * The checked region as a complete profile. The same JSON gives the same object on every update, so the map does
 * not re-centre and resolveRegion's warnings appear once, not on every render.
 */
export function regionNormalizer(resolve: (input: RegionInput) => RegionProfile): (value: unknown) => unknown {
  let last: { key: string; profile: RegionProfile } | null = null;
  return (value) => {
    const key = JSON.stringify(value);
    if (last?.key !== key) last = { key, profile: resolve(value as RegionInput) };
    return last.profile;
  };
}

/**
 * `region` on the elements whose widgets use it (the meal map's view and hotline, the booking's hotline and
 * example numbers); the base hands the resolved profile to YinfaProvider. Without it: the national default.
 */
export const REGION_ATTRIBUTE: AttrSpec = { name: 'region', kind: 'json', check: regionShape, normalize: regionNormalizer(resolveRegion) };
