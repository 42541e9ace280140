import {
  describeRemaining,
  formatCountdown,
  isRiskyAnswer,
  selectGuardQuestions,
  shouldAnnounceCountdown,
  warningPresentation,
  type Answer,
  type Catalogue,
  type CallTarget,
  type ExposureStore,
  type FrequencyCap,
  type GuardQuestion,
  type RiskAssessment,
  type ScamCatalogueConfig,
  type WarningPresentation,
} from '@yinfa/core';
import { Button, Checkbox, Cluster, DangerIcon, DialogContent, DialogRoot, MessagesScope, Spinner, useAnnounce, useLocale } from '@yinfa/react';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { CallLinks, ScamEntryView, useFraudT, useScamCatalogue, useSurfaceTelemetry, type OfficialNumber, type TelemetryHandler } from './shared';
import { useCoolingOff } from './useCoolingOff';

export type GuardPhase = 'questions' | 'stopped' | 'cooling' | 'ready';
export type CancelVia = 'button' | 'escape' | 'close';

export interface TransferGuardProps {
  /** Wording overrides for this widget's messages (fraud and shared keys). */
  messages?: Catalogue;
  /** Controlled: the host opens the guard when assessTransferRisk says 'intervene'. */
  open: boolean;
  /** The risk result; its scam types choose the extra questions and the stop advice. */
  assessment?: Pick<RiskAssessment, 'scamTypes'> & Partial<Pick<RiskAssessment, 'level' | 'reasons' | 'reasonCodes'>>;
  /** Cooling-off delay after an all-clear, in ms (default 60 000). 0 skips it. */
  coolingOffMs?: number;
  /** The server's time when the host last heard from it (epoch ms or Date): anchors the delay's start. */
  serverNow?: number | Date;
  /**
   * Reads the server's time again when the page comes back (tab shown again, back-forward cache), so a
   * delay that ran while the machine slept is caught up. The wait itself is always counted on the
   * monotonic clock: a changed device clock never shortens it.
   */
  getServerNow?: () => number | Date | Promise<number | Date>;
  /**
   * When the delay began, in server epoch ms (from onCoolingStart). Give it back after a reload to
   * resume the delay; clear it when the transfer is cancelled or sent.
   */
  coolingStartedAt?: number | null;
  /** Called once when the delay begins, with the server-time start to persist. */
  onCoolingStart?: (startedAtServerMs: number) => void;
  /** Keep the delay's start in sessionStorage under this key (for hosts that do not persist it). */
  storageKey?: string;
  /** Show the bank's 延时到账 option with this many hours (e.g. 24). Off when unset. */
  delayedArrivalHours?: number;
  /** The customer finished the wait and chose to go on. */
  onContinue: (result: { delayedArrival: boolean }) => void;
  /** The transfer is cancelled (button, Esc or the close button). Never a confirmation. */
  onCancel: (via: CancelVia) => void;
  /** A tap-to-call link was used (the transfer stays stopped). */
  onCall?: (target: CallTarget, number: string) => void;
  /** Tell a trusted contact (亲情账户). The button shows only when this is given. May return a promise. */
  onContactTrusted?: () => void | Promise<unknown>;
  officialNumbers?: readonly OfficialNumber[];
  /** Per-customer exposure log: after repeated showings the layout, example and question order change. */
  exposureStore?: ExposureStore;
  cap?: Partial<FrequencyCap>;
  /** A bank's own question list, and how many type-specific questions to add (default 1). */
  questions?: readonly GuardQuestion[];
  extraQuestions?: number;
  catalogue?: ScamCatalogueConfig;
  onTelemetry?: TelemetryHandler;
  /** A read-aloud control (from the voice package) placed in the header. */
  speakSlot?: ReactNode;
  /** Portal container (shadow roots). */
  container?: HTMLElement | null;
}

const DEFAULT_COOLING_MS = 60_000;

/**
 * The blocking intervention, and the only fraud surface in the danger style. Plain yes/no questions
 * with large buttons; any risky answer stops the transfer and offers the bank's number, 96110, 110, a
 * trusted contact and cancel. All clear → a cooling-off delay in server time, announced politely at
 * most every 30 s, then Continue. Esc and the close button cancel; outside clicks do nothing; nothing
 * ever confirms by accident. Focus stays in the dialog and returns to where it was.
 */
/** The host's wording for this widget (any fraud or shared key), like `YinfaProvider messages`. */
export function TransferGuard(props: TransferGuardProps) {
  return (
    <MessagesScope messages={props.messages}>
      <TransferGuardView {...props} />
    </MessagesScope>
  );
}

