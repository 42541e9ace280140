'use client';
import {
  addDays,
  answersInPath,
  BOOKING_SENSITIVE_FIELDS,
  bookingEvent,
  bookingFlow,
  bookingMessages,
  buildBookingRequest,
  createIdempotencyKeeper,
  dayAvailability,
  firstAvailableDate,
  firstIncompleteStep,
  formatDate,
  formatDuration,
  formatFen,
  formatWindow,
  isBookable,
  isSlotPast,
  nearestFreeSlots,
  newIdempotencyKey,
  sanitizeSlots,
  shanghaiDateKey,
  slotsOnDay,
  submitWithRetry,
  toBookingError,
  type BookingAdapter,
  type BookingAnswers,
  type BookingEvent,
  type BookingQuote,
  type BookingResult,
  type BookingService,
  type BookingSlot,
  type BookingStepId,
  type FlowFieldError,
  type RetryPolicy,
  type TimeoutPolicy,
} from '@yinfa/core';
import {
  Alert,
  Button,
  CheckAnswers,
  Confirmation,
  DayPicker,
  Flow,
  flowMessages,
  PhoneField,
  QuestionPage,
  RadioGroup,
  Spinner,
  TextField,
  Textarea,
  TimeoutWarning,
  TimeSlots,
  useAnnounce,
  useCatalogue,
  useFlow,
  useLocale,
  type FlowDraftOptions,
  type SummaryRow,
} from '@yinfa/react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { CostPanel } from './CostPanel';
import { ServiceIcon } from './icons';

const catalogue = {
  'zh-CN': { ...bookingMessages['zh-CN'], ...flowMessages['zh-CN'] },
  'en-US': { ...bookingMessages['en-US'], ...flowMessages['en-US'] },
};

const RELATIONS = ['parent', 'spouse', 'grandparent', 'relative', 'neighbour', 'worker'] as const;

/** Field ids: the error summary links to them. */
export const fieldId = (field: string) => `yf-booking-${field}`;

export interface ServiceBookingProps {
  /** The host's booking service (see docs/booking.md). `createMemoryBookingAdapter()` for demos. */
  adapter: BookingAdapter;
  /** The phone number to book, change or cancel by, shown on every page. Default 12349 (养老服务热线). */
  hotline?: string;
  /** Draft keeping. Default: session storage, personal answers not stored. `false` turns it off. */
  draft?: FlowDraftOptions | false;
  /** Keep each question in the browser history (Back/Forward move between questions). Default true. */
  history?: boolean;
  /** Answers the host already knows (the signed-in user's phone): never asked twice (WCAG 3.3.7). */
  initialAnswers?: Partial<BookingAnswers>;
  /** Open on a step (stories, resuming). Earlier unanswered questions still come first. */
  initialStep?: BookingStepId;
  /** The host confirms visits at once: the confirmation says "预约成功" even if the result says 'requested'. */
  confirmed?: boolean;
  /** How many days ahead can be booked. Default 14. */
  daysAhead?: number;
  /** Retries on network failure (same idempotency key). Default 4 attempts, waits 1 s, 2 s, 4 s. */
  retry?: Pick<RetryPolicy, 'maxAttempts' | 'delaysMs' | 'sleep'>;
  /** The host's session time limit; the widget warns before it (WCAG 2.2.1). No limit by default. */
  sessionTimeout?: Partial<TimeoutPolicy> & {
    onExtend?: () => void;
    onTimeout?: () => void;
  };
  /** Submitted, failed and cancelled — with no names, phones, addresses or notes. */
  onEvent?: (event: BookingEvent) => void;
  /** The clock, for tests and stories. Times always show in Asia/Shanghai. */
  now?: () => number;
  /** Makes idempotency keys (tests). Default: random UUIDs. */
  createKey?: () => string;
  /** A caption above each question. Default "预约上门服务". */
  caption?: ReactNode;
  /**
   * Make each question the page's `document.title` (GOV.UK), for a page that is only this booking.
   * Off by default: embedded in a host page, the widget only adds "错误：" in front while errors show.
   */
  setDocumentTitle?: boolean;
}

type Load<T> = { status: 'idle' | 'loading' | 'ready' | 'failed'; data: T };
type SubmitPhase = 'idle' | 'submitting' | 'confirming' | 'server-error' | 'uncertain' | 'invalid';

