import type { Locale } from '../messages/types';

/**
 * Cooling-off (冷静期) arithmetic. The delay is measured in server time: the host gives the server's
 * "now" once (any response header or API field) and the moment the delay started, as epoch ms. The
 * device clock only measures the gap since, through the offset, so a device set hours or days wrong
 * neither skips nor stretches the delay, and a reload resumes where it was.
 */

/** serverNow − deviceNow, in ms. Add it to Date.now() to get server time. 0 when either is unusable. */
export function clockOffset(serverNowMs: unknown, deviceNowMs: number): number {
  const s = typeof serverNowMs === 'number' ? serverNowMs : serverNowMs instanceof Date ? serverNowMs.getTime() : Number.NaN;
  if (!Number.isFinite(s) || !Number.isFinite(deviceNowMs)) return 0;
  return s - deviceNowMs;
}

/**
 * Milliseconds left, clamped to 0…durationMs. A start time in the future (clock trouble on the server
 * side, or a tampered value) counts as "just started", never as more than the full delay.
 */
export function coolingOffRemaining(startedAtServerMs: number, durationMs: number, deviceNowMs: number, offsetMs = 0): number {
  const duration = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
  if (!Number.isFinite(startedAtServerMs)) return duration;
  const serverNow = deviceNowMs + (Number.isFinite(offsetMs) ? offsetMs : 0);
  const elapsed = Math.max(0, serverNow - startedAtServerMs);
  return Math.max(0, Math.min(duration, duration - elapsed));
}

/**
 * Whether the countdown should be announced now. Announce at the start, then only after at least
 * `intervalMs` of the delay has passed since the last announcement (default 30 s, never each second),
 * and once more when it reaches zero.
 */
export function shouldAnnounceCountdown(remainingMs: number, lastAnnouncedRemainingMs: number | null, intervalMs = 30_000): boolean {
  if (lastAnnouncedRemainingMs === null) return true;
  if (remainingMs <= 0) return lastAnnouncedRemainingMs > 0;
  return lastAnnouncedRemainingMs - remainingMs >= Math.max(30_000, intervalMs);
}

function parts(ms: number): { minutes: number; seconds: number } {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** The visible countdown: "1 分 05 秒" / "1 min 05 s"; under a minute "45 秒" / "45 s". */
export function formatCountdown(ms: number, locale: Locale = 'zh-CN'): string {
  const { minutes, seconds } = parts(ms);
  const ss = minutes > 0 ? String(seconds).padStart(2, '0') : String(seconds);
  if (locale === 'en-US') return minutes > 0 ? `${minutes} min ${ss} s` : `${ss} s`;
  return minutes > 0 ? `${minutes} 分 ${ss} 秒` : `${ss} 秒`;
}

/**
 * The spoken form, rounded up to the half minute so it does not sound like a ticking clock:
 * "还要等大约 2 分钟" / "About 2 minutes to wait".
 */
export function describeRemaining(ms: number, locale: Locale = 'zh-CN'): string {
  const halfMinutes = Math.ceil(Math.max(0, ms) / 30_000);
  if (halfMinutes <= 1) return locale === 'en-US' ? 'Less than half a minute to wait.' : '还要等不到半分钟。';
  const minutes = halfMinutes / 2;
  if (locale === 'en-US') return `About ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} to wait.`;
  const zh = Number.isInteger(minutes) ? `${minutes} 分钟` : `${Math.floor(minutes)} 分半钟`;
  return `还要等大约 ${zh}。`;
}
