'use client';
import {
  BOOKING_SENSITIVE_FIELDS,
  bookingFlow,
  type BookingAdapter,
  type BookingAnswers,
  type BookingEvent,
  type BookingStepId,
  type FlowFieldError,
  type RetryPolicy,
  type TimeoutPolicy,
  type Catalogue,
  warnUnknownOverrides,
} from '@yinfa/core';
import { Flow, FlowStep, MessagesScope, TimeoutWarning, useCatalogue, useFlow, useLocale, useYinfa, type FlowDraftOptions } from '@yinfa/react';
import { useCallback, useEffect, type HTMLAttributes, type ReactNode } from 'react';
import { BookingViewContext, bookingCatalogue, fieldId, type BookingView, type BookingVoiceInput } from './context';
import { AlreadySubmitted, BookingConfirmation } from './DoneViews';
import { BookingHelp } from './PhoneLink';
import { AccessStep, AddressStep } from './steps/AddressSteps';
import { CheckStep } from './steps/CheckStep';
import { BookerPhoneStep, NotesStep, PhoneStep } from './steps/ContactSteps';
import { PersonStep, WhoStep } from './steps/PersonSteps';
import { ServiceStep } from './steps/ServiceStep';
import { DayStep, TimeStep } from './steps/WhenSteps';
import { useBookingSession } from './useBookingSession';

export { fieldId };

export interface ServiceBookingProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSubmit'> {
  /** The host's booking service (see docs/booking.md). `createMemoryBookingAdapter()` for demos. */
  adapter: BookingAdapter;
  /** The phone number to book, change or cancel by, shown on every page. Default: the provider region's elder-care hotline (12349, 养老服务热线). */
  hotline?: string;
  /** Draft keeping. Default: session storage, personal answers not stored. `false` turns it off. */
  draft?: FlowDraftOptions | false;
  /** Keep each question in the browser history (Back/Forward move between questions). Default true. */
  history?: boolean;
  /** Answers the host already knows (the signed-in user's phone): never asked twice (WCAG 3.3.7). */
  initialAnswers?: Partial<BookingAnswers>;
  /** Open on a step (stories, resuming). Earlier unanswered questions still come first. */
  initialStep?: BookingStepId;
  /** The host confirms visits at once: the confirmation says "预约成功" even if the result says 'requested'. */
  confirmed?: boolean;
  /** How many days ahead can be booked. Default 14. */
  daysAhead?: number;
  /** Retries on network failure (same idempotency key). Default 4 attempts, waits 1 s, 2 s, 4 s. */
  retry?: Pick<RetryPolicy, 'maxAttempts' | 'delaysMs' | 'sleep'>;
  /** The host's session time limit; the widget warns before it (WCAG 2.2.1). No limit by default. */
  sessionTimeout?: Partial<TimeoutPolicy> & {
    onExtend?: () => void;
    onTimeout?: () => void;
  };
  /** Submitted, failed and cancelled — with no names, phones, addresses or notes. */
  onEvent?: (event: BookingEvent) => void;
  /** The clock, for tests and stories. Times always show in Asia/Shanghai. */
  now?: () => number;
  /** Makes idempotency keys (tests). Default: random UUIDs. */
  createKey?: () => string;
  /** A caption above each question. Default "预约上门服务". */
  caption?: ReactNode;
  /**
   * Make each question the page's `document.title` (GOV.UK), for a page that is only this booking.
   * Off by default: embedded in a host page, the widget only adds "错误：" in front while errors show.
   */
  setDocumentTitle?: boolean;
  /**
   * 语音输入 on the address and notes questions: pass `VoiceInput` from @yinfa/react (`voiceInput={VoiceInput}`)
   * and each of those fields gets a microphone, what was heard confirmed before it fills the field. Its engine
   * is the VoiceInputProvider's (or the browser's); no engine, no button. Passed in rather than imported here,
   * so a booking without voice input does not carry the spoken-form parsers. Off by default.
   */
  voiceInput?: BookingVoiceInput;
  /**
   * The host's wording for this booking (`{ 'booking.title': '…' }`), on top of the provider's `messages`;
   * it reaches every step, as every widget's `messages` does. An unknown key warns in development.
   */
  messages?: Catalogue;
}

