import { normaliseEn } from './en';
import { prepare, tidy, type Locale } from './shared';
import { normaliseZh } from './zh';

/**
 * The text as it should be read aloud: numbers, money, dates, times, phone numbers, percentages,
 * ranges, masked cards and ID numbers written out in words, so a speech engine cannot guess wrong
 * (13800138000 as "一百三十八亿…", ¥50,000.00 digit by digit). Pauses inside numbers read digit by
 * digit appear as "，" (zh-CN) or ", " (en-US). Unknown text passes through; never throws.
 *
 * @example toSpeechText('请于2025-10-29 14:30前拨打13800138000') // 请于二〇二五年十月二十九日 十四点三十分前拨打幺三八，零零幺三，八零零零
 */
export function toSpeechText(text: string, locale: Locale = 'zh-CN'): string {
  if (text === null || text === undefined) return '';
  const input = prepare(String(text));
  if (input.trim() === '') return '';
  try {
    return tidy(locale === 'en-US' ? normaliseEn(input) : normaliseZh(input));
  } catch {
    return tidy(input); // a rule bug must never silence the reader: read the text as written
  }
}
