import { isServiceNumber, parsePhone } from '../phone/parsePhone';
import { isNullIsland, isValidLngLat, looksSwapped } from './position';
import { parseClock } from './hours';
import {
  DATUMS,
  DIET_TAGS,
  MEAL_POINT_STATUSES,
  MEAL_POINT_TYPES,
  MEALS,
  RESIDENCIES,
  SERVICE_MODES,
  SUBSIDY_KINDS,
  type DietTag,
  type MealPoint,
  type MealPointError,
  type MealWindow,
  type MenuTier,
  type OpeningHours,
  type ServiceMode,
  type SubsidyEffect,
  type SubsidyRule,
  type ValidationResult,
  type Weekday,
} from './types';

type Obj = Record<string, unknown>;

/** Thrown inside one record's check to skip it; never escapes validateMealPoints. */
class Skip extends Error {}

class Ctx {
  issues: MealPointError[] = [];
  id: string | undefined;
  constructor(readonly index: number) {}
  private push(field: string, message: string, severity: 'error' | 'warning') {
    const issue: MealPointError = { index: this.index, field, message, severity };
    if (this.id !== undefined) issue.id = this.id;
    this.issues.push(issue);
  }
  fail(field: string, message: string): never {
    this.push(field, message, 'error');
    throw new Skip(message);
  }
  warn(field: string, message: string) {
    this.push(field, message, 'warning');
  }
}

/** Text for a message, whatever the value is (String() throws on some objects). */
function show(v: unknown): string {
  try {
    return typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  } catch {
    return Object.prototype.toString.call(v);
  }
}
function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
function isFen(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
}
function isCount(v: unknown): v is number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v > 0;
}
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isIsoDate(v: unknown): v is string {
  if (typeof v !== 'string') return false;
  const m = DATE_RE.exec(v);
  if (!m) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
function optionalString(ctx: Ctx, field: string, v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') ctx.fail(field, 'must be text');
  return v.trim() || undefined;
}
function weekdays(ctx: Ctx, field: string, v: unknown): Weekday[] {
  if (!Array.isArray(v)) ctx.fail(field, 'must be a list of weekdays 0 (Sunday) to 6 (Saturday)');
  return v.map((d, i) => {
    if (!Number.isInteger(d) || (d as number) < 0 || (d as number) > 6) ctx.fail(`${field}[${i}]`, 'must be a weekday 0 (Sunday) to 6 (Saturday)');
    return d as Weekday;
  });
}
function enumList<T extends string>(ctx: Ctx, field: string, v: unknown, allowed: readonly T[], what: string): T[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) ctx.fail(field, `must be a list of ${what}`);
  const out: T[] = [];
  v.forEach((x, i) => {
    if ((allowed as readonly unknown[]).includes(x)) {
      if (!out.includes(x as T)) out.push(x as T);
    } else ctx.warn(`${field}[${i}]`, `unknown ${what} "${show(x)}" ignored; expected one of ${allowed.join(', ')}`);
  });
  return out;
}

function checkLocation(ctx: Ctx, v: unknown): MealPoint['location'] {
  if (!isObj(v)) ctx.fail('location', 'missing: needs { lng, lat, datum }');
  let { lng, lat } = v as { lng: unknown; lat: unknown };
  if (typeof lng !== 'number' || !Number.isFinite(lng)) ctx.fail('location.lng', 'must be a number (longitude)');
  if (typeof lat !== 'number' || !Number.isFinite(lat)) ctx.fail('location.lat', 'must be a number (latitude)');
  if (!(DATUMS as readonly unknown[]).includes(v.datum)) ctx.fail('location.datum', `must be one of ${DATUMS.join(', ')} (the datum the coordinates were captured in)`);
  if (looksSwapped(lng as number, lat as number)) {
    ctx.warn('location', `latitude and longitude look swapped (lng ${show(lng)}, lat ${show(lat)}); swapped back`);
    [lng, lat] = [lat, lng];
  }
  if (!isValidLngLat(lng, lat)) ctx.fail(Math.abs(lat as number) > 90 ? 'location.lat' : 'location.lng', 'out of range (longitude −180…180, latitude −90…90)');
  if (isNullIsland(lng as number, lat as number)) ctx.fail('location', 'is (0, 0), a placeholder, not a place');
  return { lng: lng as number, lat: lat as number, datum: v.datum as MealPoint['location']['datum'] };
}

