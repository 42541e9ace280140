'use client';
import { QuestionPage, RadioGroup, TextField } from '@yinfa/react';
import { useBookingField, useBookingView } from '../context';

const RELATIONS = ['parent', 'spouse', 'grandparent', 'relative', 'neighbour', 'worker'] as const;

/** 为谁预约？ For oneself or for a family member (the family branch asks the booker's phone later). */
export function WhoStep() {
  const { t, pageTitle } = useBookingView();
  const field = useBookingField('forWhom');
  return (
    <QuestionPage documentTitle={pageTitle(t('booking.who.question'))}>
      <RadioGroup
        id={field.id}
        name="yf-booking-who"
        label={t('booking.who.question')}
        legendAsHeading={1}
        error={field.error}
        value={field.value}
        onValueChange={field.onValueChange}
        options={[
          { value: 'self', label: t('booking.who.self'), hint: t('booking.who.selfHint') },
          { value: 'family', label: t('booking.who.family'), hint: t('booking.who.familyHint') },
        ]}
      />
    </QuestionPage>
  );
}

/** The elder's name, and for a family booking the relation. */
export function PersonStep() {
  const { flow, t, pageTitle } = useBookingView();
  const name = useBookingField('elderName');
  const relation = useBookingField('relation');
  const family = flow.answers.forWhom === 'family';
  const title = t(family ? 'booking.person.familyQuestion' : 'booking.person.selfQuestion');
  return (
    <QuestionPage title={title} documentTitle={pageTitle(title)}>
      <TextField
        id={name.id}
        label={t(family ? 'booking.person.elderName' : 'booking.person.name')}
        error={name.error}
        value={name.value}
        onChange={(e) => name.onValueChange(e.target.value)}
        autoComplete={family ? 'off' : 'name'}
        width="medium"
      />
      {family ? (
        <RadioGroup
          id={relation.id}
          name="yf-booking-relation"
          label={t('booking.person.relation')}
          error={relation.error}
          value={relation.value}
          onValueChange={relation.onValueChange}
          layout="grid"
          options={RELATIONS.map((r) => ({ value: r, label: t(`booking.relation.${r}`) }))}
        />
      ) : null}
    </QuestionPage>
  );
}
