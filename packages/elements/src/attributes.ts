/**
 * Attribute parsing for the custom elements. Every parser returns a value or an AttrProblem; nothing
 * throws. A problem makes the element show a short friendly note in place and log one console error
 * naming the element and the attribute.
 */

export type AttrKind = 'string' | 'number' | 'integer' | 'boolean' | 'json' | 'enum' | 'list';

export interface AttrSpec {
  /** The attribute name (kebab-case); the property is its camelCase form. */
  name: string;
  kind: AttrKind;
  /** enum: the allowed values. */
  values?: readonly string[];
  /** number/integer: inclusive bounds. */
  min?: number;
  max?: number;
  /** json: checks the parsed value's shape; returns a problem text or null. */
  check?: (value: unknown) => string | null;
  /** json: after a passing check, the value in its canonical form (e.g. `datum: "gcj02"` → `"GCJ02"`). */
  normalize?: (value: unknown) => unknown;
  /** A boolean attribute whose default is true (`history="false"` turns it off). */
  defaultTrue?: boolean;
}

export interface AttrProblem {
  attribute: string;
  /** For developers (the console), in English. */
  detail: string;
}

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: AttrProblem };

export const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

const ok = (value: unknown): Parsed => ({ ok: true, value });
const bad = (attribute: string, detail: string): Parsed => ({ ok: false, problem: { attribute, detail } });

/** Parses one attribute's text (null when absent → undefined, no problem). */
export function parseAttribute(spec: AttrSpec, raw: string | null): Parsed {
  const { name } = spec;
  if (raw === null) return ok(spec.kind === 'boolean' ? Boolean(spec.defaultTrue) : undefined);
  const text = raw.trim();
  switch (spec.kind) {
    case 'string':
      return ok(raw);
    case 'boolean': {
      // Present means true (HTML convention); "false"/"0"/"off" are accepted for templating engines.
      const lower = text.toLowerCase();
      if (lower === '' || lower === 'true' || lower === name || lower === '1' || lower === 'on') return ok(true);
      if (lower === 'false' || lower === '0' || lower === 'off') return ok(false);
      return bad(name, `expected a boolean (present, "true" or "false"), got "${raw}"`);
    }
    case 'number':
    case 'integer': {
      const n = text === '' ? Number.NaN : Number(text);
      if (!Number.isFinite(n)) return bad(name, `expected a number, got "${raw}"`);
      if (spec.kind === 'integer' && !Number.isSafeInteger(n)) return bad(name, `expected a whole number, got "${raw}"`);
      if (spec.min !== undefined && n < spec.min) return bad(name, `expected at least ${spec.min}, got ${n}`);
      if (spec.max !== undefined && n > spec.max) return bad(name, `expected at most ${spec.max}, got ${n}`);
      return ok(n);
    }
    case 'enum': {
      // Case-insensitive (`mode="Elder"`, `locale="ZH-cn"`); the value returned is the canonical spelling.
      const values = spec.values ?? [];
      const lower = text.toLowerCase();
      const match = values.find((v) => v.toLowerCase() === lower);
      if (match === undefined) return bad(name, `unknown value "${raw}"; expected one of: ${values.join(', ')}`);
      return ok(match);
    }
    case 'list': {
      // "a, b c" or a JSON array of strings.
      if (text.startsWith('[')) return parseJson({ ...spec, check: stringArray }, text);
      return ok(text.split(/[\s,，]+/).filter(Boolean));
    }
    case 'json':
      // "off"/"false" is JSON false: lets an attribute turn a feature off (shortcuts="off").
      return parseJson(spec, text === 'off' ? 'false' : text);
  }
}

function parseJson(spec: AttrSpec, text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return bad(spec.name, `malformed JSON (${(error as Error).message})`);
  }
  return checked(spec, value);
}

function checked(spec: AttrSpec, value: unknown): Parsed {
  const problem = spec.check?.(value) ?? null;
  if (problem) return bad(spec.name, problem);
  return ok(spec.normalize ? spec.normalize(value) : value);
}