function PhoneLink({ hotline, t }: { hotline: string; t: (k: string, v?: Record<string, string | number>) => string }) {
  const digits = hotline.replace(/[^\d+]/g, '');
  return (
    <a className="yf-link yf-focus-ring yf-booking__tel" href={`tel:${digits}`}>
      {t('booking.call', { hotline })}
    </a>
  );
}

/**
 * 居家养老上门服务预约: one question per page — service, for whom, name, address, access notes, day, time,
 * phone, notes — then check answers with the cost, submit, and a confirmation that says what is true.
 * Every failure keeps what was typed. Fetches nothing itself: everything goes through `adapter`.
 */
export function ServiceBooking({
  adapter,
  hotline = '12349',
  draft,
  history,
  initialAnswers,
  initialStep,
  confirmed,
  daysAhead = 14,
  retry,
  sessionTimeout,
  onEvent,
  now: nowProp,
  createKey,
  caption,
  setDocumentTitle = false,
}: ServiceBookingProps) {
  const pageTitle = (title: string) => (setDocumentTitle ? title : undefined);
  const t = useCatalogue(catalogue);
  const [locale] = useLocale();
  const announce = useAnnounce();
  const now = useCallback(() => (nowProp ? nowProp() : Date.now()), [nowProp]);
  const flow = useFlow<BookingAnswers>({
    definition: bookingFlow,
    initialAnswers,
    initialStep,
    history,
    draft: draft === false ? false : { sensitive: BOOKING_SENSITIVE_FIELDS, ...(draft ?? {}) },
  });
  const a = flow.answers;
  const eventRef = useRef(onEvent);
  eventRef.current = onEvent;
  const emit = useCallback((e: BookingEvent) => eventRef.current?.(bookingEvent(e)), []);

  const [services, setServices] = useState<Load<BookingService[]>>({
    status: 'idle',
    data: [],
  });
  const [slots, setSlots] = useState<Load<BookingSlot[]> & { serviceId?: string }>({ status: 'idle', data: [] });
  const [quote, setQuote] = useState<Load<BookingQuote | null>>({
    status: 'idle',
    data: null,
  });
  const [phase, setPhase] = useState<SubmitPhase>('idle');
  const [result, setResult] = useState<BookingResult | null>(null);
  const [timeProblem, setTimeProblem] = useState<{
    kind: 'taken' | 'passed';
    alternatives: BookingSlot[];
  } | null>(null);
  const [cancel, setCancel] = useState<'idle' | 'busy' | 'done' | 'failed'>('idle');
  const keeper = useMemo(() => createIdempotencyKeeper(createKey ?? newIdempotencyKey), [createKey]);
  const inFlight = useRef(false);
  const today = shanghaiDateKey(now());

  const loadServices = useCallback(() => {
    setServices((s) => ({ ...s, status: 'loading' }));
    adapter.listServices({ locale }).then(
      (data) => setServices({ status: 'ready', data }),
      () => setServices((s) => ({ ...s, status: 'failed' })),
    );
  }, [adapter, locale]);
  useEffect(() => loadServices(), [loadServices]);

  const slotsPromise = useRef<Promise<BookingSlot[] | null> | null>(null);
  const loadSlots = useCallback(
    (serviceId: string) => {
      setSlots((s) => ({
        status: 'loading',
        data: s.serviceId === serviceId ? s.data : [],
        serviceId,
      }));
      return (slotsPromise.current = adapter.listSlots({ serviceId, from: today, to: addDays(today, daysAhead - 1) }, { locale }).then(
        (data) => {
          const clean = sanitizeSlots(data);
          setSlots({ status: 'ready', data: clean, serviceId });
          return clean;
        },
        () => {
          setSlots((s) => ({ ...s, status: 'failed' }));
          return null;
        },
      ));
    },
    [adapter, today, daysAhead, locale],
  );

  const needsSlots = flow.current === 'day' || flow.current === 'time' || flow.current === 'check';
  useEffect(() => {
    if (!needsSlots || !a.serviceId || flow.state.status === 'submitted') return;
    if (slots.serviceId === a.serviceId && slots.status !== 'idle') return;
    void loadSlots(a.serviceId);
  }, [needsSlots, a.serviceId, slots.serviceId, slots.status, loadSlots, flow.state.status]);

  // Pre-select the first day with free times (the "Book" pattern), never overriding a choice.
  const { current, setAnswers } = flow;
  useEffect(() => {
    if (current !== 'day' || a.date || slots.status !== 'ready') return;
    const first = firstAvailableDate(slots.data, now());
    if (first) setAnswers({ date: first });
  }, [current, setAnswers, a.date, slots.status, slots.data, now]);

  const service = services.data.find((s) => s.id === a.serviceId);
  const slot = slots.data.find((s) => s.id === a.slotId) ?? timeProblem?.alternatives.find((s) => s.id === a.slotId);

  // The quote, on reaching the check page (the request changes when answers do).
  const quoteKey = flow.current === 'check' && slot ? `${a.serviceId}|${slot.id}|${a.forWhom}` : '';
  useEffect(() => {
    if (!quoteKey || !slot) return;
    let live = true;
    setQuote({ status: 'loading', data: null });
    adapter
      .quote(buildBookingRequest(answersInPath(bookingFlow, a), slot, locale), {
        locale,
      })
      .then(
        (data) => live && setQuote({ status: 'ready', data }),
        () => live && setQuote({ status: 'failed', data: null }),
      );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [quoteKey, adapter, locale]);

  const errorsFor = (fields?: readonly string[]) =>
    flow.errors
      .filter((e) => !fields || fields.includes(e.field))
      .map((e) => ({
        field: fieldId(e.field),
        message: t(e.message, e.values),
      }));
  const inline = (field: string) => {
    const e = flow.errors.find((x) => x.field === field);
    return e ? t(e.message, e.values) : undefined;
  };

  const sendBackToTime = useCallback(
    async (kind: 'taken' | 'passed', from: BookingSlot, offered?: BookingSlot[]) => {
      const fresh = a.serviceId ? ((await loadSlots(a.serviceId)) ?? slots.data) : slots.data;
      const list = fresh.map((s) => (s.id === from.id && kind === 'taken' ? { ...s, available: false } : s));
      if (kind === 'taken') setSlots((s) => ({ ...s, data: list }));
      const alternatives = (offered?.length ? offered : nearestFreeSlots(list, from.start, now(), 3, from.id)).filter((s) => isBookable(s, now()));
      setTimeProblem({ kind, alternatives });
      const error: FlowFieldError = {
        field: 'slotId',
        message: kind === 'taken' ? 'booking.error.slotTaken' : 'booking.error.slotPassed',
      };
      flow.reopen('time', [error], ['slotId']);
      setPhase('idle');
    },
    [a.serviceId, loadSlots, slots.data, now, flow],
  );

  const submit = useCallback(async () => {
    // A second click or Enter while the first is on its way does nothing: exactly one submission.
    if (inFlight.current || flow.state.status === 'submitted') return;
    const gap = firstIncompleteStep(bookingFlow, a, 'check');
    if (gap) {
      flow.dispatch({ type: 'goTo', step: gap });
      return;
    }
    inFlight.current = true;
    let chosen = slot;
    if (!chosen && a.serviceId) {
      // The check page opened before the slots arrived: wait for them rather than ignore the press.
      const fresh = await (slots.status === 'loading' && slotsPromise.current ? slotsPromise.current : loadSlots(a.serviceId));
      chosen = fresh?.find((s) => s.id === a.slotId);
    }
    if (!chosen) {
      inFlight.current = false;
      flow.reopen('time', [{ field: 'slotId', message: 'booking.error.slot' }], ['slotId']);
      return;
    }
    if (isSlotPast(chosen, now())) {
      inFlight.current = false;
      void sendBackToTime('passed', chosen);
      return;
    }
    const request = buildBookingRequest(answersInPath(bookingFlow, a), chosen, locale);
    const key = keeper.keyFor(request);
    setPhase('submitting');
    let attempts = 1;
    try {
      const done = await submitWithRetry(adapter, request, key, {
        maxAttempts: retry?.maxAttempts,
        delaysMs: retry?.delaysMs,
        sleep: retry?.sleep,
        onRetry: (n, error) => {
          attempts = n;
          setPhase('confirming');
          announce(t('booking.check.confirming'), 'polite');
          emit({
            type: 'failed',
            serviceId: request.serviceId,
            reason: error.kind,
            willRetry: true,
          });
        },
      });
      keeper.reset();
      setResult(done);
      setPhase('idle');
      setTimeProblem(null);
      flow.markSubmitted(done.reference, done.status);
      emit({
        type: 'submitted',
        serviceId: request.serviceId,
        reference: done.reference,
        status: done.status,
        attempts,
      });
    } catch (thrown) {
      const error = toBookingError(thrown);
      emit({
        type: 'failed',
        serviceId: request.serviceId,
        reason: error.kind,
        willRetry: false,
      });
      if (error.kind === 'slot-taken') await sendBackToTime('taken', chosen, error.alternatives);
      else if (error.kind === 'slot-passed') await sendBackToTime('passed', chosen);
      else if (error.kind === 'server') setPhase('server-error');
      else if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'in-progress') setPhase('uncertain');
      else if (error.kind === 'aborted') setPhase('idle');
      else setPhase('invalid');
    } finally {
      inFlight.current = false;
    }
  }, [flow, a, slot, slots.status, loadSlots, now, sendBackToTime, locale, keeper, adapter, retry, announce, t, emit]);

  const doCancel = useCallback(async () => {
    if (!result || cancel === 'busy') return;
    setCancel('busy');
    try {
      await adapter.cancel(result.reference, {
        idempotencyKey: `cancel-${result.reference}`,
        locale,
      });
      setCancel('done');
      announce(t('booking.done.cancelled'), 'polite');
      emit({
        type: 'cancelled',
        serviceId: result.serviceId,
        reference: result.reference,
      });
    } catch {
      setCancel('failed');
    }
  }, [adapter, result, cancel, locale, announce, t, emit]);

  const startAgain = useCallback(() => {
    setResult(null);
    setCancel('idle');
    setPhase('idle');
    setTimeProblem(null);
    setQuote({ status: 'idle', data: null });
    keeper.reset();
    flow.reset(initialAnswers);
  }, [flow, keeper, initialAnswers]);

  // Leaving the time step with a new slot clears the 409 notice.
  useEffect(() => {
    if (timeProblem && a.slotId && current !== 'time') setTimeProblem(null);
  }, [timeProblem, a.slotId, current]);

  const footer = (
    <p className="yf-booking__help">
      {t('booking.hotlinePrompt')} <PhoneLink hotline={hotline} t={t} />
    </p>
  );
  const family = a.forWhom === 'family';
  const common = {
    caption: caption ?? t('booking.title'),
    progress: flow.progress,
    onBack: flow.canGoBack ? flow.back : undefined,
    onContinue: flow.next,
    errorFocusKey: flow.state.errorCount,
    footer,
  };
  const set = (field: keyof BookingAnswers) => (value: string) => flow.setAnswers({ [field]: value } as Partial<BookingAnswers>);
  const text = (field: keyof BookingAnswers) => (typeof a[field] === 'string' ? (a[field] as string) : '');

  const timeout = sessionTimeout ? (
    <TimeoutWarning
      timeoutMs={sessionTimeout.timeoutMs}
      warnBeforeMs={sessionTimeout.warnBeforeMs}
      maxExtensions={sessionTimeout.maxExtensions}
      onExtend={sessionTimeout.onExtend}
      onTimeout={sessionTimeout.onTimeout}
      now={nowProp}
      disabled={flow.state.status === 'submitted'}
    />
  ) : null;

  // ——— After submission ———
  const reference = flow.state.reference ?? result?.reference ?? flow.receipt?.reference;
  let page: ReactNode = null;
  if ((flow.state.status === 'submitted' && flow.submittedView === 'already') || (flow.state.status !== 'submitted' && flow.receipt && !result)) {
    page = (
      <div className="yf-question">
        <div className="yf-confirmation__panel" data-tone="success">
          <h1 className="yf-confirmation__title" data-yf-page-heading="" tabIndex={-1}>
            {t('booking.already.title')}
          </h1>
          <p>{t('booking.already.body', { reference: reference ?? '' })}</p>
        </div>
        <div className="yf-question__actions">
          {flow.state.status === 'submitted' ? <Button onClick={flow.showConfirmation}>{t('booking.already.view')}</Button> : null}
          <Button variant="secondary" onClick={startAgain}>
            {t('booking.done.newBooking')}
          </Button>
        </div>
        {footer}
      </div>
    );
  } else if (flow.state.status === 'submitted' && result) {
    const isConfirmed = confirmed === true || result.status === 'confirmed';
    const windowText = formatWindow(result.slotStart, result.slotEnd, locale);
    const details: SummaryRow[] = [
      { key: 'service', label: t('booking.row.service'), value: service?.name },
      { key: 'time', label: t('booking.row.time'), value: windowText },
      {
        key: 'address',
        label: t('booking.row.address'),
        value: [a.district, a.street, a.community, a.addressDetail].filter(Boolean).join(' '),
      },
      {
        key: 'phone',
        label: t(family ? 'booking.row.elderPhone' : 'booking.row.phone'),
        value: a.phone,
      },
    ];
    page = (
      <Confirmation
        title={cancel === 'done' ? t('booking.done.cancelled') : isConfirmed ? t('booking.done.confirmed') : t('booking.done.requested')}
        tone={cancel === 'done' ? 'pending' : isConfirmed ? 'success' : 'pending'}
        reference={result.reference}
        referenceLabel={t('booking.done.reference')}
        details={details}
        whatNext={
          cancel === 'done' ? (
            <p>{t('booking.done.cancelledNext')}</p>
          ) : (
            <>
              <p>{result.nextSteps ?? t(isConfirmed ? 'booking.done.confirmedNext' : 'booking.done.requestedNext')}</p>
              <p>
                <strong>{t('booking.done.window')}：</strong>
                {windowText}
              </p>
              <p>{t('booking.done.change', { hotline })}</p>
            </>
          )
        }
      >
        <Alert variant="warning" className="yf-booking__fraud">
          <p>{t('booking.done.fraud', { hotline })}</p>
        </Alert>
        {cancel === 'failed' ? (
          <Alert variant="danger" live="assertive">
            <p>{t('booking.done.cancelFailed', { hotline })}</p>
          </Alert>
        ) : null}
        <div className="yf-question__actions">
          {cancel !== 'done' ? (
            <Button variant="secondary" busy={cancel === 'busy'} busyLabel={t('booking.done.cancelling')} onClick={doCancel}>
              {t('booking.done.cancel')}
            </Button>
          ) : null}
          <Button variant="quiet" onClick={startAgain}>
            {t('booking.done.newBooking')}
          </Button>
        </div>
        {footer}
      </Confirmation>
    );
  } else {
    // ——— Question pages ———
    switch (flow.current) {
      case 'service': {
        page = (
          <QuestionPage {...common} errors={errorsFor()} documentTitle={pageTitle(t('booking.service.question'))}>
            {services.status === 'loading' && !services.data.length ? <Spinner label={t('booking.service.loading')} /> : null}
            {services.status === 'failed' ? (
              <Alert
                variant="danger"
                live="assertive"
                title={t('booking.slots.failed')}
                actions={
                  <Button variant="secondary" onClick={loadServices}>
                    {t('booking.failure.retry')}
                  </Button>
                }
              >
                <p>{t('booking.hotlineLine', { hotline })}</p>
              </Alert>
            ) : null}
            {services.data.length ? (
              <RadioGroup
                id={fieldId('serviceId')}
                name="yf-booking-service"
                label={t('booking.service.question')}
                legendAsHeading={1}
                hint={t('booking.service.hint')}
                error={inline('serviceId')}
                layout="grid"
                className="yf-booking__services"
                value={text('serviceId')}
                onValueChange={set('serviceId')}
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
                    t('booking.service.duration', {
                      duration: formatDuration(s.durationMinutes, locale),
                    }),
                    t('booking.service.price', {
                      price: formatFen(s.listPriceFen, { showFen: 'auto' }),
                    }),
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
        break;
      }
      case 'who':
        page = (
          <QuestionPage {...common} errors={errorsFor()} documentTitle={pageTitle(t('booking.who.question'))}>
            <RadioGroup
              id={fieldId('forWhom')}
              name="yf-booking-who"
              label={t('booking.who.question')}
              legendAsHeading={1}
              error={inline('forWhom')}
              value={text('forWhom')}
              onValueChange={set('forWhom')}
              options={[
                {
                  value: 'self',
                  label: t('booking.who.self'),
                  hint: t('booking.who.selfHint'),
                },
                {
                  value: 'family',
                  label: t('booking.who.family'),
                  hint: t('booking.who.familyHint'),
                },
              ]}
            />
          </QuestionPage>
        );
        break;
      case 'person': {
        const title = t(family ? 'booking.person.familyQuestion' : 'booking.person.selfQuestion');
        page = (
          <QuestionPage {...common} title={title} errors={errorsFor()} documentTitle={pageTitle(title)}>
            <TextField
              id={fieldId('elderName')}
              label={t(family ? 'booking.person.elderName' : 'booking.person.name')}
              error={inline('elderName')}
              value={text('elderName')}
              onChange={(e) => set('elderName')(e.target.value)}
              autoComplete={family ? 'off' : 'name'}
              width="medium"
            />
            {family ? (
              <RadioGroup
                id={fieldId('relation')}
                name="yf-booking-relation"
                label={t('booking.person.relation')}
                error={inline('relation')}
                value={text('relation')}
                onValueChange={set('relation')}
                layout="grid"
                options={RELATIONS.map((r) => ({
                  value: r,
                  label: t(`booking.relation.${r}`),
                }))}
              />
            ) : null}
          </QuestionPage>
        );
        break;
      }
      case 'address':
        page = (
          <QuestionPage
            {...common}
            title={t('booking.address.question')}
            hint={t('booking.address.hint')}
            errors={errorsFor()}
            documentTitle={pageTitle(t('booking.address.question'))}
          >
            {(['district', 'street', 'community'] as const).map((f) => (
              <TextField
                key={f}
                id={fieldId(f)}
                label={t(`booking.address.${f}`)}
                error={inline(f)}
                value={text(f)}
                onChange={(e) => set(f)(e.target.value)}
                width="medium"
              />
            ))}
            <TextField
              id={fieldId('addressDetail')}
              label={t('booking.address.detail')}
              hint={t('booking.address.detailHint')}
              error={inline('addressDetail')}
              value={text('addressDetail')}
              onChange={(e) => set('addressDetail')(e.target.value)}
              autoComplete="street-address"
            />
          </QuestionPage>
        );
        break;
      case 'access':
        page = (
          <QuestionPage
            {...common}
            title={t('booking.access.question')}
            hint={t('booking.access.hint')}
            errors={errorsFor()}
            documentTitle={pageTitle(t('booking.access.question'))}
          >
            <TextField
              id={fieldId('floor')}
              optional
              label={t('booking.access.floor')}
              error={inline('floor')}
              value={text('floor')}
              onChange={(e) => set('floor')(e.target.value)}
              inputMode="numeric"
              width="short"
            />
            <RadioGroup
              id={fieldId('elevator')}
              name="yf-booking-elevator"
              optional
              label={t('booking.access.elevator')}
              value={text('elevator')}
              onValueChange={set('elevator')}
              options={[
                { value: 'yes', label: t('booking.access.elevatorYes') },
                { value: 'no', label: t('booking.access.elevatorNo') },
              ]}
            />
            <TextField
              id={fieldId('gate')}
              optional
              label={t('booking.access.gate')}
              hint={t('booking.access.gateHint')}
              error={inline('gate')}
              value={text('gate')}
              onChange={(e) => set('gate')(e.target.value)}
            />
            <TextField
              id={fieldId('pets')}
              optional
              label={t('booking.access.pets')}
              hint={t('booking.access.petsHint')}
              error={inline('pets')}
              value={text('pets')}
              onChange={(e) => set('pets')(e.target.value)}
            />
          </QuestionPage>
        );
        break;
      case 'day': {
        const days = dayAvailability(slots.data, today, daysAhead, now());
        const noneFree = slots.status === 'ready' && !days.some((d) => d.available);
        page = (
          <QuestionPage
            {...common}
            errors={errorsFor()}
            documentTitle={pageTitle(t('booking.day.question'))}
            title={slots.status === 'ready' && !noneFree ? undefined : t('booking.day.question')}
          >
            {slots.status === 'loading' ? <Spinner label={t('booking.slots.loading')} /> : null}
            {slots.status === 'failed' ? (
              <Alert
                variant="danger"
                live="assertive"
                title={t('booking.slots.failed')}
                actions={
                  <Button variant="secondary" onClick={() => a.serviceId && void loadSlots(a.serviceId)}>
                    {t('booking.failure.retry')}
                  </Button>
                }
              >
                <p>{t('booking.hotlineLine', { hotline })}</p>
              </Alert>
            ) : null}
            {noneFree ? (
              <Alert variant="warning" live="polite">
                <p>{t('booking.day.noneFree', { days: daysAhead, hotline })}</p>
              </Alert>
            ) : null}
            {slots.status === 'ready' && !noneFree ? (
              <DayPicker
                id={fieldId('date')}
                label={t('booking.day.question')}
                legendAsHeading={1}
                hint={t('booking.day.hint')}
                error={inline('date')}
                today={today}
                days={days.map((d) => ({
                  date: d.date,
                  available: d.available,
                }))}
                value={text('date')}
                onChange={(date) =>
                  flow.setAnswers({
                    date,
                    ...(date !== a.date ? { slotId: undefined } : {}),
                  })
                }
              />
            ) : null}
          </QuestionPage>
        );
        break;
      }
      case 'time': {
        const daySlots = a.date ? slotsOnDay(slots.data, a.date) : [];
        const alternatives = timeProblem?.alternatives ?? [];
        const name = 'yf-booking-slot';
        const onTimeContinue = () => {
          const chosen = slots.data.find((s) => s.id === a.slotId) ?? alternatives.find((s) => s.id === a.slotId);
          if (chosen && isSlotPast(chosen, now())) {
            void sendBackToTime('passed', chosen);
            return;
          }
          flow.next();
        };
        const pick = (id: string) => {
          const s = [...alternatives, ...slots.data].find((x) => x.id === id);
          flow.setAnswers({
            slotId: id,
            ...(s ? { date: shanghaiDateKey(s.start) } : {}),
          });
        };
        page = (
          <QuestionPage
            {...common}
            onContinue={onTimeContinue}
            title={t('booking.time.question')}
            hint={t('booking.time.hint')}
            errors={errorsFor()}
            documentTitle={pageTitle(t('booking.time.question'))}
          >
            {slots.status === 'loading' && !daySlots.length ? <Spinner label={t('booking.slots.loading')} /> : null}
            {timeProblem ? (
              <Alert variant="warning" title={t(timeProblem.kind === 'taken' ? 'booking.time.taken' : 'booking.time.passed')} headingLevel={2} />
            ) : null}
            {alternatives.length ? (
              <TimeSlots
                name={name}
                label={t('booking.time.nearest')}
                showDate
                slots={alternatives}
                now={now()}
                value={text('slotId')}
                onChange={pick}
                className="yf-booking__nearest"
              />
            ) : null}
            {a.date ? (
              <TimeSlots
                id={fieldId('slotId')}
                name={name}
                label={`${t('booking.time.legend')}：${formatDate(`${a.date}T12:00:00+08:00`, locale)}`}
                error={inline('slotId')}
                slots={daySlots.filter((s) => !alternatives.some((x) => x.id === s.id))}
                now={now()}
                value={text('slotId')}
                onChange={pick}
              />
            ) : null}
            {a.date && slots.status === 'ready' && !daySlots.some((s) => isBookable(s, now())) ? <p>{t('booking.time.none')}</p> : null}
            <button type="button" className="yf-day-picker__more yf-focus-ring" onClick={() => flow.dispatch({ type: 'goTo', step: 'day' })}>
              {t('booking.time.changeDay')}
            </button>
          </QuestionPage>
        );
        break;
      }
      case 'phone': {
        const title = t(family ? 'booking.phone.familyQuestion' : 'booking.phone.selfQuestion');
        page = (
          <QuestionPage {...common} title={title} errors={errorsFor()} documentTitle={pageTitle(title)}>
            <PhoneField
              id={fieldId('phone')}
              accept="any"
              label={t('booking.phone.label')}
              hint={t(family ? 'booking.phone.familyHint' : 'booking.phone.selfHint')}
              error={inline('phone')}
              value={text('phone')}
              onValueChange={set('phone')}
              autoComplete={family ? 'off' : 'tel-national'}
            />
          </QuestionPage>
        );
        break;
      }
      case 'bookerPhone':
        page = (
          <QuestionPage {...common} title={t('booking.bookerPhone.question')} errors={errorsFor()} documentTitle={pageTitle(t('booking.bookerPhone.question'))}>
            <PhoneField
              id={fieldId('bookerPhone')}
              accept="mobile"
              label={t('booking.bookerPhone.label')}
              hint={t('booking.bookerPhone.hint')}
              error={inline('bookerPhone')}
              value={text('bookerPhone')}
              onValueChange={set('bookerPhone')}
            />
          </QuestionPage>
        );
        break;
      case 'notes':
        page = (
          <QuestionPage {...common} title={t('booking.notes.question')} errors={errorsFor()} documentTitle={pageTitle(t('booking.notes.question'))}>
            <Textarea
              id={fieldId('notes')}
              optional
              label={t('booking.notes.label')}
              hint={t('booking.notes.hint')}
              error={inline('notes')}
              value={text('notes')}
              onChange={(e) => set('notes')(e.target.value)}
              rows={4}
            />
          </QuestionPage>
        );
        break;
      case 'check': {
        const change = (step: BookingStepId) => () => flow.change(step);
        const access = [
          a.floor ? t('booking.access.summaryFloor', { floor: a.floor }) : '',
          a.elevator === 'yes' ? t('booking.access.elevatorYes') : a.elevator === 'no' ? t('booking.access.elevatorNo') : '',
          a.gate ?? '',
          a.pets ?? '',
        ].filter((x) => String(x).trim());
        const rows: SummaryRow[] = [
          {
            key: 'service',
            label: t('booking.row.service'),
            value: service?.name ?? a.serviceId,
            onChange: change('service'),
          },
          {
            key: 'forWhom',
            label: t('booking.row.forWhom'),
            value: t(family ? 'booking.who.family' : 'booking.who.self'),
            onChange: change('who'),
          },
          {
            key: 'name',
            label: t('booking.row.name'),
            value: a.elderName,
            onChange: change('person'),
          },
          ...(family
            ? [
                {
                  key: 'relation',
                  label: t('booking.row.relation'),
                  value: a.relation ? t(`booking.relation.${a.relation}`) : '',
                  onChange: change('person'),
                },
              ]
            : []),
          {
            key: 'address',
            label: t('booking.row.address'),
            value: [a.district, a.street, a.community, a.addressDetail].filter(Boolean).join(' '),
            onChange: change('address'),
          },
          {
            key: 'access',
            label: t('booking.row.access'),
            value: access.join('；'),
            onChange: change('access'),
          },
          {
            key: 'time',
            label: t('booking.row.time'),
            value: slot ? formatWindow(slot.start, slot.end, locale) : '',
            onChange: change('time'),
          },
          {
            key: 'phone',
            label: t(family ? 'booking.row.elderPhone' : 'booking.row.phone'),
            value: a.phone,
            onChange: change('phone'),
          },
          ...(family
            ? [
                {
                  key: 'bookerPhone',
                  label: t('booking.row.bookerPhone'),
                  value: a.bookerPhone,
                  onChange: change('bookerPhone'),
                },
              ]
            : []),
          {
            key: 'notes',
            label: t('booking.row.notes'),
            value: a.notes,
            onChange: change('notes'),
          },
        ];
        const busy = phase === 'submitting' || phase === 'confirming';
        page = (
          <QuestionPage
            {...common}
            onContinue={() => void submit()}
            title={t('booking.check.title')}
            hint={t('booking.check.hint')}
            errors={errorsFor()}
            documentTitle={pageTitle(t('booking.check.title'))}
            progress={null}
            busy={busy}
            actions={
              <Button
                type="submit"
                variant="primary"
                busy={busy}
                busyLabel={phase === 'confirming' ? t('booking.check.confirming') : t('booking.check.submitting')}
              >
                {t('booking.check.submit')}
              </Button>
            }
          >
            <CheckAnswers rows={rows}>
              <CostPanel
                quote={quote.data}
                status={quote.status === 'idle' ? 'loading' : quote.status === 'loading' ? 'loading' : quote.status === 'ready' ? 'ready' : 'failed'}
                locale={locale}
                t={t}
              />
            </CheckAnswers>
            {phase === 'confirming' ? (
              <Alert variant="info" live="polite" title={t('booking.check.confirming')} headingLevel={2}>
                <p>{t('booking.check.confirmingHint')}</p>
              </Alert>
            ) : null}
            {phase === 'server-error' || phase === 'uncertain' || phase === 'invalid' ? (
              <Alert
                variant={phase === 'uncertain' ? 'warning' : 'danger'}
                live="assertive"
                headingLevel={2}
                title={t(phase === 'uncertain' ? 'booking.failure.uncertainTitle' : 'booking.failure.serverTitle')}
                actions={
                  <>
                    {phase !== 'invalid' ? (
                      <Button variant="secondary" onClick={() => void submit()}>
                        {t('booking.failure.retry')}
                      </Button>
                    ) : null}
                    <PhoneLink hotline={hotline} t={t} />
                  </>
                }
              >
                <p>{t(phase === 'uncertain' ? 'booking.failure.uncertain' : phase === 'invalid' ? 'booking.failure.invalid' : 'booking.failure.server')}</p>
              </Alert>
            ) : null}
          </QuestionPage>
        );
        break;
      }
      default:
        page = null;
    }
  }

  return (
    <Flow flow={flow} className="yf-booking">
      {timeout}
      {page}
    </Flow>
  );
}
