import { clampTextScale, createTranslator, devWarn, resolveLocale, warnUnknownOverrides, type Catalogue, type Locale } from '@yinfa/core';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { YINFA_MODES, YinfaContext, type Politeness, type ReducedMotion, type YinfaContextValue, type YinfaMode } from './context';
import { LiveAnnouncer, type LiveAnnouncerHandle } from './LiveAnnouncer';
import { scopeAttributes } from './ModeScope';
import { useControllableState } from './useControllableState';
import { cx } from '../utils/cx';


function normaliseMode(mode: unknown): YinfaMode | undefined {
  if (mode === undefined || mode === null) return undefined;
  if ((YINFA_MODES as readonly unknown[]).includes(mode)) return mode as YinfaMode;
  devWarn(`YinfaProvider: unknown mode "${String(mode)}"; using "standard". Expected one of: ${YINFA_MODES.join(', ')}.`);
  return 'standard';
}

export interface YinfaProviderProps {
  children?: ReactNode;
  /** Controlled mode. Leave unset to follow the system (prefers-contrast: more → high-contrast colours). */
  mode?: YinfaMode;
  defaultMode?: YinfaMode;
  onModeChange?: (mode: YinfaMode) => void;
  /** zh-CN (default) or en-US. Other tags are mapped to the nearest (en-GB → en-US). */
  locale?: Locale;
  defaultLocale?: Locale;
  onLocaleChange?: (locale: Locale) => void;
  /** Multiplies every size, 1–2. Elder mode already starts at 20px body text; 1.5 there gives 30px. */
  textScale?: number;
  defaultTextScale?: number;
  onTextScaleChange?: (scale: number) => void;
  /** 'system' follows prefers-reduced-motion; 'reduce' and 'full' override it. */
  reducedMotion?: ReducedMotion;
  onReducedMotionChange?: (value: ReducedMotion) => void;
  /** Wording overrides for this subtree (a bank's own names for things), for any catalogue's keys. */
  messages?: Catalogue;
  className?: string;
  style?: CSSProperties;
  id?: string;
}

/**
 * Sets mode, locale, text scale and motion for a subtree and mounts the shared live announcer.
 * Nested providers inherit what they do not set. Renders on the server: no window access until effects run.
 */
export function YinfaProvider(props: YinfaProviderProps) {
  const parent = useContext(YinfaContext);
  const inherited = parent.hasProvider ? parent : undefined;

  const explicitMode = normaliseMode(props.mode);
  const [mode, setModeState] = useControllableState<YinfaMode>(
    explicitMode,
    normaliseMode(props.defaultMode) ?? inherited?.mode ?? 'standard',
    props.onModeChange,
  );
  const [modeChosen, setModeChosen] = useState(false);
  const setMode = useCallback(
    (next: YinfaMode) => {
      setModeChosen(true);
      setModeState(normaliseMode(next) ?? 'standard');
    },
    [setModeState],
  );

  const [locale, setLocaleState] = useControllableState<Locale>(
    props.locale === undefined ? undefined : resolveLocale(props.locale),
    resolveLocale(props.defaultLocale ?? inherited?.locale ?? 'zh-CN'),
    props.onLocaleChange,
  );
  const setLocale = useCallback((next: Locale) => setLocaleState(resolveLocale(next)), [setLocaleState]);

  const [rawScale, setScaleState] = useControllableState<number>(
    props.textScale,
    props.defaultTextScale ?? inherited?.textScale ?? 1,
    props.onTextScaleChange,
  );
  const textScale = clampTextScale(rawScale);
  const setTextScale = useCallback((next: number) => setScaleState(clampTextScale(next)), [setScaleState]);

  const [reducedMotion, setReducedMotion] = useControllableState<ReducedMotion>(
    props.reducedMotion,
    inherited?.reducedMotion ?? 'system',
    props.onReducedMotionChange,
  );
  const [systemReduced, setSystemReduced] = useState(false);
  useEffect(() => {
    if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
    const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
    const update = () => setSystemReduced(mq.matches);
    update();
    mq.addEventListener?.('change', update);
    return () => mq.removeEventListener?.('change', update);
  }, []);

  const announcer = useRef<LiveAnnouncerHandle>(null);
  const announce = useCallback((message: string, politeness: Politeness = 'polite') => {
    announcer.current?.announce(message, politeness);
  }, []);

  const parentMessages = inherited?.messages;
  const messages = useMemo(() => (props.messages ? { ...parentMessages, ...props.messages } : (parentMessages ?? {})), [parentMessages, props.messages]);
  const t = useMemo(() => createTranslator(locale, {}, messages), [locale, messages]);
  // After the subtree rendered, every catalogue it uses is registered: a key none of them has is a typo.
  useEffect(() => warnUnknownOverrides(props.messages, 'YinfaProvider messages'), [props.messages]);

  const value = useMemo<YinfaContextValue>(
    () => ({
      mode,
      setMode,
      locale,
      setLocale,
      textScale,
      setTextScale,
      reducedMotion,
      setReducedMotion,
      prefersReducedMotion: reducedMotion === 'reduce' || (reducedMotion === 'system' && systemReduced),
      t,
      messages,
      // Nested providers share the outermost announcer: one live region per page.
      announce: inherited ? inherited.announce : announce,
      hasProvider: true,
    }),
    [mode, setMode, locale, setLocale, textScale, setTextScale, reducedMotion, setReducedMotion, systemReduced, t, messages, inherited, announce],
  );

  const followSystem = explicitMode === undefined && props.defaultMode === undefined && !modeChosen && (!inherited || inherited.mode === mode);

  return (
    <YinfaContext.Provider value={value}>
      <div
        id={props.id}
        className={cx('yf-root', props.className)}
        data-yinfa-follow-system={followSystem ? '' : undefined}
        {...scopeAttributes({ mode, locale, textScale, reducedMotion }, props.style)}
      >
        {props.children}
        {inherited ? null : <LiveAnnouncer ref={announcer} />}
      </div>
    </YinfaContext.Provider>
  );
}
