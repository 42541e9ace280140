export { createTheme, themeVariable, themeVariables } from './createTheme';
export type { Theme, ThemeOptions } from './createTheme';
export { checkTheme, THEME_PAIRINGS } from './checkTheme';
export type { ThemePairing } from './checkTheme';
export { DEFAULT_THEME_MODES, MODE_BARS, THEME_MODES, THEME_PROPERTIES } from './defaults';
export type { ThemeMode, ThemeProperty } from './defaults';
