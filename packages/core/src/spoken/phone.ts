import { parsePhone } from '../phone/parsePhone';
import { toHalfWidth } from '../text/normalizeWidth';
import { spokenDigits } from './numerals';

const LEAD_IN = /^(?:我的)?(?:手机号码|手机号|电话号码|联系电话|手机|电话|号码)(?:是|为)?[:：,，]?|^(?:my )?(?:phone )?number(?: is)?[:,]?/i;
const ENGLISH_DIGITS: Record<string, string> = { zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9' };

/**
 * A phone number as it is spoken and written down by a recogniser: digit by digit with 幺/一, 两/二,
 * 洞/零, spaces and pauses, 转 or 分机 before a landline extension, "+86". Checked with parsePhone (a
 * Chinese mobile or a landline with its area code); anything else — a number said with 百/千, too few
 * digits, an extension on a mobile — is null, so the field asks again instead of guessing.
 */
export function parseSpokenPhone(text: string): { digits: string; extension?: string } | null {
  if (typeof text !== 'string') return null;
  let t = toHalfWidth(text).trim().replace(/[。.!！?？]+$/, '').replace(LEAD_IN, '').trim();
  t = t.replace(/\b(zero|oh|o|one|two|three|four|five|six|seven|eight|nine)\b/gi, (w) => ENGLISH_DIGITS[w.toLowerCase()]!);
  const [main = '', ext, more] = t.split(/转|分机|extension|ext\.?/i);
  if (more !== undefined) return null;
  const digits = spokenDigits(main.replace(/^(?:\+|加)\s*(?:86|八六)/, ''));
  const extension = ext === undefined ? undefined : spokenDigits(ext);
  if (!digits || extension === null) return null;
  const parsed = parsePhone(extension ? `${digits}转${extension}` : digits);
  if (parsed.kind === 'invalid') return null;
  if (extension && parsed.kind !== 'landline') return null;
  return extension ? { digits: parsed.digits, extension } : { digits: parsed.digits };
}
