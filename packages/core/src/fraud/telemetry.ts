import type { RiskLevel } from './types';

/**
 * Telemetry for the bank's risk team: what was shown, for how long, the answers and the outcome.
 * There is no personal data: no amount, payee, account, memo, phone number, name or free text. Scam
 * types, reason codes and question ids are fixed identifiers. Every event passes through
 * `sanitizeFraudEvent`, which keeps only the fields below.
 */
export type FraudSurface = 'education' | 'contextual' | 'intervention' | 'amount-confirm';
export type FraudOutcome = 'cancelled' | 'continued' | 'called' | 'contacted' | 'dismissed' | 'stopped';
export type CallTarget = 'bank' | '96110' | '110';

interface Base {
  surface: FraudSurface;
  /** ms since this surface was shown (0 for `shown`). */
  elapsedMs: number;
}

export type FraudTelemetryEvent =
  | (Base & { type: 'shown'; scamTypes: string[]; level?: RiskLevel; reasonCodes?: string[]; layout?: string; exposures?: number })
  | (Base & { type: 'hidden'; visibleMs: number })
  | (Base & { type: 'answer'; questionId: string; answer: 'yes' | 'no'; risky: boolean; index: number })
  | (Base & { type: 'outcome'; outcome: FraudOutcome; via?: CallTarget | 'escape' | 'button' | 'trusted-contact'; delayedArrival?: boolean });

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const SURFACES: readonly FraudSurface[] = ['education', 'contextual', 'intervention', 'amount-confirm'];
const OUTCOMES: readonly FraudOutcome[] = ['cancelled', 'continued', 'called', 'contacted', 'dismissed', 'stopped'];
const VIAS = ['bank', '96110', '110', 'escape', 'button', 'trusted-contact'];
const LEVELS = ['none', 'notice', 'warn', 'intervene'];

const ms = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0);
const ids = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && ID.test(x)).slice(0, 16) : []);

/**
 * Keeps only the documented fields, with identifiers that match /^[a-z0-9-]+$/ (so a name, an
 * amount or a memo can never ride along). Returns null for an event that is not one of the four types.
 */
export function sanitizeFraudEvent(event: unknown): FraudTelemetryEvent | null {
  if (!event || typeof event !== 'object') return null;
  const e = event as Record<string, unknown>;
  const surface = SURFACES.includes(e.surface as FraudSurface) ? (e.surface as FraudSurface) : null;
  if (!surface) return null;
  const base = { surface, elapsedMs: ms(e.elapsedMs) };
  switch (e.type) {
    case 'shown': {
      const out: FraudTelemetryEvent = { type: 'shown', ...base, scamTypes: ids(e.scamTypes) };
      if (LEVELS.includes(e.level as string)) out.level = e.level as RiskLevel;
      if (Array.isArray(e.reasonCodes)) out.reasonCodes = ids(e.reasonCodes);
      if (typeof e.layout === 'string' && ID.test(e.layout)) out.layout = e.layout;
      if (typeof e.exposures === 'number' && Number.isInteger(e.exposures) && e.exposures >= 0) out.exposures = e.exposures;
      return out;
    }
    case 'hidden':
      return { type: 'hidden', ...base, visibleMs: ms(e.visibleMs) };
    case 'answer':
      if (typeof e.questionId !== 'string' || !ID.test(e.questionId) || (e.answer !== 'yes' && e.answer !== 'no')) return null;
      return { type: 'answer', ...base, questionId: e.questionId, answer: e.answer, risky: e.risky === true, index: Math.max(0, Math.floor(ms(e.index))) };
    case 'outcome': {
      if (!OUTCOMES.includes(e.outcome as FraudOutcome)) return null;
      const out: FraudTelemetryEvent = { type: 'outcome', ...base, outcome: e.outcome as FraudOutcome };
      if (VIAS.includes(e.via as string)) out.via = e.via as NonNullable<Extract<FraudTelemetryEvent, { type: 'outcome' }>['via']>;
      if (typeof e.delayedArrival === 'boolean') out.delayedArrival = e.delayedArrival;
      return out;
    }
    default:
      return null;
  }
}
