/**
 * Types for host pages: each element's attributes (as written in HTML/JSX), its properties, and the
 * detail of each event it fires. `HTMLElementTagNameMap` is augmented here, so
 * `document.querySelector('yinfa-transfer-guard')` is typed; React JSX is augmented in ./jsx and Vue in
 * ../types/vue.d.ts.
 */
import type { BookingAdapter, BookingEvent, CallTarget, FraudTelemetryEvent, ExposureStore, FrequencyCap, GeoPosition, GuardQuestion, MealPoint, MealPointError, MealProfile, ScamCatalogueConfig, SpeechEngine, ToolbarSettings, ToolbarStorageLike } from '@yinfa/core';
import type { YinfaMode } from '@yinfa/react';
import type { MealProfileStorage } from '@yinfa/widgets/meal-map';

type Bool = boolean | '' | 'true' | 'false';
type Num = number | `${number}`;

export interface YinfaCommonAttributes {
  /** standard (default, follows prefers-contrast), elder (长辈模式), high-contrast. */
  mode?: YinfaMode;
  /** zh-CN or en-US; default: the nearest `lang` on the page. */
  locale?: 'zh-CN' | 'en-US' | 'zh' | 'en';
  /** 1–2: multiplies every size. */
  'text-scale'?: Num;
}

export interface AssessmentJson {
  level?: 'none' | 'notice' | 'warn' | 'intervene';
  scamTypes?: string[];
  reasons?: string[];
  reasonCodes?: string[];
}

export interface OfficialNumberJson {
  label: string;
  number: string;
}

// ---------- attributes ----------

export interface YinfaToolbarAttributes extends YinfaCommonAttributes {
  /** CSS selector of the page's main content (for 纯文本 and reading). Default main, [role=main], else body. */
  content?: string;
  /** Remember the user's settings for this site (default true). */
  remember?: Bool;
  site?: string;
  /** "off", or JSON: { "textLarger": "Alt+Shift+Equal", "read": false }. */
  shortcuts?: string;
  /** JSON: settings to start from, e.g. { "textStep": 2 }. */
  'default-settings'?: string;
  /** The page's text size in percent, 100–200 (snapped to 100/125/150/175/200); the buttons change it too. */
  'text-size'?: number | string;
}

export interface YinfaFraudBannerAttributes extends YinfaCommonAttributes {
  variant?: 'education' | 'contextual';
  /** Scam type ids, comma-separated or a JSON array. */
  topics?: string;
  /** JSON: the result of assessTransferRisk (required for variant="contextual"). */
  assessment?: string;
  /** JSON: [{ "label": "本行客服", "number": "95588" }]. */
  'official-numbers'?: string;
  'heading-level'?: '2' | '3' | 2 | 3;
}

export interface YinfaTransferGuardAttributes extends YinfaCommonAttributes {
  open?: Bool;
  assessment?: string;
  'scam-types'?: string;
  'cooling-off-ms'?: Num;
  'server-now'?: Num;
  'cooling-started-at'?: Num;
  'storage-key'?: string;
  'delayed-arrival-hours'?: Num;
  'extra-questions'?: Num;
  'official-numbers'?: string;
  'contact-trusted'?: Bool;
}

export interface YinfaAmountConfirmAttributes extends YinfaCommonAttributes {
  /** Required: whole 分 (500000 = ¥5,000.00). */
  'amount-fen': Num;
  /** Required. */
  'payee-name': string;
  'payee-account'?: string;
  'payee-bank'?: string;
  busy?: Bool;
  'confirm-label'?: string;
  'back-button'?: Bool;
  'read-aloud'?: Bool;
  'heading-level'?: '2' | '3' | 2 | 3;
}

export interface YinfaMealMapAttributes extends YinfaCommonAttributes {
  /** URL of a JSON file: an array of meal points or { "points": [...] }. Required unless the points property is set. */
  src?: string;
  /** JSON: { "lng": 119.22, "lat": 34.6, "datum"?: "wgs84" | "gcj02" | "bd09" }. */
  location?: string;
  hotline?: string;
  tiles?: 'osm' | 'tianditu' | 'amap' | 'none';
  'tianditu-key'?: string;
  'default-show-map'?: Bool;
  'default-radius-m'?: Num;
  'page-size'?: Num;
  'heading-level'?: '2' | '3' | 2 | 3;
  'sample-notice'?: Bool;
  'navigation-source'?: string;
  'locate-timeout-ms'?: Num;
}

