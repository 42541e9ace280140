/**
 * Page-level checks that only make sense on a whole page (the CLI runs them; stories are parts of pages):
 * pop-ups and floating windows, autoplaying media, motion, CAPTCHAs, a way to enlarge text without the
 * browser. Machine heuristics: the report says which ones need a person to check.
 */
import { parseColor, contrastRatio } from '@yinfa/core';
import { backgroundBehind } from './text';
import { describe, INTERACTIVE, isExempt, isHiddenFromSight, modeOf, pageRect, selectorOf } from './dom';
import type { CheckContext, Finding } from './types';

const CLOSE = /关闭|关掉|close|dismiss|不再显示|跳过|skip|×|✕|✖|x$/i;
const AD = /广告|推广|优惠券?|领取|立即下载|下载\s*app|限时|抢购|promo|advert|sponsored|\bads?\b|download (the|our) app/i;

const nameOf = (el: Element) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.textContent ?? ''}`.trim();

/** Floating boxes shown without the user asking: each needs a permanent close (≥ 44 px); on elder pages no ads at all. */
export function checkPopups(root: ParentNode, ctx: CheckContext = {}): Finding[] {
  const out: Finding[] = [];
  const vw = document.documentElement.clientWidth;
  const vh = document.documentElement.clientHeight;
  const start = root instanceof Document ? root.body : (root as Element);
  for (const el of Array.from(start.querySelectorAll('*'))) {
    const cs = getComputedStyle(el);
    const floating = cs.position === 'fixed' || cs.position === 'sticky' || el.matches('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]');
    if (!floating || isHiddenFromSight(el) || isExempt(el, 'popup')) continue;
    if (el.parentElement?.closest('[data-audit-popup-seen]')) continue;
    const r = el.getBoundingClientRect();
    // Full-width bars along an edge (headers, toolbars, cookie-free nav) are page furniture, not pop-ups.
    const bar = r.width >= vw - 2 && r.height <= vh * 0.25;
    const isDialog = el.matches('dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]');
    if (bar && !isDialog) continue;
    if (r.width * r.height < 2500) continue;
    el.setAttribute('data-audit-popup-seen', '');
    const closes = Array.from(el.querySelectorAll(INTERACTIVE)).filter((c) => CLOSE.test(nameOf(c).trim()) && !isHiddenFromSight(c));
    const bigClose = closes.some((c) => {
      const b = c.getBoundingClientRect();
      return b.width + 0.5 >= 44 && b.height + 0.5 >= 44;
    });
    const elder = modeOf(el, ctx) === 'elder';
    const ad = AD.test(nameOf(el));
    if (!closes.length || !bigClose) {
      out.push({ check: 'popup', selector: selectorOf(el), value: closes.length ? 'close button under 44×44px' : 'no close button', threshold: 'a permanent close ≥ 44×44px', rect: pageRect(el), message: `${describe(el)} floats over the page ${closes.length ? 'with a close button under 44×44px' : 'with no close button'}` });
    } else if (elder && ad) {
      out.push({ check: 'popup', selector: selectorOf(el), value: 'advert in elder mode', threshold: 'no ads on elder pages', rect: pageRect(el), message: `${describe(el)} looks like an advert or promotion, shown on an elder page` });
    }
  }
  for (const el of Array.from(start.querySelectorAll('[data-audit-popup-seen]'))) el.removeAttribute('data-audit-popup-seen');
  return out;
}

/** Media or speech that started by itself (the CLI records `play()`/`speak()` before any user input). */
export function checkAutoplay(root: ParentNode, spokenBeforeInput = 0): Finding[] {
  const out: Finding[] = [];
  const start = root instanceof Document ? root : (root as Element);
  for (const el of Array.from(start.querySelectorAll<HTMLMediaElement>('audio, video'))) {
    if (isExempt(el, 'autoplay')) continue;
    const playing = !el.paused || el.autoplay;
    if (!playing) continue;
    const audible = !el.muted && el.volume > 0 && (el instanceof HTMLAudioElement || !el.muted);
    const long = !Number.isFinite(el.duration) || el.duration > (audible ? 3 : 5);
    if (!long) continue;
    if (audible || !el.controls) {
      out.push({ check: 'autoplay', selector: selectorOf(el), value: audible ? 'plays sound by itself' : 'plays by itself, no controls', threshold: audible ? 'no sound over 3 s without a stop' : 'moving video over 5 s needs pause', rect: pageRect(el), message: `${describe(el)} starts playing by itself${audible ? ' with sound' : ' without controls'}`, wcag: audible ? '1.4.2' : '2.2.2' });
    }
  }
  if (spokenBeforeInput > 0) {
    out.push({ check: 'autoplay', selector: 'html', value: `speechSynthesis.speak() ×${spokenBeforeInput} before any input`, threshold: 'speech only on a user action', message: 'the page starts reading aloud by itself', wcag: '1.4.2' });
  }
  return out;
}

/** Animations that run forever or longer than 5 s (loading indicators excepted), and `<marquee>`: need a pause. Heuristic. */
export function checkMotion(root: ParentNode): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<Element>();
  const start = root instanceof Document ? root : (root as Element);
  const animations = typeof document.getAnimations === 'function' ? document.getAnimations() : [];
  for (const a of animations) {
    const target = (a.effect as KeyframeEffect | null)?.target;
    if (!target || seen.has(target) || (start instanceof Element && !start.contains(target)) || a.playState !== 'running') continue;
    const timing = a.effect?.getComputedTiming();
    const total = timing?.endTime === undefined ? 0 : Number(timing.endTime);
    if (Number.isFinite(total) && total <= 5000) continue;
    if (target.closest('[role="progressbar"], [role="status"], [aria-busy="true"], [data-audit-exempt~="motion"]') || isHiddenFromSight(target)) continue;
    seen.add(target);
    out.push({ check: 'motion', selector: selectorOf(target), value: Number.isFinite(total) ? `${Math.round(total / 1000)} s` : 'runs forever', threshold: 'stops within 5 s or has a pause', rect: pageRect(target), message: `${describe(target)} keeps moving (${Number.isFinite(total) ? `${Math.round(total / 1000)} s` : 'forever'}); check it has a pause control` });
  }
  for (const m of Array.from(start.querySelectorAll('marquee'))) {
    if (!isHiddenFromSight(m)) out.push({ check: 'motion', selector: selectorOf(m), value: '<marquee>', threshold: 'stops within 5 s or has a pause', rect: pageRect(m), message: `${describe(m)} scrolls by itself` });
  }
  return out;
}

const CAPTCHA = /captcha|验证码|滑块|拖动.*验证|安全验证|geetest|recaptcha|hcaptcha|slide to verify|puzzle/i;
const NON_VISUAL = /语音|听|短信|音频|audio|voice|sms|listen|text message/i;

/** A picture, puzzle or slider CAPTCHA with no audio/SMS alternative nearby. Heuristic: needs a person to check. */
export function checkCaptcha(root: ParentNode): Finding[] {
  const out: Finding[] = [];
  const start = root instanceof Document ? root.body : (root as Element);
  const candidates = Array.from(start.querySelectorAll('img, canvas, iframe, [class*="captcha" i], [id*="captcha" i], [class*="slider" i]')).filter((el) => {
    const text = `${el.getAttribute('alt') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('src') ?? ''} ${el.id} ${typeof el.className === 'string' ? el.className : ''}`;
    return CAPTCHA.test(text) && !isHiddenFromSight(el) && !isExempt(el, 'captcha');
  });
  const top = candidates.filter((el) => !candidates.some((o) => o !== el && o.contains(el)));
  for (const el of top) {
    const scope = el.closest('form, fieldset, section, [role="dialog"]') ?? el.parentElement ?? el;
    const alternative = Array.from(scope.querySelectorAll(INTERACTIVE)).some((c) => NON_VISUAL.test(nameOf(c)));
    if (!alternative) {
      out.push({ check: 'captcha', selector: selectorOf(el), value: 'no audio or SMS alternative found', threshold: 'a CAPTCHA that does not rely on sight', rect: pageRect(el), message: `${describe(el)} looks like a visual CAPTCHA with no voice or SMS alternative — needs a person to check` });
    }
  }
  return out;
}

const ENLARGE = /大字|放大|字号|字体大小|文字大小|长辈|关怀|适老|无障碍|a\+|text size|larger text|bigger text|zoom in|font size|accessibility/i;

/** The page offers its own way to enlarge text (a toolbar or a control), not relying on the browser. Heuristic. */
export function checkEnlargement(doc: Document = document): Finding[] {
  if (doc.querySelector('yinfa-toolbar, .yf-toolbar, [data-yinfa-toolbar], [data-audit-enlargement]')) return [];
  const controls = Array.from(doc.querySelectorAll(`${INTERACTIVE}, select`)).filter((c) => ENLARGE.test(nameOf(c)));
  if (controls.length) return [];
  return [{ check: 'enlargement', selector: 'html', value: 'no text-size or toolbar control found', threshold: 'enlargement without the browser', message: 'the page has no control of its own to enlarge text (a toolbar, 大字 or A+ button) — needs a person to check' }];
}

/** The focus state of one element, read while it has keyboard focus: is an indicator drawn, with enough contrast? */
export interface FocusStyle {
  outline: string;
  outlineWidth: number;
  outlineContrast: number;
  boxShadow: string;
  border: string;
  background: string;
}

export function focusStyle(el: Element): FocusStyle {
  const cs = getComputedStyle(el);
  const oc = parseColor(cs.outlineColor);
  const bg = backgroundBehind(el.parentElement ?? el);
  const visible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
  return {
    outline: visible ? `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` : 'none',
    outlineWidth: visible ? parseFloat(cs.outlineWidth) : 0,
    outlineContrast: visible && oc && bg ? contrastRatio(oc, bg) : 0,
    boxShadow: cs.boxShadow,
    border: `${cs.borderTopWidth} ${cs.borderTopStyle} ${cs.borderTopColor}`,
    background: cs.backgroundColor,
  };
}

/** Keyboard-focusable elements in document order (what a Tab walk should reach). */
export function tabbables(doc: Document = document): Element[] {
  return Array.from(doc.querySelectorAll(INTERACTIVE)).filter((el) => {
    if (isHiddenFromSight(el) || el.closest('[inert]') || (el as HTMLButtonElement).disabled) return false;
    const ti = el.getAttribute('tabindex');
    if (ti !== null && Number(ti) < 0) return false;
    if (el instanceof HTMLInputElement && el.type === 'radio' && !el.checked) {
      const group = el.name ? Array.from(doc.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)) : [];
      if (group.some((r) => r.checked) || group[0] !== el) return false; // arrow keys move inside a radio group
    }
    if (el.closest('[role="radiogroup"], [role="tablist"], [role="menu"]') && el.getAttribute('tabindex') === null && el.matches('[role="radio"], [role="tab"], [role="menuitem"]')) return false;
    return true;
  });
}

/** Is the focused element entirely covered by a fixed or sticky box it is not part of (WCAG 2.4.11)? */
export function focusObscuredBy(el: Element): Element | null {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return null;
  const points = [
    [r.left + r.width / 2, r.top + r.height / 2],
    [r.left + 2, r.top + 2],
    [r.right - 2, r.top + 2],
    [r.left + 2, r.bottom - 2],
    [r.right - 2, r.bottom - 2],
  ];
  let cover: Element | null = null;
  for (const [x, y] of points) {
    const hit = document.elementFromPoint(x!, y!);
    if (!hit || el.contains(hit) || hit.contains(el)) return null;
    let node: Element | null = hit;
    let fixed: Element | null = null;
    while (node) {
      const p = getComputedStyle(node).position;
      if (p === 'fixed' || p === 'sticky') fixed = node;
      node = node.parentElement;
    }
    if (!fixed || fixed.contains(el)) return null;
    cover = fixed;
  }
  return cover;
}
