// @yinfa/elements — custom elements for pages that are not React. `defineYinfaElements()` registers them;
// the script-tag file (dist/yinfa-elements.js) does that by itself.
export { YinfaElement, defineElement, COMMON_ATTRIBUTES } from './base';
export type { RenderContext } from './base';
export { ELEMENTS, defineYinfaElements } from './registry';
export type { YinfaTagName } from './registry';
export { YinfaToolbarElement } from './elements/toolbar';
export { YinfaFraudBannerElement } from './elements/fraud-banner';
export { YinfaTransferGuardElement } from './elements/transfer-guard';
export { YinfaAmountConfirmElement } from './elements/amount-confirm';
export { YinfaMealMapElement } from './elements/meal-map';
export { YinfaServiceBookingElement } from './elements/service-booking';
export { YinfaSpeakElement } from './elements/speak';
export { setLeafletLoader } from './leaflet-loader';
export { parseAttribute } from './attributes';
export type { AttrSpec, AttrProblem } from './attributes';
export type * from './types';
