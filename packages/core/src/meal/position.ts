// Positions and their sanity checks, without gcoord: what validation and region profiles need, so importing them
// does not bundle the datum converter (geo.ts) into every page.
import type { Datum } from './types';

/** A position in a named datum. Longitude first, as GeoJSON and gcoord. */
export interface LngLat {
  lng: number;
  lat: number;
}
export interface GeoPosition extends LngLat {
  datum?: Datum;
}

/**
 * The rough mainland bounding box gcoord uses for "is the GCJ-02 shift applied here". Outside it the
 * shift is not applied (GCJ-02 only exists inside China), so points abroad pass through unchanged.
 */
export function isInChina(lng: number, lat: number): boolean {
  return lng >= 72.004 && lng <= 137.8347 && lat >= 0.8293 && lat <= 55.8271;
}

export function isValidLngLat(lng: unknown, lat: unknown): boolean {
  return typeof lng === 'number' && typeof lat === 'number' && Number.isFinite(lng) && Number.isFinite(lat) && Math.abs(lng) <= 180 && Math.abs(lat) <= 90;
}

/**
 * Latitude and longitude written the wrong way round (`{ lng: 34.6, lat: 119.2 }`): the pair is not in
 * China but its mirror is. Only detectable for Chinese points, which is where this library's data lives.
 */
export function looksSwapped(lng: number, lat: number): boolean {
  return !isInChina(lng, lat) && isInChina(lat, lng);
}

/** (0, 0) "null island": a default value, never a real meal point. */
export function isNullIsland(lng: number, lat: number): boolean {
  return Math.abs(lng) < 1e-6 && Math.abs(lat) < 1e-6;
}
