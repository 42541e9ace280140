import { parseAmount } from '../money/parseAmount';
import { speakFen } from '../money/format';
import { digitsToChinese } from '../numbers/chineseNumber';
import { digitsToEnglish, speakTimeEn } from './en';
import { prepare, tidy, type Locale } from './shared';
import { toSpeechText } from './toSpeechText';
import { speakPhoneZh, speakTimeZh } from './zh';

/** The readings an author can force with `data-yinfa-say-as`. */
export const SAY_AS = ['digits', 'phone', 'money', 'date', 'time', 'verbatim'] as const;
export type SayAs = (typeof SAY_AS)[number];

/**
 * Reads `text` the way the author said it should be read (`data-yinfa-say-as`), falling back to
 * toSpeechText when the text does not fit the kind (a "money" cell that says 面议).
 * - digits: every digit alone (2025 → 二零二五), letters kept
 * - phone: digit by digit with 幺, grouped 3-4-4
 * - money: 元角分, never digit by digit
 * - date / time: as toSpeechText reads them
 * - verbatim: exactly as written (only spaces tidied)
 */
export function speakAs(text: string, kind: SayAs | string | null | undefined, locale: Locale = 'zh-CN'): string {
  const input = prepare(String(text ?? ''));
  const en = locale === 'en-US';
  switch (kind) {
    case 'verbatim':
      return tidy(String(text ?? ''));
    case 'digits': {
      const cleaned = input.replace(/[\s-]+/g, ' ').trim();
      return tidy(en ? cleaned.split(' ').map(digitsToEnglish).join(', ') : cleaned.split(' ').map((g) => digitsToChinese(g)).join('，'));
    }
    case 'phone': {
      if (!en) {
        const spoken = speakPhoneZh(input);
        if (spoken) return spoken;
        const d = input.replace(/\D/g, '');
        return d ? digitsToChinese(d, { yao: true }) : toSpeechText(text, locale);
      }
      return toSpeechText(text, locale) || digitsToEnglish(input.replace(/\D/g, ''));
    }
    case 'money': {
      const fen = parseAmount(input);
      return fen === null ? toSpeechText(text, locale) : speakFen(fen, locale);
    }
    case 'time': {
      const m = /^\s*(\d{1,2})[:：点](\d{2})?/.exec(input);
      if (m && Number(m[1]) <= 24) return en ? speakTimeEn(Number(m[1]), Number(m[2] ?? 0)) : speakTimeZh(Number(m[1]), Number(m[2] ?? 0));
      return toSpeechText(text, locale);
    }
    default:
      return toSpeechText(text, locale);
  }
}
