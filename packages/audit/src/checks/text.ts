/** Text checks: size (text, input values, placeholders), line height and paragraph spacing, contrast. */
import { blend, contrastRatio, parseColor, type Rgba } from '@yinfa/core';
import { describe, isExempt, modeOf, pageRect, rulesFor, selectorOf, textElements, textInputs } from './dom';
import type { CheckContext, Finding } from './types';

const px = (n: number) => `${Math.round(n * 10) / 10}px`;

/** No text under the mode's minimum (16 px, 20 px elder), input values and placeholders included. */
export function checkTextSize(root: ParentNode, ctx: CheckContext = {}): Finding[] {
  const out: Finding[] = [];
  const look = (el: Element, what: string) => {
    if (isExempt(el, 'text-size')) return;
    const size = parseFloat(getComputedStyle(el).fontSize);
    const min = rulesFor(el, ctx).minText;
    if (min > 0 && size + 0.01 < min) {
      out.push({ check: 'text-size', selector: selectorOf(el), value: px(size), threshold: `≥ ${min}px`, rect: pageRect(el), message: `${describe(el)} ${what} is ${px(size)}, under ${min}px (${modeOf(el, ctx)})` });
    }
  };
  for (const el of textElements(root)) look(el, 'text');
  for (const el of textInputs(root)) look(el, el.value ? 'input text' : 'placeholder');
  return out;
}

/** Running text (paragraphs, list items, anything wrapping onto a second line): line height ≥ 1.5 × size; paragraphs apart ≥ 1.3 × line height. */
export function checkLineHeight(root: ParentNode, ctx: CheckContext = {}): Finding[] {
  const out: Finding[] = [];
  for (const el of textElements(root)) {
    if (isExempt(el, 'line-height')) continue;
    const cs = getComputedStyle(el);
    const size = parseFloat(cs.fontSize);
    const lh = cs.lineHeight === 'normal' ? size * 1.2 : parseFloat(cs.lineHeight);
    if (!size || !lh) continue;
    const lines = el.getClientRects().length > 1 || el.getBoundingClientRect().height > lh * 1.8;
    if (!lines && !el.matches('p, li, dd, blockquote')) continue;
    // WCAG 1.4.8 asks 1.5 within paragraphs; a heading that wraps keeps MIIT's 1.3 floor.
    const heading = el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]');
    const min = heading ? Math.min(rulesFor(el, ctx).lineHeight, 1.3) : rulesFor(el, ctx).lineHeight;
    const ratio = lh / size;
    if (ratio + 0.005 < min) {
      out.push({ check: 'line-height', selector: selectorOf(el), value: ratio.toFixed(2), threshold: `≥ ${min}`, rect: pageRect(el), message: `${describe(el)} line height ${ratio.toFixed(2)}, under ${min} (${modeOf(el, ctx)})` });
    }
  }
  const paragraphs = Array.from((root instanceof Document ? root : (root as Element)).querySelectorAll('p + p'));
  for (const p of paragraphs) {
    const prev = p.previousElementSibling;
    if (!prev || isExempt(p, 'line-height') || !textElements(p).length) continue;
    const cs = getComputedStyle(p);
    const lh = cs.lineHeight === 'normal' ? parseFloat(cs.fontSize) * 1.2 : parseFloat(cs.lineHeight);
    const gap = p.getBoundingClientRect().top - prev.getBoundingClientRect().bottom;
    const min = rulesFor(p, ctx).paragraphSpacing;
    if (gap + 0.5 < lh * min) {
      out.push({ check: 'line-height', selector: selectorOf(p), value: `${px(gap)} (${(gap / lh).toFixed(2)} × line)`, threshold: `≥ ${min} × line height`, rect: pageRect(p), message: `${describe(p)} is ${px(gap)} below the paragraph before it, under ${min} × its ${px(lh)} line height` });
    }
  }
  return out;
}

/** The colour painted behind an element: the nearest opaque-enough background, composited up the tree. */
export function backgroundBehind(el: Element): Rgba | null {
  const layers: Rgba[] = [];
  let node: Element | null = el;
  while (node) {
    const cs = getComputedStyle(node);
    if (cs.backgroundImage && cs.backgroundImage !== 'none') return null; // gradients and images: not measurable here
    const c = parseColor(cs.backgroundColor);
    if (c && c.a > 0) {
      layers.push(c);
      if (c.a >= 1) break;
    }
    node = node.parentElement;
  }
  return layers.reduceRight<Rgba>((under, top) => blend(top, under), { r: 255, g: 255, b: 255, a: 1 });
}

const rgb = (c: Rgba) => `rgb(${Math.round(c.r)}, ${Math.round(c.g)}, ${Math.round(c.b)})`;

/** Text ≥ 4.5:1 (large 3:1); in elder and high-contrast ≥ 7:1 (large 4.5:1). Input values and placeholders too. Disabled controls are exempt (WCAG 1.4.3). */
export function checkContrast(root: ParentNode, ctx: CheckContext = {}): Finding[] {
  const out: Finding[] = [];
  const look = (el: Element, color: string, what: string) => {
    if (el.closest(':disabled, [aria-disabled="true"]') || isExempt(el, 'contrast')) return;
    const cs = getComputedStyle(el);
    const fg = parseColor(color);
    const bg = backgroundBehind(el);
    if (!fg || !bg) return;
    const size = parseFloat(cs.fontSize);
    const large = size >= 24 || (Number(cs.fontWeight) >= 700 && size >= 18.66);
    const rules = rulesFor(el, ctx);
    const min = large ? rules.largeContrast : rules.bodyContrast;
    const ratio = contrastRatio(blend(fg, bg), bg);
    if (ratio < min) {
      out.push({ check: 'contrast', selector: selectorOf(el), value: `${ratio.toFixed(2)}:1`, threshold: `≥ ${min}:1`, rect: pageRect(el), message: `${describe(el)} ${what}contrast ${ratio.toFixed(2)}:1, under ${min}:1 (${color} on ${rgb(bg)}, ${modeOf(el, ctx)})` });
    }
  };
  for (const el of textElements(root)) look(el, getComputedStyle(el).color, '');
  for (const el of textInputs(root)) {
    if (el.value) look(el, getComputedStyle(el).color, 'input text ');
    else look(el, getComputedStyle(el, '::placeholder').color, 'placeholder ');
  }
  return out;
}