function checkAddress(ctx: Ctx, v: unknown): MealPoint['address'] {
  if (!isObj(v)) ctx.fail('address', 'missing: needs at least { district, detail }');
  const district = str(v.district) ?? ctx.fail('address.district', 'missing: the 区/县');
  const detail = str(v.detail) ?? ctx.fail('address.detail', 'missing: the street address');
  const out: MealPoint['address'] = { district, detail };
  for (const key of ['province', 'city', 'street', 'community', 'landmark'] as const) {
    const s = optionalString(ctx, `address.${key}`, v[key]);
    if (s) out[key] = s;
  }
  if (v.floor !== undefined && v.floor !== null) {
    if (!Number.isInteger(v.floor)) ctx.fail('address.floor', 'must be a whole number (1 = ground floor, -1 = basement)');
    out.floor = v.floor as number;
  }
  return out;
}

function checkPhones(ctx: Ctx, v: unknown): MealPoint['phones'] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) ctx.fail('phones', 'must be a list of { number, purpose? }');
  const out: MealPoint['phones'] = [];
  v.forEach((p, i) => {
    const raw = typeof p === 'string' ? p : isObj(p) ? p.number : undefined;
    const number = typeof raw === 'string' ? raw.trim() : '';
    if (!number || (parsePhone(number).kind === 'invalid' && !isServiceNumber(number))) {
      ctx.warn(`phones[${i}]`, `not a phone number ("${show(raw)}"); ignored`);
      return;
    }
    const phone: MealPoint['phones'][number] = { number };
    if (isObj(p)) {
      if (p.purpose === 'order' || p.purpose === 'enquiry' || p.purpose === 'other') phone.purpose = p.purpose;
      const label = optionalString(ctx, `phones[${i}].label`, p.label);
      if (label) phone.label = label;
    }
    out.push(phone);
  });
  return out;
}

function checkHours(ctx: Ctx, v: unknown): OpeningHours | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObj(v)) ctx.fail('hours', 'must be { windows: [...] }');
  if (!Array.isArray(v.windows)) ctx.fail('hours.windows', 'must be a list of meal windows');
  const windows: MealWindow[] = v.windows.map((w, i) => {
    const f = `hours.windows[${i}]`;
    if (!isObj(w)) ctx.fail(f, 'must be { meal, start, end }');
    if (!(MEALS as readonly unknown[]).includes(w.meal)) ctx.fail(`${f}.meal`, `must be one of ${MEALS.join(', ')}`);
    const s = parseClock(w.start);
    const e = parseClock(w.end);
    if (s === null || s === 1440) ctx.fail(`${f}.start`, `"${show(w.start)}" is not a time HH:MM`);
    if (e === null) ctx.fail(`${f}.end`, `"${show(w.end)}" is not a time HH:MM`);
    if (s === e) ctx.fail(`${f}.end`, 'equals the start: an empty window (use 00:00–24:00 for all day)');
    const win: MealWindow = { meal: w.meal as MealWindow['meal'], start: String(w.start).trim(), end: String(w.end).trim() };
    if (w.days !== undefined) win.days = weekdays(ctx, `${f}.days`, w.days);
    return win;
  });
  const hours: OpeningHours = { windows };
  if (v.closedDays !== undefined) hours.closedDays = weekdays(ctx, 'hours.closedDays', v.closedDays);
  if (v.closedDates !== undefined) {
    if (!Array.isArray(v.closedDates)) ctx.fail('hours.closedDates', 'must be a list of dates YYYY-MM-DD');
    hours.closedDates = v.closedDates.map((d, i) => (isIsoDate(d) ? d : ctx.fail(`hours.closedDates[${i}]`, `"${show(d)}" is not a date YYYY-MM-DD`)));
  }
  if (v.orderAhead !== undefined && v.orderAhead !== null) {
    const o = v.orderAhead;
    if (!isObj(o) || parseClock(o.cutoff) === null) ctx.fail('hours.orderAhead.cutoff', 'must be a time HH:MM');
    if (!Number.isInteger(o.daysBefore) || (o.daysBefore as number) < 0 || (o.daysBefore as number) > 14) ctx.fail('hours.orderAhead.daysBefore', 'must be 0–14 days');
    hours.orderAhead = { cutoff: String(o.cutoff), daysBefore: o.daysBefore as number };
  }
  const note = optionalString(ctx, 'hours.note', v.note);
  if (note) hours.note = note;
  return hours;
}

function checkMenu(ctx: Ctx, v: unknown): MenuTier[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) ctx.fail('menu', 'must be a list of { name, fen }');
  return v.map((t, i) => {
    if (!isObj(t)) ctx.fail(`menu[${i}]`, 'must be { name, fen }');
    const name = str(t.name) ?? ctx.fail(`menu[${i}].name`, 'missing');
    if (!isFen(t.fen)) ctx.fail(`menu[${i}].fen`, 'must be a whole number of 分 ≥ 0 (12元 = 1200)');
    return { name, fen: t.fen as number };
  });
}

