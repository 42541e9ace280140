/**
 * The toolbar's colour schemes on real framework pages (Layui, Bootstrap 3, their real CSS from npm):
 * form controls, tables, labels, badges, alerts, placeholders and icon glyphs, not only body text.
 * Per page × scheme: text ≥ 7:1 against what is painted behind it (WCAG 1.4.6), placeholders ≥ 7:1,
 * control boundaries ≥ 3:1 (WCAG 1.4.11), disabled controls ≥ 4.5:1, also while hovered and focused;
 * 页面原始配色 gives back exactly the page's own computed colours.
 */
import { blend, contrastRatio, createFakeEngine, parseColor, type Rgba } from '@yinfa/core';
import { Toolbar, YinfaProvider } from '@yinfa/react';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { render, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { HostPageName } from '../host-page/mount';
import { freshHostPageEachTest, mountHostPageForTest } from './toolbar-host';
import { frames } from './audit-checks';
import { visibleTextElements } from './toolbar-measure';


async function setup(name: HostPageName) {
  mountHostPageForTest(document, name);
  render(
    <YinfaProvider locale="zh-CN">
      <Toolbar remember={false} speechEngine={createFakeEngine({ auto: false })} />
    </YinfaProvider>,
  );
  await frames(3);
  const host = document.querySelector<HTMLElement>(`div[data-host-page="${name}"]`)!;
  const bar = document.querySelector<HTMLElement>('.yf-toolbar')!;
  return { host, scheme: within(bar).getByRole('combobox', { name: '配色' }) };
}

freshHostPageEachTest();

/** Layui and Bootstrap ease colours (`transition: all .3s`): measure the end state, not a frame in between. */
async function settled() {
  const until = performance.now() + 2000;
  await frames(2);
  // A transition a later style change replaces is cancelled (its `finished` rejects): wait for what runs now.
  while (document.getAnimations().length && performance.now() < until) {
    await Promise.race([Promise.allSettled(document.getAnimations().map((a) => a.finished)), new Promise((r) => setTimeout(r, 100))]);
  }
  await frames(1);
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/** The product of the element's and its ancestors' opacity: a disabled `.btn` at 0.65 paints its text paler. */
function opacityOf(el: Element): number {
  let o = 1;
  for (let n: Element | null = el; n; n = n.parentElement) o *= parseFloat(getComputedStyle(n).opacity);
  return o;
}

/** The opaque colour painted behind an element: its own and its ancestors' background colours, composited. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const c = parseColor(getComputedStyle(node).backgroundColor);
    if (c && c.a > 0) {
      layers.push({ ...c, a: c.a * opacityOf(node) });
      if (layers.at(-1)!.a >= 1) break;
    }
  }
  let base: Rgba = parseColor(getComputedStyle(document.documentElement).backgroundColor) ?? WHITE;
  if (base.a < 1) base = WHITE;
  return layers.reduceRight((under, top) => blend(top, under), base);
}

/** What the text is painted in: -webkit-text-fill-color wins over color; opacity fades it into the background. */
function painted(color: string, opacity: number, bg: Rgba): Rgba {
  const c = parseColor(color) ?? { r: 0, g: 0, b: 0, a: 0 };
  return blend({ ...c, a: c.a * opacity }, bg);
}

const label = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent?.trim() || (el as HTMLInputElement).value || (el as HTMLInputElement).placeholder || '').slice(0, 14)}"`;

/** Text of the element's own (text nodes, a control's value or selected option): ratio against what is behind it. */
function textContrast(el: Element): number {
  const bg = backgroundBehind(el);
  return contrastRatio(painted(getComputedStyle(el).webkitTextFillColor, opacityOf(el), bg), bg);
}

/** Generated text (icon-font glyphs, Bootstrap's breadcrumb "/"): ::before/::after with visible content. */
function pseudoTexts(root: Element): Array<{ el: Element; pseudo: string }> {
  const out: Array<{ el: Element; pseudo: string }> = [];
  for (const el of root.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    for (const pseudo of ['::before', '::after']) {
      const cs = getComputedStyle(el, pseudo);
      if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.fontSize) === 0) continue;
      // Quoted text that is not only spaces (clearfix's " ", the nav bar's ""), or counter()/attr().
      if (/^(none|normal)$/.test(cs.content) || /^"[\s\u00a0]*"$/.test(cs.content)) continue;
      out.push({ el, pseudo });
    }
  }
  return out;
}

function pseudoContrast(el: Element, pseudo: string): number {
  const cs = getComputedStyle(el, pseudo);
  const opacity = opacityOf(el) * parseFloat(cs.opacity);
  const own = parseColor(cs.backgroundColor);
  const behind = backgroundBehind(el);
  const bg = own && own.a > 0 ? blend({ ...own, a: own.a * opacity }, behind) : behind;
  return contrastRatio(painted(cs.webkitTextFillColor, opacity, bg), bg);
}

