/**
 * Scaling a page's own font-size and line-height values. Only values fixed in absolute units (px, pt,
 * absolute keywords) need it: rem follows the root size the toolbar sets, em and % follow the parent, and
 * unitless line heights follow the font size. Mixed values (calc(1em + 2px)) and var() are left to the
 * per-element check, which measures what the browser computed.
 */

/** Chromium's and Firefox's absolute keyword sizes relative to `medium`. */
const KEYWORDS: Record<string, number> = {
  'xx-small': 9 / 16,
  'x-small': 10 / 16,
  small: 13 / 16,
  medium: 1,
  large: 18 / 16,
  'x-large': 24 / 16,
  'xx-large': 32 / 16,
  'xxx-large': 48 / 16,
};

const round = (n: number) => Math.round(n * 100) / 100;
const ABSOLUTE = /^(-?\d*\.?\d+)(px|pt)$/i;
/** Relative or unknown parts: scaling them again would scale twice (or guess). */
const RELATIVE = /\d(r?em|%|ex|ch|lh|rlh|cap|ic)\b|%|var\(|env\(|attr\(|inherit|initial|unset|revert/i;

/**
 * The scaled value of a font-size declaration, or null when it needs none (relative units) or cannot be
 * scaled here (var(), mixed units). `medium` is the user's default font size in px.
 */
export function scaleFontSize(value: string, scale: number, medium = 16): string | null {
  const v = value.trim().toLowerCase();
  if (!v) return null;
  const m = v.match(ABSOLUTE);
  if (m) {
    const px = Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1);
    return `${round(px * scale)}px`;
  }
  if (v in KEYWORDS) return `${round(KEYWORDS[v]! * medium * scale)}px`;
  if (RELATIVE.test(v)) return null;
  // calc()/clamp()/min()/max() of px and viewport units: scale the whole expression.
  if (/^(calc|clamp|min|max)\(/.test(v) && /\d(px|pt|vw|vh|vmin|vmax|svw|dvw|lvw)\b/.test(v)) return `calc(${v} * ${scale})`;
  return null;
}

/** The scaled value of a line-height declaration: only absolute lengths need it. */
export function scaleLineHeight(value: string, scale: number): string | null {
  const v = value.trim().toLowerCase();
  const m = v.match(ABSOLUTE);
  if (m) return `${round(Number(m[1]) * (m[2] === 'pt' ? 4 / 3 : 1) * scale)}px`;
  if (RELATIVE.test(v)) return null;
  if (/^(calc|clamp|min|max)\(/.test(v) && /\d(px|pt)\b/.test(v)) return `calc(${v} * ${scale})`;
  return null;
}
