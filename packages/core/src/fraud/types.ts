import type { Locale } from '../messages/types';

/** The four risk levels, from nothing to show up to the blocking intervention. */
export type RiskLevel = 'none' | 'notice' | 'warn' | 'intervene';
export const RISK_LEVELS: readonly RiskLevel[] = ['none', 'notice', 'warn', 'intervene'];

/** The built-in scam types (公安部 high-incidence list plus the elderly-specific schemes). Banks may add their own ids. */
export const SCAM_TYPES = [
  'impersonate-police',
  'fake-customer-service',
  'impersonate-relative',
  'fake-investment',
  'elderly-care-investment',
  'health-products',
  'task-rebate',
  'fake-loan-credit',
] as const;
export type BuiltInScamType = (typeof SCAM_TYPES)[number];
export type ScamType = BuiltInScamType | (string & {});

/** Result of Confirmation-of-Payee style checks: the host bank's name check on the payee account. */
export type PayeeNameCheck = 'match' | 'close' | 'no-match' | 'unavailable';

/** One earlier transfer, for frequency and "unusual amount" rules. */
export interface RecentTransfer {
  amountFen: number;
  /** When it was made (Date or epoch ms). */
  at: Date | number;
  /** True when it went to a payee first paid within the window. */
  payeeIsNew?: boolean;
}

/**
 * What the host knows about the transfer being made. Only `amountFen` is required; every missing
 * signal simply does not count. `amountFen` may also be the text the customer typed ("5万", "50,000",
 * "５万元"): it is parsed with `parseAmount`.
 */
export interface TransferContext {
  amountFen: number | string;
  /** The payee was added in this session / has never been saved before. */
  payeeIsNew?: boolean;
  /** The customer has never paid this payee before (a saved payee can still be a first transfer). */
  firstTransferToPayee?: boolean;
  payeeNameCheck?: PayeeNameCheck;
  /** The transfer memo (附言/备注) as typed. Matched after full-width→half-width normalisation. */
  memo?: string;
  /** When the transfer is made. The hour is read in Asia/Shanghai (UTC+8) whatever the device zone. */
  at?: Date;
  customerAge?: number;
  /** Host signals (the app can see these; a web page usually cannot). */
  onCall?: boolean;
  screenSharing?: boolean;
  remoteControl?: boolean;
  recentTransfers?: readonly RecentTransfer[];
}

/** A memo keyword and what it suggests. */
export interface MemoKeyword {
  keyword: string;
  /** The keyword's meaning in English, shown after it in en-US reasons. */
  meaning?: string;
  level: Exclude<RiskLevel, 'none'>;
  scamTypes: ScamType[];
}

/** Thresholds and lists. Every field has a documented default in DEFAULT_RISK_CONFIG. */
export interface RiskConfig {
  /** A new payee at or above this amount is a `warn` (default ¥5,000). */
  noticeAmountFen: number;
  /** At or above: `warn`; `intervene` for a new payee (default ¥50,000). */
  largeAmountFen: number;
  /** At or above: `intervene` whoever the payee (default ¥200,000). */
  veryLargeAmountFen: number;
  /** Customers this age or older get the elder rules (default 60). */
  elderAge: number;
  /** Elder customer + new payee at or above this: `intervene` (default ¥20,000). */
  elderLargeAmountFen: number;
  /** Elder customer + new payee: a `warn` is raised to `intervene` (default true). */
  elderEscalates: boolean;
  /** Night window in the local hour of Asia/Shanghai, start inclusive, end exclusive (default 22–6). */
  nightStartHour: number;
  nightEndHour: number;
  /** Offset of the bank's local time from UTC in minutes (default 480, Asia/Shanghai; China has no DST). */
  utcOffsetMinutes: number;
  /** This many earlier transfers inside the window is a burst (default 3 in 60 minutes). */
  burstCount: number;
  burstWindowMinutes: number;
  /** Total of the last 24 hours, this one included, at or above: `warn` (default ¥50,000). */
  dailyTotalFen: number;
  /** An amount this many times the median of recent ones (and ≥ noticeAmountFen) is unusual (default 5). */
  unusualMultiple: number;
  /** Replaces the built-in memo keywords. */
  memoKeywords: readonly MemoKeyword[];
  /** Added to the keywords (a bank's local scripts). */
  extraMemoKeywords: readonly MemoKeyword[];
  /** Language of the `reasons` text. */
  locale: Locale;
}

/** Stable machine codes for each reason (for telemetry and tests; the `reasons` are their plain words). */
export type RiskReasonCode =
  | 'amount-unreadable'
  | 'new-payee'
  | 'first-transfer'
  | 'notice-amount-new-payee'
  | 'large-amount'
  | 'very-large-amount'
  | 'elder-large-amount'
  | 'elder-escalation'
  | 'name-no-match'
  | 'name-close'
  | 'name-unavailable'
  | 'remote-control'
  | 'screen-sharing'
  | 'on-call'
  | 'on-call-new-payee'
  | 'memo-keyword'
  | 'night'
  | 'night-new-payee'
  | 'burst'
  | 'daily-total'
  | 'unusual-amount';

export interface RiskAssessment {
  level: RiskLevel;
  /** Plain-language reasons, most serious first, in `config.locale`. */
  reasons: string[];
  /** Likely scam types, most likely first. */
  scamTypes: ScamType[];
  /** The machine codes behind `reasons` (same order). */
  reasonCodes: RiskReasonCode[];
  /** The amount used, in 分 (null when the text could not be read). */
  amountFen: number | null;
}
