import { createTranslator } from '../messages/translate';
import type { Locale } from '../messages/types';
import { monotonicNow } from '../time/monotonic';
import { fraudCoreMessages } from './messages';

/**
 * Cooling-off (冷静期). The delay guards money, so elapsed time is counted on a monotonic clock
 * (`performance.now()`), which changing the device's date and time cannot move; the device's wall clock
 * is never trusted to say that time has passed. Server time, when the host gives it, anchors the start
 * (so a reload resumes where it was) and is re-checked on resume: it may say *more* time has passed than
 * the monotonic clock saw (a tab asleep while the machine slept), never that the configured delay was
 * shorter. Without server time a reload resumes from what was left at the last tick, never less.
 */

/** serverNow − deviceNow, in ms. Add it to Date.now() to get server time. 0 when either is unusable. */
export function clockOffset(serverNowMs: unknown, deviceNowMs: number): number {
  const s = toServerMs(serverNowMs);
  if (s === null || !Number.isFinite(deviceNowMs)) return 0;
  return s - deviceNowMs;
}

function toServerMs(value: unknown): number | null {
  const ms = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : Number.NaN;
  return Number.isFinite(ms) && ms > 0 ? ms : null;
}

/**
 * Milliseconds left, clamped to 0…durationMs, from a start and a server "now". A start time in the
 * future (clock trouble on the server side, or a tampered value) counts as "just started", never as
 * more than the full delay.
 */
export function coolingOffRemaining(startedAtServerMs: number, durationMs: number, deviceNowMs: number, offsetMs = 0): number {
  const duration = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
  if (!Number.isFinite(startedAtServerMs)) return duration;
  const serverNow = deviceNowMs + (Number.isFinite(offsetMs) ? offsetMs : 0);
  const elapsed = Math.max(0, serverNow - startedAtServerMs);
  return Math.max(0, Math.min(duration, duration - elapsed));
}

/** The clocks a timer reads; tests pass fakes. */
export interface CoolingOffClocks {
  /** Monotonic milliseconds (default `performance.now()`). */
  monotonic?: () => number;
  /** The device's wall clock, epoch ms (default `Date.now()`): only stamps a start when no server time is known. */
  wall?: () => number;
}

/** What a host or the hook keeps to resume the delay after a reload. */
export interface CoolingOffSnapshot {
  /** When the delay started, in server epoch ms (estimated from the device when no server time was known). */
  startedAt: number;
  /** What was left at the last check, in ms. A reload without fresh server time resumes from here. */
  remainingMs: number;
}

export interface CoolingOffTimer {
  readonly durationMs: number;
  /** Gives or refreshes the server's time (epoch ms or Date). Unusable values are ignored. */
  syncServerTime(serverNow: unknown): void;
  /** Starts the delay now; returns what to persist. */
  begin(): CoolingOffSnapshot;
  /** Resumes a delay that started earlier (another page, a reload, a remount). */
  resume(saved: { startedAt: number; remainingMs?: number }): void;
  /** Milliseconds left (the full delay before `begin`). */
  remaining(): number;
  started(): boolean;
  /** The current state to persist, or null before `begin`/`resume`. */
  snapshot(): CoolingOffSnapshot | null;
  /** Forgets the delay (cancelled or completed). */
  clear(): void;
}

function clamp(ms: number, max: number): number {
  return Number.isFinite(ms) ? Math.max(0, Math.min(max, ms)) : max;
}

/** A cooling-off delay of `durationMs`, counted as described above. */
export function createCoolingOffTimer(durationMs: number, clocks: CoolingOffClocks = {}): CoolingOffTimer {
  const duration = Number.isFinite(durationMs) && durationMs > 0 ? durationMs : 0;
  const mono = clocks.monotonic ?? monotonicNow;
  const wall = clocks.wall ?? Date.now;
  // Server time as (server ms, monotonic ms) at one moment; "now" in server time is derived from the
  // monotonic clock after that, so a device clock changed later has no effect.
  let anchor: { server: number; mono: number; trusted: boolean } | null = null;
  const serverNow = (): number => {
    if (!anchor) anchor = { server: wall(), mono: mono(), trusted: false };
    return anchor.server + Math.max(0, mono() - anchor.mono);
  };
  let startedAt: number | null = null;
  /** Monotonic time of a start made in this page while server time was unknown (re-stamped on sync). */
  let untrustedStartMono: number | null = null;
  /** What was left at monotonic time `at`. */
  let base: { left: number; at: number } | null = null;

  const fromServer = (): number => clamp(duration - Math.max(0, serverNow() - (startedAt as number)), duration);

  return {
    durationMs: duration,
    syncServerTime(value) {
      const server = toServerMs(value);
      if (server === null) return;
      anchor = { server, mono: mono(), trusted: true };
      if (startedAt === null) return;
      if (untrustedStartMono !== null) {
        startedAt = server - Math.max(0, mono() - untrustedStartMono);
        untrustedStartMono = null;
      }
      // The server may say more time has passed (the tab slept); it cannot make the delay shorter than
      // configured, because the start it is compared with came from the server or from this page's clock.
      base = { left: fromServer(), at: mono() };
    },
    begin() {
      startedAt = serverNow();
      untrustedStartMono = anchor?.trusted ? null : mono();
      base = { left: duration, at: mono() };
      return { startedAt, remainingMs: duration };
    },
    resume(saved) {
      const start = Number(saved?.startedAt);
      startedAt = Number.isFinite(start) && start > 0 ? start : serverNow();
      untrustedStartMono = null;
      let left: number;
      if (anchor?.trusted && Number.isFinite(start) && start > 0) left = fromServer();
      else {
        // A saved remainder that is negative or not a number is unreadable: the full delay, never zero.
        const savedLeft = Number(saved?.remainingMs);
        left = Number.isFinite(savedLeft) && savedLeft >= 0 ? Math.min(duration, savedLeft) : duration;
      }
      base = { left, at: mono() };
    },
    remaining() {
      if (!base) return duration;
      return clamp(base.left - Math.max(0, mono() - base.at), duration);
    },
    started: () => startedAt !== null,
    snapshot() {
      return startedAt === null ? null : { startedAt, remainingMs: this.remaining() };
    },
    clear() {
      startedAt = null;
      untrustedStartMono = null;
      base = null;
    },
  };
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

/** The visible countdown: "1 分 05 秒" / "1 min 05 s"; under a minute "45 秒" / "45 s" (words from fraudCoreMessages). */
export function formatCountdown(ms: number, locale: Locale = 'zh-CN'): string {
  const { minutes, seconds } = parts(ms);
  const t = createTranslator(locale, fraudCoreMessages);
  if (minutes > 0) return t('fraud.countdown.minutes', { minutes, seconds: String(seconds).padStart(2, '0') });
  return t('fraud.countdown.seconds', { seconds: String(seconds) });
}

/**
 * The spoken form, rounded up to the half minute so it does not sound like a ticking clock:
 * "还要等大约 2 分钟" / "About 2 minutes to wait".
 */
export function describeRemaining(ms: number, locale: Locale = 'zh-CN'): string {
  const t = createTranslator(locale, fraudCoreMessages);
  const halfMinutes = Math.ceil(Math.max(0, ms) / 30_000);
  if (halfMinutes <= 1) return t('fraud.wait.underHalfMinute');
  const minutes = halfMinutes / 2;
  const duration = Number.isInteger(minutes) ? t('fraud.wait.minutes', { minutes }) : t('fraud.wait.minutesAndHalf', { whole: Math.floor(minutes) });
  return t('fraud.wait.about', { duration });
}
