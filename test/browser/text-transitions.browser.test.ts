/**
 * Text enlargement and the page's own transitions: a step stops size transitions for the call (the sizes it
 * measures are the end sizes, not a frame of an animation), only on what the page transitions — a page
 * without size transitions gets no transitions-off sheet at all, since adding and removing one costs a style
 * pass over everything its selectors match — and the page's transitions work again after the step.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTextEnlarger } from '../../packages/dom/src/text/enlarge';
import { rootSetter } from '../../packages/dom/src/text/rootSetter';
import { transitionsSize } from '../../packages/dom/src/text/rules';

const added: Element[] = [];
afterEach(() => {
  for (const el of added.splice(0)) el.remove();
});

function pageWith(css: string, body: string): HTMLElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const root = document.createElement('div');
  root.innerHTML = body;
  document.body.append(root);
  added.push(style, root);
  return root;
}

/** Counts the sheets the enlarger adopts during a step (the transitions-off sheet is the only one it adopts). */
function countAdoptions(fn: () => void): number {
  const proto = Object.getPrototypeOf(document) as object;
  const owner = [document, proto, Document.prototype].find((o) => Object.getOwnPropertyDescriptor(o, 'adoptedStyleSheets'))!;
  const descriptor = Object.getOwnPropertyDescriptor(owner, 'adoptedStyleSheets')!;
  let adoptions = 0;
  Object.defineProperty(document, 'adoptedStyleSheets', {
    configurable: true,
    get: () => descriptor.get!.call(document),
    set: (sheets: CSSStyleSheet[]) => {
      if (sheets.length > descriptor.get!.call(document).length) adoptions++;
      descriptor.set!.call(document, sheets);
    },
  });
  try {
    fn();
  } finally {
    delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
  }
  return adoptions;
}

const enlarger = () => createTextEnlarger(document, { isOwnUi: () => false, setRoot: rootSetter(document) });

describe('text enlargement and page transitions', () => {
  it('measures the end size of a px text that transitions its font size, and the transition works again after', () => {
    const root = pageWith('.yf-test-slow { font-size: 14px; line-height: 20px; transition: font-size 10s linear, line-height 10s linear; }', '<p class="yf-test-slow">慢慢变大的文字</p>');
    const p = root.querySelector('p')!;
    const text = enlarger();
    const adoptions = countAdoptions(() => text.apply(2));
    expect(adoptions).toBe(1);
    // Synchronously after the step: the end size, not the start of a 10 s transition.
    expect(getComputedStyle(p).fontSize).toBe('28px');
    expect(getComputedStyle(p).lineHeight).toBe('40px');
    // The transitions-off sheet is gone, and the page's own transition runs on the next change.
    expect(document.adoptedStyleSheets.some((s) => [...s.cssRules].some((r) => r.cssText.includes('transition: none')))).toBe(false);
    text.restore();
    p.style.fontSize = '40px';
    expect(p.getAnimations().length).toBeGreaterThan(0);
  });

  it('adopts no transitions-off sheet on a page without size transitions', () => {
    const root = pageWith('.yf-test-plain { font-size: 13px; } .yf-test-colour { color: #333; transition: color .3s; }', '<p class="yf-test-plain yf-test-colour">不会动画的文字</p>');
    const text = enlarger();
    const adoptions = countAdoptions(() => {
      text.apply(1.5);
      text.apply(2);
      text.apply(1);
    });
    expect(adoptions).toBe(0);
    expect(getComputedStyle(root.querySelector('p')!).fontSize).toBe('13px');
    text.restore();
  });

  it('stops a transition set in a style attribute', () => {
    const root = pageWith('', '<p style="font-size: 15px; transition: all 10s">行内样式</p>');
    const p = root.querySelector('p')!;
    const text = enlarger();
    expect(countAdoptions(() => text.apply(2))).toBe(1);
    expect(getComputedStyle(p).fontSize).toBe('30px');
    text.restore();
    expect(p.getAttribute('style')).toBe('font-size: 15px; transition: all 10s');
  });
});

describe('transitionsSize', () => {
  const block = (css: string) => {
    const el = document.createElement('div');
    el.setAttribute('style', css);
    return el.style;
  };
  it.each([
    ['transition: all .3s', true],
    ['transition: .3s', true],
    ['transition: font-size 1s', true],
    ['transition: max-height .2s ease', true],
    ['transition: padding-top .2s', true],
    ['transition-property: line-height', true],
    ['transition: color .3s, background-color .3s', false],
    ['transition: opacity .15s linear', false],
    ['transition: all 0s', false],
    ['transition: var(--yf-test-motion)', true],
    ['color: red', false],
  ])('%s → %s', (css, expected) => {
    expect(transitionsSize(block(css))).toBe(expected);
  });
});
