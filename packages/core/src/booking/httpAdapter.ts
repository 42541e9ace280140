/**
 * The booking adapter over HTTP + JSON, on `fetch`. The contract is in docs/booking.md and
 * docs/booking-api.yaml. POSTs that book or cancel carry an `Idempotency-Key` header; the retry
 * policy for them is `submitWithRetry` (same key every time). GETs are retried here on network
 * failures and 502/503/504, since reading twice is harmless.
 */
import { BookingError, toBookingError, type BookingErrorKind } from './errors';
import { sanitizeServices } from './services';
import { sanitizeSlots } from './slots';
import { defaultSleep } from './submit';
import type { BookingAdapter, BookingQuote, BookingRequest, BookingResult, CancelResult, RequestOptions, SubmitOptions } from './types';
import { isConsistentQuote } from './cost';

export interface HttpAdapterOptions {
  /** e.g. "https://api.example.gov.cn/home-care/v1" (no trailing slash needed). */
  baseUrl: string;
  fetch?: typeof fetch;
  /** Extra headers (auth) on every request; a function is called per request. */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** Per-attempt time limit. Default 15 000 ms. */
  timeoutMs?: number;
  /** Extra attempts for GETs on network errors and 502/503/504. Default 2. */
  getRetries?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

interface ErrorBody {
  error?: string;
  message?: string;
  alternatives?: unknown;
}

const ERROR_CODES: Record<string, BookingErrorKind> = {
  slot_taken: 'slot-taken',
  slot_passed: 'slot-passed',
  idempotency_key_in_use: 'in-progress',
  idempotency_key_reused: 'idempotency-conflict',
  not_found: 'not-found',
  invalid_request: 'invalid',
};

function retryAfter(res: Response): number | undefined {
  const h = res.headers.get('Retry-After');
  if (!h) return undefined;
  const secs = Number(h);
  if (Number.isFinite(secs)) return Math.max(0, secs * 1000);
  const at = Date.parse(h);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Maps an HTTP error response to a BookingError. Exported for hosts that wrap their own fetch. */
export async function errorFromResponse(res: Response): Promise<BookingError> {
  const body = ((await readJson(res)) ?? {}) as ErrorBody;
  const code = typeof body.error === 'string' ? ERROR_CODES[body.error] : undefined;
  const details = { status: res.status, retryAfterMs: retryAfter(res) };
  if (code === 'slot-taken' || (res.status === 409 && !code)) {
    return new BookingError('slot-taken', body.message, { ...details, alternatives: sanitizeSlots(body.alternatives) });
  }
  if (code) return new BookingError(code, body.message, details);
  if (res.status === 410) return new BookingError('slot-passed', body.message, details);
  if (res.status === 404) return new BookingError('not-found', body.message, details);
  if (res.status === 408 || res.status === 504) return new BookingError(res.status === 408 ? 'timeout' : 'server', body.message, details);
  if (res.status >= 500) return new BookingError('server', body.message, details);
  return new BookingError('invalid', body.message, details);
}

export function createHttpBookingAdapter(options: HttpAdapterOptions): BookingAdapter {
  const base = String(options.baseUrl ?? '').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 15_000;
  const getRetries = Math.max(0, Math.trunc(options.getRetries ?? 2));
  const sleep = options.sleep ?? defaultSleep;
  const doFetch = (...args: Parameters<typeof fetch>) => (options.fetch ?? globalThis.fetch)(...args);

  async function headers(extra: Record<string, string>): Promise<Record<string, string>> {
    const h = typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {});
    return { Accept: 'application/json', ...h, ...extra };
  }

  /** One attempt with a time limit; maps throws to network / timeout / aborted. */
  async function attempt(url: string, init: RequestInit, signal?: AbortSignal): Promise<Response> {
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = () => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      return await doFetch(url, { ...init, signal: controller.signal });
    } catch (e) {
      if (timedOut) throw new BookingError('timeout', `No answer within ${timeoutMs} ms`, { cause: e });
      if (signal?.aborted) throw new BookingError('aborted', 'Aborted', { cause: e });
      const err = toBookingError(e);
      throw err.kind === 'server' ? new BookingError('network', err.message, { cause: e }) : err;
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function get(path: string, opts: RequestOptions = {}): Promise<unknown> {
    let tries = 0;
    for (;;) {
      tries++;
      try {
        const res = await attempt(`${base}${path}`, { method: 'GET', headers: await headers(opts.locale ? { 'Accept-Language': opts.locale } : {}) }, opts.signal);
        if (res.ok) return await readJson(res);
        const err = await errorFromResponse(res);
        if (![502, 503, 504].includes(res.status) || tries > getRetries) throw err;
        await sleep(err.retryAfterMs ?? 500 * tries, opts.signal);
      } catch (e) {
        const err = toBookingError(e);
        if (!(err.kind === 'network' || err.kind === 'timeout') || tries > getRetries) throw err;
        await sleep(500 * tries, opts.signal);
      }
    }
  }

  async function post(path: string, body: unknown, opts: RequestOptions & { idempotencyKey?: string }): Promise<unknown> {
    const extra: Record<string, string> = { 'Content-Type': 'application/json' };
    if (opts.idempotencyKey) extra['Idempotency-Key'] = opts.idempotencyKey;
    if (opts.locale) extra['Accept-Language'] = opts.locale;
    const res = await attempt(`${base}${path}`, { method: 'POST', headers: await headers(extra), body: JSON.stringify(body) }, opts.signal);
    if (!res.ok) throw await errorFromResponse(res);
    return readJson(res);
  }

  return {
    async listServices(opts = {}) {
      const data = (await get(`/services${opts.locale ? `?locale=${encodeURIComponent(opts.locale)}` : ''}`, opts)) as { services?: unknown } | undefined;
      return sanitizeServices(data?.services).services;
    },
    async listSlots(query, opts = {}) {
      const qs = new URLSearchParams({ serviceId: query.serviceId, from: query.from, to: query.to });
      const data = (await get(`/slots?${qs.toString()}`, opts)) as { slots?: unknown } | undefined;
      return sanitizeSlots(data?.slots);
    },
    async quote(request: BookingRequest, opts = {}) {
      const data = await post('/quotes', request, opts);
      if (!isConsistentQuote(data)) throw new BookingError('server', 'The quote does not add up');
      return data as BookingQuote;
    },
    async submit(request: BookingRequest, opts: SubmitOptions) {
      if (!opts?.idempotencyKey) throw new BookingError('invalid', 'submit needs an idempotencyKey');
      const data = (await post('/bookings', request, opts)) as Partial<BookingResult> | undefined;
      if (!data || typeof data.reference !== 'string' || !data.reference) throw new BookingError('server', 'No reference in the answer');
      return {
        reference: data.reference,
        status: data.status === 'confirmed' ? 'confirmed' : 'requested',
        serviceId: data.serviceId ?? request.serviceId,
        slotStart: data.slotStart ?? request.slotStart,
        slotEnd: data.slotEnd ?? request.slotEnd,
        nextSteps: typeof data.nextSteps === 'string' ? data.nextSteps : undefined,
      };
    },
    async cancel(reference: string, opts: SubmitOptions) {
      if (!opts?.idempotencyKey) throw new BookingError('invalid', 'cancel needs an idempotencyKey');
      await post(`/bookings/${encodeURIComponent(reference)}/cancel`, {}, opts);
      return { reference, status: 'cancelled' } satisfies CancelResult;
    },
  };
}
