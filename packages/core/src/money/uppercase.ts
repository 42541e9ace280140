const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const SMALL_UNITS = ['', '拾', '佰', '仟'] as const;
const GROUP_UNITS = ['', '万', '亿', '万亿'] as const;

/** Writes a 0–9999 group with 零 for internal zeros ("壹仟零伍"), none trailing. */
function group(n: number, digits: readonly string[], units: readonly string[]): string {
  const chars = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let pendingZero = false;
  chars.forEach((d, i) => {
    const unit = units[3 - i]!;
    if (d === 0) {
      if (out !== '') pendingZero = true;
      return;
    }
    if (pendingZero) out += digits[0];
    pendingZero = false;
    out += digits[d]! + unit;
  });
  return out;
}

/**
 * Writes a non-negative integer with group units (万, 亿), inserting 零 where a group starts with a
 * zero after a non-empty higher group (100005 → 壹拾万零伍). `leadingTen` keeps 壹 before 拾 at the start.
 */
export function writeInteger(n: number, digits: readonly string[], units: readonly string[], groupUnits: readonly string[]): string {
  if (n === 0) return digits[0]!;
  const groups: number[] = [];
  let rest = n;
  while (rest > 0) {
    groups.push(rest % 10000);
    rest = Math.floor(rest / 10000);
  }
  let out = '';
  let needZero = false;
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g === 0) {
      if (out !== '') needZero = true;
      continue;
    }
    if (out !== '' && (needZero || g < 1000)) out += digits[0];
    needZero = false;
    out += group(g, digits, units) + groupUnits[i]!;
  }
  return out;
}

/**
 * The 大写 amount as written on Chinese bank forms, following the People's Bank rules
 * (《正确填写票据和结算凭证的基本规定》): 零 for internal zeros (one for a run), 零 after 元 when 角 is 0
 * but 分 is not, 整 after 元 when there are no 角/分, none after 分. 壹拾 keeps its 壹 (¥15 → 壹拾伍元整).
 * The optional 整 after 角 is not written. Negative amounts get 负; non-integers or unsafe values give ''.
 *
 * @example amountToChineseUppercase(1200000) // '壹万贰仟元整'
 */
export function amountToChineseUppercase(fen: number): string {
  if (typeof fen !== 'number' || !Number.isSafeInteger(fen)) return '';
  if (fen < 0) return `负${amountToChineseUppercase(-fen)}`;
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const cents = fen % 10;
  if (fen === 0) return '零元整';

  let out = yuan > 0 ? `${writeInteger(yuan, DIGITS, SMALL_UNITS, GROUP_UNITS)}元` : '';
  if (jiao === 0 && cents === 0) return `${out}整`;
  if (jiao > 0) out += `${DIGITS[jiao]}角`;
  else if (yuan > 0) out += DIGITS[0];
  if (cents > 0) out += `${DIGITS[cents]}分`;
  return out;
}
