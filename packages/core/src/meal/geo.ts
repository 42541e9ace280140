import gcoord from 'gcoord';
import { isInChina, isValidLngLat, type GeoPosition, type LngLat } from './position';
import type { Datum } from './types';

const GCOORD_CRS = { WGS84: gcoord.WGS84, CGCS2000: gcoord.WGS84, GCJ02: gcoord.GCJ02, BD09: gcoord.BD09 } as const;

/**
 * Converts one position between datums through gcoord. Always returns a new object; the input is never
 * touched (gcoord mutates GeoJSON in place, so only fresh arrays are handed to it). CGCS2000 and WGS84 are
 * treated as the same datum (centimetre difference; 天地图 tiles take WGS84 data as is). Outside China the
 * position comes back unchanged. An invalid position comes back unchanged too (never throws).
 */
export function convertDatum(position: LngLat, from: Datum, to: Datum): LngLat {
  const { lng, lat } = position;
  if (!isValidLngLat(lng, lat) || GCOORD_CRS[from] === GCOORD_CRS[to] || !isInChina(lng, lat)) return { lng, lat };
  const [x, y] = gcoord.transform([lng, lat], GCOORD_CRS[from], GCOORD_CRS[to]) as [number, number];
  return { lng: x, lat: y };
}

/** A position in WGS84, whatever datum it came in (WGS84 when unset, like browser geolocation). */
export function toWgs84(position: GeoPosition): LngLat {
  return convertDatum(position, position.datum ?? 'WGS84', 'WGS84');
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/** Great-circle (haversine) distance in metres between two positions in the same datum. */
export function distanceMeters(a: LngLat, b: LngLat): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const s = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(s)));
}

/**
 * An older person's walking pace: 0.8 m/s (≈ 2.9 km/h; gait studies put people over 80 at 0.6–0.9 m/s,
 * and pedestrian-signal design uses 0.9–1.0 m/s), over a route 1.3 × the straight line (streets are not
 * straight). Both can be overridden.
 */
export const ELDER_WALKING_SPEED_MPS = 0.8;
export const ROUTE_DETOUR_FACTOR = 1.3;

/** Walking minutes (whole, at least 1) for a straight-line distance. */
export function walkingMinutes(meters: number, options: { speedMps?: number; detour?: number } = {}): number {
  const speed = options.speedMps && options.speedMps > 0 ? options.speedMps : ELDER_WALKING_SPEED_MPS;
  const detour = options.detour && options.detour >= 1 ? options.detour : ROUTE_DETOUR_FACTOR;
  if (!Number.isFinite(meters) || meters < 0) return 0;
  return Math.max(1, Math.ceil((meters * detour) / speed / 60));
}

export type NavigationApp = 'amap' | 'baidu' | 'tencent' | 'geo';
export const NAVIGATION_APPS: readonly NavigationApp[] = ['amap', 'baidu', 'tencent', 'geo'];

/** The datum each app's URL expects. geo: URIs are WGS84 by definition (RFC 5870). */
export const NAVIGATION_DATUM: Record<NavigationApp, Datum> = { amap: 'GCJ02', baidu: 'BD09', tencent: 'GCJ02', geo: 'WGS84' };

export interface NavigationLink {
  app: NavigationApp;
  href: string;
  /** The coordinates put in the URL, in `datum`. */
  position: LngLat;
  datum: Datum;
}

function fixed(n: number): string {
  return n.toFixed(6).replace(/\.?0+$/, '');
}

/**
 * Hand-off URLs to the map apps, each with the position converted to that app's datum. They are the
 * apps' documented web URIs (uri.amap.com, api.map.baidu.com, apis.map.qq.com): on a phone with the app
 * installed they open it; elsewhere they open the web map. `source` is the calling app's name, which Baidu
 * (`src`) and Tencent (`referer`) ask for.
 */
export function navigationLinks(
  target: { name: string; address?: string; location: GeoPosition },
  options: { source?: string; apps?: readonly NavigationApp[] } = {},
): NavigationLink[] {
  const source = encodeURIComponent(options.source ?? 'yinfa');
  const name = encodeURIComponent(target.name);
  const addr = encodeURIComponent(target.address ?? '');
  const from = target.location.datum ?? 'WGS84';
  const apps = options.apps ?? NAVIGATION_APPS;
  return apps.map((app) => {
    const datum = NAVIGATION_DATUM[app];
    const p = convertDatum(target.location, from, datum);
    const lng = fixed(p.lng);
    const lat = fixed(p.lat);
    let href: string;
    switch (app) {
      case 'amap':
        href = `https://uri.amap.com/marker?position=${lng},${lat}&name=${name}&src=${source}&coordinate=gaode&callnative=1`;
        break;
      case 'baidu':
        href = `https://api.map.baidu.com/marker?location=${lat},${lng}&title=${name}&content=${addr}&output=html&coord_type=bd09ll&src=${source}`;
        break;
      case 'tencent':
        href = `https://apis.map.qq.com/uri/v1/marker?marker=coord:${lat},${lng};title:${name};addr:${addr}&referer=${source}`;
        break;
      default:
        href = `geo:${lat},${lng}?q=${lat},${lng}(${name})`;
    }
    return { app, href, position: p, datum };
  });
}
