import { formatFen, speakFen, type BookingQuote, type Locale, type Translate } from '@yinfa/core';
import { Spinner } from '@yinfa/react';
import type { HTMLAttributes } from 'react';

/** An amount shown as ¥80.00 and read as 八十元 (never "yen eight zero point zero zero"). */
export function Money({ fen, locale }: { fen: number; locale: Locale }) {
  return (
    <>
      <span aria-hidden="true">{formatFen(fen)}</span>
      <span className="yf-visually-hidden">{speakFen(fen, locale)}</span>
    </>
  );
}

export interface CostPanelProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  quote: BookingQuote | null;
  status: 'loading' | 'ready' | 'failed';
  locale: Locale;
  t: Translate;
}

/** List price, the share 长护险 or a subsidy pays, what the user pays (自付), and the monthly quota. */
export function CostPanel({ quote, status, locale, t, className, ...rest }: CostPanelProps) {
  return (
    <section aria-labelledby="yf-booking-cost-title" {...rest} className={['yf-booking__cost', className].filter(Boolean).join(' ')}>
      <h2 className="yf-booking__cost-title" id="yf-booking-cost-title">
        {t('booking.cost.title')}
      </h2>
      {status === 'loading' ? <Spinner label={t('booking.cost.loading')} /> : null}
      {status === 'failed' || (status === 'ready' && !quote) ? <p>{t('booking.cost.failed')}</p> : null}
      {status === 'ready' && quote ? (
        <>
          <dl className="yf-booking__cost-list">
            <div className="yf-booking__cost-row">
              <dt>{t('booking.cost.list')}</dt>
              <dd>
                <Money fen={quote.listFen} locale={locale} />
              </dd>
            </div>
            {quote.coverage !== 'none' ? (
              <div className="yf-booking__cost-row">
                <dt>{quote.coverageLabel ?? t(quote.coverage === 'ltci' ? 'booking.cost.ltci' : 'booking.cost.subsidy')}</dt>
                <dd>
                  <span aria-hidden="true">−</span>
                  <Money fen={quote.coveredFen} locale={locale} />
                </dd>
              </div>
            ) : null}
            <div className="yf-booking__cost-row" data-total="">
              <dt>{t('booking.cost.selfPay')}</dt>
              <dd>
                <Money fen={quote.selfPayFen} locale={locale} />
              </dd>
            </div>
          </dl>
          {quote.quota ? (
            <p className="yf-booking__quota">
              <strong>{t('common.labelled', { label: t('booking.cost.quotaTitle') })}</strong>
              {quote.quota.unit === 'visit'
                ? t('booking.cost.quotaVisit', { total: quote.quota.total, used: quote.quota.used, this: quote.quota.thisBooking, left: quote.quota.left })
                : t('booking.cost.quotaFen', {
                    total: formatFen(quote.quota.total),
                    used: formatFen(quote.quota.used),
                    this: formatFen(quote.quota.thisBooking),
                    left: formatFen(quote.quota.left),
                  })}
            </p>
          ) : null}
          {quote.note === 'quota-exhausted' ? <p className="yf-booking__quota">{t('booking.cost.quotaExhausted')}</p> : quote.note ? <p>{quote.note}</p> : null}
          {quote.coverage !== 'none' && quote.coveredFen > 0 ? <p className="yf-booking__cost-note">{t('booking.cost.settlement')}</p> : null}
        </>
      ) : null}
    </section>
  );
}
