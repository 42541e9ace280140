/**
 * Full-width (全角) characters → their ASCII forms, and the many space and dash characters
 * Chinese IMEs produce → one plain form. Older users often type with a full-width IME on, so every
 * parser normalises first instead of rejecting "１３８".
 */
export function toHalfWidth(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0)!;
    if (code === 0x3000) out += ' ';
    else if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else out += ch;
  }
  return out
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\u30FC]/g, '-')
    .replace(/[\u00A0\u2000-\u200B\u202F\u205F]/g, ' ')
    .replace(/[。．]/g, (m, offset: number, s: string) => (/\d/.test(s[offset - 1] ?? '') && /\d/.test(s[offset + 1] ?? '') ? '.' : m));
}

/** Only ASCII digits of the input, after full-width normalisation. */
export function digitsOnly(input: string): string {
  return toHalfWidth(input).replace(/\D/g, '');
}
