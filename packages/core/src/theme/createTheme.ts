/**
 * createTheme({ primary, accent? }): one or two brand colours → the brand tokens of every mode, each pairing
 * the components use checked against its bar with the same contrastRatio() the audit uses. Where the brand
 * colour cannot meet a bar it is moved in lightness (hue kept) and `adjusted` says which token, in which mode.
 */
import { contrastRatio } from '../color/contrast';
import { lightnessRamp, parseBrand, type Brand, type Ramp } from './colour';
import { DEFAULT_THEME_MODES, MODE_BARS, MODE_NEUTRALS, THEME_MODES, type ThemeMode, type ThemeProperty } from './defaults';

export interface ThemeOptions {
  /** The main brand colour: buttons, switches, checked boxes. Hex (#c7000b), rgb(), hsl(), oklch() or a keyword. */
  primary: string;
  /** A second brand colour for links and the focus ring. Defaults to `primary`. */
  accent?: string;
  /** Where `css` applies the theme. Default `:root`. The theme reaches every Yinfa scope below it. */
  selector?: string;
  /** High-contrast mode keeps its yellow-on-black unless this is true (then the brand hue is used there too). */
  highContrast?: boolean;
}

export interface Theme {
  /** CSS text to add to a page: the theme's colours per mode on `selector`. */
  css: string;
  /** Per mode, the design system's custom properties → colours (#rrggbb). */
  modes: Record<ThemeMode, Record<string, string>>;
  /** The tokens whose colour had to move away from the brand colour to meet a bar, as "<mode> <property>". */
  adjusted: string[];
}

type Test = (hex: string) => boolean;

/** The ramp entry passing every test with lightness nearest `target`; null when none passes. */
function nearest(ramp: Ramp, target: number, tests: Test[], avoid?: { l: number; min: number }): { l: number; hex: string } | null {
  let best: { l: number; hex: string } | null = null;
  for (const step of ramp) {
    if (avoid && Math.abs(step.l - avoid.l) < avoid.min) continue;
    if (!tests.every((t) => t(step.hex))) continue;
    if (!best || Math.abs(step.l - target) < Math.abs(best.l - target)) best = step;
  }
  return best;
}

const atLeast = (bar: number, against: string): Test => (hex) => contrastRatio(hex, against) >= bar;

function brandMode(mode: ThemeMode, primary: Brand, accent: Brand, adjusted: string[]): Record<ThemeProperty, string> {
  const n = MODE_NEUTRALS[mode];
  const bar = MODE_BARS[mode];
  const rampP = lightnessRamp(primary);
  const rampA = accent === primary ? rampP : lightnessRamp(accent);
  const edge = [atLeast(bar.nonText, n.background), atLeast(bar.nonText, n.surface), atLeast(bar.nonText, n.focusHalo)];

  // The fill and the text on it: try white and the mode's dark text, keep whichever moves the brand least.
  let fill: { l: number; hex: string } | null = null;
  let on = '#ffffff';
  for (const candidate of ['#ffffff', n.darkText]) {
    const found = nearest(rampP, primary.l, [...edge, atLeast(bar.text, candidate)]);
    if (found && (!fill || Math.abs(found.l - primary.l) < Math.abs(fill.l - primary.l) - 1e-9)) {
      fill = found;
      on = candidate;
    }
  }
  // Black or white always passes one of the two, so `fill` is set; the fallback is for type narrowing.
  const p = fill ?? { l: 0, hex: '#000000' };
  // Hover and pressed move away from the text colour: darker under white text, lighter under dark text.
  const away = on === '#ffffff' ? -1 : 1;
  const stateTests = [atLeast(bar.text, on), atLeast(bar.nonText, n.background), atLeast(bar.nonText, n.focusHalo)];
  const hover = nearest(rampP, p.l + away * 0.08, stateTests, { l: p.l, min: 0.03 }) ?? p;
  const active = nearest(rampP, p.l + away * 0.14, stateTests, { l: hover.l, min: 0.03 }) ?? hover;
  const onSecondary = nearest(rampP, primary.l, [atLeast(bar.text, n.secondary), atLeast(bar.text, n.surface), atLeast(bar.text, n.background)]) ?? { l: 0, hex: n.text };
  const link = nearest(rampA, accent.l, [atLeast(bar.text, n.background), atLeast(bar.text, n.surface)]) ?? { l: 0, hex: n.text };
  const focus = nearest(rampA, accent.l, [atLeast(bar.nonText, n.background), atLeast(bar.nonText, n.surface), atLeast(bar.nonText, n.focusHalo)]) ?? link;

  const note = (property: ThemeProperty, hex: string, from: Brand) => {
    if (hex !== from.hex) adjusted.push(`${mode} ${property}`);
  };
  note('--yf-color-primary', p.hex, primary);
  note('--yf-color-on-secondary', onSecondary.hex, primary);
  note('--yf-color-link', link.hex, accent);
  note('--yf-color-focus', focus.hex, accent);

  return {
    '--yf-color-background': n.background,
    '--yf-color-surface': n.surface,
    '--yf-color-text': n.text,
    '--yf-color-primary': p.hex,
    '--yf-color-primary-hover': hover.hex,
    '--yf-color-primary-active': active.hex,
    '--yf-color-on-primary': on,
    '--yf-color-secondary': n.secondary,
    '--yf-color-on-secondary': onSecondary.hex,
    '--yf-color-link': link.hex,
    '--yf-color-focus': focus.hex,
    '--yf-color-focus-halo': n.focusHalo,
  };
}

