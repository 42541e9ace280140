import { toHalfWidth } from '../text/normalizeWidth';
import { convertDatum, distanceMeters, toWgs84, walkingMinutes } from './geo';
import type { GeoPosition, LngLat } from './position';
import { isMealPointOpen, mealPointStatus, type MealPointStatus } from './hours';
import { mealPriceFor, type MealPrice, type MealProfile } from './price';
import type { Datum, DietTag, MealPoint, ServiceMode } from './types';

/** A validated point with its position converted once to WGS84 (the datum distances are computed in). */
export interface PreparedMealPoint {
  point: MealPoint;
  wgs84: LngLat;
  /** Lower-cased text searched by `text`: name, district, street, community, address, landmark. */
  haystack: string;
  /** Position in the input array (the tie-break, and the key for the lazily built name order). */
  index: number;
}

const preparedCache = new WeakMap<readonly MealPoint[], PreparedMealPoint[]>();

function normalizeText(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, '');
}

/**
 * Converts every point to WGS84 once and builds search text. Cached per array, so calling it on every
 * render is free; the host's objects are never modified (conversion writes to new objects).
 */
export function prepareMealPoints(points: readonly MealPoint[]): PreparedMealPoint[] {
  const cached = preparedCache.get(points);
  if (cached) return cached;
  const prepared = points.map((point, index) => {
    const a = point.address;
    return {
      point,
      wgs84: toWgs84(point.location),
      haystack: normalizeText([point.name, a.district, a.street, a.community, a.detail, a.landmark, point.operator].filter(Boolean).join('|')),
      index,
    };
  });
  preparedCache.set(points, prepared);
  return prepared;
}

const nameRankCache = new WeakMap<readonly PreparedMealPoint[], Int32Array>();

/**
 * Each point's rank in zh-CN name order (pinyin), built on first use: only lists without a location sort by
 * name, and creating a zh-CN collator and sorting with it is the slowest part of preparing a list.
 */
function nameRanks(prepared: readonly PreparedMealPoint[]): Int32Array {
  let ranks = nameRankCache.get(prepared);
  if (!ranks) {
    const collator = new Intl.Collator('zh-CN');
    const order = prepared.map((p) => p.index).sort((a, b) => collator.compare(prepared[a]!.point.name, prepared[b]!.point.name));
    ranks = new Int32Array(prepared.length);
    order.forEach((i, r) => (ranks![i] = r));
    nameRankCache.set(prepared, ranks);
  }
  return ranks;
}

const datumCache = new WeakMap<readonly PreparedMealPoint[], Map<Datum, LngLat[]>>();

/** Every prepared point's position in `datum` (for a tile layer), converted once per list and datum. */
export function positionsInDatum(prepared: readonly PreparedMealPoint[], datum: Datum): LngLat[] {
  let byDatum = datumCache.get(prepared);
  if (!byDatum) datumCache.set(prepared, (byDatum = new Map()));
  let out = byDatum.get(datum);
  if (!out) {
    out = prepared.map((p) => convertDatum(p.wgs84, 'WGS84', datum));
    byDatum.set(datum, out);
  }
  return out;
}

const pointDatumCache = new WeakMap<PreparedMealPoint, Partial<Record<Datum, LngLat>>>();

/** One prepared point's position in `datum`, converted once and cached on the point. */
export function positionInDatum(prepared: PreparedMealPoint, datum: Datum): LngLat {
  let byDatum = pointDatumCache.get(prepared);
  if (!byDatum) pointDatumCache.set(prepared, (byDatum = {}));
  return (byDatum[datum] ??= convertDatum(prepared.wgs84, 'WGS84', datum));
}

export interface MealFilters {
  openNow?: boolean;
  /** The point must offer every selected mode. Delivery also needs the user inside the delivery radius (when both are known). */
  modes?: readonly ServiceMode[];
  /** The point must have every selected diet tag. */
  diet?: readonly DietTag[];
  stepFree?: boolean;
  /** Matches name, district, street, community, address or landmark (full-width and case folded). */
  text?: string;
}

export interface MealQuery extends MealFilters {
  /** The user's position in any datum (browser geolocation is WGS84). Without it the list is sorted by name. */
  origin?: GeoPosition | null;
  at?: Date;
  /** Only points within this many metres of the origin; null or absent for no limit. */
  radiusM?: number | null;
  profile?: MealProfile;
  /** How many nearest points to offer when nothing is inside the radius (default 3). */
  nearestCount?: number;
}

export interface MealListItem {
  prepared: PreparedMealPoint;
  point: MealPoint;
  distanceM: number | null;
  walkMinutes: number | null;
  /** Computed on first read (cached). */
  readonly status: MealPointStatus;
  /** Computed on first read (cached). */
  readonly price: MealPrice;
  /** Delivery reaches the user (null when the origin or the radius is unknown). */
  deliversHere: boolean | null;
}

