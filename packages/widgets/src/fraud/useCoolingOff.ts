import { clockOffset, coolingOffRemaining } from '@yinfa/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';

function session(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.sessionStorage;
  } catch {
    return undefined;
  }
}

function readStored(key: string | undefined): number | null {
  if (!key) return null;
  try {
    const n = Number(session()?.getItem(key));
    return Number.isFinite(n) && n > 0 ? n : null;
  } catch {
    return null;
  }
}

export interface UseCoolingOffOptions {
  durationMs: number;
  /** The server's time (epoch ms or Date) when the host last heard from it. Sets the clock offset. */
  serverNow?: number | Date;
  /** When the delay started, in server epoch ms (the host persists it with the pending transfer). */
  startedAt?: number | null;
  onStart?: (startedAtServerMs: number) => void;
  /** Also keep the start in sessionStorage under this key, for hosts that do not persist it. */
  storageKey?: string;
  /** Tick only while true (the dialog is open). */
  active?: boolean;
}

/**
 * A cooling-off countdown in server time. The device clock only measures elapsed time through the
 * offset, so a wrong clock does not skip the delay and a remount (or reload, with `startedAt` or
 * `storageKey`) resumes it. Ticks once a second for the visible countdown only.
 */
export function useCoolingOff({ durationMs, serverNow, startedAt, onStart, storageKey, active = true }: UseCoolingOffOptions) {
  const serverMs = serverNow instanceof Date ? serverNow.getTime() : serverNow;
  // The offset is taken when the server time arrives, not on every render.
  const offset = useMemo(() => (serverMs === undefined ? 0 : clockOffset(serverMs, Date.now())), [serverMs]);
  const [ownStart, setOwnStart] = useState<number | null>(() => readStored(storageKey));
  const start = typeof startedAt === 'number' && Number.isFinite(startedAt) ? startedAt : ownStart;
  const [now, setNow] = useState(() => Date.now());
  const onStartRef = useRef(onStart);
  onStartRef.current = onStart;

  const remaining = start === null ? durationMs : coolingOffRemaining(start, durationMs, now, offset);

  useEffect(() => {
    if (!active || start === null || remaining <= 0) return;
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, [active, start, remaining <= 0]); // eslint-disable-line react-hooks/exhaustive-deps

  const begin = useCallback(() => {
    const at = Date.now() + offset;
    setNow(Date.now());
    setOwnStart(at);
    if (storageKey) {
      try {
        session()?.setItem(storageKey, String(at));
      } catch {
        /* storage blocked: the host's startedAt still works */
      }
    }
    onStartRef.current?.(at);
    return at;
  }, [offset, storageKey]);

  const clear = useCallback(() => {
    setOwnStart(null);
    if (storageKey) {
      try {
        session()?.removeItem(storageKey);
      } catch {
        /* nothing to clear */
      }
    }
  }, [storageKey]);

  return { started: start !== null, remaining, done: start !== null && remaining <= 0, begin, clear, offset };
}
