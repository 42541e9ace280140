import type { MessageKey } from '../messages/zh-CN';
import { parseAmount } from '../money/parseAmount';
import { parsePhone, type ParsedPhone } from '../phone/parsePhone';

export type PhoneAccept = 'mobile' | 'landline' | 'any';

export interface PhoneCheck {
  parsed: ParsedPhone;
  /** The message key for what to type instead; undefined when valid. */
  error?: MessageKey;
}

/** Validates a phone answer for a field that accepts mobiles, landlines or either; errors say what to type. */
export function checkPhone(input: string, accept: PhoneAccept = 'mobile'): PhoneCheck {
  const parsed = parsePhone(input);
  if (parsed.kind === 'mobile' && accept !== 'landline') return { parsed };
  if (parsed.kind === 'landline' && accept !== 'mobile') return { parsed };
  if (parsed.problem === 'empty') return { parsed, error: 'phone.errorEmpty' };
  if (parsed.problem === 'not-digits') return { parsed, error: 'phone.errorNotDigits' };
  if (accept === 'landline') return { parsed, error: parsed.problem === 'no-area-code' ? 'phone.errorNoAreaCode' : 'phone.errorLandline' };
  if (accept === 'any' && parsed.problem === 'no-area-code') return { parsed, error: 'phone.errorNoAreaCode' };
  if (parsed.kind === 'landline' || parsed.digits.startsWith('0')) return { parsed, error: 'phone.errorMobile' };
  if (parsed.problem === 'too-short') return { parsed, error: 'phone.errorTooShort' };
  if (parsed.problem === 'too-long') return { parsed, error: 'phone.errorTooLong' };
  return { parsed, error: 'phone.errorMobile' };
}

export interface AmountCheck {
  fen: number | null;
  error?: MessageKey;
}

/** 一亿元: far beyond any single retail transfer; anything larger is a typo (an extra 万). */
export const DEFAULT_MAX_AMOUNT_FEN = 100_000_000_00;

/** Validates a money answer: readable, not negative, above zero unless allowed, at most `maxFen`. */
export function checkAmount(input: string, options: { maxFen?: number; allowZero?: boolean } = {}): AmountCheck {
  if (String(input ?? '').trim() === '') return { fen: null, error: 'amount.errorEmpty' };
  const fen = parseAmount(input);
  if (fen === null) return { fen, error: 'amount.errorInvalid' };
  if (fen < 0) return { fen, error: 'amount.errorNegative' };
  if (fen === 0 && !options.allowZero) return { fen, error: 'amount.errorZero' };
  if (fen > (options.maxFen ?? DEFAULT_MAX_AMOUNT_FEN)) return { fen, error: 'amount.errorTooLarge' };
  return { fen };
}
