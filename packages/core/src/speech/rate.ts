export const RATE_MIN = 0.7;
export const RATE_MAX = 1.5;
/** A little slower than the engines' 1.0: easier for older listeners (domain.md §4 must-haves). */
export const RATE_DEFAULT = 0.9;

/** Keeps a speech rate in 0.7–1.5; anything unusable (NaN, a string) becomes the default 0.9. */
export function clampRate(rate: unknown): number {
  const n = typeof rate === 'number' ? rate : typeof rate === 'string' && rate.trim() !== '' ? Number(rate) : Number.NaN;
  if (!Number.isFinite(n)) return RATE_DEFAULT;
  return Math.round(Math.min(RATE_MAX, Math.max(RATE_MIN, n)) * 100) / 100;
}

/** The rate choices offered: 0.7–1.5, with 0.9 (a little slow) recommended for older listeners. */
export const SPEECH_RATE_CHOICES = [
  { rate: 0.7, key: 'speech.rateSlowest' },
  { rate: RATE_DEFAULT, key: 'speech.rateSlow' },
  { rate: 1, key: 'speech.rateNormal' },
  { rate: 1.25, key: 'speech.rateFast' },
  { rate: 1.5, key: 'speech.rateFastest' },
] as const;
