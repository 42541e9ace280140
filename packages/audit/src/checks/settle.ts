/**
 * Waiting until a render has settled: fonts loaded, no short timers or requests pending (the in-memory
 * adapters wait on `setTimeout`, HTTP adapters on `fetch`), no CSS transition or finite animation running, and the DOM quiet for a moment.
 * `installSettleTracker()` wraps the timer and fetch functions once; `settle()` waits on what it counts.
 */
interface Tracker {
  timers: Set<number>;
  fetches: number;
}

const KEY = '__yinfaAuditSettle';
/** Timers longer than this are countdowns or idle timeouts, not work that is about to finish. */
const SHORT_TIMER_MS = 2000;

function tracker(): Tracker | undefined {
  return (globalThis as unknown as Record<string, Tracker | undefined>)[KEY];
}

export function installSettleTracker(): void {
  if (tracker()) return;
  const t: Tracker = { timers: new Set(), fetches: 0 };
  (globalThis as unknown as Record<string, Tracker>)[KEY] = t;
  const setT = globalThis.setTimeout;
  const clearT = globalThis.clearTimeout;
  const wrappedSet = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) => {
    const short = (Number(ms) || 0) <= SHORT_TIMER_MS;
    let id = 0;
    id = setT(
      (...a: unknown[]) => {
        t.timers.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...a);
      },
      ms,
      ...rest,
    ) as unknown as number;
    if (short) t.timers.add(id);
    return id;
  }) as typeof setTimeout;
  globalThis.setTimeout = wrappedSet;
  globalThis.clearTimeout = ((id?: number) => {
    if (id !== undefined) t.timers.delete(id);
    clearT(id);
  }) as typeof clearTimeout;
  if (typeof globalThis.fetch === 'function') {
    const f = globalThis.fetch;
    globalThis.fetch = ((...args: Parameters<typeof fetch>) => {
      t.fetches++;
      return f(...args).finally(() => t.fetches--);
    }) as typeof fetch;
  }
}

export interface SettleResult {
  /** False when the time ran out with work still pending (a countdown, a request that never ends). */
  settled: boolean;
  ms: number;
}

const nextFrame = () => new Promise<void>((r) => requestAnimationFrame(() => r()));

/** Resolves once nothing is pending and the DOM has been quiet for `quietMs`, or after `timeoutMs`. */
export async function settle({ timeoutMs = 3000, quietMs = 60 }: { timeoutMs?: number; quietMs?: number } = {}): Promise<SettleResult> {
  const started = performance.now();
  if (typeof document !== 'undefined' && document.fonts) await Promise.race([document.fonts.ready, new Promise((r) => setTimeoutRaw(r, timeoutMs))]);
  let lastChange = performance.now();
  const observer = new MutationObserver(() => (lastChange = performance.now()));
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    for (;;) {
      await nextFrame();
      const now = performance.now();
      const t = tracker();
      // A colour or size transition still running would be measured half-way (e.g. a button turning primary).
      const busy = (t ? t.timers.size > 0 || t.fetches > 0 : false) || finiteAnimationRunning();
      if (!busy && now - lastChange >= quietMs) return { settled: true, ms: Math.round(now - started) };
      if (now - started > timeoutMs) return { settled: false, ms: Math.round(now - started) };
    }
  } finally {
    observer.disconnect();
  }
}

/** A CSS transition or finite animation still running (endless ones, such as a spinner, never end: ignored). */
function finiteAnimationRunning(): boolean {
  if (typeof document === 'undefined' || typeof document.getAnimations !== 'function') return false;
  return document.getAnimations().some((a) => {
    if (a.playState !== 'running') return false;
    const end = a.effect?.getComputedTiming().endTime;
    return typeof end === 'number' && Number.isFinite(end);
  });
}

/** The un-wrapped timer, so waiting does not count as pending work. */
function setTimeoutRaw(fn: (v?: unknown) => void, ms: number) {
  const t = tracker();
  const id = setTimeout(fn, ms) as unknown as number;
  t?.timers.delete(id);
  return id;
}
