import { RATE_DEFAULT, VOLUME_DEFAULT, clampRate, clampVolume } from '../speech/rate';
import { COLOR_SCHEME_IDS, type ColorSchemeId } from './schemes';

/** Text size steps, as multiples of the page's own root font size: 100% → 200% (WCAG 1.4.4). */
export const TEXT_STEPS = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextStep = (typeof TEXT_STEPS)[number];

export const GUIDE_KINDS = ['off', 'line', 'crosshair'] as const;
/** Reading guide: off, a horizontal line (阅读线), or horizontal + vertical lines (十字线). */
export type GuideKind = (typeof GUIDE_KINDS)[number];

/** 大字幕's text: as written, with pinyin above each character, in traditional characters, or both. */
export const CAPTION_STYLES = ['plain', 'pinyin', 'traditional', 'traditional-pinyin'] as const;
export type CaptionStyle = (typeof CAPTION_STYLES)[number];

export const READ_MODES = ['continuous', 'point'] as const;
/** 连读 (read on from the top or a chosen point) or 指读 (read what gets focus). */
export type ToolbarReadMode = (typeof READ_MODES)[number];

/** Everything the toolbar changes, in one plain object (what is remembered per site). */
export interface ToolbarSettings {
  /** Index into TEXT_STEPS. */
  textStep: number;
  scheme: ColorSchemeId;
  largeCursor: boolean;
  guide: GuideKind;
  readMode: ToolbarReadMode;
  /** Speech rate 0.7–1.5. */
  rate: number;
  /** 大字幕 while reading. */
  caption: boolean;
  /** What 大字幕 shows: 原文, 加拼音, 繁体字, 繁体加拼音. */
  captionStyle: CaptionStyle;
  /** 声音: the main switch of everything the toolbar says aloud (off: nothing is read, not even 指读). */
  sound: boolean;
  /** 音量 0.25–1 of the reading. */
  volume: number;
  /** The bar shows only its one open button. */
  collapsed: boolean;
}

/** The page's own presentation: what reset goes back to. */
export const DEFAULT_TOOLBAR_SETTINGS: Readonly<ToolbarSettings> = Object.freeze({
  textStep: 0,
  scheme: 'page',
  largeCursor: false,
  guide: 'off',
  readMode: 'continuous',
  rate: RATE_DEFAULT,
  caption: false,
  captionStyle: 'plain',
  sound: true,
  volume: VOLUME_DEFAULT,
  collapsed: false,
});

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

export function clampTextStep(step: unknown): number {
  const n = typeof step === 'number' ? step : Number.NaN;
  if (!Number.isFinite(n)) return 0;
  return Math.min(TEXT_STEPS.length - 1, Math.max(0, Math.round(n)));
}

/** The multiplier for a step index: 1, 1.25 … 2. */
export function textScaleFor(step: number): number {
  return TEXT_STEPS[clampTextStep(step)]!;
}

/**
 * Keeps only known, valid fields (stored JSON can be old, tampered with or from another version);
 * anything missing or wrong takes the page's own value. Never throws.
 */
export function sanitizeToolbarSettings(raw: unknown, base: ToolbarSettings = DEFAULT_TOOLBAR_SETTINGS): ToolbarSettings {
  const r = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  return {
    textStep: 'textStep' in r ? clampTextStep(r.textStep) : base.textStep,
    scheme: pick(r.scheme, COLOR_SCHEME_IDS, base.scheme),
    largeCursor: typeof r.largeCursor === 'boolean' ? r.largeCursor : base.largeCursor,
    guide: pick(r.guide, GUIDE_KINDS, base.guide),
    readMode: pick(r.readMode, READ_MODES, base.readMode),
    rate: typeof r.rate === 'number' && Number.isFinite(r.rate) ? clampRate(r.rate) : base.rate,
    caption: typeof r.caption === 'boolean' ? r.caption : base.caption,
    captionStyle: pick(r.captionStyle, CAPTION_STYLES, base.captionStyle),
    sound: typeof r.sound === 'boolean' ? r.sound : base.sound,
    volume: typeof r.volume === 'number' && Number.isFinite(r.volume) ? clampVolume(r.volume) : base.volume,
    collapsed: typeof r.collapsed === 'boolean' ? r.collapsed : base.collapsed,
  };
}

/** True when the settings change nothing on the page (the bar's own collapsed state aside). */
export function isPagePresentation(s: ToolbarSettings): boolean {
  return s.textStep === 0 && s.scheme === 'page' && !s.largeCursor && s.guide === 'off';
}

/** Next item in a list, wrapping (for one-key cycling through schemes and guides). */
export function cycle<T>(list: readonly T[], current: T): T {
  const i = list.indexOf(current);
  return list[(i + 1) % list.length]!;
}
