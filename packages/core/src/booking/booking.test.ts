import { describe, expect, it, vi } from 'vitest';
import { flowReducer, initialFlowState, flowPath } from '../flow/machine';
import { bookingEvent, bookingFlow, buildBookingRequest, type BookingAnswers } from './bookingFlow';
import { computeCost, isConsistentQuote } from './cost';
import { BookingError } from './errors';
import { createMemoryBookingAdapter } from './memoryAdapter';
import { bookingZhCN } from './messages';
import { bookingEnUS } from './messages.en-US';
import { catalogueServices, sanitizeServices } from './services';
import { dayAvailability, firstAvailableDate, isSlotPast, nearestFreeSlots, sanitizeSlots, slotsOnDay } from './slots';
import { createIdempotencyKeeper, newIdempotencyKey, submitWithRetry } from './submit';
import { addDays, formatDate, formatDayLabel, formatDuration, formatTimeOfDay, formatWindow, shanghaiDateKey, toShanghaiIso } from './time';
import type { BookingSlot } from './types';

// 2026-06-10 08:00 in Shanghai (a Wednesday) = 00:00 UTC.
const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const noSleep = () => Promise.resolve();

describe('Asia/Shanghai time', () => {
  it('formats in Shanghai whatever the instant’s zone', () => {
    // 23:30 UTC on the 11th is 07:30 on the 12th in Shanghai
    expect(shanghaiDateKey('2026-06-11T23:30:00Z')).toBe('2026-06-12');
    expect(formatTimeOfDay('2026-06-11T23:30:00Z')).toBe('上午 7:30');
    expect(formatTimeOfDay('2026-06-12T14:05:00+08:00')).toBe('下午 2:05');
    expect(formatTimeOfDay('2026-06-12T12:00:00+08:00')).toBe('下午 12:00');
    expect(formatTimeOfDay('2026-06-12T00:10:00+08:00', 'en-US')).toBe('12:10 am');
  });
  it('says the weekday and period words for a window', () => {
    expect(formatWindow('2026-06-12T09:00:00+08:00', '2026-06-12T10:30:00+08:00')).toBe('6月12日 周五 上午 9:00–10:30');
    expect(formatWindow('2026-06-12T11:30:00+08:00', '2026-06-12T13:00:00+08:00')).toBe('6月12日 周五 上午 11:30–下午 1:00');
    expect(formatWindow('2026-06-12T14:00:00+08:00', '2026-06-12T15:00:00+08:00', 'en-US')).toBe('Fri, June 12, 2:00–3:00 pm');
    expect(formatDate('2026-06-12T01:00:00+08:00')).toBe('6月12日 周五');
  });
  it('labels days 今天 / 明天 / weekday', () => {
    expect(formatDayLabel('2026-06-10', '2026-06-10')).toEqual({ primary: '今天', secondary: '周三 6月10日' });
    expect(formatDayLabel('2026-06-11', '2026-06-10').primary).toBe('明天');
    expect(formatDayLabel('2026-06-15', '2026-06-10')).toEqual({ primary: '周一', secondary: '6月15日' });
    expect(formatDayLabel('2026-06-11', '2026-06-10', 'en-US').primary).toBe('Tomorrow');
    expect(formatDayLabel('garbage', '2026-06-10').primary).toBe('garbage');
  });
  it('crosses months and years, and writes durations', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(toShanghaiIso(Date.parse('2026-06-11T23:30:00Z'))).toBe('2026-06-12T07:30:00+08:00');
    expect(formatDuration(90)).toBe('1 小时 30 分钟');
    expect(formatDuration(30)).toBe('30 分钟');
    expect(formatDuration(120, 'en-US')).toBe('2 hours');
  });
});

