import type { StorageLike } from '../storage/webStorage';

/**
 * Frequency cap and rotation against habituation (Anderson et al., CHI 2015: attention drops after
 * the second showing). The log holds counts and times per scam type only; the host keys it per
 * customer and decides where to keep it. No personal data is stored.
 */

export interface ExposureRecord {
  /** All showings. */
  count: number;
  /** Showings on `day`. */
  dayCount: number;
  /** Local day (YYYY-MM-DD in the bank's zone) of the last showing. */
  day: string;
  lastAt: number;
}
export type ExposureLog = Record<string, ExposureRecord>;

export interface FrequencyCap {
  /** Most showings of one scam type per customer per day (default 2). */
  maxPerDay: number;
  /** Most showings of one scam type ever; after that it rests until `restMs` passed (default 6). */
  maxTotal: number;
  /** Gap after `maxTotal` before the type comes back (default 30 days). */
  restMs: number;
  /** Minimum time between two showings of the same type (default 4 hours). */
  minGapMs: number;
  /** From this many earlier showings on, the layout and example change (default 2). */
  polymorphAfter: number;
  /** Offset of the bank's day from UTC in minutes (default 480). */
  utcOffsetMinutes: number;
}

export const DEFAULT_FREQUENCY_CAP: Readonly<FrequencyCap> = Object.freeze({
  maxPerDay: 2,
  maxTotal: 6,
  restMs: 30 * 86_400_000,
  minGapMs: 4 * 3_600_000,
  polymorphAfter: 2,
  utcOffsetMinutes: 480,
});

/** The layouts the guard and banners cycle through; the danger style itself never changes. */
export const WARNING_LAYOUTS = ['standard', 'checklist', 'story'] as const;
export type WarningLayout = (typeof WARNING_LAYOUTS)[number];

/** Clock differences below this are jitter, not a moved clock. */
const FUTURE_TOLERANCE_MS = 60_000;

function cap(partial?: Partial<FrequencyCap>): FrequencyCap {
  const out = { ...DEFAULT_FREQUENCY_CAP };
  if (partial && typeof partial === 'object') {
    for (const key of Object.keys(out) as (keyof FrequencyCap)[]) {
      const v = partial[key];
      if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[key] = v;
    }
  }
  return out;
}