/** Checks a value given as a property against the same spec (wrong types are problems too). */
export function checkProperty(spec: AttrSpec, value: unknown): Parsed {
  if (value === undefined || value === null) return ok(undefined);
  switch (spec.kind) {
    case 'string':
      return typeof value === 'string' ? ok(value) : bad(spec.name, `expected a string, got ${typeof value}`);
    case 'boolean':
      return typeof value === 'boolean' ? ok(value) : parseAttribute(spec, String(value));
    case 'number':
    case 'integer':
    case 'enum':
      return parseAttribute(spec, String(value));
    case 'list':
      return Array.isArray(value) ? parseAttribute(spec, JSON.stringify(value)) : parseAttribute(spec, String(value));
    case 'json': {
      if (typeof value === 'string') return parseJson(spec, value);
      return checked(spec, value);
    }
  }
}

// ---- shape checks for JSON attributes ----

export function stringArray(value: unknown): string | null {
  return Array.isArray(value) && value.every((v) => typeof v === 'string') ? null : 'expected an array of strings';
}

export function plainObject(value: unknown): string | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? null : 'expected a JSON object';
}

export function arrayOf(what: string) {
  return (value: unknown): string | null => (Array.isArray(value) ? null : `expected a JSON array of ${what}`);
}

/** { "scamTypes": [...], "level"?: ..., "reasons"?: [...] } as assessTransferRisk returns it. */
export function assessmentShape(value: unknown): string | null {
  if (plainObject(value)) return 'expected a JSON object like {"level":"warn","scamTypes":["fake-investment"],"reasons":[]}';
  const v = value as Record<string, unknown>;
  if (v.scamTypes !== undefined && stringArray(v.scamTypes)) return '"scamTypes" must be an array of strings';
  if (v.reasons !== undefined && stringArray(v.reasons)) return '"reasons" must be an array of strings';
  if (v.level !== undefined && !['none', 'notice', 'warn', 'intervene'].includes(String(v.level))) return '"level" must be none, notice, warn or intervene';
  return null;
}

/** [{ "label": "…", "number": "…" }] */
export function officialNumbersShape(value: unknown): string | null {
  if (!Array.isArray(value)) return 'expected a JSON array like [{"label":"本行客服","number":"95588"}]';
  return value.every((v) => v && typeof v === 'object' && typeof v.label === 'string' && typeof v.number === 'string')
    ? null
    : 'every entry needs a "label" and a "number" string';
}

/** The datums a position may name, in any letter case (`"gcj02"` as the docs write it, or `"GCJ02"`). */
const DATUM_NAMES = ['WGS84', 'GCJ02', 'BD09', 'CGCS2000'] as const;
const datumOf = (raw: unknown) => (typeof raw === 'string' ? DATUM_NAMES.find((d) => d === raw.trim().toUpperCase()) : undefined);

/** { "lng": 119.2, "lat": 34.6, "datum"?: "wgs84" | "gcj02" | "bd09" | "cgcs2000" } */
export function positionShape(value: unknown): string | null {
  if (plainObject(value)) return 'expected a JSON object like {"lng":119.22,"lat":34.6}';
  const v = value as Record<string, unknown>;
  const num = (n: unknown) => typeof n === 'number' && Number.isFinite(n);
  if (!num(v.lng) || !num(v.lat)) return '"lng" and "lat" must be numbers';
  if (Math.abs(v.lat as number) > 90 || Math.abs(v.lng as number) > 180) return '"lng"/"lat" are out of range';
  if (v.datum !== undefined && !datumOf(v.datum)) return `"datum" must be one of ${DATUM_NAMES.map((d) => d.toLowerCase()).join(', ')} (any letter case), got ${JSON.stringify(v.datum)}`;
  return null;
}

/** A checked position with its datum in the spelling @yinfa/core uses (`"gcj02"` → `"GCJ02"`). */
export function normalizePosition(value: unknown): unknown {
  const v = value as { lng: number; lat: number; datum?: unknown };
  const datum = datumOf(v.datum);
  return datum ? { lng: v.lng, lat: v.lat, datum } : { lng: v.lng, lat: v.lat };
}

