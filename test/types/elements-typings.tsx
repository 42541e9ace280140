/**
 * Type tests for @yinfa/elements (checked by `tsc -p tsconfig.json --noEmit`; never run):
 * HTMLElementTagNameMap, event details, React 19 JSX and Vue's IntrinsicElementAttributes.
 */
import type { IntrinsicElementAttributes } from '@vue/runtime-dom';
import type { JSX } from 'react';
import type {} from '@yinfa/elements';
import type {} from '../../packages/elements/src/jsx';
import type {} from '../../packages/elements/types/vue';
import { createMemoryBookingAdapter } from '@yinfa/core';

// ---- HTMLElementTagNameMap ----
export function domTypes(doc: Document) {
  const guard = doc.querySelector('yinfa-transfer-guard');
  if (guard) {
    guard.open = true;
    guard.assessment = { scamTypes: ['impersonate-police'] };
    guard.addEventListener('yinfa-transfer-decision', (event) => {
      if (event.detail.decision === 'continue') {
        const delayed: boolean = event.detail.delayedArrival;
        void delayed;
      } else {
        const via: 'button' | 'escape' | 'close' = event.detail.via;
        void via;
      }
    });
    // @ts-expect-error the guard has no adapter
    guard.adapter = createMemoryBookingAdapter();
  }
  const booking = doc.createElement('yinfa-service-booking');
  booking.adapter = createMemoryBookingAdapter();
  booking.addEventListener('yinfa-booking-submitted', (event) => {
    const reference: string = event.detail.reference;
    void reference;
  });
  // @ts-expect-error an adapter must be a BookingAdapter
  booking.adapter = { nope: true };
  const confirm = doc.createElement('yinfa-amount-confirm');
  const fen: number | undefined = confirm.amountFen;
  const busy: boolean | undefined = confirm.busy;
  const payee: string | undefined = confirm.payeeName;
  void [fen, busy, payee];
  // @ts-expect-error amountFen is a number
  confirm.amountFen = { fen: 1 };
  confirm.addEventListener('yinfa-confirm', (event) => {
    const fen: number = event.detail.amountFen;
    void fen;
  });
  const map = doc.createElement('yinfa-meal-map');
  map.points = [];
  map.locate = async () => ({ lng: 119.2, lat: 34.6 });
}

// ---- React 19 JSX ----
export const reactOk: JSX.Element[] = [
  <yinfa-fraud-banner key="a" variant="contextual" assessment={{ level: 'warn', scamTypes: ['fake-investment'], reasons: ['新收款人'] }} />,
  <yinfa-transfer-guard key="b" open scam-types="impersonate-police" onyinfa-transfer-decision={(e) => e.detail.decision} />,
  <yinfa-amount-confirm key="c" amount-fen={500000} payee-name="王小明" onyinfa-confirm={(e) => e.detail.amountFen} />,
  <yinfa-service-booking key="d" adapter={createMemoryBookingAdapter()} onyinfa-booking-submitted={(e) => e.detail.reference} />,
  <yinfa-meal-map key="e" src="/meal-points.json" tiles="none" />,
  <yinfa-speak key="f" text="您好" mode="elder" />,
];
// @ts-expect-error unknown mode
export const reactBadMode = <yinfa-speak text="x" mode="large" />;
// @ts-expect-error amount-fen and payee-name are required
export const reactMissing = <yinfa-amount-confirm />;
// @ts-expect-error tiles is an enum
export const reactBadTiles = <yinfa-meal-map src="x" tiles="google" />;

// ---- Vue (templates and JSX read IntrinsicElementAttributes) ----
type VueSpeak = IntrinsicElementAttributes['yinfa-speak'];
export const vueSpeak: VueSpeak = { text: '您好', locale: 'zh-CN', onYinfaSpeakStart: () => {} };
// @ts-expect-error when-unavailable is hide or explain
export const vueBad: VueSpeak = { 'when-unavailable': 'never' };
type VueBooking = IntrinsicElementAttributes['yinfa-service-booking'];
export const vueBooking: VueBooking = { demo: true, onYinfaBookingSubmitted: (e) => void e.detail.reference };
