'use client';
import { bookingSummaryRows, isSubmitBusy } from '@yinfa/core';
import { Alert, Button, CheckAnswers, QuestionPage, type SummaryRow } from '@yinfa/react';
import { CostPanel } from '../CostPanel';
import { useBookingView } from '../context';
import { PhoneLink } from '../PhoneLink';

/** 核对预约信息: every answer with a 修改 link, the cost panel, and the submit area with its failures. */
export function CheckStep() {
  const { flow, booking, t, locale, pageTitle } = useBookingView();
  const { phase, quote } = booking.session;
  const rows: SummaryRow[] = bookingSummaryRows(flow.answers, { serviceName: booking.service?.name, slot: booking.slot, locale, t }).map(({ step, ...row }) => ({
    ...row,
    onChangeRequest: step ? () => flow.change(step) : undefined,
  }));
  const busy = isSubmitBusy(phase);
  const failed = phase === 'server-error' || phase === 'uncertain' || phase === 'invalid';
  return (
    <QuestionPage
      onContinue={() => void booking.submit()}
      title={t('booking.check.title')}
      hint={t('booking.check.hint')}
      documentTitle={pageTitle(t('booking.check.title'))}
      progress={null}
      busy={busy}
      actions={
        <Button type="submit" variant="primary" busy={busy} busyLabel={phase === 'confirming' ? t('booking.check.confirming') : t('booking.check.submitting')}>
          {t('booking.check.submit')}
        </Button>
      }
    >
      <CheckAnswers rows={rows}>
        <CostPanel quote={quote.data} status={quote.status === 'ready' || quote.status === 'failed' ? quote.status : 'loading'} locale={locale} t={t} />
      </CheckAnswers>
      {phase === 'confirming' ? (
        <Alert variant="info" live="polite" title={t('booking.check.confirming')} headingLevel={2}>
          <p>{t('booking.check.confirmingHint')}</p>
        </Alert>
      ) : null}
      {failed ? (
        <Alert
          variant={phase === 'uncertain' ? 'warning' : 'danger'}
          live="assertive"
          headingLevel={2}
          title={t(phase === 'uncertain' ? 'booking.failure.uncertainTitle' : 'booking.failure.serverTitle')}
          actions={
            <>
              {phase !== 'invalid' ? (
                <Button variant="secondary" onClick={() => void booking.submit()}>
                  {t('booking.failure.retry')}
                </Button>
              ) : null}
              <PhoneLink />
            </>
          }
        >
          <p>{t(phase === 'uncertain' ? 'booking.failure.uncertain' : phase === 'invalid' ? 'booking.failure.invalid' : 'booking.failure.server')}</p>
        </Alert>
      ) : null}
    </QuestionPage>
  );
}
