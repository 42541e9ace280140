import { toHalfWidth } from '../text/normalizeWidth';

const UNIT_MULTIPLIER: Record<string, bigint> = { '': 1n, 千: 1000n, 万: 10000n, 亿: 100000000n };

/**
 * Parses money as people type it into integer 分 (fen): `1,234.50`, `¥1234.5`, `1.5万`, `３万元`,
 * `-12`, `1 234`. Returns `null` when the text is not an amount (letters, two decimal points, badly
 * placed commas, more precision than a 分, or beyond Number.MAX_SAFE_INTEGER).
 *
 * Negative amounts parse (as negative 分) so callers can say "金额不能为负" instead of "看不懂".
 */
export function parseAmount(input: string): number | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  let text = toHalfWidth(String(input)).trim().replace(/\s+/g, '');
  if (text === '') return null;

  let sign = 1n;
  if (/^[-−]/.test(text)) {
    sign = -1n;
    text = text.slice(1);
  }
  text = text.replace(/^(人民币|RMB|CNY|¥|￥)/i, '').replace(/(元整|元|块钱|块|圆|RMB|CNY)$/i, '');
  if (/^[-−]/.test(text)) {
    if (sign === -1n) return null;
    sign = -1n;
    text = text.slice(1);
  }

  const match = /^([\d,，]*)(?:\.(\d+))?(千|万|亿)?$/.exec(text);
  if (!match) return null;
  const [, intRaw = '', fracRaw = '', unit = ''] = match;
  if (intRaw.replace(/[,，]/g, '') === '' && fracRaw === '') return null;
  // Commas must group thousands exactly ("1,234" yes, "12,34" no): a misplaced comma may be a typo for a point.
  if (/[,，]/.test(intRaw) && !/^\d{1,3}([,，]\d{3})+$/.test(intRaw)) return null;

  const multiplier = UNIT_MULTIPLIER[unit]! * 100n; // to 分
  const intPart = BigInt(intRaw.replace(/[,，]/g, '') || '0');
  const fracDigits = fracRaw.length;
  const fracPart = fracDigits ? BigInt(fracRaw) : 0n;
  const scale = 10n ** BigInt(fracDigits);
  const totalScaled = intPart * scale * multiplier + fracPart * multiplier;
  if (totalScaled % scale !== 0n) return null; // finer than one 分
  const fen = (sign * totalScaled) / scale;
  if (fen > BigInt(Number.MAX_SAFE_INTEGER) || fen < -BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const n = Number(fen);
  return Object.is(n, -0) ? 0 : n;
}
