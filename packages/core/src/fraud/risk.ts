import { formatFen } from '../money/format';
import { parseAmount } from '../money/parseAmount';
import { createTranslator } from '../messages/translate';
import { resolveLocale } from '../messages/types';
import { DEFAULT_MEMO_KEYWORDS, findMemoKeywords } from './keywords';
import { fraudCoreMessages } from './messages';
import {
  RISK_LEVELS,
  type RiskAssessment,
  type RiskConfig,
  type RiskLevel,
  type RiskReasonCode,
  type ScamType,
  type TransferContext,
} from './types';

/** The documented defaults. Banks tune them; none is a legal constant (see docs/fraud.md). */
export const DEFAULT_RISK_CONFIG: Readonly<RiskConfig> = Object.freeze({
  noticeAmountFen: 500_000, // ¥5,000
  largeAmountFen: 5_000_000, // ¥50,000
  veryLargeAmountFen: 20_000_000, // ¥200,000
  elderAge: 60,
  elderLargeAmountFen: 2_000_000, // ¥20,000
  elderEscalates: true,
  nightStartHour: 22,
  nightEndHour: 6,
  utcOffsetMinutes: 480,
  burstCount: 3,
  burstWindowMinutes: 60,
  dailyTotalFen: 5_000_000, // ¥50,000
  unusualMultiple: 5,
  memoKeywords: DEFAULT_MEMO_KEYWORDS,
  extraMemoKeywords: [],
  locale: 'zh-CN',
});

const RANK: Record<RiskLevel, number> = { none: 0, notice: 1, warn: 2, intervene: 3 };

export function compareRiskLevels(a: RiskLevel, b: RiskLevel): number {
  return RANK[a] - RANK[b];
}

export function maxRiskLevel(...levels: RiskLevel[]): RiskLevel {
  return levels.reduce<RiskLevel>((m, l) => (RANK[l] > RANK[m] ? l : m), 'none');
}

