/**
 * Shared steps for the library pages (antd-mobile, antd, Vant, Element Plus) with Yinfa's presets:
 * elder mode on <html> (so popups in <body> are covered) → the audit's target, text-size, contrast,
 * line-height and input-text checks; standard mode → computed styles identical with and without the preset.
 */
import { checkContrast, checkInputText, checkLineHeight, checkTargets, checkTextSize, frames } from '@yinfa/audit/checks';

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

/**
 * The audit's bars in elder mode over everything in <body> (page and popups): targets ≥ 60px, text ≥ 20px,
 * body text ≥ 7:1 (other text ≥ 4.5:1), line height ≥ 1.5 where text runs over lines, input text not cut off.
 */
export async function elderProblems(root: ParentNode = document.body): Promise<string[]> {
  await document.fonts.ready;
  await frames(3);
  await settled();
  return [...checkTargets(root), ...checkTextSize(root), ...checkContrast(root), ...checkLineHeight(root), ...checkInputText(root)].map((v) => `${v.check}: ${v.message}`);
}

/** Dialogs and toasts open with a scale/slide transition: measure them where they come to rest. */
async function settled() {
  const running = document.getAnimations().filter((a) => a.effect?.getComputedTiming().iterations !== Infinity);
  await Promise.all(running.map((a) => a.finished.catch(() => undefined)));
  await frames(1);
}

const PROPS = ['font-size', 'line-height', 'color', 'background-color', 'height', 'min-height', 'padding-top', 'border-top-left-radius', 'border-top-color', 'width'];

/** Computed styles of every element under root, to compare a page with and without a preset. */
export async function styleSnapshot(root: Element): Promise<string[]> {
  // Settled styles, not a moment of layout: antd's horizontal Menu measures its items with a ResizeObserver and
  // only then moves the overflow into its "…" item (disabled until it has children), later on a loaded machine.
  let last = snapshotOnce(root).join('\n');
  let same = 0;
  for (let i = 0; i < 40; i++) {
    await frames(2);
    const next = snapshotOnce(root);
    const text = next.join('\n');
    same = text === last ? same + 1 : 0;
    // Unchanged over four frames in a row.
    if (same === 2) return next;
    last = text;
  }
  throw new Error('styleSnapshot: the styles never settled (80 frames)');
}

function snapshotOnce(root: Element): string[] {
  return Array.from(root.querySelectorAll('*')).map((el, i) => {
    const cs = getComputedStyle(el);
    // antd names each ConfigProvider's CSS-variable scope (css-var-root, css-var-_r_1_): a generated key, not a style.
    const cls = String(el.getAttribute('class') ?? '').replace(/\bcss-var-\S+/g, 'css-var').trim();
    return `${i} ${el.tagName.toLowerCase()}.${cls} ${PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';')}`;
  });
}
