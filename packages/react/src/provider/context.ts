import { useContext } from 'react';
import { createTranslator, NATIONAL_REGION, type Catalogue, type Locale, type MessageKey, type RegionProfile, type Translate } from '@yinfa/core';
import { sharedContext } from '../utils/sharedContext';

export type YinfaMode = 'standard' | 'elder' | 'high-contrast';
export const YINFA_MODES: readonly YinfaMode[] = ['standard', 'elder', 'high-contrast'];
export type Politeness = 'polite' | 'assertive';
export type ReducedMotion = 'system' | 'reduce' | 'full';

export interface YinfaContextValue {
  mode: YinfaMode;
  setMode: (mode: YinfaMode) => void;
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** Multiplies every rem size (text, targets, spacing); 1–2. */
  textScale: number;
  setTextScale: (scale: number) => void;
  reducedMotion: ReducedMotion;
  setReducedMotion: (value: ReducedMotion) => void;
  /** True when motion should be avoided: the override says so, or the OS does (under 'system'). */
  prefersReducedMotion: boolean;
  t: Translate<MessageKey>;
  /** The host's wording overrides for this subtree (nested providers merged); every catalogue sees them. */
  messages: Catalogue;
  /** Speaks through the one shared live region the provider mounts (screen readers miss per-component regions). */
  announce: (message: string, politeness?: Politeness) => void;
  /** Where the app serves (map view, example phone numbers, default hotlines); NATIONAL_REGION unless a provider says. */
  region: RegionProfile;
  /** False outside a provider: components still render, with defaults. */
  hasProvider: boolean;
  /** The brand theme's --yf-theme-* variables from the nearest provider with a `theme` prop. */
  themeVariables?: Record<string, string>;
  /** The provider's own element, so portalled scopes (ModeScope) can copy a host's brand class from it. */
  scopeElement?: () => HTMLElement | null;
}

const noop = () => {};
const defaultTranslate = createTranslator('zh-CN');

export const DEFAULT_CONTEXT: YinfaContextValue = {
  mode: 'standard',
  setMode: noop,
  locale: 'zh-CN',
  setLocale: noop,
  textScale: 1,
  setTextScale: noop,
  reducedMotion: 'system',
  setReducedMotion: noop,
  prefersReducedMotion: false,
  t: defaultTranslate,
  messages: {},
  announce: noop,
  region: NATIONAL_REGION,
  hasProvider: false,
};

export const YinfaContext = sharedContext<YinfaContextValue>('YinfaContext', DEFAULT_CONTEXT);

/** Everything the provider knows: mode, locale, text scale, motion, the translator and announce(). */
export function useYinfa(): YinfaContextValue {
  return useContext(YinfaContext);
}

/** The translator for the current locale: `t('common.close')`. */
export function useTranslate(): Translate<MessageKey> {
  return useContext(YinfaContext).t;
}

/** `announce(message, 'polite' | 'assertive')` through the provider's shared live region. */
export function useAnnounce(): YinfaContextValue['announce'] {
  return useContext(YinfaContext).announce;
}

export function useMode(): [YinfaMode, (mode: YinfaMode) => void] {
  const ctx = useContext(YinfaContext);
  return [ctx.mode, ctx.setMode];
}

export function useLocale(): [Locale, (locale: Locale) => void] {
  const ctx = useContext(YinfaContext);
  return [ctx.locale, ctx.setLocale];
}

export function useTextScale(): [number, (scale: number) => void] {
  const ctx = useContext(YinfaContext);
  return [ctx.textScale, ctx.setTextScale];
}
