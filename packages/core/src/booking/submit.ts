/**
 * Submitting a booking once, whatever the network does. One idempotency key per logical booking
 * (the same answers); a network failure or timeout is retried with that same key, so the host can
 * replay its first answer instead of booking twice. The policy lives here, not in an adapter, so a
 * host's own adapter gets it too.
 */
import { BookingError, isUncertain, toBookingError } from './errors';
import type { BookingAdapter, BookingRequest, BookingResult } from './types';

/** A random UUID v4 (crypto.randomUUID where present, else crypto.getRandomValues, else Math.random). */
export function newIdempotencyKey(): string {
  const c = (globalThis as { crypto?: Crypto }).crypto;
  if (c && typeof c.randomUUID === 'function') return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c && typeof c.getRandomValues === 'function') c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stable text for a request's content: the same answers give the same fingerprint. */
export function requestFingerprint(request: BookingRequest): string {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(request));
}

/**
 * Hands out idempotency keys: the same key while the request's content is unchanged (retries, a second
 * click), a new one when the answers change (a new slot after a 409 is a new booking attempt).
 */
export function createIdempotencyKeeper(generate: () => string = newIdempotencyKey) {
  let current: { fingerprint: string; key: string } | null = null;
  return {
    keyFor(request: BookingRequest): string {
      const fingerprint = requestFingerprint(request);
      if (!current || current.fingerprint !== fingerprint) current = { fingerprint, key: generate() };
      return current.key;
    },
    /** Forget the key after success or a definite failure. */
    reset() {
      current = null;
    },
    get current(): string | undefined {
      return current?.key;
    },
  };
}

export interface RetryPolicy {
  /** Attempts in all, the first included. Default 4. */
  maxAttempts?: number;
  /** Waits between attempts, in ms; the last value repeats. Default [1000, 2000, 4000]. */
  delaysMs?: readonly number[];
  /** Called before each retry with the error that caused it: the UI shows "正在确认…". */
  onRetry?: (attempt: number, error: BookingError) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
}

export function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new BookingError('aborted'));
    const t = setTimeout(resolve, Math.max(0, ms));
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(t);
        reject(new BookingError('aborted'));
      },
      { once: true },
    );
  });
}

/**
 * Submits with retries on uncertain failures (network, timeout, in-progress), always with the same key.
 * Definite answers (success, slot taken, slot passed, 5xx, invalid) return or throw at once: a 5xx is
 * shown to the user with a retry button rather than retried behind their back.
 */
export async function submitWithRetry(adapter: BookingAdapter, request: BookingRequest, idempotencyKey: string, policy: RetryPolicy = {}): Promise<BookingResult> {
  const maxAttempts = Math.max(1, Math.trunc(policy.maxAttempts ?? 4));
  const delays = policy.delaysMs && policy.delaysMs.length ? policy.delaysMs : [1000, 2000, 4000];
  const sleep = policy.sleep ?? defaultSleep;
  let attempt = 0;
  for (;;) {
    attempt++;
    try {
      return await adapter.submit(request, { idempotencyKey, signal: policy.signal, locale: request.locale });
    } catch (thrown) {
      const error = toBookingError(thrown);
      if (!isUncertain(error.kind) || attempt >= maxAttempts || policy.signal?.aborted) throw error;
      policy.onRetry?.(attempt + 1, error);
      const wait = error.retryAfterMs ?? delays[Math.min(attempt - 1, delays.length - 1)] ?? 1000;
      await sleep(wait, policy.signal);
    }
  }
}
