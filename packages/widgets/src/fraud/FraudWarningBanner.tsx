import {
  canShowWarning,
  oneOf,
  pickEducationTopic,
  warningPresentation,
  type CallTarget,
  type Catalogue,
  type ExposureStore,
  type FrequencyCap,
  type RiskAssessment,
  type ScamCatalogueConfig,
} from '@yinfa/core';
import { Button, Cluster, InfoIcon, MessagesScope, WarningIcon } from '@yinfa/react';
import { useEffect, useId, useMemo, useRef, useState, type HTMLAttributes, type ReactNode } from 'react';
import { CallLinks, ScamEntryView, useFraudCommonT, useScamCatalogue, useSurfaceTelemetry, type OfficialNumber, type TelemetryHandler } from './shared';

export const BANNER_VARIANTS = ['education', 'contextual'] as const;
export type FraudBannerVariant = (typeof BANNER_VARIANTS)[number];

/** DOM props for the banner's `<section>` (className, style, data-*, aria-*). */
type BannerDomProps = Omit<HTMLAttributes<HTMLElement>, 'children'>;

export interface FraudWarningBannerProps extends BannerDomProps {
  /** Wording overrides for this widget's messages (fraud and shared keys). */
  messages?: Catalogue;
  /**
   * education: site-wide, calm, dismissible, one topic at a time (rotated, capped per customer).
   * contextual: at the payee and amount steps, about this transfer's risk reasons.
   * Neither looks like the danger style: that is kept for TransferGuard alone (the "fog of warnings").
   */
  variant?: FraudBannerVariant;
  /** contextual: the result of assessTransferRisk. Nothing renders for level 'none'. */
  assessment?: Pick<RiskAssessment, 'level' | 'reasons' | 'scamTypes'> & Partial<Pick<RiskAssessment, 'reasonCodes'>>;
  /** education: the scam types to rotate through (default: every catalogue entry). contextual: force one type. */
  topics?: readonly string[];
  /** A bank's catalogue overrides and local cases. */
  catalogue?: ScamCatalogueConfig;
  /** Per-customer exposure log (frequency cap and rotation). Without one, nothing is capped. */
  exposureStore?: ExposureStore;
  cap?: Partial<FrequencyCap>;
  /** Clock for the cap (tests, server time); default Date.now. */
  now?: () => number;
  /** education: shows the close button; called after the banner hides. */
  onDismiss?: () => void;
  officialNumbers?: readonly OfficialNumber[];
  onCall?: (target: CallTarget, number: string) => void;
  onTelemetry?: TelemetryHandler;
  headingLevel?: 2 | 3;
  /** A read-aloud control from the voice package, placed beside the heading. */
  speakSlot?: ReactNode;
  className?: string;
}

/**
 * Calm fraud warnings: an education banner (role=region with a heading, dismissible, rotating topics,
 * frequency-capped) and a contextual transaction warning (the plain reasons plus the scam it most looks
 * like). Never auto-dismissed, never moving on its own; the next topic comes only when asked for.
 */
/** The host's wording for this widget (any fraud or shared key), like `YinfaProvider messages`. */
export function FraudWarningBanner(props: FraudWarningBannerProps) {
  return (
    <MessagesScope messages={props.messages}>
      <FraudWarningBannerView {...props} />
    </MessagesScope>
  );
}

function FraudWarningBannerView({ messages: _messages, variant: variantProp, assessment, topics, catalogue, exposureStore, cap, now, onDismiss, officialNumbers, onCall, onTelemetry, headingLevel, speakSlot, ...dom }: FraudWarningBannerProps) {
  const variant = oneOf('FraudWarningBanner', 'variant', variantProp, BANNER_VARIANTS, 'education');
  const own = { assessment, topics, catalogue, exposureStore, cap, now, onDismiss, officialNumbers, onCall, onTelemetry, headingLevel, speakSlot };
  return variant === 'contextual' ? <ContextualBanner {...own} dom={dom} /> : <EducationBanner {...own} dom={dom} />;
}

