import { toHalfWidth } from '../text/normalizeWidth';
import { NUMERAL_CHARS, parseChineseInteger, spokenDigits } from './numerals';

/** Units that follow a number in a Chinese address. Road names (五一路, 三里屯) have none of these right after, so they stay as said. */
const UNITS = '号楼|号院|号|栋|幢|座|单元|层|楼|室|弄|巷|组|排|户|期';
const RUN = `[${NUMERAL_CHARS}]+`;
const BEFORE_UNIT = new RegExp(`(${RUN})(?=${UNITS})`, 'g');
const AFTER_UNIT_AT_END = new RegExp(`(?<=${UNITS})(${RUN})$`);

/** 五零一 → "501" (read digit by digit), 三十一 → "31", 一百零三 → "103"; null when it is neither. */
function numeralToDigits(run: string): string | null {
  const hasUnit = /[十百千万拾佰仟]/.test(run);
  if (!hasUnit) {
    if (run.length === 1 && /[万亿]/.test(run)) return null;
    return spokenDigits(run);
  }
  const n = parseChineseInteger(run);
  return n === null ? null : String(n);
}

/**
 * Chinese numerals inside an address, as a recogniser writes them, become digits where they count
 * something: "幸福小区三号楼二单元五零一" → "幸福小区3号楼2单元501", "中山路一百零三号" → "中山路103号".
 * Names keep their numerals (五一路, 三里屯, 十里铺). Anything unclear is left as said.
 */
export function normalizeSpokenAddress(text: string): string {
  if (typeof text !== 'string') return '';
  let t = toHalfWidth(text).trim().replace(/[。]+$/, '');
  t = t.replace(BEFORE_UNIT, (run: string) => numeralToDigits(run) ?? run);
  t = t.replace(AFTER_UNIT_AT_END, (run: string) => numeralToDigits(run) ?? run);
  return t;
}
