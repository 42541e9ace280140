'use client';
import { bookingConfirmationDetails, formatWindow, type BookingResult } from '@yinfa/core';
import { Alert, Button, Confirmation, ConfirmationPanel, FlowActions, Stack } from '@yinfa/react';
import { useEffect, useRef } from 'react';
import { useBookingView } from './context';
import { BookingHelp } from './PhoneLink';

/** "已提交": Back or a reload after success shows the reference and a way back — never the form again. */
export function AlreadySubmitted({ reference }: { reference?: string }) {
  const { flow, booking, t } = useBookingView();
  return (
    <Stack gap={4}>
      <ConfirmationPanel title={t('booking.already.title')}>
        <p>{t('booking.already.body', { reference: reference ?? '' })}</p>
      </ConfirmationPanel>
      <FlowActions>
        {flow.state.status === 'submitted' ? <Button onClick={flow.showConfirmation}>{t('booking.already.view')}</Button> : null}
        <Button variant="secondary" onClick={booking.startAgain}>
          {t('booking.done.newBooking')}
        </Button>
      </FlowActions>
      <BookingHelp />
    </Stack>
  );
}

/** The confirmation: what is true (a request, or confirmed), the reference, the window, how to cancel. */
export function BookingConfirmation({ result }: { result: BookingResult }) {
  const { flow, booking, t, locale, hotline, confirmed } = useBookingView();
  const { cancel } = booking.session;
  const isConfirmed = confirmed === true || result.status === 'confirmed';
  const cancelled = cancel === 'done';
  const windowText = formatWindow(result.slotStart, result.slotEnd, locale);
  // The cancel button goes away once the visit is cancelled: the heading, now "预约已取消", takes focus.
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (cancelled) root.current?.querySelector<HTMLElement>('[data-yf-page-heading]')?.focus();
  }, [cancelled]);
  return (
    <Confirmation
      ref={root}
      title={cancelled ? t('booking.done.cancelled') : isConfirmed ? t('booking.done.confirmed') : t('booking.done.requested')}
      tone={!cancelled && isConfirmed ? 'success' : 'pending'}
      reference={result.reference}
      referenceLabel={t('booking.done.reference')}
      details={bookingConfirmationDetails(flow.answers, { serviceName: booking.service?.name, result, locale, t })}
      whatNext={
        cancelled ? (
          <p>{t('booking.done.cancelledNext')}</p>
        ) : (
          <>
            <p>{result.nextSteps ?? t(isConfirmed ? 'booking.done.confirmedNext' : 'booking.done.requestedNext')}</p>
            <p>
              <strong>{t('common.labelled', { label: t('booking.done.window') })}</strong>
              {windowText}
            </p>
            <p>{t('booking.done.change', { hotline })}</p>
          </>
        )
      }
    >
      <Alert variant="warning" className="yf-booking__fraud">
        <p>{t('booking.done.fraud', { hotline })}</p>
      </Alert>
      {cancel === 'failed' ? (
        <Alert variant="danger" live="assertive">
          <p>{t('booking.done.cancelFailed', { hotline })}</p>
        </Alert>
      ) : null}
      <FlowActions>
        {!cancelled ? (
          <Button variant="secondary" busy={cancel === 'busy'} busyLabel={t('booking.done.cancelling')} onClick={() => void booking.cancel()}>
            {t('booking.done.cancel')}
          </Button>
        ) : null}
        <Button variant="quiet" onClick={booking.startAgain}>
          {t('booking.done.newBooking')}
        </Button>
      </FlowActions>
      <BookingHelp />
    </Confirmation>
  );
}
