/**
 * A monotonic clock in milliseconds: `performance.now()`, which the user cannot move (changing the
 * device's date and time moves `Date.now()`, never this). It only ever goes forward within one page;
 * its zero is the page's start, so it cannot carry time across a reload — persist server time for that.
 * Falls back to `Date.now()` only where there is no `performance` (very old engines, some test hosts).
 * Read lazily: nothing is touched at import, so this is safe on servers.
 */
export function monotonicNow(): number {
  const perf = (globalThis as { performance?: { now?: () => number } }).performance;
  return typeof perf?.now === 'function' ? perf.now() : Date.now();
}
