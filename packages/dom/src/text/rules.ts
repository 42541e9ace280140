import { scaleFontSize, scaleLineHeight } from './values';

/**
 * One declaration block of the page (a style rule, or an element's style attribute) that sets a font size
 * or line height in absolute units. The enlarger rewrites the value in place — same rule, same position
 * in the cascade, same media query, layer and `!important` — and writes the page's own value back on
 * reset.
 */
export interface Edit {
  style: CSSStyleDeclaration;
  font: { value: string; priority: string } | null;
  line: { value: string; priority: string } | null;
}

/** Sizes a rule fixes in px that enlarged text may not fit: candidates for releasing. */
export interface BoxRule {
  selector: string;
}

export interface SheetScan {
  edits: Edit[];
  boxes: BoxRule[];
  /**
   * Selectors of rules that transition a size the enlargement changes (font, line height, box sizes, `all`):
   * the elements whose transitions are stopped while sizes change. `*` for a nested rule (its selector means
   * something else on its own).
   */
  transitions: string[];
  /** Sheets whose rules cannot be read (cross-origin without CORS). */
  unreadable: number;
  /** False when `outOfTime` stopped the scan before the end (the next scan with the same `seen` goes on). */
  complete: boolean;
}

const SIZE_TRANSITION = /^(all|font|font-size|line-height|(min-|max-)?(height|width)|padding(-\w+)?|letter-spacing|word-spacing)$/;

/** True when the block transitions something a change of text size moves (or may: var(), split longhands). */
export function transitionsSize(style: CSSStyleDeclaration): boolean {
  const props = style.getPropertyValue('transition-property');
  const durations = style.getPropertyValue('transition-duration');
  if (!props && !durations) return !!style.getPropertyValue('transition'); // a var() shorthand: assume so
  if (durations && durations.split(',').every((d) => parseFloat(d) === 0)) return false;
  return !props || props.split(',').some((p) => SIZE_TRANSITION.test(p.trim()));
}

function editFor(style: CSSStyleDeclaration): Edit | null {
  const fontValue = style.getPropertyValue('font-size');
  const lineValue = style.getPropertyValue('line-height');
  const font = fontValue && scaleFontSize(fontValue, 2) !== null ? { value: fontValue, priority: style.getPropertyPriority('font-size') } : null;
  const line = lineValue && scaleLineHeight(lineValue, 2) !== null ? { value: lineValue, priority: style.getPropertyPriority('line-height') } : null;
  return font || line ? { style, font, line } : null;
}

const FIXED_BOX = /^(-?\d*\.?\d+)(px|pt)$/i;

/** True for a rule that fixes a box's height or max-height, or the width of something holding one line of text. */
function fixesBox(style: CSSStyleDeclaration): boolean {
  return ['height', 'max-height', 'width', 'max-width'].some((p) => FIXED_BOX.test(style.getPropertyValue(p).trim()));
}

/** Yinfa's own CSS: sized in rem × --yf-scale, it already follows the root size. */
const isOwnLayer = (rule: CSSRule) => typeof CSSLayerBlockRule !== 'undefined' && rule instanceof CSSLayerBlockRule && /^yinfa\b/.test(rule.name);

/** Per `seen` set: the style rules whose own declarations were read, while rules nested in them may still be unread. */
const ownRead = new WeakMap<WeakSet<CSSRule>, WeakSet<CSSRule>>();

/** The longhands a block must set for the scan to read it (most rules set none: colours, margins, borders). */
const WANTED = /^(font-size|line-height|(max-)?(height|width)|transition-(property|duration))$/;
/** True when the block sets one of WANTED, or a shorthand still waiting for a var() (its longhands are unknown). */
function worthReading(style: CSSStyleDeclaration): boolean {
  for (let i = 0; i < style.length; i++) if (WANTED.test(style[i]!)) return true;
  return style.length === 0 && !!style.cssText;
}

/**
 * Reads every style rule of the given sheets (nested in @media, @supports, @layer, @container, @import and
 * CSS nesting) and returns the ones to scale. `seen` keeps a rule from being read twice: a grouping rule
 * counts as seen once all its rules are. `outOfTime` (checked every 64 rules) stops the scan early, to be
 * resumed by a later call with the same `seen` (scanning a framework's thousands of rules in idle slices);
 * `complete` says whether it got through.
 */
export function scanSheets(
  sheets: Iterable<CSSStyleSheet>,
  skip: (sheet: CSSStyleSheet) => boolean,
  seen: WeakSet<CSSRule>,
  outOfTime: () => boolean = () => false,
): SheetScan {
  const out: SheetScan = { edits: [], boxes: [], transitions: [], unreadable: 0, complete: true };
  let count = 0;
  let read = ownRead.get(seen);
  if (!read) ownRead.set(seen, (read = new WeakSet()));
  /** False when the time ran out inside `rules`. */
  const visit = (rules: CSSRuleList): boolean => {
    for (let i = 0; i < rules.length; i++) {
      const rule = rules[i]!;
      if (seen.has(rule)) continue;
      if (++count % 64 === 0 && outOfTime()) return false;
      if (isOwnLayer(rule)) {
        seen.add(rule);
        continue;
      }
      if (typeof CSSImportRule !== 'undefined' && rule instanceof CSSImportRule) {
        if (rule.styleSheet && !visitSheet(rule.styleSheet)) return false;
        seen.add(rule);
        continue;
      }
      const style = (rule as CSSStyleRule).style as CSSStyleDeclaration | undefined;
      if (style && typeof (rule as CSSStyleRule).selectorText === 'string' && !read.has(rule)) {
        read.add(rule);
        if (worthReading(style)) {
          const edit = editFor(style);
          if (edit) out.edits.push(edit);
          if (fixesBox(style)) out.boxes.push({ selector: (rule as CSSStyleRule).selectorText });
          if (transitionsSize(style)) out.transitions.push(typeof CSSStyleRule !== 'undefined' && rule.parentRule instanceof CSSStyleRule ? '*' : (rule as CSSStyleRule).selectorText);
        }
      }
      const nested = (rule as CSSGroupingRule).cssRules;
      if (nested && !visit(nested)) return false;
      seen.add(rule);
    }
    return true;
  };
  const visitSheet = (sheet: CSSStyleSheet): boolean => {
    if (skip(sheet)) return true;
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      out.unreadable++;
      return true;
    }
    return visit(rules);
  };
  for (const sheet of sheets) {
    if (!visitSheet(sheet)) {
      out.complete = false;
      break;
    }
  }
  return out;
}

/** An element's style attribute, when it sets a font size or line height in absolute units. */
export function inlineEdit(el: Element): Edit | null {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return style ? editFor(style) : null;
}

/** True when the element's own style attribute fixes its box (height, width). */
export function inlineFixesBox(el: Element): boolean {
  const style = (el as HTMLElement).style as CSSStyleDeclaration | undefined;
  return !!style && fixesBox(style);
}

/** Writes the scaled values (scale 1: the page's own values). */
export function applyEdit(edit: Edit, scale: number, medium: number): void {
  const { style, font, line } = edit;
  if (font) {
    const v = scale === 1 ? font.value : scaleFontSize(font.value, scale, medium);
    if (v !== null && style.getPropertyValue('font-size') !== v) style.setProperty('font-size', v, font.priority);
  }
  if (line) {
    const v = scale === 1 ? line.value : scaleLineHeight(line.value, scale);
    if (v !== null && style.getPropertyValue('line-height') !== v) style.setProperty('line-height', v, line.priority);
  }
}