function placeholderContrast(el: Element): number {
  const cs = getComputedStyle(el, '::placeholder');
  const bg = backgroundBehind(el);
  return contrastRatio(painted(cs.webkitTextFillColor, opacityOf(el) * parseFloat(cs.opacity || '1'), bg), bg);
}

/** Selected text: where the page colours ::selection, those colours (else the browser's own highlight). */
function selectionContrast(el: Element): number | null {
  const cs = getComputedStyle(el, '::selection');
  const own = parseColor(cs.backgroundColor);
  if (!own || own.a === 0) return null;
  const bg = blend(own, backgroundBehind(el));
  return contrastRatio(painted(cs.webkitTextFillColor, opacityOf(el), bg), bg);
}

/**
 * WCAG 1.4.11: what shows where a control is. Every border side it has is ≥ 3:1 against the background
 * outside it, unless its own fill already is. (Native checkboxes and radios are drawn by the browser from
 * color-scheme, not from these colours: left out.)
 */
function boundaryProblems(el: Element): string | null {
  const cs = getComputedStyle(el);
  const outside = backgroundBehind(el.parentElement!);
  const fill = backgroundBehind(el);
  if (contrastRatio(fill, outside) >= 3) return null;
  const sides = ['top', 'right', 'bottom', 'left'].filter((s) => parseFloat(cs.getPropertyValue(`border-${s}-width`)) >= 1 && !/none|hidden/.test(cs.getPropertyValue(`border-${s}-style`)));
  if (!sides.length) return `${label(el)}: no border, fill ${contrastRatio(fill, outside).toFixed(2)}`;
  const low = sides
    .map((s) => [s, contrastRatio(painted(cs.getPropertyValue(`border-${s}-color`), opacityOf(el), outside), outside)] as const)
    .filter(([, ratio]) => ratio < 3);
  return low.length ? `${label(el)}: border ${low.map(([s, ratio]) => `${s} ${ratio.toFixed(2)}`).join(', ')}` : null;
}

const visible = (el: Element) => {
  const r = el.getBoundingClientRect();
  return r.width >= 2 && r.height >= 2 && getComputedStyle(el).visibility !== 'hidden';
};

const CONTROLS = 'input:not([type="checkbox"], [type="radio"], [type="hidden"]), select, textarea, button, .btn, .layui-btn, .layui-form-checkbox[lay-skin="primary"] > i';
const DISABLED = ':disabled, .disabled, .layui-disabled, .layui-btn-disabled';

/** Everything a scheme must reach, checked against the current state of the page. Returns the failures. */
function audit(host: Element, within: Element = host): string[] {
  const low: string[] = [];
  const texts = visibleTextElements(within);
  for (const el of texts) {
    const ratio = textContrast(el);
    if (!(ratio >= 7)) low.push(`text ${label(el)} ${ratio.toFixed(2)}`);
    const sel = selectionContrast(el);
    if (sel !== null && !(sel >= 7)) low.push(`::selection ${label(el)} ${sel.toFixed(2)}`);
  }
  for (const { el, pseudo } of pseudoTexts(within)) {
    const ratio = pseudoContrast(el, pseudo);
    if (!(ratio >= 7)) low.push(`${pseudo} ${label(el)} ${getComputedStyle(el, pseudo).content} ${ratio.toFixed(2)}`);
  }
  for (const el of within.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (!visible(el)) continue;
    const ratio = placeholderContrast(el);
    if (!(ratio >= 7)) low.push(`::placeholder ${label(el)} ${ratio.toFixed(2)}`);
  }
  for (const el of within.querySelectorAll(CONTROLS)) {
    if (!visible(el)) continue;
    const problem = boundaryProblems(el);
    if (problem) low.push(`boundary ${problem}`);
  }
  // Disabled controls and their text: the WCAG 1.4.3 minimum at least (the 7:1 text check above asks more).
  for (const el of within.querySelectorAll(DISABLED)) {
    if (!visible(el)) continue;
    for (const t of [el, ...el.querySelectorAll('*')].filter((e) => texts.includes(e))) {
      const ratio = textContrast(t);
      if (!(ratio >= 4.5)) low.push(`disabled ${label(t)} ${ratio.toFixed(2)}`);
    }
  }
  return low;
}

/** The page's own colours on every element of it (and its pseudo-elements), to compare after 页面原始配色. */
function colourSnapshot(host: Element): string[] {
  const props = ['color', '-webkit-text-fill-color', 'background-color', 'border-top-color', 'border-right-color', 'border-bottom-color', 'border-left-color', 'outline-color', 'opacity', 'text-decoration-color', 'box-shadow'];
  return [host, ...host.querySelectorAll('*')].map((el) => {
    const parts = [label(el), ...props.map((p) => getComputedStyle(el).getPropertyValue(p))];
    for (const pseudo of ['::before', '::after', '::placeholder', '::selection']) {
      const cs = getComputedStyle(el, pseudo);
      // Without a ::selection rule Chromium reports a colour borrowed from a sibling's style: only compare what rules set.
      const unset = pseudo === '::selection' && parseColor(cs.backgroundColor)?.a === 0;
      parts.push(unset ? `${pseudo} ${cs.backgroundColor}` : `${pseudo} ${cs.color} ${cs.backgroundColor} ${cs.borderTopColor}`);
    }
    return parts.join(' | ');
  });
}