export interface MealQueryResult {
  /** Matching points inside the radius, nearest first. */
  items: MealListItem[];
  /** Matching points ignoring the radius. */
  totalIgnoringRadius: number;
  /** When `items` is empty: the nearest matches outside the radius. */
  nearest: MealListItem[];
  /** When `items` is empty: the smallest of RADIUS_STEPS_M that would show at least one point, or null. */
  widerRadiusM: number | null;
}

export const RADIUS_STEPS_M: readonly number[] = [500, 1000, 2000, 3000, 5000, 10000, 20000, 50000];

function includesAll<T>(have: readonly T[], want: readonly T[] | undefined): boolean {
  if (!want || want.length === 0) return true;
  for (const w of want) if (!have.includes(w)) return false;
  return true;
}

/**
 * Filters and sorts prepared points for the list: nearest first when the origin is known (ties by name),
 * else by name. Distances are computed in WGS84 (the origin is converted once). Zero results inside the
 * radius come with the nearest few outside it and a wider radius to offer. Never throws.
 */
export function queryMealPoints(prepared: readonly PreparedMealPoint[], query: MealQuery = {}): MealQueryResult {
  const at = query.at instanceof Date ? query.at : new Date();
  const origin = query.origin && Number.isFinite(query.origin.lng) && Number.isFinite(query.origin.lat) ? toWgs84(query.origin) : null;
  const radius = origin && typeof query.radiusM === 'number' && query.radiusM > 0 ? query.radiusM : null;
  const text = query.text ? normalizeText(query.text) : '';
  const modes = query.modes ?? [];
  const wantsDelivery = modes.includes('delivery');

  type Row = { p: PreparedMealPoint; d: number | null; status: MealPointStatus | undefined; delivers: boolean | null };
  const rows: Row[] = []; // matches inside the radius
  const nearestCount = Math.max(1, query.nearestCount ?? 3);
  const outside: Row[] = []; // the few nearest matches outside the radius, kept sorted
  let total = 0;
  for (const p of prepared) {
    const point = p.point;
    // Cheapest checks first; "open now" (the dearest) last.
    if (text && !p.haystack.includes(text)) continue;
    if (query.stepFree && point.access?.stepFree !== true) continue;
    if (!includesAll(point.services.modes, modes)) continue;
    if (!includesAll(point.diet, query.diet)) continue;
    const d = origin ? distanceMeters(origin, p.wgs84) : null;
    const delivers = d !== null && point.services.deliveryRadiusM && point.services.modes.includes('delivery') ? d <= point.services.deliveryRadiusM : null;
    if (wantsDelivery && delivers === false) continue;
    const far = radius !== null && d! > radius;
    // Outside the radius only the nearest few matter: skip the open check for the rest.
    if (far && outside.length >= nearestCount && d! >= outside[outside.length - 1]!.d!) {
      if (!query.openNow || isMealPointOpen(point, at)) total++;
      continue;
    }
    // "Open now" is a cheap yes/no here; the full status is computed when a card reads it.
    if (query.openNow && !isMealPointOpen(point, at)) continue;
    total++;
    const row: Row = { p, d, status: undefined, delivers };
    if (!far) rows.push(row);
    else {
      let i = outside.length;
      while (i > 0 && (outside[i - 1]!.d! > d! || (outside[i - 1]!.d === d && outside[i - 1]!.p.index > p.index))) i--;
      outside.splice(i, 0, row);
      if (outside.length > nearestCount) outside.pop();
    }
  }
  if (origin) rows.sort((a, b) => a.d! - b.d! || a.p.index - b.p.index);
  else {
    const ranks = nameRanks(prepared);
    rows.sort((a, b) => ranks[a.p.index]! - ranks[b.p.index]!);
  }

  const profile = query.profile;
  // Status and price are lazy: a list shows a page of cards, so 10,000 matches cost only what is read.
  const toItem = (r: Row): MealListItem => {
    let status = r.status;
    let price: MealPrice | undefined;
    return {
      prepared: r.p,
      point: r.p.point,
      distanceM: r.d,
      walkMinutes: r.d === null ? null : walkingMinutes(r.d),
      get status() {
        return (status ??= mealPointStatus(r.p.point, at));
      },
      get price() {
        return (price ??= mealPriceFor(r.p.point, profile));
      },
      deliversHere: r.delivers,
    };
  };

  const result: MealQueryResult = { items: rows.map(toItem), totalIgnoringRadius: total, nearest: [], widerRadiusM: null };
  if (rows.length === 0 && outside.length > 0) {
    result.nearest = outside.map(toItem);
    const nearestD = outside[0]!.d!;
    result.widerRadiusM = RADIUS_STEPS_M.find((s) => s >= nearestD && (radius === null || s > radius)) ?? null;
  }
  return result;
}
