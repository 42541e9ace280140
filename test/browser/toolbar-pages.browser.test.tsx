/**
 * Text enlargement on real pages the toolbar does not own: a Layui government portal and a Bootstrap 3
 * bank page (the frameworks' real CSS from npm, px sizes, fixed heights) and the sample service page.
 * At 200%: ≥ 95% of visible text at ≥ 1.9× its size, nothing cut off, no text over text, no sideways
 * scroll, the focused element never covered; reset gives back the page's computed styles exactly.
 */
import { createFakeEngine } from '@yinfa/core';
import { Toolbar, YinfaProvider } from '@yinfa/react';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { HostPageName } from '../host-page/mount';
import { freshHostPageEachTest, mountHostPageForTest } from './toolbar-host';
import { frames } from './audit-checks';
import { clippedText, computedSnapshot, fontSizes, overlappingText, sidewaysScroll, visibleTextElements } from './toolbar-measure';


async function setup(name: HostPageName) {
  mountHostPageForTest(document, name);
  const utils = render(
    <YinfaProvider locale="zh-CN">
      <Toolbar remember={false} speechEngine={createFakeEngine({ auto: false })} />
    </YinfaProvider>,
  );
  await frames(3);
  const host = document.querySelector(`div[data-host-page="${name}"]`)!;
  const bar = () => document.querySelector<HTMLElement>('.yf-toolbar')!;
  return { ...utils, host, bar, ui: () => within(bar()) };
}

async function stepTo200(ui: () => ReturnType<typeof within>) {
  // On a phone the controls are in the panel the one button opens.
  const phone = document.querySelector('.yf-toolbar[data-layout="phone"]');
  if (phone) await userEvent.click(ui().getByRole('button'));
  const scope = phone ? within(await screen.findByRole('dialog')) : ui();
  const larger = scope.getByRole('button', { name: '字变大' });
  for (let i = 0; i < 4; i++) await userEvent.click(larger);
  if (phone) {
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }
  await frames(2);
}

freshHostPageEachTest();

const PAGES: Array<{ name: HostPageName; widths: number[] }> = [
  { name: 'layui-gov', widths: [1280] }, // a fixed 1200px column: not a responsive page
  { name: 'bootstrap-bank', widths: [1280, 390] },
  { name: 'gov-service', widths: [1280, 390] },
  { name: 'gov-service-en', widths: [1280, 390] }, // the same page in English: longer words at 200%
];

describe.each(PAGES)('text enlargement on $name', ({ name, widths }) => {
  for (const width of widths) {
    it(`at ${width}px: 200% makes ≥ 95% of visible text ≥ 1.9×, nothing cut off or overlapping, no sideways scroll`, async () => {
      await page.viewport(width, 800);
      const { host, ui, bar } = await setup(name);
      const texts = visibleTextElements(host);
      expect(texts.length).toBeGreaterThan(20);
      const before = fontSizes(texts);
      expect(clippedText(texts), 'cut off before enlarging').toEqual([]);
      await stepTo200(ui);
      expect(document.documentElement.getAttribute('data-yinfa-text-scale')).toBe('2');
      const after = fontSizes(texts);
      const small = texts.filter((el) => after.get(el)! < before.get(el)! * 1.9).map((el) => `${el.tagName}.${el.className} ${before.get(el)}→${after.get(el)}`);
      expect(small.length / texts.length, `below 1.9×: ${small.join('; ')}`).toBeLessThanOrEqual(0.05);
      const visible = visibleTextElements(host);
      expect(clippedText(visible)).toEqual([]);
      expect(overlappingText(visible)).toEqual([]);
      expect(sidewaysScroll()).toBeLessThanOrEqual(1);
      expect(getComputedStyle(document.body).zoom).toBe('1');
      expect(getComputedStyle(host).transform).toBe('none');
      // The bar keeps its own size: it does not grow with the page's text.
      expect(parseFloat(getComputedStyle(ui().getAllByRole('button')[0]!).fontSize)).toBeLessThanOrEqual(20);
      expect(bar().getBoundingClientRect().height).toBeLessThan(window.innerHeight * 0.4);
    });
  }

  it('the focused element is never covered at 200%: tab through the page', async () => {
    const { bar, ui } = await setup(name);
    await stepTo200(ui);
    document.body.focus();
    window.scrollTo(0, 0);
    const seen = new Set<Element>();
    for (let i = 0; i < 30; i++) {
      await userEvent.tab();
      await frames(2);
      const el = document.activeElement!;
      if (el === document.body || seen.has(el) || bar().contains(el) || el.closest('[data-yinfa-toolbar-ui]')) continue;
      seen.add(el);
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const x = Math.min(Math.max(r.left + r.width / 2, 1), window.innerWidth - 1);
      const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 1), window.innerHeight - 1);
      const hit = document.elementFromPoint(x, y);
      expect(hit && (el.contains(hit) || hit.contains(el) || el.closest('label')?.contains(hit)), `${el.tagName} "${el.textContent?.trim().slice(0, 16)}" covered by ${hit?.className}`).toBeTruthy();
    }
    expect(seen.size).toBeGreaterThan(8);
  });

  it('恢复原样 gives back the page’s computed styles and style attributes exactly', async () => {
    const { host, ui } = await setup(name);
    const before = computedSnapshot(host);
    const rootBefore = getComputedStyle(document.documentElement).fontSize;
    await stepTo200(ui);
    expect(computedSnapshot(host)).not.toEqual(before);
    await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
    await frames(2);
    expect(computedSnapshot(host)).toEqual(before);
    expect(getComputedStyle(document.documentElement).fontSize).toBe(rootBefore);
  });
});

