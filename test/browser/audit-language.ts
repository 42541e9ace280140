/**
 * Story text follows the locale toolbar: in an en-US render, no Chinese reaches the reader — not in the visible
 * text, not in what a screen reader says (visually hidden text, aria-label, alt, title, placeholder), not in an
 * input's value — except inside an element that says it is Chinese (`lang="zh-CN"`, e.g. the 大写 amount a bank
 * form must show, or a story about reading Chinese aloud). WCAG 3.1.2 Language of parts asks for that `lang`
 * anyway, so a screen reader switches voice. Used by the mode audit's en-US passes.
 */
import type { Problem } from './audit-run';

/** CJK Unified Ideographs (and extension A), the characters of Chinese prose. Digits and ¥ are shared. */
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const LABELS = ['aria-label', 'alt', 'title', 'placeholder', 'aria-placeholder', 'aria-valuetext', 'aria-roledescription'];

function saysChinese(el: Element): boolean {
  return (el.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('zh');
}

function rendered(el: Element): boolean {
  // checkVisibility() is false for display:none and content-visibility:hidden subtrees, true for visually hidden
  // (clipped) text, which a screen reader still reads.
  return !el.closest('script, style, template, [hidden]') && el.checkVisibility();
}

function quote(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length > 30 ? `${t.slice(0, 30)}…` : t;
}

/** Chinese text in `root` outside `lang="zh…"`: one problem per element and attribute. */
export function checkLanguage(root: ParentNode, locale: string): Problem[] {
  if (!locale.startsWith('en')) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  const report = (el: Element, where: string, text: string) => {
    const message = `Chinese ${where} in an ${locale} story: <${el.tagName.toLowerCase()}> "${quote(text)}" (translate it through localeArgs or useLocale(), or mark it lang="zh-CN")`;
    if (!seen.has(message)) problems.push({ check: 'language', message });
    seen.add(message);
  };
  const walker = document.createTreeWalker(root instanceof Document ? root.body : (root as Node), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && HAN.test(node.nodeValue ?? '') && !saysChinese(el) && rendered(el)) report(el, 'text', node.nodeValue ?? '');
  }
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (saysChinese(el) || !rendered(el)) continue;
    for (const name of LABELS) {
      const value = el.getAttribute(name);
      if (value && HAN.test(value)) report(el, name, value);
    }
    if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && HAN.test(el.value)) report(el, 'value', el.value);
  }
  return problems;
}
