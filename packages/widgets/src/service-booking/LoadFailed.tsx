'use client';
import { Alert, Button } from '@yinfa/react';
import { useBookingView } from './context';

/** Services or slots did not load: say which, offer 再试一次 and the phone number. */
export function LoadFailed({ what, onRetry }: { what: 'services' | 'slots'; onRetry: () => void }) {
  const { t, hotline } = useBookingView();
  return (
    <Alert
      variant="danger"
      live="assertive"
      title={t(what === 'services' ? 'booking.service.failed' : 'booking.slots.failed')}
      actions={
        <Button variant="secondary" onClick={onRetry}>
          {t('booking.failure.retry')}
        </Button>
      }
    >
      <p>{t('booking.hotlineLine', { hotline })}</p>
    </Alert>
  );
}
