/**
 * The booking session hook alone (no steps rendered): loading, pre-selecting the day, the quote,
 * submitting with retries, 409 → the time step, cancel and start again — on the in-memory adapter.
 */
import { bookingFlow, createMemoryBookingAdapter, firstAvailableDate, type BookingAnswers, type BookingEvent, type MemoryAdapterOptions } from '@yinfa/core';
import { useFlow, YinfaProvider } from '@yinfa/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useBookingSession } from './useBookingSession';

const NOW = Date.parse('2026-06-10T08:00:00+08:00');
const clock = () => NOW;
const noWait = () => Promise.resolve();

const FILLED: BookingAnswers = {
  serviceId: 'bath', forWhom: 'self', elderName: '李建国', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '5 号楼 101',
  date: '2026-06-11', slotId: 'bath-2026-06-11-1030', phone: '13800138000',
};

function setup({ answers, step, adapterOptions }: { answers?: Partial<BookingAnswers>; step?: string; adapterOptions?: MemoryAdapterOptions } = {}) {
  const adapter = createMemoryBookingAdapter({ now: clock, ...adapterOptions });
  const events: BookingEvent[] = [];
  /** What each render saw of the day step: the slots' status and the chosen date. */
  const renders: { step: string; slots: string; date: string | undefined }[] = [];
  let key = 0;
  const wrapper = ({ children }: { children: ReactNode }) => <YinfaProvider>{children}</YinfaProvider>;
  const hook = renderHook(
    () => {
      const flow = useFlow<BookingAnswers>({ definition: bookingFlow, initialAnswers: answers, initialStep: step, draft: false, history: false });
      const booking = useBookingSession({ adapter, flow, now: clock, retry: { sleep: noWait }, onEvent: (e) => events.push(e), createKey: () => `key-${++key}`, initialAnswers: { phone: '13900000000' } });
      renders.push({ step: flow.current, slots: booking.session.slots.status, date: flow.answers.date });
      return { flow, booking };
    },
    { wrapper },
  );
  return { adapter, events, renders, ...hook };
}

