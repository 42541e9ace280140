/**
 * An in-memory booking service for Storybook, tests and demos. It behaves like a real host: slots run
 * out, idempotency keys replay their first answer, and failures can be scripted per call, including
 * the worst one, a booking made on the server whose answer is lost on the way back ('lost-response').
 */
import type { Locale } from '../messages/types';
import { computeCost, type CoverageRule, type QuotaState } from './cost';
import { BookingError } from './errors';
import { catalogueServices } from './services';
import { isSlotPast, nearestFreeSlots, DEFAULT_LEAD_MINUTES } from './slots';
import { requestFingerprint } from './submit';
import { addDays, dateKeyToEpoch, shanghaiDateKey, shanghaiParts, toShanghaiIso } from './time';
import type { BookingAdapter, BookingRequest, BookingResult, BookingService, BookingSlot, BookingStatus, CancelResult, RequestOptions, SubmitOptions } from './types';

export type MemoryFailure = 'network' | 'timeout' | 'server' | 'slot-taken' | 'slot-passed' | 'lost-response' | 'in-progress' | 'invalid';
export type MemoryOperation = 'listServices' | 'listSlots' | 'quote' | 'submit' | 'cancel';

export interface MemoryAdapterOptions {
  services?: BookingService[];
  /** Replace the generated slots. */
  slots?: BookingSlot[];
  /** Days of generated slots from today. Default 21. */
  days?: number;
  /** Start times of generated slots, "HH:MM" Shanghai time. */
  startTimes?: readonly string[];
  /** Weekdays with no service (0 = Sunday). Default [0]. */
  closedWeekdays?: readonly number[];
  now?: () => number;
  /** Delay before every answer, in ms: a number or a range. Default 0. */
  latencyMs?: number | { min: number; max: number };
  /** Failures to play, in order, per operation: `{ submit: ['network', 'network'] }` fails twice, then works. */
  failures?: Partial<Record<MemoryOperation, MemoryFailure[]>>;
  coverage?: CoverageRule;
  quota?: QuotaState;
  /** 'confirmed' when the host's system confirms visits at once; default 'requested'. */
  resultStatus?: Extract<BookingStatus, 'requested' | 'confirmed'>;
  leadMinutes?: number;
}

export interface MemoryBooking {
  reference: string;
  request: BookingRequest;
  status: BookingStatus;
  idempotencyKey: string;
}

export interface MemoryBookingAdapter extends BookingAdapter {
  /** Another customer books this slot (to provoke a 409). */
  takeSlot(slotId: string): void;
  failNext(operation: MemoryOperation, ...failures: MemoryFailure[]): void;
  /** Every booking made, cancelled ones included: tests assert there is exactly one. */
  readonly bookings: readonly MemoryBooking[];
  /** Every call in order, with the idempotency key where there was one. */
  readonly calls: ReadonlyArray<{ operation: MemoryOperation; idempotencyKey?: string }>;
  readonly slots: readonly BookingSlot[];
}

const DEFAULT_TIMES = ['09:00', '10:30', '14:00', '15:30'];

function generateSlots(services: BookingService[], today: string, days: number, times: readonly string[], closed: readonly number[]): BookingSlot[] {
  const out: BookingSlot[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(today, d);
    const dayStart = dateKeyToEpoch(date);
    if (closed.includes(shanghaiParts(dayStart).weekday)) continue;
    services.forEach((service, si) => {
      times.forEach((time, ti) => {
        const [h, m] = time.split(':').map(Number);
        const start = dayStart + ((h ?? 9) * 60 + (m ?? 0)) * 60_000;
        const end = start + service.durationMinutes * 60_000;
        // A predictable pattern of full slots, so every story shows some "已约满".
        const full = (d + ti + si) % 5 === 3;
        out.push({ id: `${service.id}-${date}-${time.replace(':', '')}`, serviceId: service.id, start: toShanghaiIso(start), end: toShanghaiIso(end), available: !full, remaining: full ? 0 : 1 });
      });
    });
  }
  return out;
}

