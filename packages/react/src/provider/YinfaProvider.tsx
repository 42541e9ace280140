import {
  clampTextScale,
  createTranslator,
  devWarn,
  NATIONAL_REGION,
  resolveLocale,
  warnUnknownOverrides,
  type Catalogue,
  type DetectHostOptions,
  type Locale,
  type RegionProfile,
} from '@yinfa/core';
import { useCallback, useContext, useEffect, useMemo, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { YINFA_MODES, YinfaContext, type Politeness, type ReducedMotion, type YinfaContextValue, type YinfaMode } from './context';
import { LiveAnnouncer, type LiveAnnouncerHandle } from './LiveAnnouncer';
import { scopeAttributes } from './ModeScope';
import { useThemeVariables, type YinfaTheme } from './theme';
import { useControllableState } from './useControllableState';
import { useHostPreferences } from './useHostPreferences';
import { loadPreferences, persistPreferences, sanitizePreferences, type PersistPreferencesOptions, type YinfaPreferences } from './preferences';
import { cx } from '../utils/cx';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';


function normaliseMode(mode: unknown): YinfaMode | undefined {
  if (mode === undefined || mode === null) return undefined;
  if ((YINFA_MODES as readonly unknown[]).includes(mode)) return mode as YinfaMode;
  devWarn(`YinfaProvider: unknown mode "${String(mode)}"; using "standard". Expected one of: ${YINFA_MODES.join(', ')}.`);
  return 'standard';
}

export interface YinfaProviderProps {
  children?: ReactNode;
  /**
   * Controlled mode. Leave unset to follow the system (prefers-contrast: more → high-contrast colours).
   * `'auto'`: start from what the host app says (detectHostPreferences: 浙里办, WeChat, a bank bridge,
   * `?yinfa-mode=`, text zoom); `defaultMode` (a remembered choice) and the user's own choice win over it.
   */
  mode?: YinfaMode | 'auto';
  /** Options for `mode="auto"` detection: the bank app's bridge function, time limit, sources. */
  hostDetection?: DetectHostOptions;
  defaultMode?: YinfaMode;
  /**
   * The user's saved choice as the server read it (`readPreferencesCookie` from @yinfa/core on the request's
   * cookie). The server's HTML and the first client render both start from it, so the page is painted in
   * elder mode at once and hydrates without a mismatch. Its fields win over defaultMode / defaultTextScale /
   * defaultLocale (the app's defaults); pass `null` when the request had no such cookie.
   */
  initialPreferences?: YinfaPreferences | null;
  /**
   * Remember the user's own changes of mode, text scale and locale: in localStorage (`loadPreferences`) and in
   * the preferences cookie the server reads. Off by default (the app decides whether to remember). What was
   * stored and `initialPreferences` lacks is restored before the first paint of a client-only page; on a
   * server-rendered page just after hydration (pass `initialPreferences` to avoid that switch). Set it on the
   * outermost provider only.
   */
  persist?: boolean | PersistPreferencesOptions;
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
  /**
   * A brand theme for this subtree and its dialogs: a primary colour ('#c7000b'), createTheme() options
   * ({ primary, accent }) or a createTheme() result. Contrast-checked per mode; high-contrast stays unless asked.
   * Invalid colours keep the default theme and warn once.
   */
  theme?: YinfaTheme;
  /**
   * Where the app serves: the meal map's starting view, the example landline in phone hints and errors, the
   * hotline widgets fall back to. A named profile (`LIANYUNGANG`) or your own from `resolveRegion({ … })`
   * (@yinfa/core: fills and checks a partial one); nested providers inherit it. Default NATIONAL_REGION (no city).
   */
  region?: RegionProfile;
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

  const auto = props.mode === 'auto';
  const explicitMode = auto ? undefined : normaliseMode(props.mode);
  // Read once: the first render's value is the state's start, as with every default* prop.
  const [initial] = useState(() => sanitizePreferences(props.initialPreferences));
  // A remembered choice (the server's cookie, or the app's defaultMode) beats the host app's hint under mode="auto".
  const rememberedMode = initial.mode ?? normaliseMode(props.defaultMode);
  const [chosenMode, setModeState] = useControllableState<YinfaMode>(
    explicitMode,
    rememberedMode ?? inherited?.mode ?? 'standard',
    props.onModeChange,
  );
  const [modeChosen, setModeChosen] = useState(false);
  const [scaleChosen, setScaleChosen] = useState(false);
  const host = useHostPreferences(auto, props.hostDetection);
  const onModeChangeRef = useRef(props.onModeChange);
  onModeChangeRef.current = props.onModeChange;
  // What `persist` writes: the fields the user chose or had saved, never the app's own defaults.
  const persistRef = useRef(props.persist);
  persistRef.current = props.persist;
  const savedRef = useRef<YinfaPreferences>(initial);
  const remember = useCallback((change: YinfaPreferences) => {
    savedRef.current = { ...savedRef.current, ...change };
    const persist = persistRef.current;
    if (persist) persistPreferences(savedRef.current, persist === true ? {} : persist);
  }, []);
  const setMode = useCallback(
    (next: YinfaMode) => {
      const mode = normaliseMode(next) ?? 'standard';
      remember({ mode });
      // Under mode="auto" the page may show the host's mode while the chosen value is still the default: a
      // choice equal to that default changes no state, but it is still the user's choice, to be remembered.
      if (auto && !modeChosen && Object.is(mode, chosenMode)) onModeChangeRef.current?.(mode);
      setModeChosen(true);
      setModeState(mode);
    },
    [setModeState, auto, modeChosen, chosenMode, remember],
  );

  const [locale, setLocaleState] = useControllableState<Locale>(
    props.locale === undefined ? undefined : resolveLocale(props.locale),
    resolveLocale(initial.locale ?? props.defaultLocale ?? inherited?.locale ?? 'zh-CN'),
    props.onLocaleChange,
  );
  const setLocale = useCallback(
    (next: Locale) => {
      const value = resolveLocale(next);
      remember({ locale: value });
      setLocaleState(value);
    },
    [setLocaleState, remember],
  );

  const [rawScale, setScaleState] = useControllableState<number>(
    props.textScale,
    initial.textScale ?? props.defaultTextScale ?? inherited?.textScale ?? 1,
    props.onTextScaleChange,
  );
  const hostScale =
    auto && !scaleChosen && props.textScale === undefined && props.defaultTextScale === undefined && initial.textScale === undefined ? host?.textScale : undefined;
  const textScale = clampTextScale(hostScale ?? rawScale);
  const setTextScale = useCallback(
    (next: number) => {
      const scale = clampTextScale(next);
      remember({ textScale: scale });
      setScaleChosen(true);
      setScaleState(scale);
    },
    [setScaleState, remember],
  );

  // persist: bring back what was stored and the server did not say (a client-only page, or a cookie lost),
  // once, before the first paint of a client render (after hydration on a server-rendered one: no mismatch).
  const persistOn = !!props.persist;
  useIsoLayoutEffect(() => {
    const persist = persistRef.current;
    if (!persist) return;
    const options = persist === true ? {} : persist;
    const stored = loadPreferences(options.key, options.storage);
    const restore: YinfaPreferences = {};
    if (stored.mode !== undefined && initial.mode === undefined && explicitMode === undefined) restore.mode = stored.mode;
    if (stored.textScale !== undefined && initial.textScale === undefined && props.textScale === undefined) restore.textScale = stored.textScale;
    if (stored.locale !== undefined && initial.locale === undefined && props.locale === undefined) restore.locale = stored.locale;
    if (!Object.keys(restore).length) return;
    savedRef.current = { ...savedRef.current, ...restore };
    if (restore.mode) {
      setModeChosen(true);
      setModeState(restore.mode);
    }
    if (restore.textScale !== undefined) {
      setScaleChosen(true);
      setScaleState(restore.textScale);
    }
    if (restore.locale) setLocaleState(restore.locale);
    // The cookie was missing or older than storage: write it, so the server renders the next page right.
    if (options.cookie !== false) persistPreferences(savedRef.current, options);
    // Once per turning persist on: later prop changes are the app's own.
  }, [persistOn]);

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

  // The host's answer applies only while nobody chose: a remembered choice (defaultMode) or the user's own wins.
  const mode = (auto && !modeChosen && rememberedMode === undefined && host?.mode) || chosenMode;
  // An inline { primary } object is a new object each render: key the (costly) palette on its content.
  const themeKey = props.theme && typeof props.theme === 'object' && !('modes' in props.theme) ? JSON.stringify(props.theme) : props.theme;
  const themeValue = useMemo<unknown>(() => (typeof themeKey === 'string' && themeKey.startsWith('{') ? JSON.parse(themeKey) : themeKey), [themeKey]);
  const ownTheme = useThemeVariables(themeValue);
  const themeVariables = ownTheme ?? inherited?.themeVariables;
  const region = props.region ?? inherited?.region ?? NATIONAL_REGION;
  const rootRef = useRef<HTMLDivElement>(null);
  const scopeElement = useCallback(() => rootRef.current, []);

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
      region,
      hasProvider: true,
      themeVariables,
      scopeElement,
    }),
    [mode, setMode, locale, setLocale, textScale, setTextScale, reducedMotion, setReducedMotion, systemReduced, t, messages, inherited, announce, region, themeVariables, scopeElement],
  );

  const followSystem = explicitMode === undefined && rememberedMode === undefined && !modeChosen && (!inherited || inherited.mode === mode);

  return (
    <YinfaContext.Provider value={value}>
      <div
        ref={rootRef}
        id={props.id}
        className={cx('yf-root', props.className)}
        data-yinfa-follow-system={followSystem ? '' : undefined}
        {...scopeAttributes({ mode, locale, textScale, reducedMotion }, ownTheme ? { ...ownTheme, ...props.style } : props.style)}
      >
        {props.children}
        {inherited ? null : <LiveAnnouncer ref={announcer} />}
      </div>
    </YinfaContext.Provider>
  );
}