/** The kinds of framework text the brief names: each must be on the page and measured. */
const EXPECTED: Record<'layui-gov' | 'bootstrap-bank', string[]> = {
  'layui-gov': ['.layui-form .layui-input[placeholder]', '.layui-textarea', 'select[lay-ignore]', '.layui-btn-normal', '.layui-btn-warm', '.layui-btn-danger', '.layui-btn-disabled', '.layui-input.layui-disabled', '.layui-table[lay-even] tbody tr:nth-child(even) td', '.layui-table[lay-skin] td', '.layui-form-checkbox div', '.layui-form-radio div', '.layui-word-aux', '.layui-badge'],
  'bootstrap-bank': ['.form-control[placeholder]', 'textarea.form-control', 'select.form-control', '.form-control[disabled]', '.input-group-addon', '.has-error .help-block', '.has-error .control-label', '.btn-primary', '.btn-default', '.btn-danger', '.btn[disabled]', '.table-striped.table-hover.table-bordered td', '.label', '.badge', '.alert-success', '.alert-info', '.alert-danger', '.alert-warning'],
};

const SCHEMES = [
  ['white-black', '白底黑字'],
  ['black-yellow', '黑底黄字'],
  ['blue-yellow', '蓝底黄字'],
  ['yellow-black', '黄底黑字'],
] as const;

describe.each(['layui-gov', 'bootstrap-bank'] as const)('colour schemes on %s', (name) => {
  it('the page has the framework controls and tables the schemes must reach, and its own colours fail 7:1', async () => {
    const { host } = await setup(name);
    const texts = visibleTextElements(host);
    for (const selector of EXPECTED[name]) {
      const found = [...host.querySelectorAll(selector)];
      expect(found.some((el) => texts.includes(el) || [...el.querySelectorAll('*')].some((c) => texts.includes(c))), selector).toBe(true);
    }
    // The audit can fail: the page's own grey placeholders, pale disabled text and light borders do.
    expect(audit(host).length).toBeGreaterThan(5);
  });

  for (const [scheme, schemeName] of SCHEMES) {
    it(`${schemeName}: text and placeholders ≥ 7:1, control borders ≥ 3:1, disabled ≥ 4.5:1, hovered and focused too; 页面原始配色 restores`, async () => {
      const { host, scheme: select } = await setup(name);
      // The pointer rests on the footer for both snapshots (hover colours are part of what is compared).
      const rest = host.querySelector('.gov-footer p, .bank-footer p')!;
      await userEvent.hover(rest);
      await settled();
      const before = colourSnapshot(host);

      await userEvent.selectOptions(select, scheme);
      expect(document.documentElement.getAttribute('data-yinfa-scheme')).toBe(scheme);
      await settled();
      expect(audit(host)).toEqual([]);

      // Striped and hovered table rows, hovered and focused controls: framework rules with :hover / :focus
      // (and !important) must not bring their own colours back.
      const hovered = [
        ...host.querySelectorAll('tbody tr:nth-child(2), tbody tr:nth-child(3)'),
        ...[...host.querySelectorAll('.layui-btn, .btn, .layui-input, .form-control, .layui-form-checkbox')].filter(visible),
      ];
      expect(hovered.length).toBeGreaterThan(8);
      const low: string[] = [];
      for (const el of hovered) {
        await userEvent.hover(el);
        await settled();
        low.push(...audit(host, el).map((p) => `:hover ${p}`));
        // The row's cells are measured inside it; a control's own text and border are the control.
        if (el.matches(CONTROLS)) {
          const problem = boundaryProblems(el);
          if (problem) low.push(`:hover boundary ${problem}`);
          if (visibleTextElements(el.parentElement!).includes(el) && !(textContrast(el) >= 7)) low.push(`:hover text ${label(el)} ${textContrast(el).toFixed(2)}`);
        }
      }
      for (const el of [...host.querySelectorAll<HTMLElement>('input.layui-input:not(:disabled), input.form-control:not(:disabled), textarea, select')].filter(visible).slice(0, 4)) {
        el.focus();
        await settled();
        const problem = boundaryProblems(el);
        if (problem) low.push(`:focus boundary ${problem}`);
        if (!(textContrast(el) >= 7)) low.push(`:focus text ${label(el)} ${textContrast(el).toFixed(2)}`);
      }
      expect(low).toEqual([]);
      (document.activeElement as HTMLElement | null)?.blur();

      await userEvent.hover(rest);
      await userEvent.selectOptions(select, 'page');
      expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
      await settled();
      const after = colourSnapshot(host);
      expect(after.flatMap((line, i) => (line === before[i] ? [] : [`${before[i]}\n→ ${line}`]))).toEqual([]);
      expect(after).toEqual(before);
    });
  }
});
