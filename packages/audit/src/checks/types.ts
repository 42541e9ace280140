/** The checks' shared vocabulary: check ids (the public JSON's `check`), modes, per-mode bars and findings. */

export type CheckId =
  | 'text-size'
  | 'line-height'
  | 'contrast'
  | 'target-size'
  | 'focus-visible'
  | 'focus-obscured'
  | 'keyboard'
  | 'reflow'
  | 'text-spacing'
  | 'enlargement'
  | 'popup'
  | 'autoplay'
  | 'motion'
  | 'captcha'
  | 'axe';

export const CHECK_IDS: readonly CheckId[] = [
  'text-size',
  'line-height',
  'contrast',
  'target-size',
  'focus-visible',
  'focus-obscured',
  'keyboard',
  'reflow',
  'text-spacing',
  'enlargement',
  'popup',
  'autoplay',
  'motion',
  'captcha',
  'axe',
];

export type AuditMode = 'standard' | 'elder' | 'high-contrast';

/**
 * Which bars apply. `yinfa`: Yinfa's own (elder text ≥ 20 px, body contrast ≥ 7:1 in elder and
 * high-contrast, line height ≥ 1.5). `miit`: the MIIT 适老化 numbers (elder text ≥ 18, contrast 4.5:1,
 * line spacing ≥ 1.3) with WCAG's targets and large-text definition.
 */
export type AuditProfile = 'yinfa' | 'miit';

export interface ModeRules {
  /** Minimum target side in CSS px. */
  target: number;
  /** Minimum text size in CSS px (0: not checked). */
  minText: number;
  bodyContrast: number;
  largeContrast: number;
  /** Minimum line height as a multiple of the font size, for running text. */
  lineHeight: number;
  /** Minimum gap between paragraphs as a multiple of the line height. */
  paragraphSpacing: number;
}

const YINFA: Record<AuditMode, ModeRules> = {
  standard: { target: 44, minText: 16, bodyContrast: 4.5, largeContrast: 3, lineHeight: 1.5, paragraphSpacing: 1.3 },
  elder: { target: 60, minText: 20, bodyContrast: 7, largeContrast: 4.5, lineHeight: 1.5, paragraphSpacing: 1.3 },
  'high-contrast': { target: 44, minText: 16, bodyContrast: 7, largeContrast: 4.5, lineHeight: 1.5, paragraphSpacing: 1.3 },
};

const MIIT: Record<AuditMode, ModeRules> = {
  standard: { target: 44, minText: 0, bodyContrast: 4.5, largeContrast: 3, lineHeight: 1.3, paragraphSpacing: 1.3 },
  elder: { target: 60, minText: 18, bodyContrast: 4.5, largeContrast: 3, lineHeight: 1.3, paragraphSpacing: 1.3 },
  'high-contrast': { target: 44, minText: 0, bodyContrast: 7, largeContrast: 4.5, lineHeight: 1.3, paragraphSpacing: 1.3 },
};

export const PROFILES: Record<AuditProfile, Record<AuditMode, ModeRules>> = { yinfa: YINFA, miit: MIIT };

/** Yinfa's bars (the story audit's). */
export const MODE_RULES = YINFA;

/** What a check is told about the render it looks at. */
export interface CheckContext {
  /** Forces this mode's bars everywhere; unset, each element's nearest `data-yinfa-mode` decides. */
  mode?: AuditMode;
  profile?: AuditProfile;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One problem found in the page, as a check reports it. */
export interface Finding {
  check: CheckId;
  /** A CSS selector for the element (`html` for the page itself). */
  selector: string;
  /** What was measured, with its unit: `14px`, `3.2:1`, `36×36px`. */
  value: string;
  /** The bar it was measured against: `≥ 20px`. */
  threshold: string;
  /** One plain sentence, English, for logs and test failures. */
  message: string;
  /** The WCAG success criterion when it differs from the check's usual one (reflow at 200% text: 1.4.4). */
  wcag?: string;
  /** Where the element is in the document (CSS px, page coordinates), for screenshot crops. */
  rect?: Rect;
}