describe('cost', () => {
  it('splits list price, covered share and self-pay in 分', () => {
    const q = computeCost(80_00, { kind: 'ltci', rateBp: 9000 });
    expect(q).toMatchObject({ listFen: 8000, coveredFen: 7200, selfPayFen: 800, coverage: 'ltci' });
    expect(isConsistentQuote(q)).toBe(true);
  });
  it('rounds coverage down and applies a cap per visit', () => {
    expect(computeCost(333, { kind: 'ltci', rateBp: 9000 }).coveredFen).toBe(299);
    expect(computeCost(120_00, { kind: 'ltci', rateBp: 9000, capFen: 45_00 })).toMatchObject({ coveredFen: 4500, selfPayFen: 7500 });
    expect(computeCost(30_00, { kind: 'subsidy', fixedFen: 50_00 })).toMatchObject({ coveredFen: 3000, selfPayFen: 0 });
  });
  it('uses the monthly quota and says when it is exhausted', () => {
    const q = computeCost(80_00, { kind: 'ltci', rateBp: 9000 }, { unit: 'fen', total: 100_00, used: 95_00 });
    expect(q).toMatchObject({ coveredFen: 500, selfPayFen: 7500, quota: { total: 10000, used: 9500, thisBooking: 500, left: 0 } });
    const none = computeCost(80_00, { kind: 'ltci', rateBp: 9000 }, { unit: 'visit', total: 12, used: 12 });
    expect(none).toMatchObject({ coveredFen: 0, selfPayFen: 8000, note: 'quota-exhausted', quota: { left: 0, thisBooking: 0 } });
    const visits = computeCost(80_00, { kind: 'ltci', rateBp: 9000 }, { unit: 'visit', total: 12, used: 3 });
    expect(visits.quota).toEqual({ unit: 'visit', total: 12, used: 3, thisBooking: 1, left: 8 });
  });
  it('rejects quotes that do not add up', () => {
    expect(isConsistentQuote({ listFen: 100, coveredFen: 50, selfPayFen: 40, coverage: 'ltci' })).toBe(false);
    expect(isConsistentQuote({ listFen: 1.5, coveredFen: 0, selfPayFen: 1.5 })).toBe(false);
    expect(isConsistentQuote(null)).toBe(false);
  });
});

describe('services and slots', () => {
  it('ships the six services in both languages', () => {
    expect(catalogueServices().map((s) => s.name)).toEqual(['助餐', '助医', '助浴', '助洁', '助行', '助购']);
    expect(catalogueServices('en-US')[2]).toMatchObject({ name: 'Bathing', durationMinutes: 90, needsAssessment: true });
  });
  it('skips malformed services and slots', () => {
    const { services, skipped } = sanitizeServices([{ id: 'a', name: 'A', listPriceFen: -1 }, { id: 'a', name: 'dup' }, { name: 'no id' }, null]);
    expect(services).toHaveLength(1);
    expect(services[0]?.listPriceFen).toBe(0);
    expect(skipped).toBe(3);
    expect(sanitizeSlots([{ id: 'x', start: 'bad', end: 'bad' }, { id: 'y', start: '2026-06-12T10:00:00+08:00', end: '2026-06-12T09:00:00+08:00' }])).toEqual([]);
  });
  const slots: BookingSlot[] = [
    { id: 'a', serviceId: 's', start: '2026-06-10T08:30:00+08:00', end: '2026-06-10T09:30:00+08:00', available: true },
    { id: 'b', serviceId: 's', start: '2026-06-11T09:00:00+08:00', end: '2026-06-11T10:00:00+08:00', available: false },
    { id: 'c', serviceId: 's', start: '2026-06-11T14:00:00+08:00', end: '2026-06-11T15:00:00+08:00', available: true },
    { id: 'd', serviceId: 's', start: '2026-06-12T09:00:00+08:00', end: '2026-06-12T10:00:00+08:00', available: true },
  ];
  it('treats a slot starting within the lead time as passed', () => {
    expect(isSlotPast(slots[0] as BookingSlot, NOW)).toBe(true); // 30 minutes away
    expect(isSlotPast(slots[2] as BookingSlot, NOW)).toBe(false);
  });
  it('lists days with availability and picks the first free one', () => {
    const days = dayAvailability(slots, '2026-06-10', 3, NOW);
    expect(days.map((d) => [d.date, d.free])).toEqual([['2026-06-10', 0], ['2026-06-11', 1], ['2026-06-12', 1]]);
    expect(firstAvailableDate(slots, NOW)).toBe('2026-06-11');
    expect(slotsOnDay(slots, '2026-06-11').map((s) => s.id)).toEqual(['b', 'c']);
  });
  it('finds the nearest free slots, skipping taken and passed ones', () => {
    expect(nearestFreeSlots(slots, '2026-06-11T09:00:00+08:00', NOW, 2, 'b').map((s) => s.id)).toEqual(['c', 'd']);
  });
});

