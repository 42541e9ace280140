'use client';
import { QuestionPage, RadioGroup, TextField } from '@yinfa/react';
import { useBookingField, useBookingView } from '../context';

/**
 * Autofill purposes (WCAG 1.3.5) for the one-line address parts of a Chinese address: 省 (level 1) and
 * 市 (level 2) are implied by the service area, 区 is the third administrative level, 街道 the fourth;
 * 社区 has no token of its own; 详细地址 (estate, building, unit, flat) is the first street-address line.
 * Only when booking for oneself: the user's own address is not the family member's.
 */
export const BOOKING_ADDRESS_AUTOCOMPLETE = {
  district: 'address-level3',
  street: 'address-level4',
  community: undefined,
  addressDetail: 'address-line1',
} as const;

type AddressPart = keyof typeof BOOKING_ADDRESS_AUTOCOMPLETE;

function AddressField({ part, hint, width }: { part: AddressPart; hint?: string; width?: 'medium' }) {
  const { flow, t, Voice } = useBookingView();
  const field = useBookingField(part);
  const own = flow.answers.forWhom !== 'family';
  const label = part === 'addressDetail' ? t('booking.address.detail') : t(`booking.address.${part}`);
  return (
    <TextField
      id={field.id}
      label={label}
      hint={hint}
      error={field.error}
      value={field.value}
      onChange={(e) => field.onValueChange(e.target.value)}
      autoComplete={own ? BOOKING_ADDRESS_AUTOCOMPLETE[part] : 'off'}
      width={width}
      voiceInput={Voice ? <Voice kind="address" /> : undefined}
    />
  );
}

/** 上门地址: 区 / 街道 / 社区 / 详细地址. */
export function AddressStep() {
  const { t, pageTitle } = useBookingView();
  return (
    <QuestionPage title={t('booking.address.question')} hint={t('booking.address.hint')} documentTitle={pageTitle(t('booking.address.question'))}>
      <AddressField part="district" width="medium" />
      <AddressField part="street" width="medium" />
      <AddressField part="community" width="medium" />
      <AddressField part="addressDetail" hint={t('booking.address.detailHint')} />
    </QuestionPage>
  );
}

/** 上门需要注意什么？ Floor, lift, door entry, pets — all optional. */
export function AccessStep() {
  const { t, pageTitle } = useBookingView();
  const floor = useBookingField('floor');
  const elevator = useBookingField('elevator');
  const gate = useBookingField('gate');
  const pets = useBookingField('pets');
  return (
    <QuestionPage title={t('booking.access.question')} hint={t('booking.access.hint')} documentTitle={pageTitle(t('booking.access.question'))}>
      <TextField id={floor.id} optional label={t('booking.access.floor')} error={floor.error} value={floor.value} onChange={(e) => floor.onValueChange(e.target.value)} inputMode="numeric" width="short" />
      <RadioGroup
        id={elevator.id}
        name="yf-booking-elevator"
        optional
        label={t('booking.access.elevator')}
        value={elevator.value}
        onValueChange={elevator.onValueChange}
        options={[
          { value: 'yes', label: t('booking.access.elevatorYes') },
          { value: 'no', label: t('booking.access.elevatorNo') },
        ]}
      />
      <TextField id={gate.id} optional label={t('booking.access.gate')} hint={t('booking.access.gateHint')} error={gate.error} value={gate.value} onChange={(e) => gate.onValueChange(e.target.value)} />
      <TextField id={pets.id} optional label={t('booking.access.pets')} hint={t('booking.access.petsHint')} error={pets.error} value={pets.value} onChange={(e) => pets.onValueChange(e.target.value)} />
    </QuestionPage>
  );
}
