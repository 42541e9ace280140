/**
 * The pairings the components draw with theme colours, measured per mode: WCAG 2 ratio (the bar) with the
 * APCA Lc figure beside it (reported, not a bar: WCAG 2 is what Chinese and EU rules cite).
 */
import { contrastRatio } from '../color/contrast';
import { apcaContrast } from './colour';
import { MODE_BARS, MODE_NEUTRALS, THEME_MODES, type ThemeMode } from './defaults';

export interface ThemePairing {
  mode: ThemeMode;
  /** What the pair is, in plain words. */
  use: string;
  foreground: string;
  background: string;
  kind: 'text' | 'non-text';
  /** WCAG 2 contrast ratio, not rounded. */
  ratio: number;
  /** APCA Lc (text on background), signed. */
  apca: number;
  bar: number;
  pass: boolean;
}

type Pair = [use: string, fg: string, bg: string, kind: 'text' | 'non-text'];

/** Every pairing the components use, named by custom property (neutral colours come from the mode). */
export const THEME_PAIRINGS: readonly Pair[] = [
  ['button text on primary', '--yf-color-on-primary', '--yf-color-primary', 'text'],
  ['button text on primary, hover', '--yf-color-on-primary', '--yf-color-primary-hover', 'text'],
  ['button text on primary, pressed', '--yf-color-on-primary', '--yf-color-primary-active', 'text'],
  ['secondary button text', '--yf-color-on-secondary', '--yf-color-secondary', 'text'],
  ['secondary button text, hover', '--yf-color-on-secondary', '--yf-color-surface', 'text'],
  ['link on page', '--yf-color-link', '--yf-color-background', 'text'],
  ['link on card', '--yf-color-link', '--yf-color-surface', 'text'],
  ['body text on page', '--yf-color-text', '--yf-color-background', 'text'],
  ['body text on card', '--yf-color-text', '--yf-color-surface', 'text'],
  ['disabled text', 'disabled-text', 'disabled-surface', 'text'],
  ['primary fill, switch track, checked box on page', '--yf-color-primary', '--yf-color-background', 'non-text'],
  ['primary fill on card', '--yf-color-primary', '--yf-color-surface', 'non-text'],
  ['hover fill on page', '--yf-color-primary-hover', '--yf-color-background', 'non-text'],
  ['pressed fill on page', '--yf-color-primary-active', '--yf-color-background', 'non-text'],
  ['focus ring on page', '--yf-color-focus', '--yf-color-background', 'non-text'],
  ['focus ring on card', '--yf-color-focus', '--yf-color-surface', 'non-text'],
  ['focus ring on its halo', '--yf-color-focus', '--yf-color-focus-halo', 'non-text'],
  ['focus halo against the primary fill', '--yf-color-focus-halo', '--yf-color-primary', 'non-text'],
];

/** Measures every pairing of a theme's modes (the `modes` of createTheme, or any map with the same names). */
export function checkTheme(modes: Record<ThemeMode, Record<string, string>>): ThemePairing[] {
  const out: ThemePairing[] = [];
  for (const mode of THEME_MODES) {
    const n = MODE_NEUTRALS[mode];
    const value = (name: string) =>
      name === 'disabled-text' ? n.disabledText : name === 'disabled-surface' ? n.disabledSurface : (modes[mode]?.[name] ?? '');
    for (const [use, fgName, bgName, kind] of THEME_PAIRINGS) {
      const foreground = value(fgName);
      const background = value(bgName);
      const ratio = contrastRatio(foreground, background);
      const bar = kind === 'text' ? MODE_BARS[mode].text : MODE_BARS[mode].nonText;
      out.push({ mode, use, foreground, background, kind, ratio, apca: apcaContrast(foreground, background), bar, pass: ratio >= bar });
    }
  }
  return out;
}
