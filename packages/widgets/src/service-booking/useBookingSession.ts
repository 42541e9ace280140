'use client';
import {
  addDays,
  answersInPath,
  bookingEvent,
  bookingFlow,
  bookingMessages,
  bookingSessionReducer,
  buildBookingRequest,
  createIdempotencyKeeper,
  firstAvailableDate,
  firstIncompleteStep,
  formatDayLabel,
  initialBookingSession,
  isSlotPast,
  newIdempotencyKey,
  sanitizeSlots,
  sessionSlot,
  shanghaiDateKey,
  submitFailureOutcome,
  submitWithRetry,
  timeAlternatives,
  toBookingError,
  type BookingAdapter,
  type BookingAnswers,
  type BookingEvent,
  type BookingService,
  type BookingSession,
  type BookingSlot,
  type RetryPolicy,
} from '@yinfa/core';
import { useAnnounce, useCatalogue, useLocale, type FlowController } from '@yinfa/react';
import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

export interface UseBookingSessionOptions {
  adapter: BookingAdapter;
  /** The booking's flow (`useFlow({ definition: bookingFlow })`): the answers and where the user is. */
  flow: FlowController<BookingAnswers>;
  /** How many days ahead can be booked. Default 14. */
  daysAhead?: number;
  retry?: Pick<RetryPolicy, 'maxAttempts' | 'delaysMs' | 'sleep'>;
  onEvent?: (event: BookingEvent) => void;
  now?: () => number;
  createKey?: () => string;
  /** What 再预约一项服务 starts from (the answers the host knows). */
  initialAnswers?: Partial<BookingAnswers>;
}

export interface BookingSessionController {
  session: BookingSession;
  /** Today's Shanghai date. */
  today: string;
  now: () => number;
  daysAhead: number;
  /** The chosen service and slot, once known. */
  service: BookingService | undefined;
  slot: BookingSlot | undefined;
  loadServices: () => void;
  /** Loads the chosen service's slots again (再试一次). */
  reloadSlots: () => void;
  /** Continue on the time step: a slot that has passed meanwhile sends the user back to choose. */
  continueFromTime: () => void;
  /** Submits once (a second press while it runs does nothing), retrying with the same key. */
  submit: () => Promise<void>;
  cancel: () => Promise<void>;
  /** 再预约一项服务: a fresh flow from the host's answers, a fresh key. */
  startAgain: () => void;
}

/**
 * Loading and submitting for the booking widget: services, slots and the quote through the host's adapter,
 * the submission with retries under one idempotency key, 409 → back to the time step, cancellation and
 * starting again. The state itself is `bookingSessionReducer` from `@yinfa/core`.
 */