describe('booking flow definition', () => {
  const base: BookingAnswers = { serviceId: 'bath', forWhom: 'self', elderName: '王秀英', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '3号楼501', date: '2026-06-11', slotId: 'c', phone: '138 0013 8000' };
  it('asks the booker’s phone only when booking for family', () => {
    expect(flowPath(bookingFlow, base).map((s) => s.id)).not.toContain('bookerPhone');
    expect(flowPath(bookingFlow, { ...base, forWhom: 'family' }).map((s) => s.id)).toContain('bookerPhone');
  });
  it('validates in words with message keys that exist in both catalogues', () => {
    let s = initialFlowState(bookingFlow);
    for (const step of ['service', 'who', 'person', 'address', 'day', 'time', 'phone']) {
      s = flowReducer(bookingFlow, { ...s, current: step }, { type: 'continue' });
      for (const e of s.errors) {
        if (e.message.startsWith('booking.')) {
          expect(bookingZhCN).toHaveProperty([e.message]);
          expect(bookingEnUS).toHaveProperty([e.message]);
        } else expect(e.message).toMatch(/^phone\./);
      }
      expect(s.errors.length).toBeGreaterThan(0);
    }
  });
  it('rejects a family booking without relation, and a landline for SMS notices', () => {
    const person = flowReducer(bookingFlow, { ...initialFlowState(bookingFlow, { ...base, forWhom: 'family' }), current: 'person' }, { type: 'continue' });
    expect(person.errors).toEqual([{ field: 'relation', message: 'booking.error.relation' }]);
    const booker = flowReducer(bookingFlow, { ...initialFlowState(bookingFlow, { ...base, forWhom: 'family', relation: 'parent', bookerPhone: '0518 8555 1234' }), current: 'bookerPhone' }, { type: 'continue' });
    expect(booker.errors[0]?.field).toBe('bookerPhone');
  });
  it('builds the request with normalised phones and no empty extras', () => {
    const r = buildBookingRequest({ ...base, phone: '+86 138-0013-8000', floor: ' ', notes: '' }, { id: 'c', start: 's', end: 'e' });
    expect(r.elder).toEqual({ name: '王秀英', relation: undefined, phone: '13800138000' });
    expect(r.booker).toBeUndefined();
    expect(r.access.floor).toBeUndefined();
    expect(r.notes).toBeUndefined();
  });
  it('host events carry no personal data', () => {
    const leaky = { type: 'submitted', serviceId: 'bath', reference: 'YF1', status: 'requested', attempts: 2, phone: '13800138000', elderName: '王秀英' } as never;
    const e = bookingEvent(leaky);
    expect(JSON.stringify(e)).not.toMatch(/138|王/);
    expect(e).toEqual({ type: 'submitted', serviceId: 'bath', reference: 'YF1', status: 'requested', attempts: 2 });
  });
});

describe('idempotency keys', () => {
  it('are UUIDs, stable for the same request and new for a changed one', () => {
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const keeper = createIdempotencyKeeper();
    const req = buildBookingRequest({ serviceId: 'bath', forWhom: 'self', elderName: 'x', phone: '13800138000' }, { id: 'a', start: 's', end: 'e' });
    const k1 = keeper.keyFor(req);
    expect(keeper.keyFor({ ...req })).toBe(k1);
    expect(keeper.keyFor({ ...req, slotId: 'b' })).not.toBe(k1);
  });
});

