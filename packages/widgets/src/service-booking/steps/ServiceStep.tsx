'use client';
import { formatDuration, formatFen } from '@yinfa/core';
import { QuestionPage, RadioGroup, Spinner } from '@yinfa/react';
import { useBookingField, useBookingView } from '../context';
import { LoadFailed } from '../LoadFailed';
import { ServiceIcon } from '../icons';

/** 需要哪项上门服务？ Six large cards: icon, name, what it includes, duration, list price. */
export function ServiceStep() {
  const { booking, t, locale, pageTitle } = useBookingView();
  const field = useBookingField('serviceId');
  const { services } = booking.session;
  return (
    <QuestionPage documentTitle={pageTitle(t('booking.service.question'))}>
      {services.status === 'loading' && !services.data.length ? <Spinner label={t('booking.service.loading')} /> : null}
      {services.status === 'failed' ? <LoadFailed what="services" onRetry={booking.loadServices} /> : null}
      {services.data.length ? (
        <RadioGroup
          id={field.id}
          name="yf-booking-service"
          label={t('booking.service.question')}
          legendAsHeading={1}
          hint={t('booking.service.hint')}
          error={field.error}
          layout="grid"
          className="yf-booking__services"
          value={field.value}
          onValueChange={field.onValueChange}
          options={services.data.map((s) => ({
            value: s.id,
            disabled: s.available === false,
            label: (
              <span className="yf-booking__service-name">
                <ServiceIcon kind={s.kind} />
                {s.name}
              </span>
            ),
            hint: [
              s.includes,
              t('booking.service.duration', { duration: formatDuration(s.durationMinutes, locale) }),
              t('booking.service.price', { price: formatFen(s.listPriceFen, { showFen: 'auto' }) }),
              s.needsAssessment ? t('booking.service.assessment') : '',
              s.available === false ? t('booking.service.unavailable') : '',
            ]
              .filter(Boolean)
              .join(' · '),
          }))}
        />
      ) : null}
    </QuestionPage>
  );
}
