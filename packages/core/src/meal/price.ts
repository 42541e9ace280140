import type { MealPoint, MenuTier, Residency, SubsidyEffect, SubsidyRule } from './types';

/** What the user told us once (all optional). `residency`: 户籍 here, resident here, or neither. */
export interface MealProfile {
  /** Age in 周岁 (whole years). */
  age?: number;
  /** Subsidy groups: 'dibao', 'tekun', 'disabled'… (see SUBSIDY_GROUPS). */
  groups?: readonly string[];
  residency?: 'hukou' | 'resident' | 'none';
}

export interface PriceCandidate {
  rule: SubsidyRule;
  ruleIndex: number;
  fen: number;
}

export type PriceReason =
  /** No menu price known. */
  | 'no-menu'
  /** The point has no subsidy rules: the menu price. */
  | 'no-subsidy'
  /** Rules exist but none fits the profile: the menu price. */
  | 'not-eligible'
  /** A rule applied: see `rule`. */
  | 'subsidy';

export interface MealPrice {
  /** What this person pays for the tier, in 分; null when the point publishes no price. */
  fen: number | null;
  /** The menu price before subsidy. */
  baseFen: number | null;
  tier: MenuTier | null;
  reason: PriceReason;
  /** The rule that gives the best price, when one applies. */
  rule: SubsidyRule | null;
  ruleIndex: number | null;
  savedFen: number;
  caps: SubsidyRule['caps'] | null;
  /** The applied rule needs 户籍/常住 and the profile did not say: show "需本地户籍". */
  residencyToCheck: Residency | null;
  /** Other rules that also apply, best first (for "why this price"). */
  alternatives: PriceCandidate[];
  /** Rules the person might get if they gave their age or group (unknown age, no groups). */
  maybe: SubsidyRule[];
}

/** The price after one subsidy effect, never below 0 nor above the menu price. */
export function applySubsidy(baseFen: number, effect: SubsidyEffect): number {
  let fen: number;
  switch (effect?.kind) {
    case 'fixed-off':
      fen = baseFen - effect.fen;
      break;
    case 'percent':
      fen = Math.round((baseFen * effect.percentPaid) / 100);
      break;
    case 'fixed-price':
      fen = effect.fen;
      break;
    case 'free':
      fen = 0;
      break;
    default:
      fen = baseFen;
  }
  return Math.min(baseFen, Math.max(0, Math.round(fen)));
}

function usableAge(age: unknown): number | null {
  return typeof age === 'number' && Number.isFinite(age) && age >= 0 && age <= 150 ? Math.floor(age) : null;
}

type Fit = 'yes' | 'no' | 'maybe';

/**
 * Does a rule fit the profile? Age bands include both ends (80 fits "80周岁以上" and "70-80"). A rule with
 * an age band and groups needs both. Unknown age or no groups give "maybe", never a guess.
 */
export function ruleFits(rule: SubsidyRule, profile: MealProfile): Fit {
  let fit: Fit = 'yes';
  const hasBand = typeof rule.minAge === 'number' || typeof rule.maxAge === 'number';
  if (hasBand) {
    const age = usableAge(profile.age);
    if (age === null) fit = 'maybe';
    else if ((typeof rule.minAge === 'number' && age < rule.minAge) || (typeof rule.maxAge === 'number' && age > rule.maxAge)) return 'no';
  }
  if (Array.isArray(rule.groups) && rule.groups.length > 0) {
    const mine = Array.isArray(profile.groups) ? profile.groups : [];
    // Groups not given at all: maybe. Groups given (even none): a clear no.
    if (!rule.groups.some((g) => mine.includes(g))) {
      if (!Array.isArray(profile.groups)) fit = 'maybe';
      else return 'no';
    }
  }
  const residency = rule.residency ?? 'any';
  if (residency !== 'any' && profile.residency) {
    if (profile.residency === 'none' || (residency === 'hukou' && profile.residency === 'resident')) return 'no';
  }
  return fit;
}

function restrictiveness(rule: SubsidyRule): number {
  const caps = rule.caps ?? {};
  return (caps.perDay ? 1 : 0) + (caps.perWeek ? 1 : 0) + (caps.perMonth ? 1 : 0) + (rule.residency && rule.residency !== 'any' ? 2 : 0);
}

/**
 * The best price for this person at this point, with the rule that gives it and its caps. With several
 * rules (90岁以上免费 and 低保 fixed price), the lowest price wins; on a tie, the rule with fewer caps and
 * no residency condition, then the first listed. `tierIndex` picks a menu tier; by default the cheapest
 * ("price from"). Never throws.
 */
export function mealPriceFor(point: Pick<MealPoint, 'menu' | 'subsidies'>, profile: MealProfile = {}, options: { tierIndex?: number } = {}): MealPrice {
  const menu = Array.isArray(point?.menu) ? point.menu.filter((t) => t && Number.isInteger(t.fen) && t.fen >= 0) : [];
  const rules = Array.isArray(point?.subsidies) ? point.subsidies : [];
  const safeProfile = profile && typeof profile === 'object' ? profile : {};
  let tier: MenuTier | null = null;
  if (options.tierIndex !== undefined) tier = menu[options.tierIndex] ?? null;
  else for (const t of menu) if (!tier || t.fen < tier.fen) tier = t;

  const empty: MealPrice = {
    fen: null,
    baseFen: null,
    tier: null,
    reason: 'no-menu',
    rule: null,
    ruleIndex: null,
    savedFen: 0,
    caps: null,
    residencyToCheck: null,
    alternatives: [],
    maybe: [],
  };
  if (!tier) return empty;
  const base = tier.fen;
  const result: MealPrice = { ...empty, fen: base, baseFen: base, tier, reason: rules.length ? 'not-eligible' : 'no-subsidy' };

  const candidates: PriceCandidate[] = [];
  rules.forEach((rule, ruleIndex) => {
    if (!rule || typeof rule !== 'object') return;
    const fit = ruleFits(rule, safeProfile);
    if (fit === 'no') return;
    const fen = applySubsidy(base, rule.effect);
    if (fit === 'maybe') {
      if (fen < base) result.maybe.push(rule);
      return;
    }
    candidates.push({ rule, ruleIndex, fen });
  });
  candidates.sort((a, b) => a.fen - b.fen || restrictiveness(a.rule) - restrictiveness(b.rule) || a.ruleIndex - b.ruleIndex);
  const best = candidates[0];
  if (best && best.fen < base) {
    result.fen = best.fen;
    result.reason = 'subsidy';
    result.rule = best.rule;
    result.ruleIndex = best.ruleIndex;
    result.savedFen = base - best.fen;
    result.caps = best.rule.caps ?? null;
    const residency = best.rule.residency ?? 'any';
    result.residencyToCheck = residency !== 'any' && !safeProfile.residency ? residency : null;
    result.alternatives = candidates.slice(1).filter((c) => c.fen < base);
  }
  return result;
}