export function createMemoryBookingAdapter(options: MemoryAdapterOptions = {}): MemoryBookingAdapter {
  const now = options.now ?? Date.now;
  const lead = options.leadMinutes ?? DEFAULT_LEAD_MINUTES;
  const baseServices = options.services ?? catalogueServices('zh-CN');
  const slots: BookingSlot[] = (options.slots ?? generateSlots(baseServices, shanghaiDateKey(now()), options.days ?? 21, options.startTimes ?? DEFAULT_TIMES, options.closedWeekdays ?? [0])).map((s) => ({ ...s }));
  const failures: Partial<Record<MemoryOperation, MemoryFailure[]>> = {};
  for (const [op, list] of Object.entries(options.failures ?? {})) failures[op as MemoryOperation] = [...(list ?? [])];
  const bookings: MemoryBooking[] = [];
  const calls: Array<{ operation: MemoryOperation; idempotencyKey?: string }> = [];
  const keys = new Map<string, { fingerprint: string; result: BookingResult | CancelResult; operation: MemoryOperation }>();
  let seq = 0;

  const wait = async (signal?: AbortSignal) => {
    const l = options.latencyMs;
    const ms = typeof l === 'number' ? l : l ? l.min + Math.random() * Math.max(0, l.max - l.min) : 0;
    if (ms <= 0) return;
    await new Promise<void>((resolve, reject) => {
      const t = setTimeout(resolve, ms);
      signal?.addEventListener('abort', () => (clearTimeout(t), reject(new BookingError('aborted'))), { once: true });
    });
  };

  const nextFailure = (op: MemoryOperation) => failures[op]?.shift();

  const fail = (failure: MemoryFailure, slot?: BookingSlot): never => {
    switch (failure) {
      case 'network':
      case 'lost-response':
        throw new BookingError('network', 'Failed to fetch');
      case 'timeout':
        throw new BookingError('timeout', 'The request timed out');
      case 'in-progress':
        throw new BookingError('in-progress', 'Still processing', { status: 409, retryAfterMs: 0 });
      case 'slot-taken':
        if (slot) slot.available = false;
        throw new BookingError('slot-taken', '该时段刚被约满', { status: 409, alternatives: slot ? nearestFreeSlots(slots.filter((s) => s.serviceId === slot.serviceId), slot.start, now(), 3, slot.id, lead) : [] });
      case 'slot-passed':
        throw new BookingError('slot-passed', 'The slot has passed', { status: 422 });
      case 'invalid':
        throw new BookingError('invalid', 'The request was not accepted', { status: 422 });
      default:
        throw new BookingError('server', 'Internal error', { status: 500 });
    }
  };

  const localized = (locale: Locale | undefined) => {
    if (options.services || !locale) return baseServices.map((s) => ({ ...s }));
    return catalogueServices(locale);
  };

  const adapter: MemoryBookingAdapter = {
    async listServices(opts: RequestOptions = {}) {
      calls.push({ operation: 'listServices' });
      await wait(opts.signal);
      const f = nextFailure('listServices');
      if (f) fail(f);
      return localized(opts.locale);
    },
    async listSlots(query, opts: RequestOptions = {}) {
      calls.push({ operation: 'listSlots' });
      await wait(opts.signal);
      const f = nextFailure('listSlots');
      if (f) fail(f);
      const from = dateKeyToEpoch(query.from);
      const to = dateKeyToEpoch(query.to) + 24 * 60 * 60 * 1000;
      return slots.filter((s) => s.serviceId === query.serviceId && Date.parse(s.start) >= from && Date.parse(s.start) < to).map((s) => ({ ...s }));
    },
    async quote(request, opts: RequestOptions = {}) {
      calls.push({ operation: 'quote' });
      await wait(opts.signal);
      const f = nextFailure('quote');
      if (f) fail(f);
      const service = baseServices.find((s) => s.id === request.serviceId);
      if (!service) throw new BookingError('invalid', 'Unknown service', { status: 422 });
      return computeCost(service.listPriceFen, options.coverage, options.quota);
    },
    async submit(request, opts: SubmitOptions) {
      calls.push({ operation: 'submit', idempotencyKey: opts.idempotencyKey });
      await wait(opts.signal);
      const fingerprint = requestFingerprint(request);
      const seen = keys.get(opts.idempotencyKey);
      const failure = nextFailure('submit');
      if (failure && failure !== 'lost-response') fail(failure, slots.find((s) => s.id === request.slotId));
      if (seen) {
        if (seen.fingerprint !== fingerprint || seen.operation !== 'submit') throw new BookingError('idempotency-conflict', 'Key reused with a different request', { status: 409 });
        return { ...(seen.result as BookingResult) }; // the first answer, replayed
      }
      const slot = slots.find((s) => s.id === request.slotId && s.serviceId === request.serviceId);
      if (!slot) throw new BookingError('invalid', 'Unknown slot', { status: 422 });
      if (isSlotPast(slot, now(), lead)) throw new BookingError('slot-passed', 'The slot has passed', { status: 422 });
      if (!slot.available) fail('slot-taken', slot);
      slot.available = false;
      slot.remaining = 0;
      seq++;
      const reference = `YF${shanghaiDateKey(now()).replace(/-/g, '').slice(2)}${String(seq).padStart(4, '0')}`;
      const result: BookingResult = { reference, status: options.resultStatus ?? 'requested', serviceId: request.serviceId, slotStart: slot.start, slotEnd: slot.end };
      bookings.push({ reference, request: structuredCloneSafe(request), status: result.status, idempotencyKey: opts.idempotencyKey });
      keys.set(opts.idempotencyKey, { fingerprint, result, operation: 'submit' });
      if (failure === 'lost-response') fail('lost-response'); // booked, but the answer never arrives
      return { ...result };
    },
    async cancel(reference, opts: SubmitOptions) {
      calls.push({ operation: 'cancel', idempotencyKey: opts.idempotencyKey });
      await wait(opts.signal);
      const f = nextFailure('cancel');
      if (f) fail(f);
      const seen = keys.get(opts.idempotencyKey);
      if (seen && seen.operation === 'cancel') return { ...(seen.result as CancelResult) };
      const booking = bookings.find((b) => b.reference === reference);
      if (!booking) throw new BookingError('not-found', 'Unknown reference', { status: 404 });
      booking.status = 'cancelled';
      const slot = slots.find((s) => s.id === booking.request.slotId);
      if (slot) {
        slot.available = true;
        slot.remaining = 1;
      }
      const result: CancelResult = { reference, status: 'cancelled' };
      keys.set(opts.idempotencyKey, { fingerprint: reference, result, operation: 'cancel' });
      return result;
    },
    takeSlot(slotId) {
      const slot = slots.find((s) => s.id === slotId);
      if (slot) {
        slot.available = false;
        slot.remaining = 0;
      }
    },
    failNext(operation, ...list) {
      (failures[operation] ??= []).push(...list);
    },
    get bookings() {
      return bookings;
    },
    get calls() {
      return calls;
    },
    get slots() {
      return slots;
    },
  };
  return adapter;
}

function structuredCloneSafe<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
