/**
 * The booking journey as a flow definition: one question per page, validation in words, branching
 * for "为家人预约" (the booker's own phone for notices is asked only then). The widget renders it;
 * Node tests drive it.
 */
import { checkPhone } from '../validation/fields';
import type { FlowDefinition, FlowFieldError } from '../flow/machine';
import type { BookingErrorKind } from './errors';
import type { BookingRequest, BookingSlot } from './types';
import type { Locale } from '../messages/types';

export interface BookingAnswers extends Record<string, unknown> {
  serviceId?: string;
  forWhom?: 'self' | 'family';
  elderName?: string;
  relation?: string;
  district?: string;
  street?: string;
  community?: string;
  addressDetail?: string;
  floor?: string;
  elevator?: 'yes' | 'no' | '';
  gate?: string;
  pets?: string;
  date?: string;
  slotId?: string;
  /** Self: the contact phone. Family: the elder's phone for the doorstep call. */
  phone?: string;
  /** Family only: the booker's mobile for notices. */
  bookerPhone?: string;
  notes?: string;
}

/** Personal answers: never written to a draft unless the host sets `storeSensitive`. */
export const BOOKING_SENSITIVE_FIELDS = ['elderName', 'addressDetail', 'gate', 'phone', 'bookerPhone', 'notes'] as const;

export const NAME_MAX = 30;
export const TEXT_MAX = 200;

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

function required(a: BookingAnswers, field: keyof BookingAnswers & string, message: string): FlowFieldError[] {
  return text(a[field]) ? [] : [{ field, message }];
}

function tooLong(a: BookingAnswers, field: keyof BookingAnswers & string, max: number): FlowFieldError[] {
  return text(a[field]).length > max ? [{ field, message: 'booking.error.tooLong', values: { max } }] : [];
}

export const BOOKING_STEPS = ['service', 'who', 'person', 'address', 'access', 'day', 'time', 'phone', 'bookerPhone', 'notes', 'check'] as const;
export type BookingStepId = (typeof BOOKING_STEPS)[number];

export const bookingFlow: FlowDefinition<BookingAnswers> = {
  id: 'service-booking',
  checkStep: 'check',
  steps: [
    { id: 'service', fields: ['serviceId'], validate: (a) => required(a, 'serviceId', 'booking.error.service') },
    {
      id: 'who',
      fields: ['forWhom'],
      validate: (a) => (a.forWhom === 'self' || a.forWhom === 'family' ? [] : [{ field: 'forWhom', message: 'booking.error.forWhom' }]),
    },
    {
      id: 'person',
      fields: ['elderName', 'relation'],
      validate: (a) => [
        ...required(a, 'elderName', a.forWhom === 'family' ? 'booking.error.elderName' : 'booking.error.selfName'),
        ...tooLong(a, 'elderName', NAME_MAX),
        ...(a.forWhom === 'family' ? required(a, 'relation', 'booking.error.relation') : []),
      ],
    },
    {
      id: 'address',
      fields: ['district', 'street', 'community', 'addressDetail'],
      validate: (a) => [
        ...required(a, 'district', 'booking.error.district'),
        ...required(a, 'street', 'booking.error.street'),
        ...required(a, 'community', 'booking.error.community'),
        ...required(a, 'addressDetail', 'booking.error.addressDetail'),
        ...tooLong(a, 'addressDetail', TEXT_MAX),
      ],
    },
    {
      id: 'access',
      fields: ['floor', 'elevator', 'gate', 'pets'],
      validate: (a) => [
        ...(text(a.floor) && !/^-?\d{1,3}$/.test(text(a.floor).replace(/[楼层fF]/g, '')) ? [{ field: 'floor', message: 'booking.error.floor' }] : []),
        ...tooLong(a, 'gate', TEXT_MAX),
        ...tooLong(a, 'pets', TEXT_MAX),
      ],
    },
    { id: 'day', fields: ['date'], validate: (a) => required(a, 'date', 'booking.error.date') },
    { id: 'time', fields: ['slotId'], validate: (a) => required(a, 'slotId', 'booking.error.slot') },
    {
      id: 'phone',
      fields: ['phone'],
      validate: (a) => {
        const { error } = checkPhone(text(a.phone), 'any');
        return error ? [{ field: 'phone', message: error }] : [];
      },
    },
    {
      id: 'bookerPhone',
      fields: ['bookerPhone'],
      when: (a) => a.forWhom === 'family',
      validate: (a) => {
        const { error } = checkPhone(text(a.bookerPhone), 'mobile');
        return error ? [{ field: 'bookerPhone', message: error }] : [];
      },
    },
    { id: 'notes', fields: ['notes'], validate: (a) => tooLong(a, 'notes', TEXT_MAX) },
    { id: 'check', countInProgress: false },
  ],
};

/** Builds the request the adapter receives. Phones are normalised (digits only); empty optional answers are dropped. */
export function buildBookingRequest(answers: BookingAnswers, slot: Pick<BookingSlot, 'id' | 'start' | 'end'>, locale?: Locale): BookingRequest {
  const phone = (v: unknown) => checkPhone(text(v), 'any').parsed.digits;
  const opt = (v: unknown) => text(v) || undefined;
  const family = answers.forWhom === 'family';
  return {
    serviceId: text(answers.serviceId),
    slotId: slot.id,
    slotStart: slot.start,
    slotEnd: slot.end,
    forWhom: family ? 'family' : 'self',
    elder: { name: text(answers.elderName), relation: family ? opt(answers.relation) : undefined, phone: phone(answers.phone) },
    booker: family ? { phone: phone(answers.bookerPhone) } : undefined,
    address: { district: text(answers.district), street: text(answers.street), community: text(answers.community), detail: text(answers.addressDetail) },
    access: { floor: opt(answers.floor), elevator: answers.elevator === 'yes' || answers.elevator === 'no' ? answers.elevator : undefined, gate: opt(answers.gate), pets: opt(answers.pets) },
    notes: opt(answers.notes),
    locale,
  };
}

/** What the host hears: no names, phones, addresses or notes — only what happened to which service. */
export type BookingEvent =
  | { type: 'submitted'; serviceId: string; reference: string; status: string; attempts: number }
  | { type: 'failed'; serviceId: string; reason: BookingErrorKind; willRetry: boolean }
  | { type: 'cancelled'; serviceId: string; reference: string };

/** Builds an event from whitelisted fields only, so a careless caller cannot pass personal data along. */
export function bookingEvent(input: BookingEvent): BookingEvent {
  switch (input.type) {
    case 'submitted':
      return { type: 'submitted', serviceId: String(input.serviceId), reference: String(input.reference), status: String(input.status), attempts: Number(input.attempts) || 1 };
    case 'failed':
      return { type: 'failed', serviceId: String(input.serviceId), reason: input.reason, willRetry: input.willRetry === true };
    default:
      return { type: 'cancelled', serviceId: String(input.serviceId), reference: String(input.reference) };
  }
}
