/**
 * The HTTP adapter at the network level: MSW intercepts real `fetch` calls in Node, so headers,
 * bodies, status codes and dropped connections are exercised as a host's server would produce them.
 */
import { http, HttpResponse, delay } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBookingRequest } from './bookingFlow';
import { createHttpBookingAdapter } from './httpAdapter';
import { submitWithRetry } from './submit';
import type { BookingRequest, BookingSlot } from './types';

const BASE = 'https://booking.test/api/v1';
const slot: BookingSlot = { id: 'bath-0612-0900', serviceId: 'bath', start: '2026-06-12T09:00:00+08:00', end: '2026-06-12T10:30:00+08:00', available: true };
const request: BookingRequest = buildBookingRequest(
  { serviceId: 'bath', forWhom: 'family', elderName: '王秀英', relation: 'parent', phone: '13800138000', bookerPhone: '13900139000', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '3号楼501' },
  slot,
  'zh-CN',
);

/** A tiny idempotent booking server: one booking per key, replayed on retry. */
function bookingServer(options: { delayFirstMs?: number } = {}) {
  let calls = 0;
  const byKey = new Map<string, { body: string; result: Record<string, string> }>();
  const bookings: unknown[] = [];
  const seenKeys: string[] = [];
  let dropNext = 0; // respond with a network error after booking (the answer is lost)
  let failNext: Array<'500' | '409' | 'in-flight' | 'passed'> = [];
  const handler = http.post(`${BASE}/bookings`, async ({ request: req }) => {
    const key = req.headers.get('Idempotency-Key') ?? '';
    seenKeys.push(key);
    const body = await req.text();
    calls++;
    if (calls === 1 && options.delayFirstMs) await delay(options.delayFirstMs);
    const f = failNext.shift();
    if (f === '500') return HttpResponse.json({ error: 'internal' }, { status: 500 });
    if (f === 'in-flight') return HttpResponse.json({ error: 'idempotency_key_in_use' }, { status: 409, headers: { 'Retry-After': '0' } });
    if (f === 'passed') return HttpResponse.json({ error: 'slot_passed', message: 'The slot has passed' }, { status: 422 });
    if (f === '409') {
      return HttpResponse.json(
        { error: 'slot_taken', message: '该时段刚被约满', alternatives: [{ id: 'alt1', serviceId: 'bath', start: '2026-06-12T14:00:00+08:00', end: '2026-06-12T15:30:00+08:00', available: true }, { id: 'broken' }] },
        { status: 409 },
      );
    }
    const prior = byKey.get(key);
    if (prior) {
      if (prior.body !== body) return HttpResponse.json({ error: 'idempotency_key_reused' }, { status: 422 });
      if (dropNext > 0) {
        dropNext--;
        return HttpResponse.error(); // the replayed answer is lost too
      }
      return HttpResponse.json(prior.result, { status: 201 });
    }
    const result = { reference: `YF${String(bookings.length + 1).padStart(8, '0')}`, status: 'requested', serviceId: 'bath', slotStart: slot.start, slotEnd: slot.end };
    bookings.push(JSON.parse(body));
    byKey.set(key, { body, result });
    if (dropNext > 0) {
      dropNext--;
      return HttpResponse.error();
    }
    return HttpResponse.json(result, { status: 201 });
  });
  return {
    handler,
    bookings,
    seenKeys,
    dropAfterBooking: (n = 1) => void (dropNext = n),
    fail: (...f: typeof failNext) => void (failNext = f),
  };
}

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const noSleep = () => Promise.resolve();

