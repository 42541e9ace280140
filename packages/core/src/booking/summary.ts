/**
 * What the check page and the confirmation list, in words: one place that joins the address, the
 * access notes and the visit window, so both pages say the same thing.
 */
import type { Locale } from '../messages/types';
import type { MessageValues } from '../messages/translate';
import type { BookingAnswers, BookingStepId } from './bookingFlow';
import { formatWindow } from './time';
import type { BookingResult, BookingSlot } from './types';

/** Any translator with the booking catalogue (`useCatalogue(bookingMessages)` in React). */
export type BookingTranslate = (key: string, values?: MessageValues) => string;

/** A summary row: the step whose 修改 link changes it, when there is one. */
export interface BookingSummaryRow {
  key: string;
  label: string;
  value?: string;
  step?: BookingStepId;
}

const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** 区 街道 社区 详细地址, as one line; parts left empty are skipped. */
export function bookingAddress(answers: BookingAnswers): string {
  return [answers.district, answers.street, answers.community, answers.addressDetail].map(str).filter(Boolean).join(' ');
}

/** The access notes (floor, lift, door entry, pets) as separate phrases, empty ones dropped. */
export function bookingAccessParts(answers: BookingAnswers, t: BookingTranslate): string[] {
  const floor = str(answers.floor);
  return [
    floor ? t('booking.access.summaryFloor', { floor }) : '',
    answers.elevator === 'yes' ? t('booking.access.elevatorYes') : answers.elevator === 'no' ? t('booking.access.elevatorNo') : '',
    str(answers.gate),
    str(answers.pets),
  ].filter(Boolean);
}

const phoneLabel = (answers: BookingAnswers) => (answers.forWhom === 'family' ? 'booking.row.elderPhone' : 'booking.row.phone');

export interface BookingSummaryContext {
  /** The chosen service's name (the id is shown if the services have not loaded). */
  serviceName?: string;
  slot?: Pick<BookingSlot, 'start' | 'end'>;
  locale: Locale;
  t: BookingTranslate;
}

/** The check-answers rows, each with the step its 修改 link opens; family bookings add relation and booker phone. */
export function bookingSummaryRows(answers: BookingAnswers, { serviceName, slot, locale, t }: BookingSummaryContext): BookingSummaryRow[] {
  const family = answers.forWhom === 'family';
  const rows: Array<BookingSummaryRow | false> = [
    { key: 'service', label: t('booking.row.service'), value: serviceName ?? answers.serviceId, step: 'service' },
    { key: 'forWhom', label: t('booking.row.forWhom'), value: t(family ? 'booking.who.family' : 'booking.who.self'), step: 'who' },
    { key: 'name', label: t('booking.row.name'), value: answers.elderName, step: 'person' },
    family && { key: 'relation', label: t('booking.row.relation'), value: answers.relation ? t(`booking.relation.${answers.relation}`) : '', step: 'person' },
    { key: 'address', label: t('booking.row.address'), value: bookingAddress(answers), step: 'address' },
    { key: 'access', label: t('booking.row.access'), value: bookingAccessParts(answers, t).join(t('common.listSeparator')), step: 'access' },
    { key: 'time', label: t('booking.row.time'), value: slot ? formatWindow(slot.start, slot.end, locale) : '', step: 'time' },
    { key: 'phone', label: t(phoneLabel(answers)), value: answers.phone, step: 'phone' },
    family && { key: 'bookerPhone', label: t('booking.row.bookerPhone'), value: answers.bookerPhone, step: 'bookerPhone' },
    { key: 'notes', label: t('booking.row.notes'), value: answers.notes, step: 'notes' },
  ];
  return rows.filter((r): r is BookingSummaryRow => r !== false);
}

export interface BookingConfirmationContext {
  serviceName?: string;
  result: Pick<BookingResult, 'slotStart' | 'slotEnd'>;
  locale: Locale;
  t: BookingTranslate;
}

/** The confirmation's details: the service, the visit window (as the host confirmed it), the address and the phone. */
export function bookingConfirmationDetails(answers: BookingAnswers, { serviceName, result, locale, t }: BookingConfirmationContext): BookingSummaryRow[] {
  return [
    { key: 'service', label: t('booking.row.service'), value: serviceName },
    { key: 'time', label: t('booking.row.time'), value: formatWindow(result.slotStart, result.slotEnd, locale) },
    { key: 'address', label: t('booking.row.address'), value: bookingAddress(answers) },
    { key: 'phone', label: t(phoneLabel(answers)), value: answers.phone },
  ];
}