function checkEffect(ctx: Ctx, f: string, e: unknown): SubsidyEffect {
  if (!isObj(e) || !(SUBSIDY_KINDS as readonly unknown[]).includes(e.kind)) ctx.fail(`${f}.kind`, `must be one of ${SUBSIDY_KINDS.join(', ')}`);
  switch (e.kind) {
    case 'fixed-off':
    case 'fixed-price':
      if (!isFen(e.fen)) ctx.fail(`${f}.fen`, 'must be a whole number of 分 ≥ 0');
      return { kind: e.kind, fen: e.fen as number };
    case 'percent':
      if (typeof e.percentPaid !== 'number' || !(e.percentPaid >= 0 && e.percentPaid <= 100)) ctx.fail(`${f}.percentPaid`, 'must be 0–100 (八折 = 80)');
      return { kind: 'percent', percentPaid: e.percentPaid as number };
    default:
      return { kind: 'free' };
  }
}

function checkSubsidies(ctx: Ctx, v: unknown): SubsidyRule[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) ctx.fail('subsidies', 'must be a list of rules');
  return v.map((r, i) => {
    const f = `subsidies[${i}]`;
    if (!isObj(r)) ctx.fail(f, 'must be a rule object');
    const rule: SubsidyRule = { effect: checkEffect(ctx, `${f}.effect`, r.effect) };
    const id = optionalString(ctx, `${f}.id`, r.id);
    if (id) rule.id = id;
    const label = optionalString(ctx, `${f}.label`, r.label);
    if (label) rule.label = label;
    for (const key of ['minAge', 'maxAge'] as const) {
      const a = r[key];
      if (a === undefined || a === null) continue;
      if (typeof a !== 'number' || !Number.isInteger(a) || a < 0 || a > 150) ctx.fail(`${f}.${key}`, 'must be a whole age 0–150 (周岁)');
      rule[key] = a;
    }
    if (rule.minAge !== undefined && rule.maxAge !== undefined && rule.minAge > rule.maxAge) ctx.fail(`${f}.maxAge`, 'is below minAge');
    if (r.groups !== undefined && r.groups !== null) {
      if (!Array.isArray(r.groups) || r.groups.some((g) => !str(g))) ctx.fail(`${f}.groups`, 'must be a list of group names (dibao, tekun, disabled…)');
      rule.groups = (r.groups as string[]).map((g) => g.trim()) as SubsidyRule['groups'];
    }
    if (r.residency !== undefined && r.residency !== null) {
      if (!(RESIDENCIES as readonly unknown[]).includes(r.residency)) ctx.fail(`${f}.residency`, `must be one of ${RESIDENCIES.join(', ')}`);
      rule.residency = r.residency as SubsidyRule['residency'];
    }
    if (r.caps !== undefined && r.caps !== null) {
      if (!isObj(r.caps)) ctx.fail(`${f}.caps`, 'must be { perDay?, perWeek?, perMonth? }');
      const caps: NonNullable<SubsidyRule['caps']> = {};
      for (const key of ['perDay', 'perWeek', 'perMonth'] as const) {
        const c = r.caps[key];
        if (c === undefined || c === null) continue;
        if (!isCount(c)) ctx.fail(`${f}.caps.${key}`, 'must be a whole number ≥ 1');
        caps[key] = c;
      }
      rule.caps = caps;
    }
    const funding = optionalString(ctx, `${f}.funding`, r.funding);
    if (funding) rule.funding = funding;
    return rule;
  });
}

function checkServices(ctx: Ctx, v: unknown): MealPoint['services'] {
  if (v === undefined || v === null) {
    ctx.warn('services', 'missing: no service modes shown');
    return { modes: [] };
  }
  if (!isObj(v)) ctx.fail('services', 'must be { modes: [...] }');
  const out: MealPoint['services'] = { modes: enumList<ServiceMode>(ctx, 'services.modes', v.modes, SERVICE_MODES, 'service mode') };
  if (v.deliveryRadiusM !== undefined && v.deliveryRadiusM !== null) {
    if (typeof v.deliveryRadiusM !== 'number' || !(v.deliveryRadiusM > 0) || !Number.isFinite(v.deliveryRadiusM)) ctx.fail('services.deliveryRadiusM', 'must be metres > 0');
    out.deliveryRadiusM = v.deliveryRadiusM;
  }
  if (v.deliveryFeeFen !== undefined && v.deliveryFeeFen !== null) {
    if (!isFen(v.deliveryFeeFen)) ctx.fail('services.deliveryFeeFen', 'must be a whole number of 分 ≥ 0');
    out.deliveryFeeFen = v.deliveryFeeFen;
  }
  return out;
}