describe('HTTP booking adapter (MSW, network level)', () => {
  it('lists services and slots, dropping malformed entries', async () => {
    server.use(
      http.get(`${BASE}/services`, ({ request: req }) => {
        expect(new URL(req.url).searchParams.get('locale')).toBe('en-US');
        return HttpResponse.json({ services: [{ id: 'bath', kind: 'bath', name: 'Bathing', includes: 'x', durationMinutes: 90, listPriceFen: 8000 }, { id: '' }] });
      }),
      http.get(`${BASE}/slots`, ({ request: req }) => {
        const q = new URL(req.url).searchParams;
        expect([q.get('serviceId'), q.get('from'), q.get('to')]).toEqual(['bath', '2026-06-10', '2026-06-23']);
        return HttpResponse.json({ slots: [slot, { id: 'bad', start: 'x', end: 'y' }] });
      }),
    );
    const adapter = createHttpBookingAdapter({ baseUrl: `${BASE}/`, sleep: noSleep });
    expect(await adapter.listServices({ locale: 'en-US' })).toHaveLength(1);
    expect(await adapter.listSlots({ serviceId: 'bath', from: '2026-06-10', to: '2026-06-23' })).toEqual([slot]);
  });

  it('retries a GET after a 503 and a dropped connection', async () => {
    let calls = 0;
    server.use(
      http.get(`${BASE}/services`, () => {
        calls++;
        if (calls === 1) return HttpResponse.json({}, { status: 503 });
        if (calls === 2) return HttpResponse.error();
        return HttpResponse.json({ services: [] });
      }),
    );
    const adapter = createHttpBookingAdapter({ baseUrl: BASE, sleep: noSleep });
    expect(await adapter.listServices()).toEqual([]);
    expect(calls).toBe(3);
  });

  it('submits JSON with an Idempotency-Key and auth headers', async () => {
    const s = bookingServer();
    let seen: Headers | undefined;
    server.use(s.handler);
    const adapter = createHttpBookingAdapter({ baseUrl: BASE, headers: () => ({ Authorization: 'Bearer t' }), fetch: (input, init) => {
      seen = new Headers(init?.headers);
      return fetch(input, init);
    } });
    const r = await adapter.submit(request, { idempotencyKey: 'key-1' });
    expect(r).toMatchObject({ reference: 'YF00000001', status: 'requested' });
    expect(seen?.get('Idempotency-Key')).toBe('key-1');
    expect(seen?.get('Authorization')).toBe('Bearer t');
    expect(seen?.get('Content-Type')).toBe('application/json');
    expect(s.bookings[0]).toMatchObject({ serviceId: 'bath', slotId: slot.id, elder: { phone: '13800138000' } });
  });

  it('network failure after booking: retried with the same key, exactly one booking', async () => {
    const s = bookingServer();
    server.use(s.handler);
    s.dropAfterBooking(2);
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    const retries: string[] = [];
    const r = await submitWithRetry(adapter, request, 'key-2', { sleep: noSleep, onRetry: (_n, e) => retries.push(e.kind) });
    expect(r.reference).toBe('YF00000001');
    expect(retries).toEqual(['network', 'network']);
    expect(s.seenKeys).toEqual(['key-2', 'key-2', 'key-2']);
    expect(s.bookings).toHaveLength(1);
  });

  it('timeout: the attempt is abandoned and retried with the same key', async () => {
    const s = bookingServer({ delayFirstMs: 200 });
    server.use(s.handler);
    const adapter = createHttpBookingAdapter({ baseUrl: BASE, timeoutMs: 50 });
    const retries: string[] = [];
    const r = await submitWithRetry(adapter, request, 'key-3', { sleep: noSleep, onRetry: (_n, e) => retries.push(e.kind) });
    expect(retries[0]).toBe('timeout');
    expect(r.reference).toMatch(/^YF/);
    expect(s.bookings.length).toBeLessThanOrEqual(1);
    await delay(250); // let the abandoned first request finish on the "server": still one booking
    expect(s.bookings).toHaveLength(1);
  });

  it('409 slot taken: a slot-taken error with the valid alternatives, not retried', async () => {
    const s = bookingServer();
    server.use(s.handler);
    s.fail('409');
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    const err = await submitWithRetry(adapter, request, 'key-4', { sleep: noSleep }).catch((e) => e);
    expect(err).toMatchObject({ kind: 'slot-taken', status: 409, message: '该时段刚被约满' });
    expect(err.alternatives.map((a: BookingSlot) => a.id)).toEqual(['alt1']);
    expect(s.seenKeys).toHaveLength(1);
  });

  it('409 in flight: waits Retry-After and retries the same key', async () => {
    const s = bookingServer();
    server.use(s.handler);
    s.fail('in-flight');
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    const r = await submitWithRetry(adapter, request, 'key-5', { sleep: noSleep });
    expect(r.reference).toBeTruthy();
    expect(s.seenKeys).toEqual(['key-5', 'key-5']);
  });

  it('5xx: a server error the user can retry; the retry reuses the key and books once', async () => {
    const s = bookingServer();
    server.use(s.handler);
    s.fail('500');
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    await expect(submitWithRetry(adapter, request, 'key-6', { sleep: noSleep })).rejects.toMatchObject({ kind: 'server', status: 500 });
    await submitWithRetry(adapter, request, 'key-6', { sleep: noSleep });
    expect(s.seenKeys).toEqual(['key-6', 'key-6']);
    expect(s.bookings).toHaveLength(1);
  });

  it('slot passed and key reuse map to their own kinds', async () => {
    const s = bookingServer();
    server.use(s.handler);
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    s.fail('passed');
    await expect(adapter.submit(request, { idempotencyKey: 'key-7' })).rejects.toMatchObject({ kind: 'slot-passed' });
    await adapter.submit(request, { idempotencyKey: 'key-8' });
    await expect(adapter.submit({ ...request, notes: 'different' }, { idempotencyKey: 'key-8' })).rejects.toMatchObject({ kind: 'idempotency-conflict' });
  });

  it('refuses to submit without a key, and rejects a quote that does not add up', async () => {
    server.use(http.post(`${BASE}/quotes`, () => HttpResponse.json({ listFen: 100, coveredFen: 90, selfPayFen: 20, coverage: 'ltci' })));
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    await expect(adapter.submit(request, { idempotencyKey: '' })).rejects.toMatchObject({ kind: 'invalid' });
    await expect(adapter.quote(request)).rejects.toMatchObject({ kind: 'server' });
  });

  it('cancels by reference with an idempotency key; unknown references are not-found', async () => {
    const keys: string[] = [];
    server.use(
      http.post(`${BASE}/bookings/:ref/cancel`, ({ params, request: req }) => {
        keys.push(req.headers.get('Idempotency-Key') ?? '');
        if (params.ref !== 'YF1') return HttpResponse.json({ error: 'not_found' }, { status: 404 });
        return HttpResponse.json({ reference: 'YF1', status: 'cancelled' });
      }),
    );
    const adapter = createHttpBookingAdapter({ baseUrl: BASE });
    expect(await adapter.cancel('YF1', { idempotencyKey: 'c-1' })).toEqual({ reference: 'YF1', status: 'cancelled' });
    await expect(adapter.cancel('nope', { idempotencyKey: 'c-2' })).rejects.toMatchObject({ kind: 'not-found' });
    expect(keys).toEqual(['c-1', 'c-2']);
  });
});
