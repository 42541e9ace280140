import { createTranslator } from '../messages/translate';
import type { Locale } from '../messages/types';
import { toHalfWidth } from '../text/normalizeWidth';

export type PhoneKind = 'mobile' | 'landline' | 'invalid';

export interface ParsedPhone {
  kind: PhoneKind;
  /** Digits without country code, separators or extension. */
  digits: string;
  /** Grouped for reading: mobile 3-4-4 ("138 0013 8000"), landline area + number ("0518 8555 1234"). */
  display: string;
  /** A landline extension (分机), when one was given. */
  extension?: string;
  /** Why it is invalid, for picking a message: empty, too short/long, not a number, no area code. */
  problem?: 'empty' | 'not-digits' | 'too-short' | 'too-long' | 'no-area-code' | 'bad-prefix';
}

/**
 * Mobile rule: 11 digits, 1 then 3–9. Never an enumerated operator-prefix list: such lists go stale
 * and reject real numbers (validator.js's old zh-CN pattern rejected 191/195; see domain.md §2.3).
 */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;
/** Landline: 0 + area code (2–3 digits after the 0) + a 7–8 digit local number. */
export const LANDLINE_PATTERN = /^0\d{2,3}\d{7,8}$/;

const EXTENSION = /(?:转|分机|ext\.?|x|#|,)\s*(\d{1,6})$/i;

function groupMobile(d: string): string {
  return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
}

/** 010 and 02x are the two-digit area codes (Beijing, Shanghai, Tianjin, Chongqing, 020–029); the rest have three. */
function areaCodeLength(d: string): number {
  return /^0[12]/.test(d) ? 3 : 4;
}

function groupLandline(d: string): string {
  const area = d.slice(0, areaCodeLength(d));
  const local = d.slice(area.length);
  const split = local.length === 8 ? 4 : 3;
  return `${area} ${local.slice(0, split)} ${local.slice(split)}`;
}

/**
 * Parses a Chinese mobile or landline number as people type it: full-width digits, spaces, hyphens,
 * brackets, `+86`/`0086`/`86` prefixes and landline extensions (转801, -801, ext 801). The display
 * form joins an extension with the locale's word (`phone.withExtension`: "0518 8555 1234 转 801").
 */
export function parsePhone(input: string, locale: Locale = 'zh-CN'): ParsedPhone {
  const raw = toHalfWidth(String(input ?? '')).trim();
  if (raw === '') return { kind: 'invalid', digits: '', display: '', problem: 'empty' };

  let text = raw;
  let extension: string | undefined;
  const ext = EXTENSION.exec(text);
  if (ext && /\d/.test(text.slice(0, ext.index))) {
    extension = ext[1];
    text = text.slice(0, ext.index);
  }
  if (/[^\d\s\-+().]/.test(text)) {
    return { kind: 'invalid', digits: text.replace(/\D/g, ''), display: raw, problem: 'not-digits' };
  }

  // A landline written with hyphens and a trailing short group: 0518-8555-1234 is a number, 0518-85551234-801 has an extension.
  if (!extension) {
    const groups = text.split('-').map((g) => g.replace(/\D/g, '')).filter(Boolean);
    const last = groups[groups.length - 1];
    if (groups.length >= 3 && last && last.length <= 4 && groups[0]?.startsWith('0')) {
      const head = groups.slice(0, -1).join('');
      if (LANDLINE_PATTERN.test(head) && !LANDLINE_PATTERN.test(head + last)) {
        extension = last;
        text = head;
      }
    }
  }

  let digits = text.replace(/\D/g, '');
  let countryCode = false;
  if (/^(\+|00)/.test(text.trim()) || digits.startsWith('0086')) {
    digits = digits.replace(/^(0086|86)/, '');
    countryCode = true;
  } else if (digits.startsWith('86') && MOBILE_PATTERN.test(digits.slice(2))) {
    digits = digits.slice(2);
    countryCode = true;
  }
  // After a country code a landline drops its trunk 0: +86 10 1234 5678 → 010 1234 5678.
  if (countryCode && !digits.startsWith('0') && !MOBILE_PATTERN.test(digits)) digits = `0${digits}`;

  if (MOBILE_PATTERN.test(digits)) {
    return { kind: 'mobile', digits, display: groupMobile(digits) };
  }
  if (LANDLINE_PATTERN.test(digits)) {
    const number = groupLandline(digits);
    const display = extension ? createTranslator(locale)('phone.withExtension', { number, extension }) : number;
    return extension ? { kind: 'landline', digits, display, extension } : { kind: 'landline', digits, display };
  }

  let problem: ParsedPhone['problem'];
  if (digits.startsWith('1')) problem = digits.length < 11 ? 'too-short' : digits.length > 11 ? 'too-long' : 'bad-prefix';
  else if (digits.startsWith('0')) problem = digits.length < 10 ? 'too-short' : 'too-long';
  else problem = digits.length >= 7 && digits.length <= 8 ? 'no-area-code' : digits.length < 7 ? 'too-short' : 'bad-prefix';
  return { kind: 'invalid', digits, display: raw, problem };
}

/** Short service numbers (110, 96110, 12345, 95588…): valid to call, not a personal contact number. */
export function isServiceNumber(input: string): boolean {
  const d = toHalfWidth(String(input ?? '')).replace(/\D/g, '');
  return /^(1[0-2]\d|11[0-9]|12\d{3}|9[56]\d{3,4})$/.test(d);
}