/**
 * 居家养老上门服务预约: one question per page — service, for whom, name, address, access notes, day, time,
 * phone, notes — then check answers with the cost, submit, and a confirmation that says what is true.
 * Every failure keeps what was typed. Fetches nothing itself: everything goes through `adapter`.
 * The session (loading, submitting, 409, cancel) is `useBookingSession`; each step is its own component.
 */
export function ServiceBooking({ messages, ...props }: ServiceBookingProps) {
  // Child effects run first, so the booking catalogue is registered by the time the keys are checked.
  useEffect(() => warnUnknownOverrides(messages, 'ServiceBooking messages'), [messages]);
  return (
    <MessagesScope messages={messages}>
      <BookingRoot {...props} />
    </MessagesScope>
  );
}

function BookingRoot({
  adapter,
  hotline: hotlineProp,
  draft,
  history,
  initialAnswers,
  initialStep,
  confirmed,
  daysAhead = 14,
  retry,
  sessionTimeout,
  onEvent,
  now,
  createKey,
  caption,
  setDocumentTitle = false,
  voiceInput,
  className,
  ...rest
}: Omit<ServiceBookingProps, 'messages'>) {
  const t = useCatalogue(bookingCatalogue);
  const [locale] = useLocale();
  const { region } = useYinfa();
  const hotline = hotlineProp ?? region.hotlines.elderCare;
  const flow = useFlow<BookingAnswers>({
    definition: bookingFlow,
    initialAnswers,
    initialStep,
    history,
    draft: draft === false ? false : { sensitive: BOOKING_SENSITIVE_FIELDS, ...(draft ?? {}) },
  });
  const booking = useBookingSession({ adapter, flow, daysAhead, retry, onEvent, now, createKey, initialAnswers });
  const pageTitle = useCallback((title: string) => (setDocumentTitle ? title : undefined), [setDocumentTitle]);
  const view: BookingView = { flow, booking, t, locale, hotline, confirmed, pageTitle, Voice: voiceInput };
  const errorText = useCallback((e: FlowFieldError) => t(e.message, e.values), [t]);

  const { result } = booking.session;
  const submitted = flow.state.status === 'submitted';
  const reference = flow.state.reference ?? result?.reference ?? flow.receipt?.reference;
  const already = (submitted && flow.submittedView === 'already') || (!submitted && flow.receipt && !result);

  return (
    <BookingViewContext.Provider value={view}>
      <Flow {...rest} flow={flow} className={['yf-booking', className].filter(Boolean).join(' ')} caption={caption ?? t('booking.title')} footer={<BookingHelp />} errorText={errorText} fieldId={fieldId}>
        {sessionTimeout ? (
          <TimeoutWarning
            timeoutMs={sessionTimeout.timeoutMs}
            warnBeforeMs={sessionTimeout.warnBeforeMs}
            maxExtensions={sessionTimeout.maxExtensions}
            onExtend={sessionTimeout.onExtend}
            onTimeout={sessionTimeout.onTimeout}
            now={now}
            disabled={submitted}
          />
        ) : null}
        {already ? (
          <AlreadySubmitted reference={reference} />
        ) : submitted && result ? (
          <BookingConfirmation result={result} />
        ) : (
          <>
            <FlowStep id="service"><ServiceStep /></FlowStep>
            <FlowStep id="who"><WhoStep /></FlowStep>
            <FlowStep id="person"><PersonStep /></FlowStep>
            <FlowStep id="address"><AddressStep /></FlowStep>
            <FlowStep id="access"><AccessStep /></FlowStep>
            <FlowStep id="day"><DayStep /></FlowStep>
            <FlowStep id="time"><TimeStep /></FlowStep>
            <FlowStep id="phone"><PhoneStep /></FlowStep>
            <FlowStep id="bookerPhone"><BookerPhoneStep /></FlowStep>
            <FlowStep id="notes"><NotesStep /></FlowStep>
            <FlowStep id="check"><CheckStep /></FlowStep>
          </>
        )}
      </Flow>
    </BookingViewContext.Provider>
  );
}
