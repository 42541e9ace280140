import { describe, expect, it } from 'vitest';
import { assessTransferRisk, DEFAULT_RISK_CONFIG, localHour, resolveRiskConfig } from './risk';
import type { RiskConfig, RiskLevel, RiskReasonCode, TransferContext } from './types';

const DAY = new Date('2026-06-01T10:00:00+08:00');
const NIGHT = new Date('2026-06-01T23:30:00+08:00');
const EARLY = new Date('2026-06-02T05:59:00+08:00');
const DAWN = new Date('2026-06-02T06:00:00+08:00');
const ago = (minutes: number, from = DAY) => new Date(from.getTime() - minutes * 60_000);

interface Row {
  name: string;
  ctx: TransferContext;
  config?: Partial<RiskConfig>;
  level: RiskLevel;
  codes?: RiskReasonCode[];
  notCodes?: RiskReasonCode[];
  firstType?: string;
}

// prettier-ignore
const rows: Row[] = [
  // Nothing to say.
  { name: 'small transfer to a known payee', ctx: { amountFen: 20_000, at: DAY }, level: 'none', codes: [] },
  { name: 'only the amount given', ctx: { amountFen: 100 }, level: 'none' },
  { name: 'zero amount', ctx: { amountFen: 0, payeeIsNew: false }, level: 'none' },
  { name: 'known payee, name matches', ctx: { amountFen: 300_000, payeeNameCheck: 'match', at: DAY }, level: 'none' },
  // Amount thresholds (known payee).
  { name: 'known payee just under ¥50,000', ctx: { amountFen: 4_999_999, at: DAY }, level: 'none' },
  { name: 'known payee at ¥50,000 warns', ctx: { amountFen: 5_000_000, at: DAY }, level: 'warn', codes: ['large-amount'] },
  { name: 'known payee just under ¥200,000 warns', ctx: { amountFen: 19_999_999, at: DAY }, level: 'warn', codes: ['large-amount'] },
  { name: 'known payee at ¥200,000 intervenes', ctx: { amountFen: 20_000_000, at: DAY }, level: 'intervene', codes: ['very-large-amount'], firstType: 'impersonate-police' },
  // New payee thresholds.
  { name: 'new payee, small amount: notice', ctx: { amountFen: 10_000, payeeIsNew: true, at: DAY }, level: 'notice', codes: ['new-payee'] },
  { name: 'new payee just under ¥5,000: notice', ctx: { amountFen: 499_999, payeeIsNew: true, at: DAY }, level: 'notice' },
  { name: 'new payee at ¥5,000: warn', ctx: { amountFen: 500_000, payeeIsNew: true, at: DAY }, level: 'warn', codes: ['new-payee', 'notice-amount-new-payee'] },
  { name: 'first transfer to a saved payee counts as new', ctx: { amountFen: 600_000, firstTransferToPayee: true, at: DAY }, level: 'warn', codes: ['first-transfer', 'notice-amount-new-payee'], notCodes: ['new-payee'] },
  { name: 'new payee at ¥50,000 intervenes', ctx: { amountFen: 5_000_000, payeeIsNew: true, at: DAY }, level: 'intervene', codes: ['large-amount'] },
  // Amounts as typed: 万, commas, full width.
  { name: '"5万" is ¥50,000', ctx: { amountFen: '5万', payeeIsNew: true, at: DAY }, level: 'intervene', codes: ['large-amount'] },
  { name: '"4.9999万" stays under the line', ctx: { amountFen: '4.9999万', at: DAY }, level: 'none' },
  { name: '"50,000" with commas', ctx: { amountFen: '50,000', at: DAY }, level: 'warn', codes: ['large-amount'] },
  { name: '"２０万元" full width', ctx: { amountFen: '２０万元', at: DAY }, level: 'intervene', codes: ['very-large-amount'] },
  { name: '"５，０００" full-width comma, new payee', ctx: { amountFen: '５，０００', payeeIsNew: true, at: DAY }, level: 'warn', codes: ['notice-amount-new-payee'] },
  { name: '"¥4,999.99" new payee stays notice', ctx: { amountFen: '¥4,999.99', payeeIsNew: true, at: DAY }, level: 'notice' },
  { name: 'unreadable amount text', ctx: { amountFen: '五千块', at: DAY }, level: 'notice', codes: ['amount-unreadable'] },
  { name: 'misplaced comma is unreadable, not ¥1,234', ctx: { amountFen: '12,34', at: DAY }, level: 'notice', codes: ['amount-unreadable'] },
  { name: 'NaN amount', ctx: { amountFen: Number.NaN }, level: 'notice', codes: ['amount-unreadable'] },
  // Payee name check.
  { name: 'name no-match, new payee', ctx: { amountFen: 10_000, payeeIsNew: true, payeeNameCheck: 'no-match', at: DAY }, level: 'intervene', codes: ['name-no-match'] },
  { name: 'name no-match, known payee, small', ctx: { amountFen: 10_000, payeeNameCheck: 'no-match', at: DAY }, level: 'warn', codes: ['name-no-match'] },
  { name: 'name no-match, known payee, ≥ ¥5,000', ctx: { amountFen: 500_000, payeeNameCheck: 'no-match', at: DAY }, level: 'intervene' },
  { name: 'close match warns', ctx: { amountFen: 10_000, payeeNameCheck: 'close', at: DAY }, level: 'warn', codes: ['name-close'], firstType: 'impersonate-relative' },
  { name: 'unavailable check on a new payee is a notice', ctx: { amountFen: 10_000, payeeIsNew: true, payeeNameCheck: 'unavailable', at: DAY }, level: 'notice', codes: ['name-unavailable'] },
  { name: 'unavailable check on a known payee says nothing', ctx: { amountFen: 10_000, payeeNameCheck: 'unavailable', at: DAY }, level: 'none' },
  // Host signals.
  { name: 'remote control app', ctx: { amountFen: 10_000, remoteControl: true, at: DAY }, level: 'intervene', codes: ['remote-control'], firstType: 'fake-customer-service' },
  { name: 'screen sharing', ctx: { amountFen: 100, screenSharing: true }, level: 'intervene', codes: ['screen-sharing'], firstType: 'fake-customer-service' },
  { name: 'on a call, known payee', ctx: { amountFen: 10_000, onCall: true, at: DAY }, level: 'warn', codes: ['on-call'] },
  { name: 'on a call, new payee', ctx: { amountFen: 10_000, onCall: true, payeeIsNew: true, at: DAY }, level: 'intervene', codes: ['on-call-new-payee'], notCodes: ['on-call'] },
  // Memo keywords.
  { name: 'memo 安全账户', ctx: { amountFen: 10_000, memo: '转入安全账户', at: DAY }, level: 'intervene', codes: ['memo-keyword'], firstType: 'impersonate-police' },
  { name: 'memo 保证金 warns', ctx: { amountFen: 10_000, memo: '提现保证金', at: DAY }, level: 'warn', codes: ['memo-keyword'], firstType: 'fake-loan-credit' },
  { name: 'memo 解冻', ctx: { amountFen: 10_000, memo: '账户解冻费', at: DAY }, level: 'intervene', firstType: 'fake-loan-credit' },
  { name: 'memo 验资', ctx: { amountFen: 10_000, memo: '贷款验资', at: DAY }, level: 'intervene', firstType: 'fake-loan-credit' },
  { name: 'memo 刷单', ctx: { amountFen: 10_000, memo: '刷单任务', at: DAY }, level: 'intervene', firstType: 'task-rebate' },
  { name: 'memo 手续费 warns', ctx: { amountFen: 10_000, memo: '放款手续费', at: DAY }, level: 'warn', firstType: 'fake-loan-credit' },
  { name: 'memo with spaces between characters', ctx: { amountFen: 10_000, memo: '安 全 账 户', at: DAY }, level: 'intervene', firstType: 'impersonate-police' },
  { name: 'memo with punctuation and ideographic space', ctx: { amountFen: 10_000, memo: '安全·账户　审查', at: DAY }, level: 'intervene' },
  { name: 'memo in traditional characters', ctx: { amountFen: 10_000, memo: '轉入安全帳戶', at: DAY }, level: 'intervene' },
  { name: 'memo with zero-width joiner inside', ctx: { amountFen: 10_000, memo: '刷\u200d单', at: DAY }, level: 'intervene' },
  { name: 'memo full-width English', ctx: { amountFen: 10_000, memo: 'ＳＡＦＥ　ＡＣＣＯＵＮＴ', at: DAY }, level: 'intervene', firstType: 'impersonate-police' },
  { name: 'memo mixed-width English', ctx: { amountFen: 10_000, memo: 'Un-Ｆｒｅｅｚｅ fee', at: DAY }, level: 'intervene' },
  { name: 'harmless memo', ctx: { amountFen: 10_000, memo: '房租 6月', at: DAY }, level: 'none' },
  { name: 'near-miss memo 安全 alone', ctx: { amountFen: 10_000, memo: '注意安全', at: DAY }, level: 'none' },
  { name: 'two keywords give two reasons', ctx: { amountFen: 10_000, memo: '保证金和手续费', at: DAY }, level: 'warn' },
  { name: 'bank keyword added by config', ctx: { amountFen: 10_000, memo: '养老公寓定金', at: DAY }, config: { extraMemoKeywords: [{ keyword: '养老公寓', level: 'intervene', scamTypes: ['elderly-care-investment'] }] }, level: 'intervene', firstType: 'elderly-care-investment' },
  { name: 'replacing the keyword list drops the defaults', ctx: { amountFen: 10_000, memo: '安全账户', at: DAY }, config: { memoKeywords: [] }, level: 'none' },
  // Time of day (Asia/Shanghai).
  { name: 'night, known payee: notice', ctx: { amountFen: 10_000, at: NIGHT }, level: 'notice', codes: ['night'] },
  { name: '05:59 is still night', ctx: { amountFen: 10_000, at: EARLY }, level: 'notice', codes: ['night'] },
  { name: '06:00 is day', ctx: { amountFen: 10_000, at: DAWN }, level: 'none' },
  { name: 'night, new payee, ≥ ¥5,000: warn', ctx: { amountFen: 800_000, payeeIsNew: true, at: NIGHT }, level: 'warn', codes: ['night-new-payee'], notCodes: ['night'] },
  { name: 'night window off by config', ctx: { amountFen: 10_000, at: NIGHT }, config: { nightStartHour: 0, nightEndHour: 0 }, level: 'none' },
  { name: 'invalid date is ignored', ctx: { amountFen: 10_000, at: new Date('not a date') }, level: 'none' },
  // Customer age.
  { name: 'elder, new payee ¥20,000: intervene', ctx: { amountFen: 2_000_000, payeeIsNew: true, customerAge: 72, at: DAY }, level: 'intervene', codes: ['elder-large-amount'], firstType: 'elderly-care-investment' },
  { name: 'younger, new payee ¥20,000: warn', ctx: { amountFen: 2_000_000, payeeIsNew: true, customerAge: 45, at: DAY }, level: 'warn' },
  { name: 'elder, new payee ¥6,000: escalated', ctx: { amountFen: 600_000, payeeIsNew: true, customerAge: 60, at: DAY }, level: 'intervene', codes: ['elder-escalation'] },
  { name: 'elder, known payee ¥6,000: nothing', ctx: { amountFen: 600_000, customerAge: 80, at: DAY }, level: 'none' },
  { name: 'elder escalation off by config', ctx: { amountFen: 600_000, payeeIsNew: true, customerAge: 70, at: DAY }, config: { elderEscalates: false }, level: 'warn' },
  { name: 'age 59 is not elder', ctx: { amountFen: 600_000, payeeIsNew: true, customerAge: 59, at: DAY }, level: 'warn', notCodes: ['elder-escalation'] },
  { name: 'nonsense age ignored', ctx: { amountFen: 600_000, payeeIsNew: true, customerAge: 400, at: DAY }, level: 'warn' },
  // Recent transfers.
  { name: 'three transfers in the last hour: burst', ctx: { amountFen: 10_000, at: DAY, recentTransfers: [{ amountFen: 10_000, at: ago(5) }, { amountFen: 10_000, at: ago(20) }, { amountFen: 10_000, at: ago(50) }] }, level: 'warn', codes: ['burst'], firstType: 'task-rebate' },
  { name: 'two in the hour is no burst', ctx: { amountFen: 10_000, at: DAY, recentTransfers: [{ amountFen: 10_000, at: ago(5) }, { amountFen: 10_000, at: ago(20) }, { amountFen: 10_000, at: ago(90) }] }, level: 'none' },
  { name: 'daily total reaches ¥50,000', ctx: { amountFen: 2_000_000, at: DAY, recentTransfers: [{ amountFen: 3_000_000, at: ago(600) }] }, level: 'warn', codes: ['daily-total'] },
  { name: 'yesterday does not count to the day total', ctx: { amountFen: 2_000_000, at: DAY, recentTransfers: [{ amountFen: 3_000_000, at: ago(60 * 25) }] }, level: 'none' },
  { name: 'unusually large against history', ctx: { amountFen: 1_000_000, at: DAY, recentTransfers: [{ amountFen: 100_000, at: ago(60 * 48) }, { amountFen: 150_000, at: ago(60 * 72) }, { amountFen: 200_000, at: ago(60 * 96) }] }, level: 'warn', codes: ['unusual-amount'] },
  { name: 'bad recent entries are skipped', ctx: { amountFen: 10_000, at: DAY, recentTransfers: [{ amountFen: Number.NaN, at: ago(1) }, { amountFen: 100, at: 'x' as never }, null as never, { amountFen: 100, at: ago(-10) }] }, level: 'none' },
  // Thresholds from config.
  { name: 'lower large-amount threshold', ctx: { amountFen: 1_000_000, at: DAY }, config: { largeAmountFen: 1_000_000 }, level: 'warn', codes: ['large-amount'] },
  { name: 'bad config numbers fall back to defaults', ctx: { amountFen: 5_000_000, at: DAY }, config: { largeAmountFen: Number.NaN, veryLargeAmountFen: 'x' as never }, level: 'warn' },
  // Combined.
  { name: 'police script: call + new payee + 安全账户 + big', ctx: { amountFen: '10万', payeeIsNew: true, onCall: true, memo: '安全账户', at: NIGHT, customerAge: 68 }, level: 'intervene', codes: ['on-call-new-payee', 'memo-keyword', 'large-amount'], firstType: 'impersonate-police' },
  { name: 'refund script: screen share + 退款', ctx: { amountFen: 200_000, screenSharing: true, memo: '退款', at: DAY }, level: 'intervene', firstType: 'fake-customer-service' },
];

