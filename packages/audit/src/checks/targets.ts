/** Target size: every control ≥ 44×44 CSS px (≥ 60×60 in elder mode). */
import { describe, INTERACTIVE, isExempt, isHiddenFromSight, modeOf, pageRect, rulesFor, selectorOf } from './dom';
import type { CheckContext, Finding } from './types';

/** Inline links inside text are exempt (WCAG 2.5.5 "inline"); a checkbox or radio is measured by its label. */
export function checkTargets(root: ParentNode, ctx: CheckContext = {}): Finding[] {
  const out: Finding[] = [];
  for (const el of Array.from(root.querySelectorAll(INTERACTIVE))) {
    if (isHiddenFromSight(el) || isExempt(el, 'target')) continue;
    const cs = getComputedStyle(el);
    if (el.tagName === 'A' && cs.display === 'inline') continue;
    let box: Element = el;
    if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) box = el.closest('label') ?? el;
    const r = box.getBoundingClientRect();
    const min = rulesFor(el, ctx).target;
    if (r.width + 0.5 < min || r.height + 0.5 < min) {
      const size = `${r.width.toFixed(0)}×${r.height.toFixed(0)}px`;
      out.push({ check: 'target-size', selector: selectorOf(box), value: size, threshold: `≥ ${min}×${min}px`, rect: pageRect(box), message: `${describe(box)} is ${size}, under ${min}×${min} (${modeOf(el, ctx)})` });
    }
  }
  return out;
}