type BannerProps = Omit<FraudWarningBannerProps, keyof BannerDomProps | 'messages' | 'variant'> & { dom: BannerDomProps };

function EducationBanner({ topics, catalogue, exposureStore, cap, now = Date.now, onDismiss, onTelemetry, headingLevel = 2, speakSlot, dom }: BannerProps) {
  const { className, ...rest } = dom;
  const t = useFraudCommonT();
  const entries = useScamCatalogue(catalogue);
  const headingId = useId();
  const candidates = useMemo(() => {
    const ids = entries.map((e) => e.id as string);
    const wanted = Array.isArray(topics) && topics.length ? topics.filter((id) => ids.includes(id)) : ids;
    return wanted.length ? wanted : ids;
  }, [entries, topics]);
  const [dismissed, setDismissed] = useState(false);
  // The first topic is chosen once per mount from the exposure log; "next" moves on by hand only.
  const [topic, setTopic] = useState<string | null>(() => (exposureStore ? pickEducationTopic(exposureStore.read(), candidates, now(), cap) : (candidates[0] ?? null)));
  const [presentation, setPresentation] = useState(() => warningPresentation(exposureStore?.read() ?? {}, topic ?? '', 3, cap));
  const { emit, shown, hidden } = useSurfaceTelemetry('education', onTelemetry);
  const recorded = useRef<string | null>(null);

  useEffect(() => {
    if (!topic || dismissed || recorded.current === topic) return;
    recorded.current = topic;
    exposureStore?.record(topic, now());
    shown({ scamTypes: [topic], layout: presentation.layout, exposures: presentation.exposures });
  }, [topic, dismissed, exposureStore, now, shown, presentation]);

  const entry = entries.find((e) => e.id === topic);
  if (dismissed || !entry) return null;
  const Heading = `h${headingLevel}` as const;

  const next = () => {
    const log = exposureStore?.read() ?? {};
    const at = candidates.indexOf(topic!);
    const order = [...candidates.slice(at + 1), ...candidates.slice(0, Math.max(0, at))];
    // Asking for the next tip skips the time gap (the customer asked) but never a capped type.
    const pick = exposureStore ? (order.find((c) => canShowWarning(log, c, now(), { ...cap, minGapMs: 0 })) ?? null) : (order[0] ?? null);
    if (!pick) return;
    hidden();
    setPresentation(warningPresentation(log, pick, entries.find((e) => e.id === pick)?.examples.length ?? 1, cap));
    setTopic(pick);
  };

  return (
    <section {...rest} className={['yf-fraud-banner', className].filter(Boolean).join(' ')} data-variant="education" data-layout={presentation.layout} aria-labelledby={headingId}>
      <InfoIcon className="yf-fraud-banner__icon" aria-hidden="true" />
      <div className="yf-fraud-banner__content">
        <Cluster className="yf-fraud-banner__head" justify="space-between" gap={2}>
          <Heading id={headingId} className="yf-fraud-banner__heading">
            {t('fraud.education.heading', { title: entry.title })}
          </Heading>
          {speakSlot}
        </Cluster>
        <ScamEntryView entry={entry} layout={presentation.layout} exampleIndex={presentation.exampleIndex} showTitle={false} />
        <Cluster className="yf-fraud-banner__actions" gap={3} align="stretch">
          {candidates.length > 1 ? (
            <Button variant="secondary" onClick={next}>
              {t('fraud.education.next')}
            </Button>
          ) : null}
          {onDismiss ? (
            <Button
              variant="secondary"
              onClick={() => {
                emit({ type: 'outcome', outcome: 'dismissed', via: 'button' });
                hidden();
                setDismissed(true);
                onDismiss();
              }}
            >
              {t('fraud.education.dismiss')}
            </Button>
          ) : null}
        </Cluster>
      </div>
    </section>
  );
}