export function useBookingSession({ adapter, flow, daysAhead = 14, retry, onEvent, now: nowProp, createKey, initialAnswers }: UseBookingSessionOptions): BookingSessionController {
  const [session, dispatch] = useReducer(bookingSessionReducer, undefined, initialBookingSession);
  // What the adapter answers after the widget is gone is dropped: React 18 still schedules an update on an
  // unmounted component (reading window.event, which a test's torn-down jsdom no longer has).
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [locale] = useLocale();
  const announce = useAnnounce();
  const t = useCatalogue(bookingMessages);
  const now = useCallback(() => (nowProp ? nowProp() : Date.now()), [nowProp]);
  const eventRef = useRef(onEvent);
  eventRef.current = onEvent;
  const emit = useCallback((e: BookingEvent) => eventRef.current?.(bookingEvent(e)), []);
  // One keeper for the widget's life: a new `createKey` function each render must not change the key of a retry.
  const keyRef = useRef(createKey);
  keyRef.current = createKey;
  const [keeper] = useState(() => createIdempotencyKeeper(() => (keyRef.current ?? newIdempotencyKey)()));
  const inFlight = useRef(false);
  const today = shanghaiDateKey(now());
  const a = flow.answers;
  const { current, setAnswers } = flow;

  const loadServices = useCallback(() => {
    dispatch({ type: 'servicesLoading' });
    adapter.listServices({ locale }).then(
      (services) => mounted.current && dispatch({ type: 'servicesLoaded', services }),
      () => mounted.current && dispatch({ type: 'servicesFailed' }),
    );
  }, [adapter, locale]);
  useEffect(() => loadServices(), [loadServices]);

  // Pre-select the first day with free times (the "Book" pattern), never overriding a choice, and say so.
  // The step and date are read through a ref so the loader can do it in the same batch as `slotsLoaded`:
  // a render with the days shown and none chosen would let a quick Tab land on an unchosen day
  // (the keyboard test met that on a loaded CI machine).
  const dayStepRef = useRef({ current, date: a.date });
  dayStepRef.current = { current, date: a.date };
  const preselectFirstDay = useCallback(
    (data: readonly BookingSlot[]) => {
      if (dayStepRef.current.current !== 'day' || dayStepRef.current.date) return;
      const first = firstAvailableDate(data, now());
      if (!first) return;
      dayStepRef.current = { current: 'day', date: first };
      setAnswers({ date: first });
      const { primary, secondary } = formatDayLabel(first, today, locale);
      announce(t('booking.day.preselected', { day: `${primary} ${secondary}` }), 'polite');
    },
    [setAnswers, now, today, locale, announce, t],
  );

  const slotsPromise = useRef<Promise<BookingSlot[] | null> | null>(null);
  const loadSlots = useCallback(
    (serviceId: string) => {
      dispatch({ type: 'slotsLoading', serviceId });
      return (slotsPromise.current = adapter.listSlots({ serviceId, from: today, to: addDays(today, daysAhead - 1) }, { locale }).then(
        (data) => {
          const slots = sanitizeSlots(data);
          if (!mounted.current) return slots;
          dispatch({ type: 'slotsLoaded', serviceId, slots });
          preselectFirstDay(slots);
          return slots;
        },
        () => {
          if (mounted.current) dispatch({ type: 'slotsFailed', serviceId });
          return null;
        },
      ));
    },
    [adapter, today, daysAhead, locale, preselectFirstDay],
  );

  const { slots } = session;
  const submitted = flow.state.status === 'submitted';
  const needsSlots = current === 'day' || current === 'time' || current === 'check';
  useEffect(() => {
    if (!needsSlots || !a.serviceId || submitted) return;
    if (slots.serviceId === a.serviceId && slots.status !== 'idle') return;
    void loadSlots(a.serviceId);
  }, [needsSlots, a.serviceId, slots.serviceId, slots.status, loadSlots, submitted]);

  // Arriving on the day step with the slots already loaded (Back, or a change from the check page).
  useEffect(() => {
    if (current === 'day' && !a.date && slots.status === 'ready') preselectFirstDay(slots.data);
  }, [current, a.date, slots.status, slots.data, preselectFirstDay]);

  const service = session.services.data.find((s) => s.id === a.serviceId);
  const slot = sessionSlot(session, a.slotId);

  // The quote, on reaching the check page (asked again when the service, slot or person changes).
  const quoteKey = current === 'check' && slot ? `${a.serviceId}|${slot.id}|${a.forWhom}` : '';
  const quoteInput = useRef({ a, slot });
  quoteInput.current = { a, slot };
  useEffect(() => {
    const { a: answers, slot: chosen } = quoteInput.current;
    if (!quoteKey || !chosen) return;
    let live = true;
    dispatch({ type: 'quoteLoading' });
    adapter.quote(buildBookingRequest(answersInPath(bookingFlow, answers), chosen, locale), { locale }).then(
      (quote) => live && dispatch({ type: 'quoteLoaded', quote }),
      () => live && dispatch({ type: 'quoteFailed' }),
    );
    return () => {
      live = false;
    };
  }, [quoteKey, adapter, locale]);

  // Leaving the time step with a new slot clears the 409 notice.
  useEffect(() => {
    if (session.timeProblem && a.slotId && current !== 'time') dispatch({ type: 'timeResolved' });
  }, [session.timeProblem, a.slotId, current]);

  const sendBackToTime = useCallback(
    async (kind: 'taken' | 'passed', from: BookingSlot, offered?: BookingSlot[]) => {
      const fresh = a.serviceId ? ((await loadSlots(a.serviceId)) ?? slots.data) : slots.data;
      const list = kind === 'taken' ? fresh.map((s) => (s.id === from.id ? { ...s, available: false } : s)) : fresh;
      dispatch({ type: 'timeProblem', kind, slotId: from.id, alternatives: timeAlternatives(list, from, now(), offered) });
      flow.reopen('time', [{ field: 'slotId', message: kind === 'taken' ? 'booking.error.slotTaken' : 'booking.error.slotPassed' }], ['slotId']);
    },
    [a.serviceId, loadSlots, slots.data, now, flow],
  );

  const continueFromTime = useCallback(() => {
    if (slot && isSlotPast(slot, now())) {
      void sendBackToTime('passed', slot);
      return;
    }
    flow.next();
  }, [slot, now, sendBackToTime, flow]);

  const submit = useCallback(async () => {
    // A second click or Enter while the first is on its way does nothing: exactly one submission.
    if (inFlight.current || submitted) return;
    const gap = firstIncompleteStep(bookingFlow, a, 'check');
    if (gap) {
      flow.dispatch({ type: 'goTo', step: gap });
      return;
    }
    inFlight.current = true;
    let chosen = slot;
    if (!chosen && a.serviceId) {
      // The check page opened before the slots arrived: wait for them rather than ignore the press.
      const fresh = await (slots.status === 'loading' && slotsPromise.current ? slotsPromise.current : loadSlots(a.serviceId));
      chosen = fresh?.find((s) => s.id === a.slotId);
    }
    if (!chosen) {
      inFlight.current = false;
      flow.reopen('time', [{ field: 'slotId', message: 'booking.error.slot' }], ['slotId']);
      return;
    }
    if (isSlotPast(chosen, now())) {
      inFlight.current = false;
      void sendBackToTime('passed', chosen);
      return;
    }
    const request = buildBookingRequest(answersInPath(bookingFlow, a), chosen, locale);
    const key = keeper.keyFor(request);
    dispatch({ type: 'submitStart' });
    let attempts = 1;
    try {
      const done = await submitWithRetry(adapter, request, key, {
        maxAttempts: retry?.maxAttempts,
        delaysMs: retry?.delaysMs,
        sleep: retry?.sleep,
        onRetry: (n, error) => {
          attempts = n;
          dispatch({ type: 'submitRetrying' });
          announce(t('booking.check.confirming'), 'polite');
          emit({ type: 'failed', serviceId: request.serviceId, reason: error.kind, willRetry: true });
        },
      });
      keeper.reset();
      dispatch({ type: 'submitDone', result: done });
      flow.markSubmitted(done.reference, done.status);
      emit({ type: 'submitted', serviceId: request.serviceId, reference: done.reference, status: done.status, attempts });
    } catch (thrown) {
      const error = toBookingError(thrown);
      emit({ type: 'failed', serviceId: request.serviceId, reason: error.kind, willRetry: false });
      dispatch({ type: 'submitFailed', kind: error.kind });
      const outcome = submitFailureOutcome(error.kind);
      if ('time' in outcome) await sendBackToTime(outcome.time, chosen, outcome.time === 'taken' ? error.alternatives : undefined);
    } finally {
      inFlight.current = false;
    }
  }, [flow, submitted, a, slot, slots.status, loadSlots, now, sendBackToTime, locale, keeper, adapter, retry, announce, t, emit]);

  const { result, cancel: cancelStatus } = session;
  const cancel = useCallback(async () => {
    if (!result || cancelStatus === 'busy') return;
    dispatch({ type: 'cancelStart' });
    try {
      await adapter.cancel(result.reference, { idempotencyKey: `cancel-${result.reference}`, locale });
      dispatch({ type: 'cancelDone' });
      announce(t('booking.done.cancelled'), 'polite');
      emit({ type: 'cancelled', serviceId: result.serviceId, reference: result.reference });
    } catch {
      dispatch({ type: 'cancelFailed' });
    }
  }, [adapter, result, cancelStatus, locale, announce, t, emit]);

  const startAgain = useCallback(() => {
    dispatch({ type: 'restart' });
    keeper.reset();
    flow.reset(initialAnswers);
  }, [flow, keeper, initialAnswers]);

  const reloadSlots = useCallback(() => {
    if (a.serviceId) void loadSlots(a.serviceId);
  }, [a.serviceId, loadSlots]);

  return { session, today, now, daysAhead, service, slot, loadServices, reloadSlots, continueFromTime, submit, cancel, startAgain };
}