export interface YinfaServiceBookingAttributes extends YinfaCommonAttributes {
  /** Base URL of the booking service (docs/booking.md). Required unless `adapter` or `demo`. */
  api?: string;
  /** An in-memory demo service (nothing is sent anywhere). */
  demo?: Bool;
  hotline?: string;
  confirmed?: Bool;
  'days-ahead'?: Num;
  /** Default true: each question is a browser-history entry. */
  history?: Bool;
  draft?: 'session' | 'local' | 'off';
  caption?: string;
  /** JSON: answers already known (e.g. { "phone": "13800138000" }). */
  'initial-answers'?: string;
  /** Resume on a step (earlier unanswered questions still come first). */
  'initial-step'?: 'service' | 'who' | 'person' | 'address' | 'access' | 'day' | 'time' | 'phone' | 'bookerPhone' | 'notes' | 'check';
}

export interface YinfaSpeakAttributes extends YinfaCommonAttributes {
  /** The words to read. Required unless `for`. */
  text?: string;
  /** The id of a page element to read instead. */
  for?: string;
  label?: string;
  'stop-label'?: string;
  'when-unavailable'?: 'hide' | 'explain';
  highlight?: Bool;
}

// ---------- properties (beyond the camelCase form of every attribute) ----------

export interface YinfaSpeechProperties {
  /** A TTS engine to use instead of the browser's (createAudioEngine, createBridgeEngine…). */
  ttsEngine?: SpeechEngine;
  /** Used when the browser has no voice for the language. */
  ttsFallback?: SpeechEngine;
}

export interface YinfaToolbarProperties {
  storage?: ToolbarStorageLike | null;
  /** A TTS engine for reading (default: the browser's). */
  ttsEngine?: SpeechEngine;
}

export interface YinfaFraudBannerProperties {
  /** An object, or the same as JSON text. */
  assessment?: AssessmentJson | string;
  catalogue?: ScamCatalogueConfig;
  exposureStore?: ExposureStore;
  cap?: Partial<FrequencyCap>;
  now?: () => number;
}

export interface YinfaTransferGuardProperties {
  open?: boolean;
  assessment?: AssessmentJson | string;
  questions?: readonly GuardQuestion[];
  exposureStore?: ExposureStore;
  cap?: Partial<FrequencyCap>;
  catalogue?: ScamCatalogueConfig;
  /** Shows the 告诉家人 button; may return a promise. */
  contactTrusted?: () => void | Promise<unknown>;
}

export interface YinfaMealMapProperties {
  points?: readonly unknown[];
  locate?: () => Promise<GeoPosition>;
  profile?: MealProfile;
  profileStorage?: MealProfileStorage;
  /** The clock (`() => number`, epoch ms), as on every element; a `Date` still works and warns (deprecated). */
  now?: (() => number) | Date;
}

export interface YinfaServiceBookingProperties {
  adapter?: BookingAdapter;
  sessionTimeout?: { warnBeforeMs?: number; limitMs?: number; onExtend?: () => void; onTimeout?: () => void };
}

// ---------- events ----------

export interface YinfaErrorDetail {
  /** The attribute at fault ('' when the widget itself failed). */
  attribute: string;
  message: string;
}

export type YinfaTransferDecisionDetail = { decision: 'continue'; delayedArrival: boolean } | { decision: 'cancel'; via: 'button' | 'escape' | 'close' };

export interface YinfaEventDetails {
  'yinfa-settings-change': { settings: ToolbarSettings };
  'yinfa-error': YinfaErrorDetail;
  'yinfa-dismiss': Record<string, never>;
  'yinfa-call': { target: CallTarget; number: string };
  'yinfa-telemetry': FraudTelemetryEvent;
  'yinfa-transfer-decision': YinfaTransferDecisionDetail;
  'yinfa-cooling-start': { startedAt: number };
  'yinfa-contact-trusted': Record<string, never>;
  'yinfa-confirm': { amountFen: number };
  'yinfa-back': Record<string, never>;
  'yinfa-speak-start': Record<string, never>;
  'yinfa-speak-end': Record<string, never>;
  'yinfa-points-loaded': { count: number };
  'yinfa-report-error': { point: MealPoint };
  'yinfa-invalid-records': { errors: MealPointError[] };
  'yinfa-profile-change': { profile: MealProfile };
  'yinfa-booking-submitted': Extract<BookingEvent, { type: 'submitted' }>;
  'yinfa-booking-failed': Extract<BookingEvent, { type: 'failed' }>;
  'yinfa-booking-cancelled': Extract<BookingEvent, { type: 'cancelled' }>;
}