function TransferGuardView(props: TransferGuardProps) {
  const { open, assessment, coolingOffMs = DEFAULT_COOLING_MS, exposureStore, cap, onTelemetry, container, speakSlot } = props;
  const t = useFraudT();
  const [locale] = useLocale();
  const announce = useAnnounce();
  // null while the built-in entries load (where they load on first use: the guard's script-tag build fetches
  // them once it is wanted). The opening's choices below wait for them, and the body shows a spinner meanwhile.
  const catalogue = useScamCatalogue(props.catalogue, open);
  const entries = catalogue ?? [];
  const catalogueLoading = catalogue === null;
  const scamTypes = Array.isArray(assessment?.scamTypes) ? assessment!.scamTypes : [];
  // The two most serious reasons, so the guard is about this transfer, not a generic pop-up.
  const reasons = Array.isArray(assessment?.reasons) ? assessment!.reasons.filter((r) => typeof r === 'string' && r.trim() !== '') : [];
  const duration = typeof coolingOffMs === 'number' && Number.isFinite(coolingOffMs) && coolingOffMs >= 0 ? coolingOffMs : DEFAULT_COOLING_MS;

  const cooling = useCoolingOff({
    durationMs: duration,
    serverNow: props.serverNow,
    getServerNow: props.getServerNow,
    startedAt: props.coolingStartedAt,
    onStart: props.onCoolingStart,
    storageKey: props.storageKey,
    active: open,
  });

  const [phase, setPhase] = useState<GuardPhase>(() => (cooling.started ? 'cooling' : 'questions'));
  const [index, setIndex] = useState(0);
  const [stopQuestion, setStopQuestion] = useState<GuardQuestion | null>(null);
  const [delayedArrival, setDelayedArrival] = useState(false);
  const [contacted, setContacted] = useState(false);
  const [presentation, setPresentation] = useState<WarningPresentation>(() => warningPresentation({}, '', 1, cap));
  const [questions, setQuestions] = useState<GuardQuestion[]>(() =>
    selectGuardQuestions(scamTypes, { extra: props.extraQuestions, questions: props.questions }),
  );
  const headingRef = useRef<HTMLHeadingElement>(null);
  const cancelVia = useRef<CancelVia>('close');
  const lastAnnounced = useRef<number | null>(null);
  const headingId = useId();
  // Where focus was when the guard opened; it goes back there on close (the host's "next" button).
  const returnFocus = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  if (open && !wasOpen.current && typeof document !== 'undefined') returnFocus.current = document.activeElement as HTMLElement | null;
  wasOpen.current = open;
  const { emit, shown, hidden } = useSurfaceTelemetry('intervention', onTelemetry);

  // Each opening: choose layout, example and question order from the exposure log, then record it.
  // The intervention itself is never frequency-capped.
  const topType = scamTypes.find((id) => entries.some((e) => e.id === id)) ?? scamTypes[0] ?? 'generic';
  const recordedThisOpening = useRef(false);
  useEffect(() => {
    if (!open) {
      recordedThisOpening.current = false;
      return;
    }
    // Once per opening, even when effects run twice (React StrictMode in development); with the entries in.
    if (recordedThisOpening.current || catalogueLoading) return;
    recordedThisOpening.current = true;
    const log = exposureStore?.read() ?? {};
    const examples = entries.find((e) => e.id === topType)?.examples.length ?? 1;
    const p = warningPresentation(log, topType, examples, cap);
    setPresentation(p);
    setQuestions(selectGuardQuestions(scamTypes, { extra: props.extraQuestions, questions: props.questions, rotation: p.rotation }));
    exposureStore?.record(topType, Date.now());
    shown({
      scamTypes,
      level: assessment?.level,
      reasonCodes: assessment?.reasonCodes ?? [],
      layout: p.layout,
      exposures: p.exposures,
    });
    // Only when the guard opens (and its entries are in), not on every prop identity change.
  }, [open, catalogueLoading]); // eslint-disable-line react-hooks/exhaustive-deps

  // Time visible is reported when the guard closes (and on unmount, by the telemetry hook).
  useEffect(() => {
    if (!open) hidden();
  }, [open, hidden]);

  // Remount or reopen with a delay already running: go straight back to it.
  useEffect(() => {
    if (open && cooling.started && phase === 'questions') setPhase(cooling.done ? 'ready' : 'cooling');
  }, [open, cooling.started, cooling.done, phase]);

  // Move focus to each step's heading so keyboard and screen-reader users start at the top of it. The
  // end of the wait is not a new step: focus stays where the customer is (the live region says it).
  const focusStep = phase === 'ready' ? 'cooling' : phase;
  useEffect(() => {
    if (open) headingRef.current?.focus();
  }, [open, focusStep, index, catalogueLoading]);

  // Countdown: polite, at most every 30 s, and once when it ends.
  useEffect(() => {
    if (!open || (phase !== 'cooling' && phase !== 'ready')) return;
    if (cooling.done) {
      if (phase === 'cooling') setPhase('ready');
      if (lastAnnounced.current !== 0) {
        lastAnnounced.current = 0;
        announce(t('fraud.cool.done'), 'polite');
      }
      return;
    }
    if (shouldAnnounceCountdown(cooling.remaining, lastAnnounced.current)) {
      const text = describeRemaining(cooling.remaining, locale);
      announce(lastAnnounced.current === null ? t('fraud.cool.announceStart', { remaining: text }) : text, 'polite');
      lastAnnounced.current = cooling.remaining;
    }
  }, [open, phase, cooling.remaining, cooling.done, announce, t, locale]);

  const finish = useCallback(() => {
    cooling.clear();
    lastAnnounced.current = null;
    setPhase('questions');
    setIndex(0);
    setStopQuestion(null);
    setContacted(false);
    setDelayedArrival(false);
  }, [cooling]);

  const cancel = (via: CancelVia) => {
    emit({ type: 'outcome', outcome: 'cancelled', via: via === 'escape' ? 'escape' : 'button' });
    finish();
    props.onCancel(via);
  };

  const answer = (question: GuardQuestion, value: Answer) => {
    const risky = isRiskyAnswer(question, value);
    emit({ type: 'answer', questionId: question.id, answer: value, risky, index });
    if (risky) {
      emit({ type: 'outcome', outcome: 'stopped', via: 'button' });
      setStopQuestion(question);
      setPhase('stopped');
      return;
    }
    if (index + 1 < questions.length) {
      setIndex(index + 1);
      return;
    }
    cooling.begin();
    setPhase(duration === 0 ? 'ready' : 'cooling');
  };

  const onContinue = () => {
    if (phase !== 'ready' || !cooling.done) return;
    emit({ type: 'outcome', outcome: 'continued', via: 'button', delayedArrival });
    const result = { delayedArrival };
    finish();
    props.onContinue(result);
  };

  const stopEntry = (() => {
    if (!stopQuestion) return undefined;
    const pick = scamTypes.find((s) => stopQuestion.scamTypes.includes(s)) ?? stopQuestion.scamTypes[0];
    return entries.find((e) => e.id === pick) ?? entries[0];
  })();
  const topEntry = entries.find((e) => e.id === topType);
  const stepHeading = (text: string) => (
    <h3 ref={headingRef} tabIndex={-1} id={headingId} className="yf-fraud-guard__heading">
      {text}
    </h3>
  );

  let body: ReactNode;
  if (phase === 'questions' && catalogueLoading) {
    body = <Spinner />;
  } else if (phase === 'questions') {
    const q = questions[Math.min(index, questions.length - 1)];
    body = (
      <>
        {index === 0 ? <p className="yf-fraud-guard__intro">{t('fraud.guard.intro')}</p> : null}
        {index === 0 && reasons.length ? (
          <div className="yf-fraud-guard__reasons">
            <p>{t('fraud.contextual.weNoticed')}</p>
            <ul>
              {reasons.slice(0, 2).map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {index === 0 && topEntry && presentation.layout !== 'standard' ? (
          <ScamEntryView entry={topEntry} layout={presentation.layout} exampleIndex={presentation.exampleIndex} showTitle={false} />
        ) : null}
        {q ? (
          <div className="yf-fraud-guard__question" role="group" aria-labelledby={headingId}>
            <p className="yf-fraud-guard__progress">{t('fraud.guard.progress', { step: index + 1, total: questions.length })}</p>
            {/* A bank's own question (`questions` prop) brings its words as `fraud.question.<id>` in `messages`: a key no catalogue declares. */}
            {stepHeading(t(`fraud.question.${q.id}` as Extract<Parameters<typeof t>[0], `fraud.question.${string}`>))}
            <div className="yf-fraud-guard__answers">
              <Button variant="secondary" className="yf-fraud-guard__answer" onClick={() => answer(q, 'yes')} data-answer="yes">
                {q.id === 'met-payee' ? t('fraud.guard.yesMet') : t('fraud.guard.yes')}
              </Button>
              <Button variant="secondary" className="yf-fraud-guard__answer" onClick={() => answer(q, 'no')} data-answer="no">
                {q.id === 'met-payee' ? t('fraud.guard.noMet') : t('fraud.guard.no')}
              </Button>
            </div>
          </div>
        ) : null}
      </>
    );
  } else if (phase === 'stopped') {
    body = (
      <>
        {stepHeading(t('fraud.stop.heading'))}
        <p className="yf-fraud-guard__stop-body">{t('fraud.stop.body')}</p>
        {stopEntry ? <ScamEntryView entry={stopEntry} layout="standard" exampleIndex={presentation.exampleIndex} headingLevel={4} /> : null}
        <p className="yf-fraud-guard__reassure">{t('fraud.stop.notYourFault')}</p>
        <CallLinks
          officialNumbers={props.officialNumbers}
          headingLevel={4}
          onCall={(target, number) => {
            emit({ type: 'outcome', outcome: 'called', via: target });
            props.onCall?.(target, number);
          }}
        />
        <Cluster className="yf-fraud-guard__actions" gap={3} align="stretch">
          {props.onContactTrusted ? (
            contacted ? (
              <p className="yf-fraud-guard__done" role="status">
                {t('fraud.stop.trustedDone')}
              </p>
            ) : (
              <Button
                variant="secondary"
                onClick={() => {
                  emit({ type: 'outcome', outcome: 'contacted', via: 'trusted-contact' });
                  Promise.resolve()
                    .then(() => props.onContactTrusted?.())
                    .then(() => setContacted(true))
                    .catch(() => setContacted(false));
                }}
              >
                {t('fraud.stop.trusted')}
              </Button>
            )
          ) : null}
          <Button variant="primary" onClick={() => cancel('button')}>
            {t('fraud.stop.cancel')}
          </Button>
        </Cluster>
      </>
    );
  } else {
    const waiting = phase === 'cooling' || !cooling.done;
    body = (
      <>
        {stepHeading(t('fraud.cool.heading'))}
        <p>{t('fraud.cool.body')}</p>
        <p className="yf-fraud-guard__timer" role="timer" aria-live="off">
          <span>{t('fraud.cool.left') + t('text.labelSeparator')}</span>
          <strong className="yf-fraud-guard__time">{formatCountdown(cooling.remaining, locale)}</strong>
        </p>
        {typeof props.delayedArrivalHours === 'number' && props.delayedArrivalHours > 0 ? (
          <Checkbox
            label={t('fraud.delayed.label', { hours: props.delayedArrivalHours })}
            hint={t('fraud.delayed.hint')}
            checked={delayedArrival}
            onChange={(e) => setDelayedArrival(e.currentTarget.checked)}
          />
        ) : null}
        <Cluster className="yf-fraud-guard__actions" gap={3} align="stretch">
          <Button variant="secondary" onClick={() => cancel('button')}>
            {t('fraud.cool.cancel')}
          </Button>
          <Button variant="primary" aria-disabled={waiting ? true : undefined} data-waiting={waiting ? '' : undefined} onClick={onContinue}>
            {waiting ? t('fraud.cool.continueWaiting') : t('fraud.cool.continue')}
          </Button>
        </Cluster>
      </>
    );
  }

  return (
    <DialogRoot
      open={open}
      onOpenChange={(next) => {
        if (!next) cancel(cancelVia.current);
        cancelVia.current = 'close';
      }}
    >
      <DialogContent
        role="alertdialog"
        className="yf-fraud-guard"
        data-layout={presentation.layout}
        data-phase={phase}
        title={
          <span className="yf-fraud-guard__title">
            <DangerIcon className="yf-fraud-guard__icon" aria-hidden="true" />
            {t('fraud.guard.dangerLabel')}
          </span>
        }
        aria-describedby={undefined}
        headerActions={speakSlot}
        container={container}
        onOpenAutoFocus={(event) => {
          // No heading yet while the entries load: the dialog's own first focus, then the heading once it is there.
          if (!headingRef.current) return;
          event.preventDefault();
          headingRef.current.focus();
        }}
        onCloseAutoFocus={(event) => {
          const el = returnFocus.current;
          if (el && el.isConnected && el !== document.body) {
            event.preventDefault();
            el.focus();
          }
        }}
        onEscapeKeyDown={() => {
          cancelVia.current = 'escape';
        }}
        onPointerDownOutside={(event) => event.preventDefault()}
        onInteractOutside={(event) => event.preventDefault()}
      >
        <div className="yf-fraud-guard__body">{body}</div>
      </DialogContent>
    </DialogRoot>
  );
}
