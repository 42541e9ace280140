'use client';
import { bookingMessages, type BookingAnswers, type Locale, type Translate } from '@yinfa/core';
import { flowMessages, type FlowController } from '@yinfa/react';
import { createContext, useContext, type ComponentType } from 'react';
import { bookingCatalogueEnUS } from './messages.en-US';
import type { BookingSessionController } from './useBookingSession';

/** The booking's words: its own catalogue over the flow kit's. */
export const bookingCatalogue = {
  'zh-CN': { ...bookingMessages['zh-CN'], ...flowMessages['zh-CN'] },
  'en-US': bookingCatalogueEnUS,
};

/** Field ids: the error summary links to them. */
export const fieldId = (field: string) => `yf-booking-${field}`;

/** The voice input a host passes to the booking (`VoiceInput` from @yinfa/react fits): what each field needs of it. */
export type BookingVoiceInput = ComponentType<{ kind?: 'address' | 'text'; append?: boolean }>;

/** What every step of the booking reads: the flow, the session, the words and the host's settings. */
export interface BookingView {
  flow: FlowController<BookingAnswers>;
  booking: BookingSessionController;
  t: Translate;
  locale: Locale;
  hotline: string;
  /** The host confirms visits at once. */
  confirmed?: boolean;
  /** The question as `document.title`, when the host asked for it. */
  pageTitle: (title: string) => string | undefined;
  /** The host's voice input component (`VoiceInput`), for the address and notes fields; none: no microphone. */
  Voice?: BookingVoiceInput;
}

export const BookingViewContext = createContext<BookingView | null>(null);

export function useBookingView(): BookingView {
  const view = useContext(BookingViewContext);
  if (!view) throw new Error('A booking step must be rendered inside <ServiceBooking>.');
  return view;
}

/** One answer as a field: its id, its text, its inline error in words, and a setter. */
export function useBookingField(field: keyof BookingAnswers & string) {
  const { flow, t } = useBookingView();
  const value = flow.answers[field];
  const error = flow.errors.find((e) => e.field === field);
  return {
    id: fieldId(field),
    value: typeof value === 'string' ? value : '',
    error: error ? t(error.message, error.values) : undefined,
    onValueChange: (next: string) => flow.setAnswers({ [field]: next } as Partial<BookingAnswers>),
  };
}
