import { BOOKING_STEPS, createHttpBookingAdapter, createMemoryBookingAdapter, type BookingAdapter, type BookingEvent, type BookingStepId } from '@yinfa/core';
import type { FlowDraftOptions } from '@yinfa/react';
import { ServiceBooking, type ServiceBookingProps } from '@yinfa/widgets/service-booking';
import { plainObject, type AttrProblem, type AttrSpec } from '../attributes';
import { REGION_ATTRIBUTE } from '../region-attribute';
import { YinfaElement, type RenderContext } from '../base';
import { installShadowFocusTrap } from '../focus-trap';

const EVENT_NAMES: Record<BookingEvent['type'], string> = {
  submitted: 'yinfa-booking-submitted',
  failed: 'yinfa-booking-failed',
  cancelled: 'yinfa-booking-cancelled',
};

function isAdapter(value: unknown): value is BookingAdapter {
  return !!value && typeof value === 'object' && typeof (value as BookingAdapter).submit === 'function';
}

/**
 * <yinfa-service-booking>: 居家养老上门服务预约, one question per page. Talks to the host's booking
 * service through `api` (the HTTP JSON contract in docs/booking.md) or an `adapter` property;
 * `demo` uses an in-memory service for demonstrations.
 */
export class YinfaServiceBookingElement extends YinfaElement {
  // Its dialog renders in the shadow root: keep Tab inside it while open (focus-trap.ts).
  static override shadowBehaviours = [installShadowFocusTrap];
  static override attributes: readonly AttrSpec[] = [
    REGION_ATTRIBUTE,
    { name: 'api', kind: 'string' },
    { name: 'demo', kind: 'boolean' },
    { name: 'hotline', kind: 'string' },
    { name: 'confirmed', kind: 'boolean' },
    { name: 'days-ahead', kind: 'integer', min: 1, max: 90 },
    { name: 'history', kind: 'boolean', defaultTrue: true },
    { name: 'draft', kind: 'enum', values: ['session', 'local', 'off'] },
    { name: 'caption', kind: 'string' },
    { name: 'initial-answers', kind: 'json', check: plainObject },
    { name: 'initial-step', kind: 'enum', values: BOOKING_STEPS },
  ];
  static override properties = ['adapter', 'sessionTimeout'] as const;

  #memory: BookingAdapter | null = null;
  #http: { base: string; adapter: BookingAdapter } | null = null;

  protected override validate(values: Record<string, unknown>): AttrProblem | null {
    if (values.adapter !== undefined && !isAdapter(values.adapter)) return { attribute: 'adapter', detail: 'the adapter property must be a BookingAdapter (services, slots, quote, submit…)' };
    if (values.adapter === undefined && !values.demo && (typeof values.api !== 'string' || values.api.trim() === ''))
      return { attribute: 'api', detail: 'is required: the base URL of the booking service (or set the adapter property, or add demo for an in-memory demo)' };
    return null;
  }

  #adapter(values: Record<string, unknown>): BookingAdapter {
    if (isAdapter(values.adapter)) return values.adapter;
    if (typeof values.api === 'string' && values.api.trim() !== '') {
      const base = values.api.trim();
      if (this.#http?.base !== base) this.#http = { base, adapter: createHttpBookingAdapter({ baseUrl: base }) };
      return this.#http.adapter;
    }
    this.#memory ??= createMemoryBookingAdapter();
    return this.#memory;
  }

  protected override renderContent({ values, emit }: RenderContext) {
    const draft: FlowDraftOptions | false | undefined = values.draft === 'off' ? false : values.draft ? { storage: values.draft as 'session' | 'local' } : undefined;
    const props: ServiceBookingProps = {
      adapter: this.#adapter(values),
      hotline: values.hotline as string | undefined,
      confirmed: values.confirmed === true,
      daysAhead: values.daysAhead as number | undefined,
      history: values.history !== false,
      draft,
      caption: (values.caption as string | undefined) || undefined,
      initialAnswers: values.initialAnswers as ServiceBookingProps['initialAnswers'],
      initialStep: values.initialStep as BookingStepId | undefined,
      sessionTimeout: values.sessionTimeout as ServiceBookingProps['sessionTimeout'],
      onEvent: (event) => emit(EVENT_NAMES[event.type], event),
    };
    return <ServiceBooking {...props} />;
  }
}
