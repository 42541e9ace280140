/** Loudness 0.25–1 (1 = the device's own volume; speech can only be made quieter than it). */
export const VOLUME_MIN = 0.25;
export const VOLUME_DEFAULT = 1;

/** Keeps a volume in 0.25–1; anything unusable becomes 1. Never 0: silence is 声音 off, a separate choice that says so. */
export function clampVolume(volume: unknown): number {
  const n = typeof volume === 'number' ? volume : typeof volume === 'string' && volume.trim() !== '' ? Number(volume) : Number.NaN;
  if (!Number.isFinite(n)) return VOLUME_DEFAULT;
  return Math.round(Math.min(1, Math.max(VOLUME_MIN, n)) * 100) / 100;
}

/** The volume choices offered (音量): 小, 中, 大, 最大. */
export const SPEECH_VOLUME_CHOICES = [
  { volume: 0.25, key: 'speech.volumeLow' },
  { volume: 0.5, key: 'speech.volumeMedium' },
  { volume: 0.75, key: 'speech.volumeHigh' },
  { volume: 1, key: 'speech.volumeFull' },
] as const;

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
