import {
  digitsOnly,
  devWarn,
  telHref,
  isScamCatalogueLoaded,
  loadScamCatalogue,
  resolveScamCatalogue,
  sanitizeFraudEvent,
  type CallTarget,
  type FraudSurface,
  type FraudTelemetryEvent,
  type Locale,
  type ScamCatalogueConfig,
  type ScamEntry,
  type WarningLayout,
} from '@yinfa/core';
import { Cluster, useCatalogue, useLocale } from '@yinfa/react';
import { useCallback, useEffect, useId, useMemo, useRef, useState, type HTMLAttributes } from 'react';
import { fraudAmountMessages, fraudCommonMessages, fraudMessages } from './messages';

/** The fraud widgets' translator (UI words + core reasons and questions): the transfer guard's. */
export function useFraudT() {
  return useCatalogue(fraudMessages);
}

/** The amount check's translator (fraudAmountMessages). */
export function useFraudAmountT() {
  return useCatalogue(fraudAmountMessages);
}

/** The translator of the words every fraud widget shows (fraudCommonMessages): the banner's and the parts below. */
export function useFraudCommonT() {
  return useCatalogue(fraudCommonMessages);
}

/**
 * The scam catalogue in the provider's locale with the bank's config applied (memoised). Where the built-in
 * entries load on first use (the transfer guard's script-tag build, @yinfa/core's loadScamCatalogue), they are
 * fetched once `wanted`, and this is null until they are in; if they cannot load, it has no entries, and the
 * next time it is wanted tries again. Everywhere else they are bundled: never null.
 */
export function useScamCatalogue(config?: ScamCatalogueConfig): ScamEntry[];
export function useScamCatalogue(config: ScamCatalogueConfig | undefined, wanted: boolean): ScamEntry[] | null;
export function useScamCatalogue(config?: ScamCatalogueConfig, wanted = true): ScamEntry[] | null {
  const [locale] = useLocale();
  // Read, not kept: loaded by anyone (the element's warm-up, another widget), it is in for this render too.
  const loaded = isScamCatalogueLoaded();
  // This hook's last load: 'failed' shows the catalogue without the built-in entries until the next try.
  const [outcome, setOutcome] = useState<'loaded' | 'failed' | null>(null);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    setOutcome(null);
    void loadScamCatalogue().then((ok) => live && setOutcome(ok ? 'loaded' : 'failed'));
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  const failed = !loaded && outcome === 'failed';
  return useMemo(() => (loaded || failed ? resolveScamCatalogue(locale as Locale, config).entries : null), [locale, config, loaded, failed]);
}

/** A bank's official number from configuration: `{ label: '工商银行客服', number: '95588' }`. */
export interface OfficialNumber {
  label: string;
  number: string;
}

export type TelemetryHandler = (event: FraudTelemetryEvent) => void;

/**
 * Telemetry for one surface: every event is sanitised (no personal data) and timed from when the
 * surface was shown. A host handler that throws never breaks the widget.
 */
export function useSurfaceTelemetry(surface: FraudSurface, onTelemetry?: TelemetryHandler) {
  const shownAt = useRef<number | null>(null);
  const handler = useRef(onTelemetry);
  handler.current = onTelemetry;
  const emit = useCallback(
    (event: Record<string, unknown>) => {
      const clean = sanitizeFraudEvent({ ...event, surface, elapsedMs: shownAt.current === null ? 0 : Date.now() - shownAt.current });
      if (!clean || !handler.current) return;
      try {
        handler.current(clean);
      } catch (error) {
        devWarn(`fraud telemetry handler threw: ${String(error)}`);
      }
    },
    [surface],
  );
  const shown = useCallback(
    (extra: Record<string, unknown>) => {
      shownAt.current = Date.now();
      emit({ type: 'shown', ...extra });
    },
    [emit],
  );
  const hidden = useCallback(() => {
    if (shownAt.current === null) return;
    emit({ type: 'hidden', visibleMs: Date.now() - shownAt.current });
    shownAt.current = null;
  }, [emit]);
  // Time visible is reported when the surface goes away, however it goes.
  useEffect(() => hidden, [hidden]);
  return { emit, shown, hidden };
}

