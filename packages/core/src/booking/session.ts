/**
 * The booking session around the flow's answers: what has loaded (services, slots, the quote), where the
 * submission is (phases, retries, 409 → back to the time step), the result, and the cancellation.
 * A plain reducer: the widget's `useBookingSession` hook runs it and does the I/O; Node tests drive it.
 */
import type { BookingErrorKind } from './errors';
import { isBookable, nearestFreeSlots } from './slots';
import type { BookingQuote, BookingResult, BookingService, BookingSlot } from './types';

export type BookingLoadStatus = 'idle' | 'loading' | 'ready' | 'failed';

export interface BookingLoad<T> {
  status: BookingLoadStatus;
  data: T;
}

/**
 * Where the submission is: `submitting` (first try), `confirming` (retrying after no answer, same key),
 * `server-error` (5xx), `uncertain` (no answer after every retry), `invalid` (the host refused the answers).
 */
export type BookingSubmitPhase = 'idle' | 'submitting' | 'confirming' | 'server-error' | 'uncertain' | 'invalid';
export type BookingCancelStatus = 'idle' | 'busy' | 'done' | 'failed';

/** Why the user is back on the time step, and the free slots nearest the one they wanted. */
export interface BookingTimeProblem {
  kind: 'taken' | 'passed';
  alternatives: BookingSlot[];
}

export interface BookingSession {
  services: BookingLoad<BookingService[]>;
  /** `serviceId`: the service these slots (or the request on its way) belong to. */
  slots: BookingLoad<BookingSlot[]> & { serviceId?: string };
  quote: BookingLoad<BookingQuote | null>;
  phase: BookingSubmitPhase;
  result: BookingResult | null;
  timeProblem: BookingTimeProblem | null;
  cancel: BookingCancelStatus;
}

export type BookingSessionAction =
  | { type: 'servicesLoading' }
  | { type: 'servicesLoaded'; services: BookingService[] }
  | { type: 'servicesFailed' }
  | { type: 'slotsLoading'; serviceId: string }
  | { type: 'slotsLoaded'; serviceId: string; slots: BookingSlot[] }
  | { type: 'slotsFailed'; serviceId: string }
  | { type: 'quoteLoading' }
  | { type: 'quoteLoaded'; quote: BookingQuote }
  | { type: 'quoteFailed' }
  | { type: 'submitStart' }
  /** No answer: retrying with the same idempotency key. */
  | { type: 'submitRetrying' }
  | { type: 'submitDone'; result: BookingResult }
  | { type: 'submitFailed'; kind: BookingErrorKind }
  /** Back to the time step: the slot was taken (it is marked full) or has passed. */
  | { type: 'timeProblem'; kind: 'taken' | 'passed'; slotId: string; alternatives: BookingSlot[] }
  | { type: 'timeResolved' }
  | { type: 'cancelStart' }
  | { type: 'cancelDone' }
  | { type: 'cancelFailed' }
  /** 再预约一项服务: forget the result, the submission and the quote; keep what has loaded. */
  | { type: 'restart' };

export function initialBookingSession(): BookingSession {
  return {
    services: { status: 'idle', data: [] },
    slots: { status: 'idle', data: [] },
    quote: { status: 'idle', data: null },
    phase: 'idle',
    result: null,
    timeProblem: null,
    cancel: 'idle',
  };
}

/**
 * What a failed submission leads to: back to the time step (`taken`, `passed`), a phase with its
 * message, or nothing at all (`aborted`: the user left).
 */
export function submitFailureOutcome(kind: BookingErrorKind): { time: 'taken' | 'passed' } | { phase: BookingSubmitPhase } {
  switch (kind) {
    case 'slot-taken':
      return { time: 'taken' };
    case 'slot-passed':
      return { time: 'passed' };
    case 'server':
      return { phase: 'server-error' };
    case 'network':
    case 'timeout':
    case 'in-progress':
      return { phase: 'uncertain' };
    case 'aborted':
      return { phase: 'idle' };
    default:
      return { phase: 'invalid' };
  }
}

