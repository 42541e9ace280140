'use client';
import { dayAvailability, formatDate, isBookable, shanghaiDateKey, slotsOnDay } from '@yinfa/core';
import { Alert, DayPicker, LinkButton, QuestionPage, Spinner, TimeSlots, VisuallyHidden } from '@yinfa/react';
import { useBookingField, useBookingView } from '../context';
import { LoadFailed } from '../LoadFailed';

/**
 * 哪天上门？ The question is the page heading in every state — loading, failed, fully booked, loaded — so the
 * heading that took focus on arrival is still there when the days arrive; the nearest free day is chosen
 * and announced.
 */
export function DayStep() {
  const { flow, booking, t, hotline, pageTitle } = useBookingView();
  const field = useBookingField('date');
  const { slots } = booking.session;
  const days = dayAvailability(slots.data, booking.today, booking.daysAhead, booking.now());
  const noneFree = slots.status === 'ready' && !days.some((d) => d.available);
  const question = t('booking.day.question');
  return (
    <QuestionPage title={question} documentTitle={pageTitle(question)}>
      {slots.status === 'loading' ? <Spinner label={t('booking.slots.loading')} /> : null}
      {slots.status === 'failed' ? <LoadFailed what="slots" onRetry={booking.reloadSlots} /> : null}
      {noneFree ? (
        <Alert variant="warning" live="polite">
          <p>{t('booking.day.noneFree', { days: booking.daysAhead, hotline })}</p>
        </Alert>
      ) : null}
      {slots.status === 'ready' && !noneFree ? (
        <DayPicker
          id={field.id}
          label={<VisuallyHidden>{question}</VisuallyHidden>}
          hint={t('booking.day.hint')}
          error={field.error}
          today={booking.today}
          days={days.map((d) => ({ date: d.date, available: d.available }))}
          value={field.value}
          onValueChange={(date) => flow.setAnswers({ date, ...(date !== flow.answers.date ? { slotId: undefined } : {}) })}
        />
      ) : null}
    </QuestionPage>
  );
}

/** 几点上门？ The day's slots; after a 409 or a passed slot, the nearest free ones first. */
export function TimeStep() {
  const { flow, booking, t, locale, pageTitle } = useBookingView();
  const field = useBookingField('slotId');
  const { slots, timeProblem } = booking.session;
  const date = flow.answers.date;
  const daySlots = date ? slotsOnDay(slots.data, date) : [];
  const alternatives = timeProblem?.alternatives ?? [];
  const now = booking.now();
  const name = 'yf-booking-slot';
  const pick = (id: string) => {
    const s = [...alternatives, ...slots.data].find((x) => x.id === id);
    flow.setAnswers({ slotId: id, ...(s ? { date: shanghaiDateKey(s.start) } : {}) });
  };
  return (
    <QuestionPage onContinue={booking.continueFromTime} title={t('booking.time.question')} hint={t('booking.time.hint')} documentTitle={pageTitle(t('booking.time.question'))}>
      {slots.status === 'loading' && !daySlots.length ? <Spinner label={t('booking.slots.loading')} /> : null}
      {timeProblem ? <Alert variant="warning" title={t(timeProblem.kind === 'taken' ? 'booking.time.taken' : 'booking.time.passed')} headingLevel={2} /> : null}
      {alternatives.length ? (
        <TimeSlots name={name} label={t('booking.time.nearest')} showDate slots={alternatives} now={booking.now} value={field.value} onValueChange={pick} className="yf-booking__nearest" />
      ) : null}
      {date ? (
        <TimeSlots
          id={field.id}
          name={name}
          label={t('common.labelValue', { label: t('booking.time.legend'), value: formatDate(`${date}T12:00:00+08:00`, locale) })}
          error={field.error}
          slots={daySlots.filter((s) => !alternatives.some((x) => x.id === s.id))}
          now={booking.now}
          value={field.value}
          onValueChange={pick}
        />
      ) : null}
      {date && slots.status === 'ready' && !daySlots.some((s) => isBookable(s, now)) ? <p>{t('booking.time.none')}</p> : null}
      <LinkButton onClick={() => flow.dispatch({ type: 'goTo', step: 'day' })}>{t('booking.time.changeDay')}</LinkButton>
    </QuestionPage>
  );
}
