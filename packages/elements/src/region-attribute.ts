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

/** Profiles resolved so far, by their JSON; a few regions per page at most (bounded all the same). */
const resolved = new Map<string, RegionProfile>();

/**
 * The checked region as a complete profile. The same JSON gives the same object on every update and in every
 * element that names it (the spec is shared by all of them), so a map does not re-centre and resolveRegion's
 * warnings appear once, not on every render.
 */
export function normalizeRegion(value: unknown): RegionProfile {
  const key = JSON.stringify(value);
  let profile = resolved.get(key);
  if (!profile) {
    if (resolved.size >= 16) resolved.clear();
    profile = resolveRegion(value as RegionInput);
    resolved.set(key, profile);
  }
  return profile;
}

/**
 * `region` on the elements whose widgets use it (the meal map's view and hotline, the booking's hotline and
 * example numbers); the base hands the resolved profile to YinfaProvider. Without it: the national default.
 */
export const REGION_ATTRIBUTE: AttrSpec = { name: 'region', kind: 'json', check: regionShape, normalize: normalizeRegion };