describe('text enlargement follows the page', () => {
  it('content added later (an AJAX list) is enlarged in one batch, and reset restores it', async () => {
    const { host, ui } = await setup('layui-gov');
    await stepTo200(ui);
    const list = host.querySelector('.gov-list')!;
    const item = document.createElement('li');
    item.innerHTML = '<a href="#main">新增：关于春节期间便民服务安排的通知</a><span class="gov-list-date" style="font-size: 11px">2026-12-01</span>';
    list.prepend(item);
    await frames(3);
    const link = item.querySelector('a')!;
    const date = item.querySelector<HTMLElement>('.gov-list-date')!;
    expect(parseFloat(getComputedStyle(link).fontSize)).toBeCloseTo(28, 0);
    expect(parseFloat(getComputedStyle(date).fontSize)).toBeCloseTo(22, 0);
    expect(clippedText(visibleTextElements(host))).toEqual([]);
    await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
    expect(parseFloat(getComputedStyle(link).fontSize)).toBeCloseTo(14, 0);
    expect(date.getAttribute('style')).toBe('font-size: 11px');
  });

  it('a same-origin iframe is enlarged too, and back on reset', async () => {
    const { host, ui } = await setup('gov-service');
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><style>p { font-size: 13px; line-height: 18px; }</style><p id="inner">嵌入页面的文字</p>';
    host.append(frame);
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    const inner = () => frame.contentDocument!.getElementById('inner')!;
    await stepTo200(ui);
    await frames(2);
    expect(parseFloat(frame.contentWindow!.getComputedStyle(inner()).fontSize)).toBeCloseTo(26, 0);
    expect(parseFloat(frame.contentWindow!.getComputedStyle(inner()).lineHeight)).toBeCloseTo(36, 0);
    await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
    expect(parseFloat(frame.contentWindow!.getComputedStyle(inner()).fontSize)).toBeCloseTo(13, 0);
  });

  it('!important rules and inline styles grow too, keeping their priority', async () => {
    const style = document.createElement('style');
    style.textContent = 'div[data-host-page] .lead { font-size: 15px !important; } @media (min-width: 600px) { div[data-host-page] h1 { font-size: 22px; } }';
    document.head.append(style);
    try {
      const { host, ui } = await setup('gov-service');
      const lead = host.querySelector<HTMLElement>('.lead')!;
      lead.style.setProperty('line-height', '20px');
      await stepTo200(ui);
      expect(getComputedStyle(lead).fontSize).toBe('30px');
      expect(getComputedStyle(lead).lineHeight).toBe('40px');
      expect(getComputedStyle(host.querySelector('h1')!).fontSize).toBe('44px');
      await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
      expect(getComputedStyle(lead).fontSize).toBe('15px');
      expect(lead.getAttribute('style')).toBe('line-height: 20px;');
      expect((style.sheet!.cssRules[0] as CSSStyleRule).style.getPropertyPriority('font-size')).toBe('important');
      expect((style.sheet!.cssRules[0] as CSSStyleRule).style.getPropertyValue('font-size')).toBe('15px');
    } finally {
      style.remove();
    }
  });
});

