import { createTheme, devWarn, THEME_MODES, THEME_PROPERTIES, themeVariable, themeVariables, type Theme, type ThemeOptions } from '@yinfa/core';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** A brand theme for a subtree: a primary colour, createTheme() options, or a theme createTheme() made. */
export type YinfaTheme = string | ThemeOptions | Theme;

const isTheme = (t: object): t is Theme => 'modes' in t && typeof (t as Theme).modes === 'object';

/** The --yf-theme-* variables for a theme prop; undefined (the default theme stays) with a warning on bad input. */
export function resolveThemeVariables(theme: unknown): Record<string, string> | undefined {
  if (theme === undefined || theme === null || theme === '') return undefined;
  try {
    if (typeof theme === 'string') return themeVariables(createTheme({ primary: theme }));
    if (typeof theme === 'object' && isTheme(theme)) return themeVariables(theme);
    if (typeof theme === 'object') return themeVariables(createTheme(theme as ThemeOptions), { highContrast: (theme as ThemeOptions).highContrast === true });
    throw new TypeError(`expected a colour, { primary } or a createTheme() result, not ${typeof theme}`);
  } catch (error) {
    devWarn(`YinfaProvider: theme ignored, the default colours stay. ${(error as Error).message}`);
    return undefined;
  }
}

const ALL_THEME_VARIABLES = THEME_MODES.flatMap((mode) => THEME_PROPERTIES.map((p) => themeVariable(mode, p)));
const useIsoLayoutEffect = typeof window === 'undefined' ? useEffect : useLayoutEffect;

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
