'use client';
import { PhoneField, QuestionPage, Textarea } from '@yinfa/react';
import { useBookingField, useBookingView } from '../context';

/** The contact phone (self), or the elder's phone for the doorstep call (family). */
export function PhoneStep() {
  const { flow, t, pageTitle } = useBookingView();
  const field = useBookingField('phone');
  const family = flow.answers.forWhom === 'family';
  const title = t(family ? 'booking.phone.familyQuestion' : 'booking.phone.selfQuestion');
  return (
    <QuestionPage title={title} documentTitle={pageTitle(title)}>
      <PhoneField
        id={field.id}
        accept="any"
        label={t('booking.phone.label')}
        hint={t(family ? 'booking.phone.familyHint' : 'booking.phone.selfHint')}
        error={field.error}
        value={field.value}
        onValueChange={field.onValueChange}
        autoComplete={family ? 'off' : 'tel-national'}
      />
    </QuestionPage>
  );
}

/** The booker's own mobile for notices: only when booking for family. */
export function BookerPhoneStep() {
  const { t, pageTitle } = useBookingView();
  const field = useBookingField('bookerPhone');
  return (
    <QuestionPage title={t('booking.bookerPhone.question')} documentTitle={pageTitle(t('booking.bookerPhone.question'))}>
      <PhoneField
        id={field.id}
        accept="mobile"
        label={t('booking.bookerPhone.label')}
        hint={t('booking.bookerPhone.hint')}
        error={field.error}
        value={field.value}
        onValueChange={field.onValueChange}
      />
    </QuestionPage>
  );
}

/** 还有什么要告诉服务人员的吗？ Optional. */
export function NotesStep() {
  const { t, pageTitle, Voice } = useBookingView();
  const field = useBookingField('notes');
  return (
    <QuestionPage title={t('booking.notes.question')} documentTitle={pageTitle(t('booking.notes.question'))}>
      <Textarea
        id={field.id}
        optional
        label={t('booking.notes.label')}
        hint={t('booking.notes.hint')}
        error={field.error}
        value={field.value}
        onChange={(e) => field.onValueChange(e.target.value)}
        rows={4}
        voiceInput={Voice ? <Voice append /> : undefined}
      />
    </QuestionPage>
  );
}