describe.each(['layui-gov', 'bootstrap-bank', 'gov-service'] as const)('phone-first layout on %s', (name) => {
  it('at 390×844: one large 无障碍 button (≤ 10% of the screen) opens the controls in a panel; Esc and × close it, focus returns', async () => {
    await page.viewport(390, 844);
    const { bar, ui } = await setup(name);
    const buttons = ui().getAllByRole('button');
    expect(buttons).toHaveLength(1);
    const open = buttons[0]!;
    expect(open.textContent).toContain('无障碍');
    const r = open.getBoundingClientRect();
    expect(Math.min(r.width, r.height)).toBeGreaterThanOrEqual(60);
    const b = bar().getBoundingClientRect();
    expect((b.width * b.height) / (390 * 844)).toBeLessThanOrEqual(0.1);
    await userEvent.click(open);
    const panel = await screen.findByRole('dialog', { name: '适老化及无障碍工具条' });
    await userEvent.click(within(panel).getByRole('button', { name: '字变大' }));
    expect(within(panel).getByText('现在 125%')).toBeTruthy();
    for (const row of within(panel).getAllByRole('button')) expect(row.getBoundingClientRect().height, row.textContent!).toBeGreaterThanOrEqual(44);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
    await userEvent.click(open);
    const again = await screen.findByRole('dialog');
    await userEvent.click(within(again).getByRole('button', { name: '关闭' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
    if (name !== 'layui-gov') expect(sidewaysScroll()).toBeLessThanOrEqual(1); // a fixed 1200px page scrolls sideways on a phone anyway
  });

  it('at 390×844 and 200%: tabbing through the page, the button never covers the focused element', async () => {
    await page.viewport(390, 844);
    const { bar, ui } = await setup(name);
    await userEvent.click(ui().getByRole('button'));
    const panel = await screen.findByRole('dialog');
    const larger = within(panel).getByRole('button', { name: '字变大' });
    for (let i = 0; i < 4; i++) await userEvent.click(larger);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    document.body.focus();
    window.scrollTo(0, 0);
    let checked = 0;
    for (let i = 0; i < 25; i++) {
      await userEvent.tab();
      await frames(2);
      const el = document.activeElement!;
      if (el === document.body || bar().contains(el) || el.closest('[data-yinfa-toolbar-ui]')) continue;
      checked++;
      const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
      const box = bar().getBoundingClientRect();
      const covered = r.bottom > box.top && r.top < box.bottom && r.right > box.left && r.left < box.right;
      expect(covered, `${el.tagName} "${el.textContent?.trim().slice(0, 16)}" under the button`).toBe(false);
    }
    expect(checked).toBeGreaterThan(8);
  });
});

it('wide screens at 200%: the bar stays within one sixth of the viewport height', async () => {
  await page.viewport(1280, 800);
  const { bar, ui } = await setup('layui-gov');
  await stepTo200(ui);
  expect(bar().getBoundingClientRect().height).toBeLessThanOrEqual(800 / 6);
  // One row at 1280px: every control of the bar starts on the same line; the rest is under 更多.
  const controls = [...bar().querySelectorAll<HTMLElement>('button, select')];
  const tops = controls.map((c) => Math.round(c.getBoundingClientRect().top));
  expect(Math.max(...tops) - Math.min(...tops), `control tops ${tops.join(', ')}`).toBeLessThanOrEqual(12);
  const more = ui().getByRole('button', { name: '更多' });
  await userEvent.click(more);
  expect(ui().getByRole('group', { name: '更多功能' })).toBeVisible();
  await userEvent.keyboard('{Escape}');
  expect(document.activeElement).toBe(more);
  expect(ui().queryByRole('group', { name: '更多功能' })).toBeNull();
});