export type YinfaEventMap = { [K in keyof YinfaEventDetails]: CustomEvent<YinfaEventDetails[K]> };

type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
/** An attribute's value as its property holds it (parsed: numbers, booleans; JSON as objects). */
type PropValue<T> = [T] extends [Bool] ? boolean : [number] extends [T] ? number : T;
/** The camelCase properties that mirror the attributes. */
type Mirrored<A> = { [K in keyof A as K extends string ? Camel<K> : never]?: PropValue<Exclude<A[K], undefined>> };

interface YinfaElementBase<Attrs, Props> extends HTMLElement {
  addEventListener<K extends keyof YinfaEventMap>(type: K, listener: (this: HTMLElement, ev: YinfaEventMap[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof YinfaEventMap>(type: K, listener: (this: HTMLElement, ev: YinfaEventMap[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
  /** @internal attribute types, for JSX typings */
  readonly __yinfaAttributes?: Attrs;
  /** @internal */
  readonly __yinfaProperties?: Props;
}

export type HTMLYinfaToolbarElement = YinfaElementBase<YinfaToolbarAttributes, YinfaToolbarProperties> & Mirrored<YinfaToolbarAttributes> & YinfaToolbarProperties;
export type HTMLYinfaFraudBannerElement = YinfaElementBase<YinfaFraudBannerAttributes, YinfaFraudBannerProperties> & Omit<Mirrored<YinfaFraudBannerAttributes>, keyof YinfaFraudBannerProperties> & YinfaFraudBannerProperties;
export type HTMLYinfaTransferGuardElement = YinfaElementBase<YinfaTransferGuardAttributes, YinfaTransferGuardProperties> & Omit<Mirrored<YinfaTransferGuardAttributes>, keyof YinfaTransferGuardProperties> & YinfaTransferGuardProperties;
export type HTMLYinfaAmountConfirmElement = YinfaElementBase<YinfaAmountConfirmAttributes, YinfaSpeechProperties> & Mirrored<YinfaAmountConfirmAttributes> & YinfaSpeechProperties;
export type HTMLYinfaMealMapElement = YinfaElementBase<YinfaMealMapAttributes, YinfaMealMapProperties> & Omit<Mirrored<YinfaMealMapAttributes>, keyof YinfaMealMapProperties> & YinfaMealMapProperties;
export type HTMLYinfaServiceBookingElement = YinfaElementBase<YinfaServiceBookingAttributes, YinfaServiceBookingProperties> & Mirrored<YinfaServiceBookingAttributes> & YinfaServiceBookingProperties;
export type HTMLYinfaSpeakElement = YinfaElementBase<YinfaSpeakAttributes, YinfaSpeechProperties> & Mirrored<YinfaSpeakAttributes> & YinfaSpeechProperties;

/** Attributes and properties together, per tag: what JSX (React, Vue) may pass. */
export interface YinfaElementsJsx {
  'yinfa-toolbar': YinfaToolbarAttributes & YinfaToolbarProperties;
  'yinfa-fraud-banner': Omit<YinfaFraudBannerAttributes, 'assessment'> & YinfaFraudBannerProperties;
  'yinfa-transfer-guard': Omit<YinfaTransferGuardAttributes, 'assessment'> & Omit<YinfaTransferGuardProperties, 'open'>;
  'yinfa-amount-confirm': YinfaAmountConfirmAttributes & YinfaSpeechProperties;
  'yinfa-meal-map': YinfaMealMapAttributes & YinfaMealMapProperties;
  'yinfa-service-booking': YinfaServiceBookingAttributes & YinfaServiceBookingProperties;
  'yinfa-speak': YinfaSpeakAttributes & YinfaSpeechProperties;
}

declare global {
  interface HTMLElementTagNameMap {
    'yinfa-toolbar': HTMLYinfaToolbarElement;
    'yinfa-fraud-banner': HTMLYinfaFraudBannerElement;
    'yinfa-transfer-guard': HTMLYinfaTransferGuardElement;
    'yinfa-amount-confirm': HTMLYinfaAmountConfirmElement;
    'yinfa-meal-map': HTMLYinfaMealMapElement;
    'yinfa-service-booking': HTMLYinfaServiceBookingElement;
    'yinfa-speak': HTMLYinfaSpeakElement;
  }
}
