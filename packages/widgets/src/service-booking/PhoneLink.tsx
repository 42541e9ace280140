'use client';
import { telHref } from '@yinfa/core';
import { useBookingView } from './context';

/** "拨打 12349" as a `tel:` link, a full-size target. */
export function PhoneLink() {
  const { hotline, t } = useBookingView();
  return (
    <a className="yf-link yf-focus-ring yf-booking__tel" href={telHref(hotline)}>
      {t('booking.call', { hotline })}
    </a>
  );
}

/** The footer under every page: another way to book. */
export function BookingHelp() {
  const { t } = useBookingView();
  return (
    <p className="yf-booking__help">
      {t('booking.hotlinePrompt')} <PhoneLink />
    </p>
  );
}