function checkRecord(ctx: Ctx, r: unknown): MealPoint {
  if (!isObj(r)) ctx.fail('', 'not an object');
  const rawId = r.id;
  const id = typeof rawId === 'number' && Number.isFinite(rawId) ? String(rawId) : str(rawId);
  if (id === undefined) ctx.fail('id', 'missing: every meal point needs a unique id');
  ctx.id = id;
  const name = str(r.name) ?? ctx.fail('name', 'missing');
  if (!(MEAL_POINT_TYPES as readonly unknown[]).includes(r.type)) ctx.fail('type', `must be one of ${MEAL_POINT_TYPES.join(', ')}`);
  let status: MealPoint['status'] = 'open';
  if (r.status !== undefined && r.status !== null) {
    if (!(MEAL_POINT_STATUSES as readonly unknown[]).includes(r.status)) ctx.fail('status', `must be one of ${MEAL_POINT_STATUSES.join(', ')}`);
    status = r.status as MealPoint['status'];
  }
  const point: MealPoint = {
    id,
    name,
    type: r.type as MealPoint['type'],
    status,
    address: checkAddress(ctx, r.address),
    location: checkLocation(ctx, r.location),
    phones: checkPhones(ctx, r.phones),
    menu: checkMenu(ctx, r.menu),
    subsidies: checkSubsidies(ctx, r.subsidies),
    services: checkServices(ctx, r.services),
    diet: enumList<DietTag>(ctx, 'diet', r.diet, DIET_TAGS, 'diet tag'),
  };
  const hours = checkHours(ctx, r.hours);
  if (hours) point.hours = hours;
  else ctx.warn('hours', 'missing: opening times shown as unknown');
  for (const key of ['operator', 'licenceNo', 'channel'] as const) {
    const s = optionalString(ctx, key, r[key]);
    if (s) point[key] = s;
  }
  if (r.lastVerifiedAt !== undefined && r.lastVerifiedAt !== null) {
    if (isIsoDate(r.lastVerifiedAt)) point.lastVerifiedAt = r.lastVerifiedAt;
    else ctx.warn('lastVerifiedAt', `"${show(r.lastVerifiedAt)}" is not a date YYYY-MM-DD; ignored`);
  }
  if (r.access !== undefined && r.access !== null) {
    if (!isObj(r.access)) ctx.fail('access', 'must be { groundFloor?, stepFree?, accessibleToilet? }');
    const access: NonNullable<MealPoint['access']> = {};
    for (const key of ['groundFloor', 'stepFree', 'accessibleToilet'] as const) {
      const b = r.access[key];
      if (b === undefined || b === null) continue;
      if (typeof b !== 'boolean') ctx.fail(`access.${key}`, 'must be true or false');
      access[key] = b;
    }
    const note = optionalString(ctx, 'access.note', r.access.note);
    if (note) access.note = note;
    point.access = access;
  }
  if (r.seats !== undefined && r.seats !== null) {
    if (!isCount(r.seats)) ctx.fail('seats', 'must be a whole number ≥ 1');
    point.seats = r.seats;
  }
  if (r.payment !== undefined && r.payment !== null) {
    if (!Array.isArray(r.payment) || r.payment.some((p) => typeof p !== 'string')) ctx.fail('payment', 'must be a list of text');
    point.payment = [...(r.payment as string[])];
  }
  if (r.sample === true) point.sample = true;
  return point;
}

/**
 * Validates meal-point records at the boundary. Each good record comes back as a clean copy (the input is
 * never modified; swapped lat/lng are swapped back in the copy and reported as a warning). Each bad record
 * is skipped and reported once with severity 'error': its index, its id when it had one, the field at fault
 * and a message. Later records with an id already seen are skipped too. Never throws, whatever the input.
 */
export function validateMealPoints(records: unknown[]): ValidationResult {
  const points: MealPoint[] = [];
  const errors: MealPointError[] = [];
  if (!Array.isArray(records)) {
    errors.push({ index: -1, field: '', message: 'expected a list of meal points', severity: 'error' });
    return { points, errors };
  }
  const seen = new Set<string>();
  for (let index = 0; index < records.length; index++) {
    const ctx = new Ctx(index);
    try {
      const point = checkRecord(ctx, records[index]);
      if (seen.has(point.id)) ctx.fail('id', `duplicate id "${point.id}"`);
      seen.add(point.id);
      points.push(point);
    } catch (e) {
      if (!(e instanceof Skip)) {
        ctx.issues.push({ index, ...(ctx.id !== undefined ? { id: ctx.id } : {}), field: '', message: `unreadable record (${show(e instanceof Error ? e.message : e)})`, severity: 'error' });
      }
    }
    errors.push(...ctx.issues);
  }
  return { points, errors };
}