function num(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** Merges a partial config over the defaults; bad numbers fall back to the default instead of breaking rules. */
export function resolveRiskConfig(config: Partial<RiskConfig> = {}): RiskConfig {
  const d = DEFAULT_RISK_CONFIG;
  const c = config && typeof config === 'object' ? config : {};
  return {
    noticeAmountFen: num(c.noticeAmountFen, d.noticeAmountFen),
    largeAmountFen: num(c.largeAmountFen, d.largeAmountFen),
    veryLargeAmountFen: num(c.veryLargeAmountFen, d.veryLargeAmountFen),
    elderAge: num(c.elderAge, d.elderAge),
    elderLargeAmountFen: num(c.elderLargeAmountFen, d.elderLargeAmountFen),
    elderEscalates: typeof c.elderEscalates === 'boolean' ? c.elderEscalates : d.elderEscalates,
    nightStartHour: num(c.nightStartHour, d.nightStartHour),
    nightEndHour: num(c.nightEndHour, d.nightEndHour),
    utcOffsetMinutes: num(c.utcOffsetMinutes, d.utcOffsetMinutes),
    burstCount: num(c.burstCount, d.burstCount),
    burstWindowMinutes: num(c.burstWindowMinutes, d.burstWindowMinutes),
    dailyTotalFen: num(c.dailyTotalFen, d.dailyTotalFen),
    unusualMultiple: num(c.unusualMultiple, d.unusualMultiple),
    memoKeywords: Array.isArray(c.memoKeywords) ? c.memoKeywords : d.memoKeywords,
    extraMemoKeywords: Array.isArray(c.extraMemoKeywords) ? c.extraMemoKeywords : d.extraMemoKeywords,
    locale: resolveLocale(c.locale ?? d.locale),
  };
}

/** The local hour (0–23) at `at` for a fixed UTC offset: independent of the device's time zone. */
export function localHour(at: Date, utcOffsetMinutes = 480): number {
  const minutes = Math.floor(at.getTime() / 60_000) + utcOffsetMinutes;
  return Math.floor((((minutes % 1440) + 1440) % 1440) / 60);
}

function inNight(hour: number, start: number, end: number): boolean {
  if (start === end) return false;
  return start < end ? hour >= start && hour < end : hour >= start || hour < end;
}

function toMs(at: unknown): number | null {
  const ms = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Number.NaN;
  return Number.isFinite(ms) ? ms : null;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Reads the amount: integer 分, or text as typed ("5万", "50,000", "５万元"). null when unreadable. */
export function readAmountFen(value: unknown): number | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? value : null;
  if (typeof value === 'string') return parseAmount(value);
  return null;
}

interface Finding {
  code: RiskReasonCode;
  level: RiskLevel;
  scamTypes: readonly ScamType[];
  values?: Record<string, string | number>;
}

const ALL_PRESSURE: ScamType[] = ['impersonate-police', 'fake-customer-service', 'impersonate-relative'];

/**
 * The risk rules: a pure function from what the host knows about a transfer to a level, the reasons
 * in plain words and the likely scam types. Never throws; odd fields are ignored. The level is the
 * highest any rule gives; reasons are ordered most serious first. See docs/fraud.md for the table.
 *
 * @example assessTransferRisk({ amountFen: 5_000_000, payeeIsNew: true, memo: '安全账户' })
 *   // → { level: 'intervene', reasons: [...], scamTypes: ['impersonate-police', ...] }
 */
export function assessTransferRisk(context: TransferContext, config?: Partial<RiskConfig>): RiskAssessment {
  const cfg = resolveRiskConfig(config);
  const t = createTranslator(cfg.locale, fraudCoreMessages);
  const ctx: Partial<TransferContext> = context && typeof context === 'object' ? context : {};
  const findings: Finding[] = [];
  const add = (code: RiskReasonCode, level: RiskLevel, scamTypes: readonly ScamType[] = [], values?: Finding['values']) =>
    findings.push({ code, level, scamTypes, values });

  const amount = readAmountFen(ctx.amountFen);
  const money = amount !== null && amount > 0 ? amount : 0;
  const isNew = ctx.payeeIsNew === true || ctx.firstTransferToPayee === true;
  const age = typeof ctx.customerAge === 'number' && ctx.customerAge >= 0 && ctx.customerAge <= 130 ? ctx.customerAge : null;
  const elder = age !== null && age >= cfg.elderAge;
  const fmt = (fen: number) => formatFen(fen, { showFen: 'auto' });

  if (amount === null) add('amount-unreadable', 'notice');

  // Payee novelty.
  if (ctx.payeeIsNew === true) add('new-payee', 'notice');
  else if (ctx.firstTransferToPayee === true) add('first-transfer', 'notice');

  // Amount size.
  if (money >= cfg.veryLargeAmountFen) {
    add('very-large-amount', 'intervene', ['impersonate-police', 'fake-investment', 'elderly-care-investment'], { amount: fmt(money) });
  } else if (money >= cfg.largeAmountFen) {
    add('large-amount', isNew ? 'intervene' : 'warn', ['impersonate-police', 'fake-investment', 'elderly-care-investment'], { amount: fmt(money) });
  } else if (elder && isNew && money >= cfg.elderLargeAmountFen) {
    add('elder-large-amount', 'intervene', ['elderly-care-investment', 'impersonate-relative', 'health-products'], { amount: fmt(money) });
  } else if (isNew && money >= cfg.noticeAmountFen) {
    add('notice-amount-new-payee', 'warn', ['impersonate-relative', 'fake-customer-service'], { amount: fmt(money) });
  }

  // Payee name check (Confirmation of Payee).
  switch (ctx.payeeNameCheck) {
    case 'no-match':
      add('name-no-match', isNew || money >= cfg.noticeAmountFen ? 'intervene' : 'warn', ['impersonate-relative', 'impersonate-police']);
      break;
    case 'close':
      add('name-close', 'warn', ['impersonate-relative']);
      break;
    case 'unavailable':
      if (isNew) add('name-unavailable', 'notice');
      break;
    default:
      break;
  }

  // Host signals: someone else is in the room, on the line or on the screen.
  if (ctx.remoteControl === true) add('remote-control', 'intervene', ['fake-customer-service', 'fake-loan-credit', 'impersonate-police']);
  if (ctx.screenSharing === true) add('screen-sharing', 'intervene', ['fake-customer-service', 'impersonate-police', 'fake-loan-credit']);
  if (ctx.onCall === true) {
    if (isNew) add('on-call-new-payee', 'intervene', ALL_PRESSURE);
    else add('on-call', 'warn', ALL_PRESSURE);
  }

  // Memo keywords.
  const keywords = [...cfg.memoKeywords, ...cfg.extraMemoKeywords];
  for (const hit of findMemoKeywords(ctx.memo, keywords)) {
    const level = (RISK_LEVELS as readonly unknown[]).includes(hit.entry.level) ? hit.entry.level : 'warn';
    add('memo-keyword', level, Array.isArray(hit.entry.scamTypes) ? hit.entry.scamTypes : [], {
      keyword: hit.keyword,
      // Only en-US's sentence shows the gloss of a Chinese keyword; the brackets are the catalogue's.
      meaning: typeof hit.entry.meaning === 'string' && hit.entry.meaning !== hit.keyword ? t('fraud.reason.meaningAside', { meaning: hit.entry.meaning }) : '',
    });
  }

  // Time of day, in the bank's zone.
  const atMs = toMs(ctx.at);
  if (atMs !== null) {
    const hour = localHour(new Date(atMs), cfg.utcOffsetMinutes);
    if (inNight(hour, cfg.nightStartHour, cfg.nightEndHour)) {
      if (isNew && money >= cfg.noticeAmountFen) add('night-new-payee', 'warn', ['impersonate-police', 'fake-loan-credit'], { hour });
      else add('night', 'notice', [], { hour });
    }
  }

  // Recent history.
  const recent = Array.isArray(ctx.recentTransfers) ? ctx.recentTransfers : [];
  const nowMs = atMs ?? Date.now();
  const valid = recent
    .map((r) => ({ amount: readAmountFen(r?.amountFen), at: toMs(r?.at) }))
    .filter((r): r is { amount: number; at: number } => r.amount !== null && r.amount > 0 && r.at !== null && r.at <= nowMs);
  const windowMs = cfg.burstWindowMinutes * 60_000;
  const inBurst = valid.filter((r) => nowMs - r.at <= windowMs).length;
  if (cfg.burstCount > 0 && inBurst >= cfg.burstCount) {
    add('burst', 'warn', ['task-rebate', 'fake-investment'], { count: inBurst, minutes: cfg.burstWindowMinutes });
  }
  const dayTotal = valid.filter((r) => nowMs - r.at <= 86_400_000).reduce((s, r) => s + r.amount, 0) + money;
  if (valid.length > 0 && dayTotal >= cfg.dailyTotalFen && money > 0) {
    add('daily-total', 'warn', ['fake-investment', 'task-rebate', 'impersonate-police'], { amount: fmt(dayTotal) });
  }
  if (valid.length >= 3 && money >= cfg.noticeAmountFen) {
    const m = median(valid.map((r) => r.amount));
    if (m > 0 && money >= m * cfg.unusualMultiple) add('unusual-amount', 'warn', ['fake-investment', 'impersonate-police']);
  }

  // Elder escalation: a warning about a new payee becomes an intervention.
  let level = maxRiskLevel(...findings.map((f) => f.level));
  if (elder && cfg.elderEscalates && isNew && level === 'warn') {
    add('elder-escalation', 'intervene', ['elderly-care-investment', 'health-products']);
    level = 'intervene';
  }

  // Most serious first; stable within a level.
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => RANK[b.f.level] - RANK[a.f.level] || a.i - b.i).map((x) => x.f);
  const weights = new Map<ScamType, number>();
  ordered.forEach((f, i) => {
    f.scamTypes.forEach((type, j) => {
      if (typeof type !== 'string' || type === '') return;
      // Level counts most, then how early the finding and the type within it come.
      const w = RANK[f.level] * 100 - i - j * 0.1;
      weights.set(type, (weights.get(type) ?? 0) + Math.max(1, w));
    });
  });
  const scamTypes = [...weights.entries()].sort((a, b) => b[1] - a[1]).map(([type]) => type);
  const seen = new Set<string>();
  const reasons: string[] = [];
  const reasonCodes: RiskReasonCode[] = [];
  for (const f of ordered) {
    const text = t(`fraud.reason.${f.code}`, f.values);
    if (seen.has(text)) continue;
    seen.add(text);
    reasons.push(text);
    reasonCodes.push(f.code);
  }
  return { level, reasons, scamTypes, reasonCodes, amountFen: amount };
}