describe('useBookingSession', () => {
  it('loads the services on mount', async () => {
    const { result } = setup();
    expect(result.current.booking.session.services.status).toBe('loading');
    await waitFor(() => expect(result.current.booking.session.services.status).toBe('ready'));
    expect(result.current.booking.session.services.data.map((s) => s.id)).toContain('bath');
    expect(result.current.booking.today).toBe('2026-06-10');
  });

  it('services that fail can be asked for again', async () => {
    const { result } = setup({ adapterOptions: { failures: { listServices: ['server'] } } });
    await waitFor(() => expect(result.current.booking.session.services.status).toBe('failed'));
    act(() => result.current.booking.loadServices());
    await waitFor(() => expect(result.current.booking.session.services.status).toBe('ready'));
  });

  it('on the day step: loads the slots and pre-selects the first free day, never overriding a choice', async () => {
    const { result } = setup({ answers: { ...FILLED, date: undefined, slotId: undefined }, step: 'day' });
    await waitFor(() => expect(result.current.flow.answers.date).toBeDefined());
    expect(result.current.booking.session.slots).toMatchObject({ status: 'ready', serviceId: 'bath' });
    expect(result.current.flow.answers.date).toBe(firstAvailableDate(result.current.booking.session.slots.data, NOW));
    const chosen = setup({ answers: { ...FILLED, date: '2026-06-12', slotId: undefined }, step: 'day' });
    await waitFor(() => expect(chosen.result.current.booking.session.slots.status).toBe('ready'));
    expect(chosen.result.current.flow.answers.date).toBe('2026-06-12');
  });

  it('the days and the pre-selected day arrive in one render: no moment where a quick Tab meets days with none chosen', async () => {
    const { result, renders } = setup({ answers: { ...FILLED, date: undefined, slotId: undefined }, step: 'day' });
    await waitFor(() => expect(result.current.flow.answers.date).toBeDefined());
    const loaded = renders.filter((r) => r.step === 'day' && r.slots === 'ready');
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((r) => r.date === undefined)).toEqual([]);
  });

  it('on the check page: the chosen slot and the quote', async () => {
    const { result } = setup({ answers: FILLED, step: 'check' });
    await waitFor(() => expect(result.current.booking.session.quote.status).toBe('ready'));
    expect(result.current.booking.slot?.id).toBe(FILLED.slotId);
    expect(result.current.booking.service?.id).toBe('bath');
  });

  it('submits once, with retries under one key, and marks the flow submitted', async () => {
    const { result, adapter, events } = setup({ answers: FILLED, step: 'check', adapterOptions: { failures: { submit: ['network', 'lost-response'] } } });
    await waitFor(() => expect(result.current.booking.slot).toBeDefined());
    await act(async () => {
      const first = result.current.booking.submit();
      const second = result.current.booking.submit(); // a second press while the first runs
      await Promise.all([first, second]);
    });
    expect(result.current.flow.state.status).toBe('submitted');
    expect(result.current.booking.session.result?.reference).toBe(adapter.bookings[0]?.reference);
    expect(adapter.bookings).toHaveLength(1);
    expect(new Set(adapter.calls.filter((c) => c.operation === 'submit').map((c) => c.idempotencyKey))).toEqual(new Set(['key-1']));
    expect(events.map((e) => [e.type, e.type === 'failed' ? e.willRetry : null])).toEqual([['failed', true], ['failed', true], ['submitted', null]]);
  });

  it('5xx: the server-error phase; a retry uses the same key', async () => {
    const { result, adapter } = setup({ answers: FILLED, step: 'check', adapterOptions: { failures: { submit: ['server'] } } });
    await waitFor(() => expect(result.current.booking.slot).toBeDefined());
    await act(() => result.current.booking.submit());
    expect(result.current.booking.session.phase).toBe('server-error');
    await act(() => result.current.booking.submit());
    expect(result.current.flow.state.status).toBe('submitted');
    expect(adapter.calls.filter((c) => c.operation === 'submit').map((c) => c.idempotencyKey)).toEqual(['key-1', 'key-1']);
  });

  it('409: back to the time step, the slot cleared and marked full, nearest free slots offered, other answers kept', async () => {
    const { result, adapter } = setup({ answers: FILLED, step: 'check' });
    await waitFor(() => expect(result.current.booking.slot).toBeDefined());
    adapter.takeSlot(FILLED.slotId as string);
    await act(() => result.current.booking.submit());
    expect(result.current.flow.current).toBe('time');
    expect(result.current.flow.answers.slotId).toBeUndefined();
    expect(result.current.flow.answers.elderName).toBe('李建国');
    expect(result.current.flow.errors).toEqual([{ field: 'slotId', message: 'booking.error.slotTaken' }]);
    const { session } = result.current.booking;
    expect(session.phase).toBe('idle');
    expect(session.timeProblem?.kind).toBe('taken');
    expect(session.timeProblem?.alternatives.length).toBeGreaterThan(0);
    expect(session.slots.data.find((s) => s.id === FILLED.slotId)?.available).toBe(false);
    // choosing a new slot and leaving the step clears the notice
    act(() => result.current.flow.setAnswers({ slotId: session.timeProblem?.alternatives[0]?.id }));
    act(() => result.current.booking.continueFromTime());
    await waitFor(() => expect(result.current.booking.session.timeProblem).toBeNull());
    expect(result.current.flow.current).toBe('check');
  });

  it('a slot that passed while the page was open: back to choose, nothing sent', async () => {
    let now = NOW;
    const adapter = createMemoryBookingAdapter({ now: clock });
    const { result } = renderHook(
      () => {
        const flow = useFlow<BookingAnswers>({ definition: bookingFlow, initialAnswers: FILLED, initialStep: 'time', draft: false, history: false });
        return { flow, booking: useBookingSession({ adapter, flow, now: () => now }) };
      },
      { wrapper: ({ children }) => <YinfaProvider>{children}</YinfaProvider> },
    );
    await waitFor(() => expect(result.current.booking.slot).toBeDefined());
    now = Date.parse('2026-06-11T10:00:00+08:00');
    await act(async () => result.current.booking.continueFromTime());
    await waitFor(() => expect(result.current.booking.session.timeProblem?.kind).toBe('passed'));
    expect(result.current.flow.errors[0]?.message).toBe('booking.error.slotPassed');
    expect(adapter.calls.some((c) => c.operation === 'submit')).toBe(false);
  });

  it('cancel once, then start again from the host’s answers with a fresh key', async () => {
    const { result, adapter, events } = setup({ answers: FILLED, step: 'check' });
    await waitFor(() => expect(result.current.booking.slot).toBeDefined());
    await act(() => result.current.booking.submit());
    await act(() => result.current.booking.cancel());
    expect(result.current.booking.session.cancel).toBe('done');
    expect(adapter.calls.filter((c) => c.operation === 'cancel')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'cancelled', serviceId: 'bath' });
    act(() => result.current.booking.startAgain());
    expect(result.current.booking.session).toMatchObject({ result: null, cancel: 'idle', phase: 'idle' });
    expect(result.current.flow.current).toBe('service');
    expect(result.current.flow.answers).toEqual({ phone: '13900000000' });
  });
});
