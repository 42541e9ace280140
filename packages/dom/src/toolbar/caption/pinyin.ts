import { pinyin } from 'pinyin-pro';

/**
 * The pinyin (with tone marks) of each character of `text`, '' for anything that is not a Chinese
 * character. pinyin-pro reads words in context, so 银行 is yín háng and 行走 xíng zǒu. Loaded only when a
 * user picks 拼音 captions (./load.ts).
 */
export function pinyinOf(text: string): string[] {
  const chars = [...text];
  const readings = pinyin(text, { type: 'array', nonZh: 'consecutive' });
  // With nonZh 'consecutive' a run of other characters is one item; walk both lists together.
  const out: string[] = [];
  let r = 0;
  for (let i = 0; i < chars.length; ) {
    if (isHan(chars[i]!)) {
      out.push(readings[r++] ?? '');
      i += 1;
      continue;
    }
    const run = readings[r++] ?? '';
    const length = Math.max(1, [...run].length);
    for (let k = 0; k < length && i < chars.length; k++, i++) out.push('');
  }
  return out;
}

/** CJK Unified Ideographs (with extension A and the compatibility block). */
export function isHan(ch: string): boolean {
  return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(ch);
}