export function localDay(ms: number, utcOffsetMinutes = 480): string {
  return new Date(ms + utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
}

function record(log: unknown, type: string): ExposureRecord | null {
  if (!log || typeof log !== 'object') return null;
  const r = (log as Record<string, unknown>)[type];
  if (!r || typeof r !== 'object') return null;
  const { count, dayCount, day, lastAt } = r as Record<string, unknown>;
  if (typeof count !== 'number' || typeof lastAt !== 'number' || !Number.isFinite(count) || !Number.isFinite(lastAt)) return null;
  return { count, dayCount: typeof dayCount === 'number' ? dayCount : 0, day: typeof day === 'string' ? day : '', lastAt };
}

/** Keeps only well-formed records (a stored log may be old or tampered with). */
export function sanitizeExposureLog(log: unknown): ExposureLog {
  const out: ExposureLog = {};
  if (!log || typeof log !== 'object') return out;
  for (const key of Object.keys(log)) {
    const r = record(log, key);
    if (r) out[key] = r;
  }
  return out;
}

/** Whether an education or contextual warning of this type may be shown now. Interventions are never capped. */
export function canShowWarning(log: ExposureLog, scamType: string, nowMs: number, capConfig?: Partial<FrequencyCap>): boolean {
  const c = cap(capConfig);
  const r = record(log, scamType);
  if (!r) return true;
  // A showing "in the future" means the device clock was moved back (or the log was edited): the cap
  // cannot be trusted, and a fraud warning must not be silenced by changing the date. Show it.
  if (r.lastAt > nowMs + FUTURE_TOLERANCE_MS) return true;
  if (nowMs - r.lastAt < c.minGapMs) return false;
  if (r.day === localDay(nowMs, c.utcOffsetMinutes) && r.dayCount >= c.maxPerDay) return false;
  if (r.count >= c.maxTotal && nowMs - r.lastAt < c.restMs) return false;
  return true;
}

/** A new log with one more showing of `scamType` at `nowMs` (the input is not changed). */
export function recordExposure(log: ExposureLog, scamType: string, nowMs: number, capConfig?: Partial<FrequencyCap>): ExposureLog {
  const c = cap(capConfig);
  const day = localDay(nowMs, c.utcOffsetMinutes);
  const found = record(log, scamType);
  // A record from "the future" (clock moved back) is counted, but its day and gap start again from now.
  const r = found && found.lastAt > nowMs + FUTURE_TOLERANCE_MS ? { ...found, lastAt: nowMs, day: '', dayCount: 0 } : found;
  const rested = r !== null && r.count >= c.maxTotal && nowMs - r.lastAt >= c.restMs;
  const next: ExposureRecord = {
    count: rested ? 1 : (r?.count ?? 0) + 1,
    dayCount: r && r.day === day ? r.dayCount + 1 : 1,
    day,
    lastAt: nowMs,
  };
  return { ...sanitizeExposureLog(log), [scamType]: next };
}

/**
 * The next education topic: among the candidates that are not capped, the one shown least, then
 * longest ago, then first in the list. null when every candidate is capped (show nothing).
 */
export function pickEducationTopic(log: ExposureLog, candidates: readonly string[], nowMs: number, capConfig?: Partial<FrequencyCap>): string | null {
  const open = candidates.filter((t, i) => typeof t === 'string' && candidates.indexOf(t) === i && canShowWarning(log, t, nowMs, capConfig));
  if (open.length === 0) return null;
  return open
    .map((type, index) => ({ type, index, r: record(log, type) }))
    .sort((a, b) => (a.r?.count ?? 0) - (b.r?.count ?? 0) || (a.r?.lastAt ?? 0) - (b.r?.lastAt ?? 0) || a.index - b.index)[0]!.type;
}

export interface WarningPresentation {
  layout: WarningLayout;
  /** Which of the entry's examples to show. */
  exampleIndex: number;
  /** Earlier showings of this type. */
  exposures: number;
  /** True once the layout has started to change. */
  polymorphic: boolean;
  /** A rotation number for question order. */
  rotation: number;
}

/**
 * How to show the next warning of a type: the first showings use the standard layout and first
 * example; after `polymorphAfter` showings layout and example change every time, so the warning stays
 * new to the eye while the danger style stays recognisable.
 */
export function warningPresentation(log: ExposureLog, scamType: string, exampleCount: number, capConfig?: Partial<FrequencyCap>): WarningPresentation {
  const c = cap(capConfig);
  const exposures = record(log, scamType)?.count ?? 0;
  const polymorphic = exposures >= c.polymorphAfter;
  const step = polymorphic ? exposures - c.polymorphAfter + 1 : 0;
  const n = Math.max(1, Math.floor(exampleCount) || 1);
  return {
    layout: WARNING_LAYOUTS[step % WARNING_LAYOUTS.length]!,
    exampleIndex: step % n,
    exposures,
    polymorphic,
    rotation: step,
  };
}

/** The storage shape a host can hand in (localStorage, sessionStorage, or its own): reading and writing of `StorageLike`. */
export type ExposureStorage = Pick<StorageLike, 'getItem' | 'setItem'>;

export interface ExposureStore {
  read(): ExposureLog;
  record(scamType: string, nowMs: number): ExposureLog;
}

/**
 * An exposure store over a Storage-like object (or memory when none is given). `key` should be an
 * opaque per-customer key chosen by the host, never a name or phone number. Storage errors are swallowed.
 */
export function createExposureStore(options: { storage?: ExposureStorage | null; key?: string; cap?: Partial<FrequencyCap> } = {}): ExposureStore {
  const key = options.key ?? 'yinfa:fraud-exposure';
  let memory: ExposureLog = {};
  const read = (): ExposureLog => {
    if (!options.storage) return memory;
    try {
      const text = options.storage.getItem(key);
      return text ? sanitizeExposureLog(JSON.parse(text)) : {};
    } catch {
      return memory;
    }
  };
  return {
    read,
    record(scamType, nowMs) {
      const next = recordExposure(read(), scamType, nowMs, options.cap);
      memory = next;
      try {
        options.storage?.setItem(key, JSON.stringify(next));
      } catch {
        /* storage full or blocked: memory keeps this session's count */
      }
      return next;
    },
  };
}
