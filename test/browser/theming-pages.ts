/**
 * Shared steps for the library pages (antd-mobile, antd, Vant, Element Plus) with Yinfa's presets:
 * elder mode on <html> (so popups in <body> are covered) → the audit's target, text-size and contrast
 * checks; standard mode → computed styles identical with and without the preset.
 */
import { checkContrast, checkTargets, checkTextSize, frames } from '@yinfa/audit/checks';

export function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.dataset.test = 'preset';
  style.textContent = css;
  document.head.append(style);
  return style;
}

export function setMode(mode: 'standard' | 'elder' | null) {
  if (mode) document.documentElement.setAttribute('data-yinfa-mode', mode);
  else document.documentElement.removeAttribute('data-yinfa-mode');
}

/** The audit bars in elder mode over everything in <body>: targets ≥ 60px, text ≥ 20px, text ≥ 7:1. */
export async function elderProblems(root: ParentNode = document.body): Promise<string[]> {
  await document.fonts.ready;
  await frames(3);
  return [...checkTargets(root), ...checkTextSize(root), ...checkContrast(root)].map((v) => `${v.check}: ${v.message}`);
}

const PROPS = ['font-size', 'line-height', 'color', 'background-color', 'height', 'min-height', 'padding-top', 'border-top-left-radius', 'border-top-color', 'width'];

/** Computed styles of every element under root, to compare a page with and without a preset. */
export async function styleSnapshot(root: Element): Promise<string[]> {
  await frames(2);
  return Array.from(root.querySelectorAll('*')).map((el, i) => {
    const cs = getComputedStyle(el);
    return `${i} ${el.tagName.toLowerCase()}.${String(el.getAttribute('class') ?? '').trim()} ${PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
  });
}
