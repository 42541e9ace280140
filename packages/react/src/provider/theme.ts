import { devWarn, THEME_MODES, THEME_PROPERTIES, themeVariable, themeVariables, type Theme, type ThemeOptions } from '@yinfa/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useIsoLayoutEffect } from '../utils/useIsoLayoutEffect';

/** A brand theme for a subtree: a primary colour, createTheme() options, or a theme createTheme() made. */
export type YinfaTheme = string | ThemeOptions | Theme;

const isTheme = (t: object): t is Theme => 'modes' in t && typeof (t as Theme).modes === 'object';

type Palette = typeof import('./themePalette');
let palette: Palette | undefined;
let loading: Promise<Palette> | undefined;
/** The palette module (createTheme + colorjs.io), fetched once per page on first need; later calls share it. */
function loadPalette(): Promise<Palette> {
  loading ??= import('./themePalette').then(
    (m) => (palette = m),
    (error: unknown) => {
      loading = undefined; // a failed chunk fetch may be retried by the next provider
      throw error;
    },
  );
  return loading;
}

/** A colour or createTheme() options need the palette module; a createTheme() result does not. */
const needsPalette = (theme: unknown) => (typeof theme === 'string' && theme !== '') || (typeof theme === 'object' && theme !== null && !isTheme(theme));

/**
 * The --yf-theme-* variables for a theme prop; undefined (the default theme stays) with a warning on bad
 * input, and undefined while the palette module for a colour or options is still loading.
 */
export function resolveThemeVariables(theme: unknown, loaded: Palette | undefined = palette): Record<string, string> | undefined {
  if (theme === undefined || theme === null || theme === '') return undefined;
  try {
    if (typeof theme === 'object' && isTheme(theme)) return themeVariables(theme);
    if (typeof theme !== 'string' && typeof theme !== 'object') throw new TypeError(`expected a colour, { primary } or a createTheme() result, not ${typeof theme}`);
    return loaded?.paletteVariables(theme as string | ThemeOptions);
  } catch (error) {
    devWarn(`YinfaProvider: theme ignored, the default colours stay. ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * The provider's theme variables. A createTheme() result applies on the first render (no colour library
 * needed). A colour or options need the palette module, loaded with a dynamic import() the first time one
 * is rendered, so pages without a theme prop (and every @yinfa/elements script) never carry colorjs.io.
 * Trade-off: the very first themed provider on a page (and the first server render after a server starts)
 * renders once with the default colours until that module arrives (one import, usually before the next
 * frame); from then on every provider, dialog and server render has its palette on its first render.
 * Suspending the subtree instead would blank it and break renderToString; an app that must never show the
 * default colours passes createTheme()'s result, which applies synchronously.
 */
export function useThemeVariables(theme: unknown): Record<string, string> | undefined {
  const wanted = needsPalette(theme);
  const [loaded, setLoaded] = useState<Palette | undefined>(palette);
  // Started while rendering (idempotent, like React.lazy) so the fetch begins as early as possible, the server included.
  if (wanted && !palette) void loadPalette().catch(() => {});
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    loadPalette().then(
      (m) => live && setLoaded(m),
      (error: unknown) => devWarn(`YinfaProvider: the theme's palette did not load, the default colours stay. ${(error as Error).message}`),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const ready = loaded ?? palette;
  return useMemo(() => resolveThemeVariables(theme, ready), [theme, ready]);
}

const ALL_THEME_VARIABLES = THEME_MODES.flatMap((mode) => THEME_PROPERTIES.map((p) => themeVariable(mode, p)));

/**
 * For content portalled out of the provider (ModeScope): the --yf-theme-* variables in force on the
 * provider's element — from its theme prop, or from a host class or stylesheet on it or any ancestor —
 * so a dialog in document.body wears the same brand. Read once before paint, after mount.
 */
export function useInheritedTheme(source: (() => HTMLElement | null) | undefined, known: Record<string, string> | undefined) {
  const [copied, setCopied] = useState<Record<string, string> | undefined>(undefined);
  const read = useCallback(() => {
    const el = source?.();
    if (!el || typeof getComputedStyle !== 'function') return false;
    const cs = getComputedStyle(el);
    const found: Record<string, string> = {};
    for (const name of ALL_THEME_VARIABLES) {
      const value = cs.getPropertyValue(name).trim();
      if (value) found[name] = value;
    }
    setCopied(Object.keys(found).length ? found : undefined);
    return true;
  }, [source]);
  // Before paint when the provider's element is already attached (a dialog opened later); on first mount a
  // portal's layout effect runs before the provider's ref is set, so try once more after commit.
  const done = useRef(false);
  useIsoLayoutEffect(() => {
    done.current = read();
  }, [read, known]);
  useEffect(() => {
    if (!done.current) done.current = read();
  }, [read, known]);
  return known ?? copied;
}
