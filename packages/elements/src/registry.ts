import { defineElement, type ElementWithSpecs } from './define-element';
import { YinfaAmountConfirmElement } from './elements/amount-confirm';
import { YinfaFraudBannerElement } from './elements/fraud-banner';
import { YinfaMealMapElement } from './elements/meal-map';
import { YinfaServiceBookingElement } from './elements/service-booking';
import { YinfaSpeakElement } from './elements/speak';
import { YinfaToolbarElement } from './elements/toolbar';
import { YinfaTransferGuardElement } from './elements/transfer-guard';

/** Every element by tag name. */
export const ELEMENTS = {
  'yinfa-toolbar': YinfaToolbarElement,
  'yinfa-fraud-banner': YinfaFraudBannerElement,
  'yinfa-transfer-guard': YinfaTransferGuardElement,
  'yinfa-amount-confirm': YinfaAmountConfirmElement,
  'yinfa-meal-map': YinfaMealMapElement,
  'yinfa-service-booking': YinfaServiceBookingElement,
  'yinfa-speak': YinfaSpeakElement,
} as const satisfies Record<string, ElementWithSpecs>;

export type YinfaTagName = keyof typeof ELEMENTS;

/** Registers the given elements (all by default). Safe to call twice, and with two copies of the script; does nothing on a server. */
export function defineYinfaElements(tags: readonly YinfaTagName[] = Object.keys(ELEMENTS) as YinfaTagName[], registry?: CustomElementRegistry): void {
  for (const tag of tags) {
    const ctor = ELEMENTS[tag];
    if (ctor) defineElement(tag, ctor as never, registry);
  }
}
