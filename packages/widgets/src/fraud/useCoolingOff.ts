import { createCoolingOffTimer, getWebStorage, type CoolingOffSnapshot, type CoolingOffTimer } from '@yinfa/core';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

const session = () => getWebStorage('session');

/** The saved state: `{ startedAt, remainingMs }` (or a bare start time, as older versions stored it). */
function readStored(key: string | undefined): { startedAt: number; remainingMs?: number } | null {
  if (!key) return null;
  try {
    const text = session()?.getItem(key);
    if (!text) return null;
    const bare = Number(text);
    if (Number.isFinite(bare) && bare > 0) return { startedAt: bare };
    const parsed = JSON.parse(text) as Partial<CoolingOffSnapshot> | null;
    const startedAt = Number(parsed?.startedAt);
    if (!Number.isFinite(startedAt) || startedAt <= 0) return null;
    return { startedAt, remainingMs: typeof parsed?.remainingMs === 'number' ? parsed.remainingMs : undefined };
  } catch {
    return null;
  }
}

function writeStored(key: string | undefined, snapshot: CoolingOffSnapshot | null): void {
  if (!key) return;
  try {
    if (snapshot) session()?.setItem(key, JSON.stringify(snapshot));
    else session()?.removeItem(key);
  } catch {
    /* storage blocked: the host's startedAt still works */
  }
}

type ServerTime = number | Date;

export interface UseCoolingOffOptions {
  durationMs: number;
  /** The server's time (epoch ms or Date) when the host last heard from it. Anchors the start. */
  serverNow?: ServerTime;
  /**
   * Reads the server's time again. Called when the page comes back (`visibilitychange` to visible,
   * `pageshow` from the back-forward cache) so a tab that slept is caught up; never needed for safety.
   */
  getServerNow?: () => ServerTime | Promise<ServerTime>;
  /** When the delay started, in server epoch ms (the host persists it with the pending transfer). */
  startedAt?: number | null;
  onStart?: (startedAtServerMs: number) => void;
  /** Also keep the delay in sessionStorage under this key, for hosts that do not persist it. */
  storageKey?: string;
  /** Tick only while true (the dialog is open). */
  active?: boolean;
}

/**
 * A cooling-off countdown that a changed device clock cannot shorten: elapsed time is counted on the
 * monotonic clock (`createCoolingOffTimer` in `@yinfa/core`), server time anchors the start so a remount or
 * reload (with `startedAt` or `storageKey`) resumes it, and server time is re-read when the page comes back.
 * Ticks once a second, for the visible countdown only.
 */
export function useCoolingOff({ durationMs, serverNow, getServerNow, startedAt, onStart, storageKey, active = true }: UseCoolingOffOptions) {
  const serverMs = serverNow instanceof Date ? serverNow.getTime() : serverNow;
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [timer] = useState<{ current: CoolingOffTimer; duration: number }>(() => ({ current: createCoolingOffTimer(durationMs), duration: durationMs }));
  const synced = useRef<number | undefined>(undefined);
  const resumedFrom = useRef<number | null>(null);
  const onStartRef = useRef(onStart);
  onStartRef.current = onStart;
  const getServerNowRef = useRef(getServerNow);
  getServerNowRef.current = getServerNow;

  // Derived during render so the first paint is right: a new duration makes a new timer; server time is
  // applied when it changes; a start from the host (or storage) resumes the delay once per start.
  if (timer.duration !== durationMs) {
    timer.current = createCoolingOffTimer(durationMs);
    timer.duration = durationMs;
    synced.current = undefined;
    resumedFrom.current = null;
  }
  const t = timer.current;
  if (serverMs !== undefined && synced.current !== serverMs) {
    synced.current = serverMs;
    t.syncServerTime(serverMs);
  }
  const hostStart = typeof startedAt === 'number' && Number.isFinite(startedAt) && startedAt > 0 ? startedAt : null;
  if (hostStart !== null && t.snapshot()?.startedAt !== hostStart && resumedFrom.current !== hostStart) {
    const stored = readStored(storageKey);
    t.resume({ startedAt: hostStart, remainingMs: stored?.startedAt === hostStart ? stored.remainingMs : undefined });
    resumedFrom.current = hostStart;
  } else if (hostStart === null && !t.started() && resumedFrom.current === null) {
    const stored = readStored(storageKey);
    resumedFrom.current = stored?.startedAt ?? 0;
    if (stored) t.resume(stored);
  }

  const started = t.started();
  const remaining = t.remaining();

  useEffect(() => {
    if (!active || !started || remaining <= 0) return;
    const id = setInterval(() => {
      writeStored(storageKey, t.snapshot());
      rerender();
    }, 1000);
    return () => clearInterval(id);
  }, [active, started, remaining <= 0, storageKey, t]); // eslint-disable-line react-hooks/exhaustive-deps

  // Back from a hidden tab, a sleeping machine or the back-forward cache: redraw at once (the monotonic
  // clock kept counting) and ask the host for server time, which may say more time has passed.
  useEffect(() => {
    if (!active || !started || typeof document === 'undefined') return;
    let alive = true;
    const resync = () => {
      if (document.visibilityState === 'hidden') return;
      rerender();
      const read = getServerNowRef.current;
      if (!read) return;
      Promise.resolve()
        .then(read)
        .then((value) => {
          if (!alive) return;
          t.syncServerTime(value instanceof Date ? value.getTime() : value);
          writeStored(storageKey, t.snapshot());
          rerender();
        })
        .catch(() => {
          /* no server time now: the monotonic count stands */
        });
    };
    document.addEventListener('visibilitychange', resync);
    window.addEventListener('pageshow', resync);
    return () => {
      alive = false;
      document.removeEventListener('visibilitychange', resync);
      window.removeEventListener('pageshow', resync);
    };
  }, [active, started, storageKey, t]);

  const begin = useCallback(() => {
    const snapshot = t.begin();
    resumedFrom.current = snapshot.startedAt;
    writeStored(storageKey, snapshot);
    onStartRef.current?.(snapshot.startedAt);
    rerender();
    return snapshot.startedAt;
  }, [storageKey, t]);

  const clear = useCallback(() => {
    t.clear();
    writeStored(storageKey, null);
    rerender();
  }, [storageKey, t]);

  return { started, remaining, done: started && remaining <= 0, begin, clear };
}