describe('in-memory adapter and submitWithRetry: every failure', () => {
  async function ready(options: Parameters<typeof createMemoryBookingAdapter>[0] = {}) {
    const adapter = createMemoryBookingAdapter({ now: () => NOW, ...options });
    const slots = await adapter.listSlots({ serviceId: 'bath', from: '2026-06-10', to: '2026-06-20' });
    const slot = slots.find((s) => s.available && !isSlotPast(s, NOW)) as BookingSlot;
    const request = buildBookingRequest({ serviceId: 'bath', forWhom: 'self', elderName: '王', phone: '13800138000', addressDetail: 'x' }, slot);
    return { adapter, slot, request };
  }

  it('books once, as a request awaiting confirmation', async () => {
    const { adapter, request } = await ready();
    const r = await submitWithRetry(adapter, request, 'k1', { sleep: noSleep });
    expect(r.status).toBe('requested');
    expect(r.reference).toMatch(/^YF\d{10}$/);
    expect(adapter.bookings).toHaveLength(1);
  });

  it('network failure: retried with the same key until it works', async () => {
    const { adapter, request } = await ready({ failures: { submit: ['network', 'timeout'] } });
    const onRetry = vi.fn();
    const r = await submitWithRetry(adapter, request, 'k2', { sleep: noSleep, onRetry });
    expect(r.reference).toBeTruthy();
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(adapter.calls.filter((c) => c.operation === 'submit').map((c) => c.idempotencyKey)).toEqual(['k2', 'k2', 'k2']);
    expect(adapter.bookings).toHaveLength(1);
  });

  it('lost response: booked on the server, the retry replays it — never two bookings', async () => {
    const { adapter, request } = await ready({ failures: { submit: ['lost-response'] } });
    const r = await submitWithRetry(adapter, request, 'k3', { sleep: noSleep });
    expect(adapter.bookings).toHaveLength(1);
    expect(r.reference).toBe(adapter.bookings[0]?.reference);
  });

  it('double submission with one key makes one booking', async () => {
    const { adapter, request } = await ready({ latencyMs: 5 });
    const [a, b] = await Promise.all([submitWithRetry(adapter, request, 'k4'), submitWithRetry(adapter, request, 'k4')]);
    expect(a.reference).toBe(b.reference);
    expect(adapter.bookings).toHaveLength(1);
  });

  it('a reused key with different answers is refused', async () => {
    const { adapter, request } = await ready();
    await submitWithRetry(adapter, request, 'k5');
    await expect(submitWithRetry(adapter, { ...request, notes: 'changed' }, 'k5')).rejects.toMatchObject({ kind: 'idempotency-conflict' });
  });

  it('slot taken (409): not retried, nearest free slots offered', async () => {
    const { adapter, request, slot } = await ready();
    adapter.takeSlot(slot.id);
    const err = (await submitWithRetry(adapter, request, 'k6', { sleep: noSleep }).catch((e) => e)) as BookingError;
    expect(err).toBeInstanceOf(BookingError);
    expect(err.kind).toBe('slot-taken');
    expect(err.status).toBe(409);
    expect(err.alternatives?.length).toBeGreaterThan(0);
    expect(err.alternatives?.some((s) => s.id === slot.id)).toBe(false);
    expect(adapter.calls.filter((c) => c.operation === 'submit')).toHaveLength(1);
    expect(adapter.bookings).toHaveLength(0);
  });

  it('5xx: reported at once, not retried behind the user’s back', async () => {
    const { adapter, request } = await ready({ failures: { submit: ['server'] } });
    await expect(submitWithRetry(adapter, request, 'k7', { sleep: noSleep })).rejects.toMatchObject({ kind: 'server' });
    expect(adapter.bookings).toHaveLength(0);
    // the user presses "再试一次": same key, one booking
    await submitWithRetry(adapter, request, 'k7', { sleep: noSleep });
    expect(adapter.bookings).toHaveLength(1);
  });

  it('gives up after the attempts run out, with the uncertain error', async () => {
    const { adapter, request } = await ready({ failures: { submit: ['network', 'network', 'network', 'network'] } });
    await expect(submitWithRetry(adapter, request, 'k8', { sleep: noSleep, maxAttempts: 4 })).rejects.toMatchObject({ kind: 'network' });
    expect(adapter.bookings).toHaveLength(0);
  });

  it('slot passed: refused by the host', async () => {
    const adapter = createMemoryBookingAdapter({ now: () => NOW });
    const past = adapter.slots.find((s) => s.serviceId === 'bath' && shanghaiDateKey(s.start) === '2026-06-10') as BookingSlot;
    const request = buildBookingRequest({ serviceId: 'bath', forWhom: 'self' }, past);
    await expect(adapter.submit(request, { idempotencyKey: 'k9' })).rejects.toMatchObject({ kind: 'slot-passed' });
  });

  it('quotes with coverage and quota, and cancels idempotently', async () => {
    const { adapter, request } = await ready({ coverage: { kind: 'ltci', rateBp: 9000 }, quota: { unit: 'fen', total: 500_00, used: 100_00 } });
    expect(await adapter.quote(request)).toMatchObject({ listFen: 8000, coveredFen: 7200, selfPayFen: 800 });
    const r = await submitWithRetry(adapter, request, 'k10');
    await adapter.cancel(r.reference, { idempotencyKey: 'c1' });
    await adapter.cancel(r.reference, { idempotencyKey: 'c1' });
    expect(adapter.bookings[0]?.status).toBe('cancelled');
    await expect(adapter.cancel('nope', { idempotencyKey: 'c2' })).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('lists services in the requested locale and closes on Sundays', async () => {
    const adapter = createMemoryBookingAdapter({ now: () => NOW });
    expect((await adapter.listServices({ locale: 'en-US' }))[0]?.name).toBe('Meals');
    const slots = await adapter.listSlots({ serviceId: 'meal', from: '2026-06-14', to: '2026-06-14' });
    expect(slots).toEqual([]); // 2026-06-14 is a Sunday
  });
});
