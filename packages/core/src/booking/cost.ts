/**
 * Cost in integer 分: list price, the share 长护险 (long-term-care insurance) or a subsidy covers,
 * what the user pays (自付), and the monthly quota. Rules follow the pilots in domain.md §2.1:
 * a percentage (Shanghai 90%, agencies 80%), a cap per visit (Tengzhou 45元 per day), a monthly
 * amount that does not carry over (Wenzhou). Coverage is rounded down to the 分, so the fund never
 * promises more than its rule.
 */
import type { BookingQuota, BookingQuote, CoverageKind } from './types';

export interface CoverageRule {
  kind: CoverageKind;
  /** Share covered, in basis points: 9000 = 90%. */
  rateBp?: number;
  /** A flat amount covered per visit, in 分 (a subsidy "每次补贴 20 元"). Used when rateBp is absent. */
  fixedFen?: number;
  /** The most covered per visit, in 分. */
  capFen?: number;
  label?: string;
}

export interface QuotaState {
  unit: 'fen' | 'visit';
  total: number;
  used: number;
}

function int(n: unknown): number {
  const v = Math.trunc(Number(n));
  return Number.isFinite(v) && v > 0 ? v : 0;
}

export function computeCost(listPriceFen: number, rule: CoverageRule = { kind: 'none' }, quota?: QuotaState): BookingQuote {
  const listFen = int(listPriceFen);
  let covered = 0;
  if (rule.kind !== 'none') {
    if (rule.rateBp !== undefined) covered = Math.floor((listFen * Math.min(10_000, int(rule.rateBp))) / 10_000);
    else covered = int(rule.fixedFen);
    if (rule.capFen !== undefined) covered = Math.min(covered, int(rule.capFen));
    covered = Math.min(covered, listFen);
  }
  let quotaOut: BookingQuota | undefined;
  let note: string | undefined;
  if (quota && rule.kind !== 'none') {
    const total = int(quota.total);
    const used = Math.min(int(quota.used), total);
    const remaining = total - used;
    if (quota.unit === 'fen') {
      covered = Math.min(covered, remaining);
      quotaOut = { unit: 'fen', total, used, thisBooking: covered, left: remaining - covered };
    } else {
      if (remaining < 1) covered = 0;
      const thisBooking = covered > 0 ? 1 : 0;
      quotaOut = { unit: 'visit', total, used, thisBooking, left: remaining - thisBooking };
    }
    if (remaining <= 0) note = 'quota-exhausted';
  }
  return { listFen, coveredFen: covered, selfPayFen: listFen - covered, coverage: covered > 0 ? rule.kind : rule.kind === 'none' ? 'none' : rule.kind, coverageLabel: rule.label, quota: quotaOut, note };
}

/** Checks a quote from a host adds up (list = covered + self-pay, none negative); a bad one is not shown as money. */
export function isConsistentQuote(q: unknown): q is BookingQuote {
  const v = q as BookingQuote | null;
  if (!v || typeof v !== 'object') return false;
  const nums = [v.listFen, v.coveredFen, v.selfPayFen];
  if (!nums.every((n) => Number.isInteger(n) && n >= 0)) return false;
  return v.listFen === v.coveredFen + v.selfPayFen;
}
