/** The text scale range: 1 (the mode's own sizes) to 2 (200%, WCAG 1.4.4). */
export const TEXT_SCALE_MIN = 1;
export const TEXT_SCALE_MAX = 2;

/** A usable text scale from anything a host, a control or storage gives: 1–2, and 1 for nonsense. */
export function clampTextScale(scale: unknown): number {
  const n = typeof scale === 'number' ? scale : Number(scale);
  if (!Number.isFinite(n)) return 1;
  return Math.min(TEXT_SCALE_MAX, Math.max(TEXT_SCALE_MIN, n));
}
