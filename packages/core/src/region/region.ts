import { devWarn } from '../dev/warn';
import { isValidLngLat, looksSwapped, type LngLat } from '../meal/position';
import { parsePhone } from '../phone/parsePhone';

/**
 * Where a deployment serves: the map's starting view, the example numbers hints and errors show, the hotlines
 * that fall back when a host names none. One object a city passes once (YinfaProvider `region`) instead of
 * pilot-city values scattered as defaults.
 */
export interface RegionProfile {
  /** A stable name for logs and tests: 'national', 'lianyungang'. */
  id: string;
  /** Shown to people: the city or province's name. */
  name: { 'zh-CN': string; 'en-US': string };
  /** WGS84. The map's view before it has points or the user's position to frame; null: no city to start from. */
  mapCenter: LngLat | null;
  /** Leaflet zoom for mapCenter: ~4 shows the whole country, ~13 a city district. */
  mapZoom: number;
  /**
   * The example landline in phone hints and errors ("例如 0518 8555 1234"), grouped for reading: the local area
   * code shows a resident the shape of the number they know. Never a real line (nobody should dial an example).
   * Mobile numbers are not regional: the examples keep 138 0013 8000.
   */
  exampleLandline: string;
  /** Hotlines used when a widget is given none: 12349 (民政养老服务热线), 12345 (政务服务便民热线). */
  hotlines: { elderCare: string; government: string };
}

/**
 * The neutral default: all of China at a country zoom, an example landline that is obviously one
 * (Beijing's 010 with 1234 5678) and the national hotlines.
 */
// Plain literals (no Object.freeze call): a bundle that never names LIANYUNGANG drops it.
export const NATIONAL_REGION: Readonly<RegionProfile> = {
  id: 'national',
  name: { 'zh-CN': '全国', 'en-US': 'China' },
  // Roughly the geographic centre of China (near Lanzhou); zoom 4 shows the mainland on a phone.
  mapCenter: { lng: 103.8, lat: 36.1 },
  mapZoom: 4,
  exampleLandline: '010 1234 5678',
  hotlines: { elderCare: '12349', government: '12345' },
};

/** 连云港市, the pilot city: its sample meal points and stories use this profile. */
export const LIANYUNGANG: Readonly<RegionProfile> = {
  id: 'lianyungang',
  name: { 'zh-CN': '连云港市', 'en-US': 'Lianyungang' },
  mapCenter: { lng: 119.22, lat: 34.6 },
  mapZoom: 13,
  exampleLandline: '0518 8555 1234',
  hotlines: { elderCare: '12349', government: '12345' },
};

/** What a host may pass: a whole profile, or only the fields that differ from the national default. */
export type RegionInput = Partial<Omit<RegionProfile, 'name' | 'hotlines'>> & {
  name?: Partial<RegionProfile['name']>;
  hotlines?: Partial<RegionProfile['hotlines']>;
};

const landlineOk = (text: unknown) => {
  if (typeof text !== 'string') return false;
  const phone = parsePhone(text);
  return phone.kind === 'landline' && !phone.extension;
};
const hotlineOk = (text: unknown) => typeof text === 'string' && /^[\d\s-]{3,20}$/.test(text) && /\d{3}/.test(text.replace(/\D/g, ''));

/**
 * A complete, valid profile from what a host passed: missing fields come from `base` (the national default),
 * invalid ones (a centre outside the globe or written lat/lng round, a zoom outside 1–18, an example landline
 * without an area code) are replaced by base's, each with a development warning. Never throws.
 */
export function resolveRegion(input: RegionInput | null | undefined, base: RegionProfile = NATIONAL_REGION): RegionProfile {
  if (input === undefined || input === null) return base;
  if (typeof input !== 'object') {
    devWarn(`region: expected a RegionProfile object, got ${typeof input}; using "${base.id}".`);
    return base;
  }
  const id = typeof input.id === 'string' && input.id.trim() ? input.id.trim() : base.id;
  const warn = (what: string, value: unknown) => devWarn(`region "${id}": ${what} ${JSON.stringify(value)} is not usable; using "${base.id}"'s.`);
  let mapCenter = base.mapCenter;
  if (input.mapCenter === null) mapCenter = null;
  else if (input.mapCenter !== undefined) {
    const c = input.mapCenter as Partial<LngLat>;
    if (isValidLngLat(c?.lng, c?.lat) && !looksSwapped(c.lng as number, c.lat as number)) mapCenter = { lng: c.lng as number, lat: c.lat as number };
    else warn('mapCenter', input.mapCenter);
  }
  const pick = <T>(value: T | undefined, ok: (v: T) => boolean, fallback: T, what: string): T => {
    if (value === undefined) return fallback;
    if (ok(value)) return value;
    warn(what, value);
    return fallback;
  };
  const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
  return {
    id,
    name: {
      'zh-CN': pick(input.name?.['zh-CN'], text, base.name['zh-CN'], 'name'),
      'en-US': pick(input.name?.['en-US'], text, base.name['en-US'], 'name'),
    },
    mapCenter,
    mapZoom: pick(input.mapZoom, (z) => typeof z === 'number' && z >= 1 && z <= 18, base.mapZoom, 'mapZoom'),
    exampleLandline: pick(input.exampleLandline, landlineOk, base.exampleLandline, 'exampleLandline'),
    hotlines: {
      elderCare: pick(input.hotlines?.elderCare, hotlineOk, base.hotlines.elderCare, 'hotlines.elderCare'),
      government: pick(input.hotlines?.government, hotlineOk, base.hotlines.government, 'hotlines.government'),
    },
  };
}
