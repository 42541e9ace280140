/**
 * The neutral colours each mode pairs brand colours against, and each mode's default brand colours.
 * They mirror packages/tokens/tokens/modes/*.json (a test keeps the two equal); core does not import tokens.
 */
export type ThemeMode = 'standard' | 'elder' | 'high-contrast';
export const THEME_MODES: readonly ThemeMode[] = ['standard', 'elder', 'high-contrast'];

/** The custom properties a theme sets, per mode (tokens/themeable.json in @yinfa/tokens lists the same names). */
export const THEME_PROPERTIES = [
  '--yf-color-background',
  '--yf-color-surface',
  '--yf-color-text',
  '--yf-color-primary',
  '--yf-color-primary-hover',
  '--yf-color-primary-active',
  '--yf-color-on-primary',
  '--yf-color-secondary',
  '--yf-color-on-secondary',
  '--yf-color-link',
  '--yf-color-focus',
  '--yf-color-focus-halo',
] as const;
export type ThemeProperty = (typeof THEME_PROPERTIES)[number];

/** Neutral colours a theme never changes but checks against (disabled controls keep the mode's greys). */
export interface ModeNeutrals {
  background: string;
  surface: string;
  text: string;
  secondary: string;
  focusHalo: string;
  disabledSurface: string;
  disabledText: string;
  /** The dark or light text a brand fill can carry besides white/black. */
  darkText: string;
}

export const MODE_NEUTRALS: Record<ThemeMode, ModeNeutrals> = {
  standard: { background: '#ffffff', surface: '#f3f5f7', text: '#1a1c1e', secondary: '#ffffff', focusHalo: '#ffffff', disabledSurface: '#e4e7eb', disabledText: '#4a5058', darkText: '#1a1c1e' },
  elder: { background: '#ffffff', surface: '#f3f5f7', text: '#111213', secondary: '#ffffff', focusHalo: '#ffffff', disabledSurface: '#e4e7eb', disabledText: '#33383e', darkText: '#111213' },
  'high-contrast': { background: '#000000', surface: '#111111', text: '#ffffff', secondary: '#000000', focusHalo: '#000000', disabledSurface: '#1f1f1f', disabledText: '#d9d9d9', darkText: '#000000' },
};

/** The design system's own values for every theme property, per mode (the default blue; high-contrast yellow). */
export const DEFAULT_THEME_MODES: Record<ThemeMode, Record<ThemeProperty, string>> = {
  standard: {
    '--yf-color-background': '#ffffff',
    '--yf-color-surface': '#f3f5f7',
    '--yf-color-text': '#1a1c1e',
    '--yf-color-primary': '#0b57a4',
    '--yf-color-primary-hover': '#08457f',
    '--yf-color-primary-active': '#063a6d',
    '--yf-color-on-primary': '#ffffff',
    '--yf-color-secondary': '#ffffff',
    '--yf-color-on-secondary': '#0b57a4',
    '--yf-color-link': '#0b57a4',
    '--yf-color-focus': '#0b57a4',
    '--yf-color-focus-halo': '#ffffff',
  },
  elder: {
    '--yf-color-background': '#ffffff',
    '--yf-color-surface': '#f3f5f7',
    '--yf-color-text': '#111213',
    '--yf-color-primary': '#08457f',
    '--yf-color-primary-hover': '#063461',
    '--yf-color-primary-active': '#042a4f',
    '--yf-color-on-primary': '#ffffff',
    '--yf-color-secondary': '#ffffff',
    '--yf-color-on-secondary': '#08457f',
    '--yf-color-link': '#08457f',
    '--yf-color-focus': '#08457f',
    '--yf-color-focus-halo': '#ffffff',
  },
  'high-contrast': {
    '--yf-color-background': '#000000',
    '--yf-color-surface': '#111111',
    '--yf-color-text': '#ffffff',
    '--yf-color-primary': '#ffd60a',
    '--yf-color-primary-hover': '#ffe45c',
    '--yf-color-primary-active': '#fff0a0',
    '--yf-color-on-primary': '#000000',
    '--yf-color-secondary': '#000000',
    '--yf-color-on-secondary': '#ffd60a',
    '--yf-color-link': '#9fd3ff',
    '--yf-color-focus': '#ffd60a',
    '--yf-color-focus-halo': '#000000',
  },
};

/** The bars (WCAG 1.4.3 / 1.4.6 / 1.4.11): body text 4.5:1, 7:1 in elder and high-contrast; non-text 3:1. */
export const MODE_BARS: Record<ThemeMode, { text: number; nonText: number }> = {
  standard: { text: 4.5, nonText: 3 },
  elder: { text: 7, nonText: 3 },
  'high-contrast': { text: 7, nonText: 3 },
};
