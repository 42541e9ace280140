import { toHalfWidth } from '../text/normalizeWidth';
import type { MemoKeyword } from './types';

/** Traditional (and old variant) forms of the characters the keywords use. */
const TRADITIONAL: Record<string, string> = {
  帳: '账', 賬: '账', 帐: '账', 戶: '户', 證: '证', 續: '续', 費: '费', 資: '资', 驗: '验', 凍: '冻', 結: '结', 單: '单',
};

/**
 * Memo text for matching: full-width → half-width (toHalfWidth), lower case, traditional variants of
 * the few characters that matter folded to simplified, and every space, punctuation mark and symbol
 * removed, so "安 全 账 户", "安全-账户" and full-width "ＳＡＦＥ ＡＣＣＯＵＮＴ" all match.
 */
export function normalizeMemo(text: unknown): string {
  if (typeof text !== 'string') return '';
  return toHalfWidth(text)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[帳賬帐戶證續費資驗凍結單]/g, (c) => TRADITIONAL[c] ?? c)
    .replace(/[\s\p{P}\p{S}\p{Cf}]/gu, '');
}

/**
 * The built-in memo keywords. Each names the scam types it points to and how serious it is.
 * 安全账户, 验资, 解冻 and 刷单 only appear in scams; 保证金 and 手续费 also have honest uses, so they warn.
 */
export const DEFAULT_MEMO_KEYWORDS: readonly MemoKeyword[] = [
  { keyword: '安全账户', meaning: 'safe account', level: 'intervene', scamTypes: ['impersonate-police'] },
  { keyword: '资金核查', meaning: 'fund check', level: 'intervene', scamTypes: ['impersonate-police'] },
  { keyword: '清查', meaning: 'investigation', level: 'warn', scamTypes: ['impersonate-police'] },
  { keyword: '洗钱', meaning: 'money laundering', level: 'intervene', scamTypes: ['impersonate-police'] },
  { keyword: '验资', meaning: 'proof of funds', level: 'intervene', scamTypes: ['fake-loan-credit', 'fake-investment'] },
  { keyword: '解冻', meaning: 'unfreeze', level: 'intervene', scamTypes: ['fake-loan-credit', 'task-rebate', 'fake-investment'] },
  { keyword: '刷单', meaning: 'fake orders', level: 'intervene', scamTypes: ['task-rebate'] },
  { keyword: '保证金', meaning: 'deposit', level: 'warn', scamTypes: ['fake-loan-credit', 'fake-investment', 'task-rebate'] },
  { keyword: '手续费', meaning: 'handling fee', level: 'warn', scamTypes: ['fake-loan-credit', 'fake-customer-service'] },
  { keyword: '返利', meaning: 'rebate', level: 'warn', scamTypes: ['task-rebate', 'elderly-care-investment'] },
  { keyword: '佣金', meaning: 'commission', level: 'warn', scamTypes: ['task-rebate'] },
  { keyword: '征信', meaning: 'credit record', level: 'warn', scamTypes: ['fake-loan-credit'] },
  { keyword: '退款', meaning: 'refund', level: 'warn', scamTypes: ['fake-customer-service'] },
  { keyword: '理赔', meaning: 'compensation', level: 'warn', scamTypes: ['fake-customer-service'] },
  { keyword: '养老项目', meaning: 'elderly-care project', level: 'warn', scamTypes: ['elderly-care-investment'] },
  { keyword: '以房养老', meaning: 'home-equity pension', level: 'warn', scamTypes: ['elderly-care-investment'] },
  { keyword: '保健品', meaning: 'health products', level: 'warn', scamTypes: ['health-products'] },
  { keyword: 'safe account', level: 'intervene', scamTypes: ['impersonate-police'] },
  { keyword: 'unfreeze', level: 'intervene', scamTypes: ['fake-loan-credit', 'task-rebate'] },
  { keyword: 'verification deposit', level: 'intervene', scamTypes: ['fake-loan-credit'] },
];

export interface KeywordHit {
  keyword: string;
  entry: MemoKeyword;
}

/** Every keyword found in the memo (each once), in list order. Bad list entries are skipped. */
export function findMemoKeywords(memo: unknown, keywords: readonly MemoKeyword[]): KeywordHit[] {
  const text = normalizeMemo(memo);
  if (text === '') return [];
  const hits: KeywordHit[] = [];
  const seen = new Set<string>();
  for (const entry of keywords) {
    if (!entry || typeof entry.keyword !== 'string') continue;
    const needle = normalizeMemo(entry.keyword);
    if (needle === '' || seen.has(needle)) continue;
    if (text.includes(needle)) {
      seen.add(needle);
      hits.push({ keyword: entry.keyword, entry });
    }
  }
  return hits;
}