describe('assessTransferRisk: rules table', () => {
  it('has at least 40 cases', () => expect(rows.length).toBeGreaterThanOrEqual(40));

  it.each(rows)('$name → $level', ({ ctx, config, level, codes, notCodes, firstType }) => {
    const result = assessTransferRisk(ctx, config);
    expect(result.level).toBe(level);
    if (codes) for (const c of codes) expect(result.reasonCodes).toContain(c);
    if (codes && codes.length === 0) expect(result.reasons).toEqual([]);
    if (notCodes) for (const c of notCodes) expect(result.reasonCodes).not.toContain(c);
    if (firstType) expect(result.scamTypes[0]).toBe(firstType);
    expect(result.reasons.length).toBe(result.reasonCodes.length);
    if (level !== 'none') expect(result.reasons.length).toBeGreaterThan(0);
  });
});

describe('assessTransferRisk: output', () => {
  it('gives plain reasons in zh-CN by default and English on request', () => {
    const ctx: TransferContext = { amountFen: 5_000_000, payeeIsNew: true, memo: '安全账户', at: DAY };
    const zh = assessTransferRisk(ctx);
    expect(zh.reasons).toContain('备注里有“安全账户”，这是骗子常用的说法。');
    expect(zh.reasons).toContain('金额较大（¥50,000）。');
    const en = assessTransferRisk(ctx, { locale: 'en-US' });
    expect(en.reasons).toContain('This is a large amount (¥50,000).');
    expect(en.reasons).toContain('The note says “安全账户” (safe account), which scammers often use.');
  });

  it('orders reasons most serious first', () => {
    const r = assessTransferRisk({ amountFen: 10_000, payeeIsNew: true, memo: '保证金', screenSharing: true, at: DAY });
    expect(r.reasonCodes[0]).toBe('screen-sharing');
    expect(r.reasonCodes.at(-1)).toBe('new-payee');
  });

  it('does not repeat one keyword twice', () => {
    const r = assessTransferRisk({ amountFen: 100, memo: '安全账户 安全账户', at: DAY });
    expect(r.reasonCodes.filter((c) => c === 'memo-keyword')).toHaveLength(1);
  });

  it('returns the amount it used', () => {
    expect(assessTransferRisk({ amountFen: '1.5万' }).amountFen).toBe(1_500_000);
    expect(assessTransferRisk({ amountFen: 'abc' }).amountFen).toBeNull();
  });

  it('never throws on nonsense', () => {
    expect(() => assessTransferRisk(null as never)).not.toThrow();
    expect(() => assessTransferRisk({ amountFen: {} as never, memo: 42 as never, recentTransfers: 'x' as never }, 'bad' as never)).not.toThrow();
    expect(assessTransferRisk(undefined as never).level).toBe('notice');
  });

  it('reads the hour in Asia/Shanghai whatever the device zone', () => {
    expect(localHour(new Date('2026-06-01T15:30:00Z'))).toBe(23);
    expect(localHour(new Date('2026-06-01T16:00:00Z'))).toBe(0);
    expect(localHour(new Date('2026-06-01T15:30:00Z'), 0)).toBe(15);
  });

  it('documents defaults that resolve unchanged', () => {
    expect(resolveRiskConfig()).toEqual({ ...DEFAULT_RISK_CONFIG });
    expect(Object.isFrozen(DEFAULT_RISK_CONFIG)).toBe(true);
  });
});
