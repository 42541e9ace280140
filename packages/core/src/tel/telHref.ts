import { parsePhone } from '../phone/parsePhone';
import { toHalfWidth } from '../text/normalizeWidth';

/**
 * The one `tel:` link builder. Full-width digits and separators are normalised; a landline extension
 * (转801, -801, ext 801) is appended after a pause (`,801`: dialled once the call connects, RFC 3966
 * phones and iOS/Android dialers accept it). Service numbers (95588, 96110, 110, 400/800 lines) keep
 * their digits; a leading `+` is kept.
 *
 * @example telHref('０５１８－８５５５１２３４转８０１') // 'tel:051885551234,801'
 */
export function telHref(number: string): string {
  const text = String(number ?? '');
  const p = parsePhone(text);
  if (p.kind === 'invalid') return `tel:${toHalfWidth(text).replace(/[^\d+]/g, '')}`;
  return `tel:${p.digits}${p.extension ? `,${p.extension}` : ''}`;
}