/** What a scam entry says, in one of the rotating layouts. The example shown changes with exposure. */
export function ScamEntryView({
  entry,
  layout = 'standard',
  exampleIndex = 0,
  headingLevel = 3,
  showTitle = true,
  className,
  ...rest
}: Omit<HTMLAttributes<HTMLDivElement>, 'children'> & {
  entry: ScamEntry;
  layout?: WarningLayout;
  exampleIndex?: number;
  headingLevel?: 2 | 3 | 4;
  showTitle?: boolean;
}) {
  const t = useFraudCommonT();
  const Heading = `h${headingLevel}` as const;
  const example = entry.examples.length ? entry.examples[Math.abs(Math.floor(exampleIndex)) % entry.examples.length] : undefined;
  const says = (
    <p className="yf-fraud-entry__row">
      <strong className="yf-fraud-entry__label">{t('fraud.entry.scammerSays')}
        {t('text.labelSeparator')}
      </strong>
      {entry.scammerSays}
    </p>
  );
  const never = (
    <p className="yf-fraud-entry__row">
      <strong className="yf-fraud-entry__label">{layout === 'checklist' ? t('fraud.guard.checklistLead') : t('fraud.entry.neverDoes') + t('text.labelSeparator')}</strong>
      {entry.neverDoes}
    </p>
  );
  const action = (
    <p className="yf-fraud-entry__row yf-fraud-entry__action">
      <strong className="yf-fraud-entry__label">{t('fraud.entry.action')}
        {t('text.labelSeparator')}
      </strong>
      {entry.action}
    </p>
  );
  const story = example ? (
    <p className="yf-fraud-entry__row yf-fraud-entry__example">
      <strong className="yf-fraud-entry__label">{layout === 'story' ? t('fraud.guard.storyLead') : t('fraud.entry.example') + t('text.labelSeparator')}</strong>
      {example}
    </p>
  ) : null;
  return (
    <div {...rest} className={['yf-fraud-entry', className].filter(Boolean).join(' ')} data-layout={layout} data-scam-type={entry.id}>
      {showTitle ? <Heading className="yf-fraud-entry__title">{entry.title}</Heading> : null}
      {layout === 'story' ? (
        <>
          {story}
          {never}
          {action}
        </>
      ) : layout === 'checklist' ? (
        <>
          {never}
          {says}
          {story}
          {action}
        </>
      ) : (
        <>
          {says}
          {never}
          {action}
          {exampleIndex > 0 ? story : null}
        </>
      )}
    </div>
  );
}

function PhoneGlyph() {
  return (
    <svg viewBox="0 0 24 24" className="yf-fraud-call__icon" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M6.6 10.8a15 15 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.6a1 1 0 0 1-.25 1z"
      />
    </svg>
  );
}

export interface CallLinksProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The bank's official numbers, from configuration. Entries without digits are skipped (with a dev warning). */
  officialNumbers?: readonly OfficialNumber[];
  /** Show 110 as well as 96110 (default true). */
  include110?: boolean;
  onCall?: (target: CallTarget, number: string) => void;
  headingLevel?: 2 | 3 | 4;
  /** Hide the heading (when the surrounding text already says it). */
  hideHeading?: boolean;
}

/** Tap-to-call links (`tel:`): the bank's official numbers, 96110 and 110, each a large target. */
export function CallLinks({ officialNumbers = [], include110 = true, onCall, headingLevel = 3, hideHeading, className, ...rest }: CallLinksProps) {
  const t = useFraudCommonT();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const banks = (Array.isArray(officialNumbers) ? officialNumbers : []).filter((n) => {
    const ok = n && typeof n.number === 'string' && digitsOnly(n.number).length >= 3;
    if (!ok) devWarn(`CallLinks: skipped an official number without digits (${JSON.stringify(n)}).`);
    return ok;
  });
  const link = (target: CallTarget, number: string, label: string, key: string) => (
    <li key={key}>
      <a
        className="yf-fraud-call yf-focus-ring"
        data-target={target}
        href={telHref(number)}
        onClick={() => onCall?.(target, digitsOnly(number))}
      >
        <PhoneGlyph />
        <span>{label}</span>
      </a>
    </li>
  );
  return (
    <section
      aria-labelledby={hideHeading ? undefined : headingId}
      aria-label={hideHeading ? t('fraud.call.heading') : undefined}
      {...rest}
      className={['yf-fraud-calls', className].filter(Boolean).join(' ')}
    >
      {hideHeading ? null : (
        <Heading id={headingId} className="yf-fraud-calls__heading">
          {t('fraud.call.heading')}
        </Heading>
      )}
      <Cluster as="ul" className="yf-fraud-calls__list" gap={2} align="stretch">
        {banks.map((n, i) => link('bank', n.number, t('fraud.call.bank', { label: n.label ?? '', number: n.number }), `bank-${i}`))}
        {link('96110', '96110', t('fraud.call.96110'), '96110')}
        {include110 ? link('110', '110', t('fraud.call.110'), '110') : null}
      </Cluster>
      <p className="yf-fraud-calls__hint">{t('fraud.call.96110Hint')}</p>
    </section>
  );
}
