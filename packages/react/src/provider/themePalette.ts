import { createTheme, themeVariables, type ThemeOptions } from '@yinfa/core';

/**
 * The palette behind a `theme` prop given as a colour or createTheme() options: createTheme and its colour
 * library (colorjs.io, about 15 KB gzip). theme.ts loads this module on demand, only when such a prop is
 * first rendered, so a page without one never downloads it.
 */
export function paletteVariables(theme: string | ThemeOptions): Record<string, string> {
  if (typeof theme === 'string') return themeVariables(createTheme({ primary: theme }));
  return themeVariables(createTheme(theme), { highContrast: theme.highContrast === true });
}