/** True while a submission is on its way (the button is busy and ignores presses). */
export function isSubmitBusy(phase: BookingSubmitPhase): boolean {
  return phase === 'submitting' || phase === 'confirming';
}

/**
 * The slots to offer first after a 409 or a passed slot: the host's `alternatives` when it sent any,
 * else the free slots nearest the one wanted — never one that cannot be booked now.
 */
export function timeAlternatives(slots: readonly BookingSlot[], from: BookingSlot, now: number, offered?: readonly BookingSlot[]): BookingSlot[] {
  const list = offered?.length ? [...offered] : nearestFreeSlots(slots, from.start, now, 3, from.id);
  return list.filter((s) => isBookable(s, now));
}

/** The chosen slot: from the loaded list, or one of the alternatives offered after a 409. */
export function sessionSlot(session: BookingSession, slotId: string | undefined): BookingSlot | undefined {
  if (!slotId) return undefined;
  return session.slots.data.find((s) => s.id === slotId) ?? session.timeProblem?.alternatives.find((s) => s.id === slotId);
}

export function bookingSessionReducer(state: BookingSession, action: BookingSessionAction): BookingSession {
  switch (action.type) {
    case 'servicesLoading':
      return { ...state, services: { ...state.services, status: 'loading' } };
    case 'servicesLoaded':
      return { ...state, services: { status: 'ready', data: action.services } };
    case 'servicesFailed':
      return { ...state, services: { ...state.services, status: 'failed' } };
    case 'slotsLoading':
      // Slots of the same service stay shown while they refresh; another service starts empty.
      return { ...state, slots: { status: 'loading', data: state.slots.serviceId === action.serviceId ? state.slots.data : [], serviceId: action.serviceId } };
    case 'slotsLoaded':
      if (action.serviceId !== state.slots.serviceId) return state; // a late answer for a service no longer chosen
      return { ...state, slots: { status: 'ready', data: action.slots, serviceId: action.serviceId } };
    case 'slotsFailed':
      if (action.serviceId !== state.slots.serviceId) return state;
      return { ...state, slots: { ...state.slots, status: 'failed' } };
    case 'quoteLoading':
      return { ...state, quote: { status: 'loading', data: null } };
    case 'quoteLoaded':
      return { ...state, quote: { status: 'ready', data: action.quote } };
    case 'quoteFailed':
      return { ...state, quote: { status: 'failed', data: null } };
    case 'submitStart':
      return { ...state, phase: 'submitting' };
    case 'submitRetrying':
      return { ...state, phase: 'confirming' };
    case 'submitDone':
      return { ...state, phase: 'idle', result: action.result, timeProblem: null, cancel: 'idle' };
    case 'submitFailed': {
      const outcome = submitFailureOutcome(action.kind);
      // Going back to the time step: stay busy until the fresh slots are in (`timeProblem`).
      return 'phase' in outcome ? { ...state, phase: outcome.phase } : state;
    }
    case 'timeProblem': {
      const data = action.kind === 'taken' ? state.slots.data.map((s) => (s.id === action.slotId ? { ...s, available: false } : s)) : state.slots.data;
      return { ...state, phase: 'idle', slots: { ...state.slots, data }, timeProblem: { kind: action.kind, alternatives: action.alternatives } };
    }
    case 'timeResolved':
      return state.timeProblem ? { ...state, timeProblem: null } : state;
    case 'cancelStart':
      return state.result && state.cancel !== 'busy' ? { ...state, cancel: 'busy' } : state;
    case 'cancelDone':
      return { ...state, cancel: 'done' };
    case 'cancelFailed':
      return { ...state, cancel: 'failed' };
    case 'restart':
      return { ...state, result: null, cancel: 'idle', phase: 'idle', timeProblem: null, quote: { status: 'idle', data: null } };
    default:
      return state;
  }
}