function ContextualBanner({ assessment, topics, catalogue, exposureStore, cap, now = Date.now, officialNumbers, onCall, onTelemetry, headingLevel = 2, speakSlot, dom }: BannerProps) {
  const { className, ...rest } = dom;
  const t = useFraudCommonT();
  const entries = useScamCatalogue(catalogue);
  const headingId = useId();
  const level = assessment?.level ?? 'none';
  const reasons = Array.isArray(assessment?.reasons) ? assessment!.reasons.filter((r) => typeof r === 'string' && r.trim() !== '') : [];
  const types = Array.isArray(topics) && topics.length ? topics : Array.isArray(assessment?.scamTypes) ? assessment!.scamTypes : [];
  // The most likely type first (the assessment's order), not the catalogue's order.
  const entry = types.map((id) => entries.find((e) => e.id === id)).find((e) => e !== undefined);
  // The scam story obeys the frequency cap; the reasons (about this very transfer) always show.
  // Decided once per scam type shown (the form changes as the customer types): whether the story may
  // show under the cap, and in which layout. Recording the showing does not flip the decision.
  const entryId = level === 'none' ? null : (entry?.id ?? null);
  const decide = (id: string | null) => {
    const log = exposureStore?.read() ?? {};
    const examples = entries.find((e) => e.id === id)?.examples.length ?? 1;
    return { id, allowed: id !== null && canShowWarning(log, id, now(), cap), presentation: warningPresentation(log, id ?? '', examples, cap) };
  };
  const [state, setState] = useState(() => decide(entryId));
  if (state.id !== entryId) setState(decide(entryId));
  const { emit, shown } = useSurfaceTelemetry('contextual', onTelemetry);
  // "shown" when the level or the scam type changes (not on every keystroke); one exposure per type per mount.
  const key = `${level}|${entryId ?? ''}`;
  const lastKey = useRef('');
  const recorded = useRef(new Set<string>());
  useEffect(() => {
    if (level === 'none' || lastKey.current === key) return;
    lastKey.current = key;
    if (state.id && state.allowed && !recorded.current.has(state.id)) {
      recorded.current.add(state.id);
      exposureStore?.record(state.id, now());
    }
    shown({ scamTypes: state.id && state.allowed ? [state.id] : [], level, reasonCodes: assessment?.reasonCodes ?? [], layout: state.presentation.layout, exposures: state.presentation.exposures });
  }, [key, level, state, exposureStore, now, shown, assessment?.reasonCodes]);

  if (level === 'none' || (reasons.length === 0 && !entry)) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...rest}
      className={['yf-fraud-banner', className].filter(Boolean).join(' ')}
      data-variant="contextual"
      data-level={level}
      data-layout={state.presentation.layout}
      aria-labelledby={headingId}
    >
      <WarningIcon className="yf-fraud-banner__icon" aria-hidden="true" />
      <div className="yf-fraud-banner__content">
        <Cluster className="yf-fraud-banner__head" justify="space-between" gap={2}>
          <Heading id={headingId} className="yf-fraud-banner__heading">
            {t('fraud.contextual.heading')}
          </Heading>
          {speakSlot}
        </Cluster>
        {reasons.length ? (
          <>
            <p className="yf-fraud-banner__lead">{t('fraud.contextual.weNoticed')}</p>
            <ul className="yf-fraud-banner__reasons">
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        ) : null}
        {entry && state.allowed ? (
          <>
            <p className="yf-fraud-banner__lead">{t('fraud.contextual.looksLike', { title: entry.title })}</p>
            <ScamEntryView entry={entry} layout={state.presentation.layout} exampleIndex={state.presentation.exampleIndex} showTitle={false} />
          </>
        ) : null}
        {level !== 'notice' ? (
          <CallLinks
            officialNumbers={officialNumbers}
            include110={false}
            headingLevel={headingLevel === 2 ? 3 : 4}
            onCall={(target, number) => {
              emit({ type: 'outcome', outcome: 'called', via: target });
              onCall?.(target, number);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
