import { describe, expect, it } from 'vitest';
import { createTranslator } from '../messages/translate';
import type { BookingAnswers } from './bookingFlow';
import { BOOKING_ERROR_KINDS } from './errors';
import { bookingMessages } from './messages';
import { bookingSessionReducer as reduce, initialBookingSession, isSubmitBusy, sessionSlot, submitFailureOutcome, timeAlternatives, type BookingSession, type BookingSessionAction } from './session';
import { bookingAccessParts, bookingAddress, bookingConfirmationDetails, bookingSummaryRows } from './summary';
import type { BookingResult, BookingSlot } from './types';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const slot = (id: string, start: string, available = true): BookingSlot => ({ id, serviceId: 'bath', start, end: start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`), available });
const SLOTS = [slot('a', '2026-06-11T09:00:00+08:00'), slot('b', '2026-06-11T10:30:00+08:00'), slot('c', '2026-06-11T14:00:00+08:00'), slot('d', '2026-06-12T09:00:00+08:00'), slot('gone', '2026-06-10T08:30:00+08:00')];
const RESULT: BookingResult = { reference: 'YF1', status: 'requested', serviceId: 'bath', slotStart: SLOTS[1]!.start, slotEnd: SLOTS[1]!.end };

const run = (actions: BookingSessionAction[], from: BookingSession = initialBookingSession()) => actions.reduce(reduce, from);
const withSlots = () => run([{ type: 'slotsLoading', serviceId: 'bath' }, { type: 'slotsLoaded', serviceId: 'bath', slots: SLOTS }]);

describe('booking session: loading', () => {
  it('services: loading, ready, failed keeps what was shown', () => {
    const ready = run([{ type: 'servicesLoading' }, { type: 'servicesLoaded', services: [{ id: 'bath' } as never] }]);
    expect(ready.services).toEqual({ status: 'ready', data: [{ id: 'bath' }] });
    expect(run([{ type: 'servicesLoading' }, { type: 'servicesFailed' }], ready).services).toEqual({ status: 'failed', data: [{ id: 'bath' }] });
  });

  it('slots: a refresh keeps the same service’s slots; another service starts empty; late answers for it are ignored', () => {
    const s = withSlots();
    expect(s.slots).toMatchObject({ status: 'ready', serviceId: 'bath' });
    expect(reduce(s, { type: 'slotsLoading', serviceId: 'bath' }).slots.data).toHaveLength(SLOTS.length);
    const other = reduce(s, { type: 'slotsLoading', serviceId: 'clean' });
    expect(other.slots).toEqual({ status: 'loading', data: [], serviceId: 'clean' });
    expect(reduce(other, { type: 'slotsLoaded', serviceId: 'bath', slots: SLOTS })).toBe(other);
    expect(reduce(other, { type: 'slotsFailed', serviceId: 'bath' })).toBe(other);
    expect(reduce(other, { type: 'slotsFailed', serviceId: 'clean' }).slots.status).toBe('failed');
  });

  it('quote: loading, ready, failed', () => {
    expect(run([{ type: 'quoteLoading' }]).quote).toEqual({ status: 'loading', data: null });
    expect(run([{ type: 'quoteLoading' }, { type: 'quoteLoaded', quote: { listFen: 1 } as never }]).quote.status).toBe('ready');
    expect(run([{ type: 'quoteLoading' }, { type: 'quoteFailed' }]).quote).toEqual({ status: 'failed', data: null });
  });
});

describe('booking session: submitting', () => {
  it('phases: submitting → confirming (retry, same key) → done with the result', () => {
    const start = run([{ type: 'submitStart' }]);
    expect(start.phase).toBe('submitting');
    expect(isSubmitBusy(start.phase)).toBe(true);
    const retry = reduce(start, { type: 'submitRetrying' });
    expect(retry.phase).toBe('confirming');
    expect(isSubmitBusy(retry.phase)).toBe(true);
    const done = reduce(retry, { type: 'submitDone', result: RESULT });
    expect(done).toMatchObject({ phase: 'idle', result: RESULT, timeProblem: null });
    expect(isSubmitBusy(done.phase)).toBe(false);
  });

  it('each failure kind leads to its message or back to the time step', () => {
    const phases = Object.fromEntries(BOOKING_ERROR_KINDS.map((k) => [k, run([{ type: 'submitStart' }, { type: 'submitFailed', kind: k }]).phase]));
    expect(phases).toEqual({
      'slot-taken': 'submitting', // still busy until the fresh slots are in
      'slot-passed': 'submitting',
      network: 'uncertain',
      timeout: 'uncertain',
      'in-progress': 'uncertain',
      server: 'server-error',
      'idempotency-conflict': 'invalid',
      invalid: 'invalid',
      'not-found': 'invalid',
      aborted: 'idle',
    });
    expect(submitFailureOutcome('slot-taken')).toEqual({ time: 'taken' });
    expect(submitFailureOutcome('slot-passed')).toEqual({ time: 'passed' });
  });

  it('retry after a failure starts again from submitting', () => {
    const failed = run([{ type: 'submitStart' }, { type: 'submitFailed', kind: 'server' }]);
    expect(reduce(failed, { type: 'submitStart' }).phase).toBe('submitting');
  });

  it('409 → time step: the taken slot is marked full, alternatives offered, not busy any more; a new slot clears it', () => {
    const s = run([{ type: 'submitStart' }, { type: 'submitFailed', kind: 'slot-taken' }, { type: 'timeProblem', kind: 'taken', slotId: 'b', alternatives: [SLOTS[2]!] }], withSlots());
    expect(s.phase).toBe('idle');
    expect(s.slots.data.find((x) => x.id === 'b')?.available).toBe(false);
    expect(s.timeProblem).toEqual({ kind: 'taken', alternatives: [SLOTS[2]] });
    expect(sessionSlot(s, 'c')).toBe(SLOTS[2]);
    const resolved = reduce(s, { type: 'timeResolved' });
    expect(resolved.timeProblem).toBeNull();
    expect(reduce(resolved, { type: 'timeResolved' })).toBe(resolved);
  });

  it('a passed slot leaves the slot list as it is', () => {
    const s = reduce(withSlots(), { type: 'timeProblem', kind: 'passed', slotId: 'b', alternatives: [] });
    expect(s.slots.data.find((x) => x.id === 'b')?.available).toBe(true);
    expect(s.timeProblem?.kind).toBe('passed');
  });

  it('alternatives: the host’s when sent, else the nearest free ones; never one that cannot be booked now', () => {
    const from = SLOTS[1]!;
    expect(timeAlternatives(SLOTS, from, NOW).map((s) => s.id)).toEqual(['a', 'c', 'd']);
    expect(timeAlternatives(SLOTS, from, NOW, [SLOTS[4]!, SLOTS[3]!]).map((s) => s.id)).toEqual(['d']); // 'gone' starts in 30 min
    expect(timeAlternatives(SLOTS, from, NOW, []).map((s) => s.id)).toEqual(['a', 'c', 'd']);
  });

  it('sessionSlot finds the chosen slot, or nothing', () => {
    const s = withSlots();
    expect(sessionSlot(s, 'a')).toBe(SLOTS[0]);
    expect(sessionSlot(s, 'zzz')).toBeUndefined();
    expect(sessionSlot(s, undefined)).toBeUndefined();
  });
});

describe('booking session: cancel and restart', () => {
  it('cancel: only with a result, once at a time; done or failed', () => {
    expect(run([{ type: 'cancelStart' }]).cancel).toBe('idle'); // nothing to cancel
    const busy = run([{ type: 'submitDone', result: RESULT }, { type: 'cancelStart' }]);
    expect(busy.cancel).toBe('busy');
    expect(reduce(busy, { type: 'cancelStart' })).toBe(busy);
    expect(reduce(busy, { type: 'cancelDone' }).cancel).toBe('done');
    expect(reduce(busy, { type: 'cancelFailed' }).cancel).toBe('failed');
    expect(reduce(reduce(busy, { type: 'cancelFailed' }), { type: 'cancelStart' }).cancel).toBe('busy'); // try again
  });

  it('restart forgets the result, the submission, the 409 and the quote, and keeps what has loaded', () => {
    const before = run([{ type: 'servicesLoaded', services: [] }, { type: 'quoteLoaded', quote: {} as never }, { type: 'submitDone', result: RESULT }, { type: 'cancelStart' }, { type: 'cancelDone' }], withSlots());
    const after = reduce(before, { type: 'restart' });
    expect(after).toMatchObject({ result: null, cancel: 'idle', phase: 'idle', timeProblem: null, quote: { status: 'idle', data: null } });
    expect(after.slots).toBe(before.slots);
    expect(after.services).toBe(before.services);
  });

  it('unknown actions change nothing', () => {
    const s = initialBookingSession();
    expect(reduce(s, { type: 'nope' } as never)).toBe(s);
  });
});

const zh = createTranslator('zh-CN', bookingMessages);
const en = createTranslator('en-US', bookingMessages);
const FAMILY: BookingAnswers = {
  serviceId: 'bath', forWhom: 'family', elderName: '王秀英', relation: 'parent', district: '海州区', street: ' 新南街道 ', community: '', addressDetail: '3 号楼 501',
  floor: '5', elevator: 'no', gate: '', pets: '一只猫', slotId: 'b', phone: '0518 8555 1234', bookerPhone: '139 0013 9000', notes: '',
};

describe('summary rows and confirmation details', () => {
  it('joins the address once, skipping empty parts', () => {
    expect(bookingAddress(FAMILY)).toBe('海州区 新南街道 3 号楼 501');
    expect(bookingAddress({})).toBe('');
  });

  it('access notes in words', () => {
    expect(bookingAccessParts(FAMILY, zh)).toEqual(['5 楼', '没有电梯', '一只猫']);
    expect(bookingAccessParts({ elevator: 'yes' }, en)).toEqual(['Yes, there is a lift']);
    expect(bookingAccessParts({}, zh)).toEqual([]);
  });

  it('check rows for a family booking: relation and booker phone, each with its step', () => {
    const rows = bookingSummaryRows(FAMILY, { serviceName: '助浴', slot: SLOTS[1], locale: 'zh-CN', t: zh });
    expect(rows.map((r) => [r.key, r.step])).toEqual([
      ['service', 'service'], ['forWhom', 'who'], ['name', 'person'], ['relation', 'person'], ['address', 'address'], ['access', 'access'],
      ['time', 'time'], ['phone', 'phone'], ['bookerPhone', 'bookerPhone'], ['notes', 'notes'],
    ]);
    const value = (k: string) => rows.find((r) => r.key === k);
    expect(value('relation')).toMatchObject({ label: '关系', value: '父亲或母亲' });
    expect(value('phone')?.label).toBe('老人的电话');
    expect(value('address')?.value).toBe('海州区 新南街道 3 号楼 501');
    expect(value('access')?.value).toBe('5 楼；没有电梯；一只猫');
    expect(value('time')?.value).toBe('6月11日 周四 上午 10:30–11:30');
  });

  it('the access notes are joined with the language’s own separator: “；” in Chinese, “; ” in English', () => {
    const en_ = bookingSummaryRows(FAMILY, { serviceName: 'Bathing', slot: SLOTS[1], locale: 'en-US', t: en });
    const access = en_.find((r) => r.key === 'access')?.value ?? '';
    expect(access).not.toContain('；');
    expect(access.split('; ')).toEqual(bookingAccessParts(FAMILY, en));
  });

  it('check rows for oneself: no relation, no booker phone; the service id while the names load', () => {
    const rows = bookingSummaryRows({ ...FAMILY, forWhom: 'self' }, { locale: 'zh-CN', t: zh });
    expect(rows.map((r) => r.key)).toEqual(['service', 'forWhom', 'name', 'address', 'access', 'time', 'phone', 'notes']);
    expect(rows[0]?.value).toBe('bath');
    expect(rows.find((r) => r.key === 'time')?.value).toBe('');
    expect(rows.find((r) => r.key === 'phone')?.label).toBe('联系电话');
  });

  it('confirmation details: the window from the result, the same address line', () => {
    const details = bookingConfirmationDetails(FAMILY, { serviceName: 'Bathing', result: RESULT, locale: 'en-US', t: en });
    expect(details.map((d) => d.key)).toEqual(['service', 'time', 'address', 'phone']);
    expect(details[1]?.value).toBe('Thu, June 11, 10:30–11:30 am');
    expect(details[2]?.value).toBe(bookingAddress(FAMILY));
    expect(details.every((d) => d.step === undefined)).toBe(true);
  });
});
