/** The keyboard walk: Tab through the page, checking each stop's focus indicator and whether a fixed bar hides it. */
import type { Page } from 'playwright-core';
import type { Finding } from '../checks/types';
import type { FocusStyle } from '../checks/page';

interface Stop {
  i: number;
  sel: string;
  style: FocusStyle;
  cover: string | null;
  rect: { x: number; y: number; width: number; height: number };
}

const changed = (a: FocusStyle, b: FocusStyle) => a.boxShadow !== b.boxShadow || a.border !== b.border || a.background !== b.background;

export async function keyboardWalk(page: Page, maxStops = 80): Promise<Finding[]> {
  const before = await page.evaluate(() => {
    const A = window.YinfaAudit;
    const list = A.tabbables(document);
    list.forEach((el, i) => el.setAttribute('data-yinfa-audit-tab', String(i)));
    (document.activeElement as HTMLElement | null)?.blur?.();
    return list.map((el) => ({ sel: A.selectorOf(el), style: A.focusStyle(el), positive: Number(el.getAttribute('tabindex')) > 0, rect: A.pageRect(el) }));
  });
  const out: Finding[] = [];
  const seen = new Set<number>();
  let last = -2;
  let stuck = 0;
  let wrapped = false;
  const limit = Math.min(before.length + 5, maxStops);
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press('Tab');
    const s: Stop | null = await page.evaluate(() => {
      const A = window.YinfaAudit;
      let el: Element | null = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body || el === document.documentElement) return null;
      const attr = el.getAttribute('data-yinfa-audit-tab');
      const cover = A.focusObscuredBy(el);
      return { i: attr === null ? -1 : Number(attr), sel: A.selectorOf(el), style: A.focusStyle(el), cover: cover ? A.selectorOf(cover) : null, rect: A.pageRect(el) };
    });
    if (!s) {
      if (seen.size) {
        wrapped = true;
        break;
      }
      continue;
    }
    if (s.i >= 0 && seen.has(s.i) && s.i !== last) {
      wrapped = true;
      break;
    }
    if (s.i === last) {
      if (++stuck >= 2) {
        out.push({ check: 'keyboard', selector: s.sel, value: 'focus does not move on Tab', threshold: 'no keyboard trap', rect: s.rect, message: `keyboard focus is stuck on ${s.sel}`, wcag: '2.1.2' });
        break;
      }
      continue;
    }
    stuck = 0;
    last = s.i;
    if (s.i >= 0) seen.add(s.i);
    const unfocused = s.i >= 0 ? before[s.i]!.style : null;
    if (unfocused) {
      const ring = s.style.outline !== 'none' && (s.style.outline.startsWith('auto') || (s.style.outlineWidth >= 2 && s.style.outlineContrast >= 3));
      if (!ring && !changed(s.style, unfocused)) {
        const value = s.style.outline === 'none' ? 'no visible change' : `outline ${s.style.outlineWidth}px at ${s.style.outlineContrast.toFixed(2)}:1`;
        out.push({ check: 'focus-visible', selector: s.sel, value, threshold: 'a focus indicator ≥ 2px at ≥ 3:1', rect: s.rect, message: `${s.sel} shows ${value} when focused` });
      }
    }
    if (s.cover) out.push({ check: 'focus-obscured', selector: s.sel, value: `hidden under ${s.cover}`, threshold: 'focused element not entirely hidden', rect: s.rect, message: `${s.sel} is hidden under ${s.cover} when focused` });
  }
  before.forEach((b, i) => {
    if (b.positive) out.push({ check: 'keyboard', selector: b.sel, value: 'tabindex > 0', threshold: 'focus order follows the layout', rect: b.rect, message: `${b.sel} has a positive tabindex, which takes it out of the page order`, wcag: '2.4.3' });
    if (wrapped && !seen.has(i)) out.push({ check: 'keyboard', selector: b.sel, value: 'not reached with Tab', threshold: 'every control reachable by keyboard', rect: b.rect, message: `${b.sel} is never reached with the Tab key` });
  });
  await page.evaluate(() => document.querySelectorAll('[data-yinfa-audit-tab]').forEach((el) => el.removeAttribute('data-yinfa-audit-tab')));
  return out;
}
