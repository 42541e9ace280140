import type { BookingSlot } from './types';

/**
 * What went wrong, in terms the widget acts on:
 * - `slot-taken`: 409, someone else got the slot → back to the time step, nearest free slots;
 * - `slot-passed`: the slot is in the past → choose again;
 * - `network` / `timeout`: no answer → "正在确认…", retry with the same idempotency key;
 * - `in-progress`: the same key is still being processed → wait `retryAfterMs`, retry;
 * - `server`: 5xx → message, retry button, phone number;
 * - `idempotency-conflict`: the key was used with different answers (a bug in the host or client);
 * - `invalid`: the host rejected the answers (4xx); `not-found`: unknown reference.
 */
export type BookingErrorKind =
  | 'slot-taken'
  | 'slot-passed'
  | 'network'
  | 'timeout'
  | 'in-progress'
  | 'server'
  | 'idempotency-conflict'
  | 'invalid'
  | 'not-found'
  | 'aborted';

export const BOOKING_ERROR_KINDS: readonly BookingErrorKind[] = [
  'slot-taken',
  'slot-passed',
  'network',
  'timeout',
  'in-progress',
  'server',
  'idempotency-conflict',
  'invalid',
  'not-found',
  'aborted',
];

export class BookingError extends Error {
  readonly kind: BookingErrorKind;
  readonly status?: number;
  /** Free slots nearest the one asked for (slot-taken). */
  readonly alternatives?: BookingSlot[];
  readonly retryAfterMs?: number;

  constructor(kind: BookingErrorKind, message?: string, details: { status?: number; alternatives?: BookingSlot[]; retryAfterMs?: number; cause?: unknown } = {}) {
    super(message ?? kind);
    this.name = 'BookingError';
    this.kind = kind;
    this.status = details.status;
    this.alternatives = details.alternatives;
    this.retryAfterMs = details.retryAfterMs;
    if (details.cause !== undefined) (this as { cause?: unknown }).cause = details.cause;
  }
}

/** Failures where the request may or may not have reached the host: safe to resend with the same key. */
export function isUncertain(kind: BookingErrorKind): boolean {
  return kind === 'network' || kind === 'timeout' || kind === 'in-progress';
}

/** Turns anything thrown (a TypeError from fetch, an AbortError, a host's own error) into a BookingError. */
export function toBookingError(error: unknown): BookingError {
  if (error instanceof BookingError) return error;
  const e = error as { name?: string; kind?: unknown; status?: unknown; message?: string } | undefined;
  if (e && typeof e.kind === 'string' && (BOOKING_ERROR_KINDS as readonly string[]).includes(e.kind)) {
    return new BookingError(e.kind as BookingErrorKind, e.message, { status: typeof e.status === 'number' ? e.status : undefined, cause: error });
  }
  if (e?.name === 'TimeoutError') return new BookingError('timeout', e.message, { cause: error });
  if (e?.name === 'AbortError') return new BookingError('aborted', e.message, { cause: error });
  if (e?.name === 'TypeError') return new BookingError('network', e.message, { cause: error });
  return new BookingError('server', e?.message ?? String(error), { cause: error });
}