const SELECTOR_FORBIDDEN = /[{};<>@\\]|\/\*|\*\//;

/** The CSS variable a theme sets for a token in a mode: --yf-color-primary in elder → --yf-theme-elder-color-primary. */
export function themeVariable(mode: ThemeMode, property: string): string {
  return `--yf-theme-${mode}-${property.replace(/^--yf-/, '')}`;
}

/**
 * The theme's colours as the --yf-theme-* variables tokens.css reads (for a style attribute or setProperty).
 * High-contrast colours are included when asked, or when they differ from the design system's own.
 */
export function themeVariables(theme: Pick<Theme, 'modes'>, options: { highContrast?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  const hc = theme.modes['high-contrast'];
  const hcChanged = !!hc && Object.entries(DEFAULT_THEME_MODES['high-contrast']).some(([k, v]) => hc[k] !== undefined && hc[k] !== v);
  for (const mode of THEME_MODES) {
    if (mode === 'high-contrast' && !(options.highContrast ?? hcChanged)) continue;
    for (const [property, value] of Object.entries(theme.modes[mode] ?? {})) out[themeVariable(mode, property)] = value;
  }
  return out;
}

/**
 * Builds a brand theme. Throws a TypeError with a plain message on anything that is not a colour
 * ("#12", "red;", "url(…)") or on a selector that is not one.
 */
export function createTheme(options: ThemeOptions): Theme {
  if (!options || typeof options !== 'object') throw new TypeError('createTheme needs an object such as { primary: "#c7000b" }.');
  const primary = parseBrand(options.primary, 'primary');
  if (typeof primary === 'string') throw new TypeError(`createTheme: ${primary}`);
  let accent = primary;
  if (options.accent !== undefined) {
    const parsed = parseBrand(options.accent, 'accent');
    if (typeof parsed === 'string') throw new TypeError(`createTheme: ${parsed}`);
    accent = parsed;
  }
  const selector = options.selector === undefined ? ':root' : options.selector;
  if (typeof selector !== 'string' || !selector.trim() || SELECTOR_FORBIDDEN.test(selector)) {
    throw new TypeError(`createTheme: selector ${JSON.stringify(selector)} is not a plain CSS selector. Use one such as ".my-bank" or ":root".`);
  }
  const highContrast = options.highContrast === true;

  const adjusted: string[] = [];
  const modes = {
    standard: brandMode('standard', primary, accent, adjusted),
    elder: brandMode('elder', primary, accent, adjusted),
    'high-contrast': highContrast ? brandMode('high-contrast', primary, accent, adjusted) : { ...DEFAULT_THEME_MODES['high-contrast'] },
  } satisfies Record<ThemeMode, Record<ThemeProperty, string>>;

  const vars = themeVariables({ modes }, { highContrast });
  const source = accent === primary ? `primary ${primary.hex}` : `primary ${primary.hex}, accent ${accent.hex}`;
  const lines = Object.entries(vars).map(([k, v]) => `  ${k}: ${v};`);
  const css =
    `/* Yinfa theme — ${source}. Generated by createTheme() from @yinfa/core; every pairing meets its contrast bar. */\n` +
    (adjusted.length ? `/* Lightness shifted to meet a bar: ${adjusted.join(', ')}. */\n` : '') +
    `${selector.trim()} {\n${lines.join('\n')}\n}\n`;
  return { css, modes, adjusted };
}


