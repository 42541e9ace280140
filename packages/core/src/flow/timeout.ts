/**
 * Session-timeout arithmetic for WCAG 2.2.1 (Timing Adjustable): warn at least 20 s before the limit,
 * let the user extend with one simple action at least 10 times. Pure functions: the React
 * `TimeoutWarning` supplies the clock.
 */
import { devWarn } from '../dev/warn';

export interface TimeoutPolicy {
  /** Time without activity after which the host ends the session. */
  timeoutMs: number;
  /** How long before the end the warning shows. At least 20 000 ms. */
  warnBeforeMs: number;
  /** How many times "继续 / Stay" may extend the session. At least 10; Infinity for no limit. */
  maxExtensions: number;
}

export const MIN_WARN_BEFORE_MS = 20_000;
export const MIN_EXTENSIONS = 10;

/** Brings a host's policy within WCAG 2.2.1: too short a warning or too few extensions are raised, with a warning. */
export function normalizeTimeoutPolicy(input: Partial<TimeoutPolicy> = {}): TimeoutPolicy {
  const timeoutMs = Number.isFinite(input.timeoutMs) && (input.timeoutMs as number) > 0 ? (input.timeoutMs as number) : 20 * 60 * 1000;
  let warnBeforeMs = Number.isFinite(input.warnBeforeMs) ? (input.warnBeforeMs as number) : 2 * 60 * 1000;
  if (warnBeforeMs < MIN_WARN_BEFORE_MS) {
    devWarn(`TimeoutWarning: warnBeforeMs ${warnBeforeMs} is under 20 seconds (WCAG 2.2.1); using 20000.`);
    warnBeforeMs = MIN_WARN_BEFORE_MS;
  }
  warnBeforeMs = Math.min(warnBeforeMs, timeoutMs);
  let maxExtensions = input.maxExtensions ?? Infinity;
  if (!(maxExtensions >= MIN_EXTENSIONS)) {
    devWarn(`TimeoutWarning: maxExtensions ${String(input.maxExtensions)} is under 10 (WCAG 2.2.1); using 10.`);
    maxExtensions = MIN_EXTENSIONS;
  }
  return { timeoutMs, warnBeforeMs, maxExtensions };
}

export type TimeoutPhase = 'running' | 'warning' | 'expired';

/** Where a session stands `now`, given when it was last extended (or started). */
export function timeoutPhase(policy: TimeoutPolicy, since: number, now: number): { phase: TimeoutPhase; msLeft: number } {
  const msLeft = Math.max(0, since + policy.timeoutMs - now);
  if (msLeft === 0) return { phase: 'expired', msLeft };
  if (msLeft <= policy.warnBeforeMs) return { phase: 'warning', msLeft };
  return { phase: 'running', msLeft };
}

/** Whole seconds left, rounded up: "29 秒" never shows as 28 while 28.4 s remain. */
export function secondsLeft(msLeft: number): number {
  return Math.max(0, Math.ceil(msLeft / 1000));
}
