/**
 * The toolbar on a page it does not own: the sample government service page in test/host-page.
 * Each feature turns on, works and resets; contrast per scheme ≥ 7:1; 200% text without sideways
 * scroll; the focused element is never covered; the crosshair never swallows a click.
 */
import { blend, contrastRatio, createFakeEngine, createMemoryStorage, parseColor, type Rgba } from '@yinfa/core';
import { Button, YinfaProvider, Toolbar, type ToolbarProps } from '@yinfa/react';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { freshHostPageEachTest, unmountHostPage, mountHostPageForTest } from './toolbar-host';
import { frames } from './audit-checks';


async function setup(props: Partial<ToolbarProps> = {}, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  mountHostPageForTest();
  const engine = createFakeEngine({ auto: false });
  const utils = render(
    <YinfaProvider locale={locale}>
      <Toolbar remember={false} speechEngine={engine} {...props} />
      {/* A Yinfa region on the host page, e.g. an embedded widget. */}
      <Button data-testid="yinfa-region-button">预约</Button>
    </YinfaProvider>,
  );
  await frames(3);
  const bar = () => document.querySelector<HTMLElement>('.yf-toolbar')!;
  const ui = () => within(bar());
  /** Wide screens keep the reading guide, cursor, text-only view and reading settings under 更多. */
  const openMore = async () => {
    const more = ui().getByRole('button', { name: '更多' });
    if (more.getAttribute('aria-expanded') === 'false') await userEvent.click(more);
  };
  return { ...utils, engine, bar, ui, openMore };
}

freshHostPageEachTest();

/** Runs `fn` with an extra page stylesheet (a page's own CSS), removed afterwards. */
async function withPageCss(css: string, fn: () => Promise<void>): Promise<void> {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  try {
    await fn();
  } finally {
    style.remove();
  }
}

/** Colour painted behind an element: the nearest opaque background up the tree. */
function backgroundBehind(el: Element): Rgba {
  const layers: Rgba[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const c = parseColor(getComputedStyle(node).backgroundColor);
    if (c && c.a > 0) {
      layers.push(c);
      if (c.a >= 1) break;
    }
  }
  let base: Rgba = parseColor(getComputedStyle(document.documentElement).backgroundColor) ?? { r: 255, g: 255, b: 255, a: 1 };
  if (base.a < 1) base = { r: 255, g: 255, b: 255, a: 1 };
  return layers.reduceRight((under, top) => blend(top, under), base);
}

/** Every visible text-bearing element of the host page (not the toolbar). */
function hostTextElements(): Element[] {
  const set = new Set<Element>();
  const root = document.querySelector('div[data-host-page]')!;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const parent = walker.currentNode.parentElement;
    if (!parent || !walker.currentNode.textContent?.trim() || parent.closest('option, .visually-hidden')) continue;
    const r = parent.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || r.right < 0) continue;
    set.add(parent);
  }
  return [...set];
}

function hostHtmlState() {
  const html = document.documentElement;
  return {
    htmlAttrs: [...html.attributes].map((a) => `${a.name}=${a.value}`).sort(),
    bodyStyle: document.body.getAttribute('style'),
    styles: document.querySelectorAll('style[data-yinfa-toolbar]').length,
    adoptedSheets: document.adoptedStyleSheets.length,
    rootFont: getComputedStyle(html).fontSize,
  };
}

describe('Toolbar on a host page it does not own', () => {
  it('text size: root font size in steps to 200% (no zoom, no transform), no sideways scroll, and back', async () => {
    const { ui } = await setup();
    const h1 = document.querySelector('div[data-host-page] h1')!;
    const before = parseFloat(getComputedStyle(h1).fontSize);
    const yinfaBefore = parseFloat(getComputedStyle(screen.getByTestId('yinfa-region-button')).fontSize);
    const larger = ui().getByRole('button', { name: '字变大' });
    for (let i = 0; i < 4; i++) await userEvent.click(larger);
    expect(document.documentElement.style.fontSize).toBe('200%');
    expect(larger.getAttribute('aria-disabled')).toBe('true');
    larger.focus();
    await userEvent.keyboard('{Enter}'); // past the top step: stays at 200%, and focus stays on the button
    expect(document.documentElement.style.fontSize).toBe('200%');
    expect(document.activeElement).toBe(larger);
    expect(parseFloat(getComputedStyle(h1).fontSize)).toBeCloseTo(before * 2, 0);
    expect(ui().getByText('现在 200%')).toBeTruthy();
    expect(getComputedStyle(document.body).zoom).toBe('1');
    expect(getComputedStyle(document.body).transform).toBe('none');
    // Yinfa regions follow the root size through their rem × --yf-scale tokens: exactly 2×, not 4×.
    expect(parseFloat(getComputedStyle(screen.getByTestId('yinfa-region-button')).fontSize)).toBeCloseTo(2 * yinfaBefore, 0);
    for (const width of [1280, 768, 320]) {
      await page.viewport(width, 800);
      await frames(3);
      const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).map((e) => `${e.tagName}.${e.className}`);
      expect(document.documentElement.scrollWidth, `sideways scroll at ${width}px: ${wide.slice(0, 8).join(', ')}`).toBeLessThanOrEqual(document.documentElement.clientWidth + 1);
    }
    await page.viewport(1280, 800);
    await frames(3); // back from the phone layout to the bar
    await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
    expect(document.documentElement.style.fontSize).toBe('');
    expect(parseFloat(getComputedStyle(h1).fontSize)).toBeCloseTo(before, 0);
  });

  it('text size keeps a 62.5% page proportionate and beats a page’s own !important root size', async () => {
    await withPageCss(
      'html { font-size: 62.5% !important; }',
      async () => {
      const { ui } = await setup();
      await userEvent.click(ui().getByRole('button', { name: '字变大' }));
      await userEvent.click(ui().getByRole('button', { name: '字变大' }));
      expect(document.documentElement.style.fontSize).toBe('93.75%');
      expect(parseFloat(getComputedStyle(document.documentElement).fontSize)).toBeCloseTo(15, 1);
      },
    );
  });

  it('a px-based page: the page’s own px sizes grow with the steps (no CSS zoom, no “press Ctrl +” hint), and back', async () => {
    await withPageCss(
      'div[data-host-page] * { font-size: 14px; }',
      async () => {
      const { ui } = await setup();
      const lead = document.querySelector('div[data-host-page] .lead')!;
      await userEvent.click(ui().getByRole('button', { name: '字变大' }));
      expect(getComputedStyle(lead).fontSize).toBe('17.5px');
      expect(ui().queryByText(/Ctrl/)).toBeNull();
      expect(getComputedStyle(document.body).zoom).toBe('1');
      await userEvent.click(ui().getByRole('button', { name: '字变小' }));
      expect(getComputedStyle(lead).fontSize).toBe('14px');
      },
    );
  });

  for (const [scheme, name] of [
    ['white-black', '白底黑字蓝链接'],
    ['black-yellow', '黑底黄字白链接'],
    ['blue-yellow', '蓝底黄字白链接'],
    ['yellow-black', '黄底黑字蓝链接'],
  ] as const) {
    it(`colour scheme ${name}: every host text and the toolbar ≥ 7:1, images not filtered, reset restores`, async () => {
      const { ui, bar } = await setup();
      const img = document.querySelector<HTMLImageElement>('div[data-host-page] figure img')!;
      const headerBefore = getComputedStyle(document.querySelector('.site-header')!).backgroundColor;
      await userEvent.selectOptions(ui().getByRole('combobox', { name: '配色' }), scheme);
      expect(document.documentElement.getAttribute('data-yinfa-scheme')).toBe(scheme);
      // The bar's buttons ease into the new colours (150 ms, none under reduced motion): measure the end state.
      await Promise.all(document.getAnimations().map((a) => a.finished));
      const low: string[] = [];
      const texts = hostTextElements();
      expect(texts.length).toBeGreaterThan(30);
      for (const el of [...texts, ...bar().querySelectorAll('button, label, span, option')]) {
        const fg = parseColor(getComputedStyle(el).color)!;
        const ratio = contrastRatio(fg, backgroundBehind(el));
        if (ratio < 7) low.push(`${el.tagName} "${el.textContent?.trim().slice(0, 20)}" ${ratio.toFixed(2)}`);
      }
      expect(low).toEqual([]);
      expect(getComputedStyle(img).filter).toBe('none');
      expect(getComputedStyle(document.documentElement).filter).toBe('none');
      await userEvent.selectOptions(ui().getByRole('combobox', { name: '配色' }), 'page');
      expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
      expect(getComputedStyle(document.querySelector('.site-header')!).backgroundColor).toBe(headerBefore);
    });
  }

  it('large cursor: the shipped SVG (a data URL, no network) on the page, a hand on links; off again', async () => {
    const { ui, openMore } = await setup();
    const p = document.querySelector('div[data-host-page] .lead')!;
    const link = document.querySelector('div[data-host-page] nav a')!;
    await openMore();
    const button = ui().getByRole('button', { name: '大鼠标' });
    await userEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(getComputedStyle(p).cursor).toMatch(/^url\("data:image\/svg\+xml,/);
    expect(getComputedStyle(link).cursor).toMatch(/^url\("data:image\/svg\+xml,.*pointer$/);
    // Nothing fetched for it: no image or CSS-initiated requests at all.
    expect((performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.initiatorType === 'css' || e.initiatorType === 'img')).toEqual([]);
    await userEvent.click(button);
    expect(getComputedStyle(p).cursor).toBe('auto');
  });

  it('crosshair follows pointer and focus and never swallows a click', async () => {
    const { ui, openMore } = await setup();
    await openMore();
    await userEvent.selectOptions(ui().getByRole('combobox', { name: '辅助线' }), 'crosshair');
    const row = document.querySelector<HTMLElement>('.yf-toolbar-guide__row')!;
    const col = document.querySelector<HTMLElement>('.yf-toolbar-guide__col')!;
    expect(getComputedStyle(row).pointerEvents).toBe('none');
    const agree = document.querySelector<HTMLInputElement>('#agree')!;
    agree.scrollIntoView({ block: 'center' });
    await frames(2);
    await userEvent.hover(agree);
    await frames(2);
    const r = agree.getBoundingClientRect();
    const cx = r.left + r.width / 2;
    const cy = r.top + r.height / 2;
    expect(Math.abs(parseFloat(row.style.top) - cy)).toBeLessThan(3);
    expect(Math.abs(parseFloat(col.style.left) - cx)).toBeLessThan(3);
    // The lines pass right over the checkbox, yet the checkbox is what the pointer hits…
    expect(document.elementFromPoint(cx, cy)).toBe(agree);
    // …and a real click (Playwright refuses to click through an element that intercepts it) ticks it.
    await userEvent.click(agree);
    expect(agree.checked).toBe(true);
    // Keyboard focus moves the lines too.
    const name = document.querySelector<HTMLInputElement>('#name')!;
    name.focus();
    await frames(2);
    const n = name.getBoundingClientRect();
    expect(Math.abs(parseFloat(row.style.top) - (n.top + n.height / 2))).toBeLessThan(3);
    await userEvent.selectOptions(ui().getByRole('combobox', { name: '辅助线' }), 'off');
    expect(document.querySelector('.yf-toolbar-guide')).toBeNull();
  });

  it('text-only view: main content linearised, images as alt text, large type; Esc closes and returns focus', async () => {
    const { ui, openMore } = await setup();
    await openMore();
    const open = ui().getByRole('button', { name: '纯文本' });
    await userEvent.click(open);
    const dialog = await screen.findByRole('dialog', { name: '纯文本阅读' });
    expect(within(dialog).getByRole('heading', { name: '八十周岁以上老年人养老服务补贴申请' })).toBeTruthy();
    expect(dialog.textContent).toContain('[图片：社区综合服务中心外景：红色屋顶的平房，门前有两棵树]');
    expect(dialog.textContent).toContain('90-99 周岁 ｜ 300 元 ｜ 每月 10 日');
    expect(dialog.textContent).not.toContain('示例市民政局　地址'); // footer is outside main
    expect(dialog.querySelector('img')).toBeNull();
    const para = dialog.querySelector('.yf-text-only__body p')!;
    expect(parseFloat(getComputedStyle(para).fontSize)).toBeGreaterThanOrEqual(20);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(open);
  });

  it('reading: 连读 the main content with 大字幕, stop; 指读 reads the focused field', async () => {
    const { ui, engine, openMore } = await setup();
    await openMore();
    await userEvent.click(ui().getByRole('button', { name: '大字幕' }));
    await userEvent.click(ui().getByRole('button', { name: '朗读本页' }));
    await waitFor(() => expect(engine.current).toBeTruthy());
    expect(engine.spoken[0]).toContain('首页');
    const caption = await screen.findByRole('region', { name: /大字幕/ });
    expect(caption.textContent).toContain('首页');
    engine.step();
    await waitFor(() => expect(engine.spoken.length).toBeGreaterThan(1));
    await userEvent.click(ui().getByRole('button', { name: '停止朗读' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /大字幕/ })).toBeNull());
    expect(engine.spoken.join('')).not.toContain('适老化'); // never reads its own bar
    const count = engine.spoken.length;
    await userEvent.click(ui().getByRole('button', { name: '指读' }));
    document.querySelector<HTMLInputElement>('#name')!.focus();
    await waitFor(() => expect(engine.spoken.length).toBe(count + 1));
    expect(engine.spoken[count]).toContain('姓名');
    // Hover reading only after the user turns it on, once the pointer rests.
    const lead = document.querySelector<HTMLElement>('div[data-host-page] .lead')!;
    await userEvent.hover(lead);
    await new Promise((r) => setTimeout(r, 800));
    expect(engine.spoken.join('')).not.toContain('年满八十周岁');
    await userEvent.click(ui().getByRole('button', { name: '鼠标停留也读' }));
    await userEvent.hover(document.querySelector<HTMLElement>('div[data-host-page] h1')!);
    await userEvent.hover(lead);
    await waitFor(() => expect(engine.spoken.join('')).toContain('年满八十周岁'), { timeout: 2000 });
  });

  it('the focused element is never covered by the bar: tab through the whole page', async () => {
    for (const [width, height, steps] of [
      [1280, 600, 0],
      [768, 700, 2],
      [320, 640, 4],
    ] as const) {
      await page.viewport(width, height);
      const { ui, bar, unmount } = await setup({ defaultSettings: { textStep: steps } });
      expect(document.documentElement.style.fontSize).toBe(['', '125%', '150%', '175%', '200%'][steps]);
      document.body.focus();
      window.scrollTo(0, 0);
      const seen = new Set<Element>();
      for (let i = 0; i < 40; i++) {
        await userEvent.tab();
        await frames(2);
        const el = document.activeElement!;
        if (el === document.body || seen.has(el)) continue;
        seen.add(el);
        if (bar().contains(el)) continue;
        const r = el.getClientRects()[0] ?? el.getBoundingClientRect(); // first line box of a wrapped link
        const x = Math.min(Math.max(r.left + r.width / 2, 1), window.innerWidth - 1);
        const y = Math.min(Math.max(r.top + Math.min(r.height, 40) / 2, 1), window.innerHeight - 1);
        const hit = document.elementFromPoint(x, y);
        const label = el.closest('label');
        expect(hit && (el.contains(hit) || hit.contains(el) || label?.contains(hit)), `${el.tagName}#${el.id} "${el.textContent?.trim().slice(0, 20)}" covered by ${hit?.className} at ${width}px`).toBeTruthy();
      }
      expect(seen.size).toBeGreaterThan(15);
      if (width >= 600) expect(ui().getAllByRole('button').length).toBeGreaterThan(5);
      else expect(ui().getAllByRole('button').map((b) => b.textContent)).toEqual([expect.stringContaining('无障碍')]); // phones: one button, the controls in a panel
      unmount();
      unmountHostPage();
    }
  });

  it('moves to the bottom when a focused element at the very top cannot be scrolled clear of it', async () => {
    const { bar } = await setup();
    window.scrollTo(0, 0);
    const skip = document.querySelector<HTMLElement>('div[data-host-page] .skip')!; // the page's own, absolutely positioned at the top
    skip.focus();
    await frames(3);
    expect(bar().getAttribute('data-edge')).toBe('bottom');
    const r = skip.getBoundingClientRect();
    expect(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)).toBe(skip);
    expect(parseFloat(getComputedStyle(document.body).paddingBottom)).toBeGreaterThanOrEqual(bar().getBoundingClientRect().height);
  });

  it('keeps the page’s own hostile CSS off the bar: sizes, type and colours stay Yinfa’s', async () => {
    await withPageCss(
      '* { font-size: 12px; color: #999; margin: 0; } button, select { min-height: 20px; min-width: 0; padding: 0; background: #eee; border: 0; } div { background: #fff; } a { color: #aaa; }',
      async () => {
      const { ui, bar } = await setup();
      for (const el of ui().getAllByRole('button')) {
        const r = el.getBoundingClientRect();
        expect(Math.min(r.width, r.height), el.textContent!).toBeGreaterThanOrEqual(44);
        expect(parseFloat(getComputedStyle(el).fontSize)).toBeGreaterThanOrEqual(16);
        const ratio = contrastRatio(parseColor(getComputedStyle(el).color)!, backgroundBehind(el));
        expect(ratio, el.textContent!).toBeGreaterThanOrEqual(4.5);
      }
      expect(getComputedStyle(bar()).backgroundColor).not.toBe('rgb(255, 255, 255)');
      // The host's own elements still get the host's rules.
      expect(getComputedStyle(document.querySelector('div[data-host-page] .lead')!).fontSize).toBe('12px');
      },
    );
  });

  it('keeps to the bottom on a page with its own fixed header, or where the host says', async () => {
    await withPageCss(
      '.site-header { position: fixed; top: 0; left: 0; right: 0; z-index: 5; }',
      async () => {
        const { bar, unmount } = await setup();
        expect(bar().getAttribute('data-edge')).toBe('bottom');
        const header = document.querySelector<HTMLElement>('div[data-host-page] .site-header')!;
        const r = header.getBoundingClientRect();
        expect(header.contains(document.elementFromPoint(r.left + 20, r.top + 10))).toBe(true);
        expect(bar().getBoundingClientRect().bottom).toBeCloseTo(window.innerHeight, 0);
        unmount();
        unmountHostPage();
      },
    );
    const { bar } = await setup({ edge: 'bottom' });
    expect(bar().getAttribute('data-edge')).toBe('bottom');
    expect(parseFloat(getComputedStyle(document.body).paddingBottom)).toBeGreaterThanOrEqual(bar().getBoundingClientRect().height);
  });

  it('collapses to one button, reserves less space, and opens again', async () => {
    const { ui, bar } = await setup();
    const padExpanded = parseFloat(getComputedStyle(document.body).paddingTop);
    expect(padExpanded).toBeGreaterThanOrEqual(bar().getBoundingClientRect().height);
    await userEvent.click(ui().getByRole('button', { name: '收起工具条' }));
    expect(ui().getAllByRole('button')).toHaveLength(1);
    const padCollapsed = parseFloat(getComputedStyle(document.body).paddingTop);
    expect(padCollapsed).toBeLessThan(padExpanded);
    expect(padCollapsed).toBeGreaterThanOrEqual(bar().getBoundingClientRect().height);
    await userEvent.click(ui().getByRole('button', { name: '无障碍工具' }));
    await waitFor(() => expect(document.activeElement && bar().contains(document.activeElement)).toBe(true));
  });

  it('skip link is the first Tab stop and takes focus to the toolbar; shortcuts work', async () => {
    const { ui, bar } = await setup();
    const first = document.querySelector<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')!;
    expect(first.textContent).toBe('跳到无障碍工具条');
    first.focus();
    expect(getComputedStyle(first).position).toBe('fixed'); // shown on focus, at the top of the screen
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(bar().contains(document.activeElement)).toBe(true));
    document.querySelector<HTMLInputElement>('#name')!.focus();
    await userEvent.keyboard('{Alt>}{Shift>}.{/Shift}{/Alt}');
    expect(document.documentElement.style.fontSize).toBe('125%');
    await userEvent.keyboard('{Alt>}{Shift>}k{/Shift}{/Alt}');
    expect(document.documentElement.getAttribute('data-yinfa-scheme')).toBe('white-black');
    await userEvent.keyboard('{Alt>}{Shift>}0{/Shift}{/Alt}');
    expect(document.documentElement.style.fontSize).toBe('');
    expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
    expect(ui().getByRole('button', { name: '恢复原样' })).toBeTruthy();
  });

  it('remembers per site when allowed, nothing when the host turns it off', async () => {
    const storage = createMemoryStorage();
    const first = await setup({ remember: true, storage, site: 'mz.example.gov.cn' });
    await userEvent.selectOptions(first.ui().getByRole('combobox', { name: '配色' }), 'black-yellow');
    await userEvent.click(first.ui().getByRole('button', { name: '字变大' }));
    first.unmount();
    unmountHostPage();
    expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
    await setup({ remember: true, storage, site: 'mz.example.gov.cn' });
    expect(document.documentElement.getAttribute('data-yinfa-scheme')).toBe('black-yellow');
    expect(document.documentElement.style.fontSize).toBe('125%');
    cleanup();
    unmountHostPage();
    const other = await setup({ remember: true, storage, site: 'other.example.gov.cn' });
    expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
    other.unmount();
    unmountHostPage();
    const off = createMemoryStorage();
    const none = await setup({ remember: false, storage: off });
    await userEvent.click(none.ui().getByRole('button', { name: '字变大' }));
    expect(off.size).toBe(0);
  });

  it('never changes the page’s content: every feature used, the markup the same (style attributes aside while text is enlarged), byte for byte after reset', async () => {
    const { ui, engine, openMore } = await setup();
    const host = document.querySelector('div[data-host-page]')!;
    const before = host.innerHTML;
    // Enlarged text may pin a size or release a fixed height in an element's style attribute: presentation, not content.
    const content = () => {
      const copy = host.cloneNode(true) as Element;
      for (const el of [copy, ...copy.querySelectorAll('[style]')]) el.removeAttribute('style');
      return copy.innerHTML;
    };
    const contentBefore = content();
    await userEvent.click(ui().getByRole('button', { name: '字变大' }));
    await userEvent.selectOptions(ui().getByRole('combobox', { name: '配色' }), 'blue-yellow');
    await openMore();
    await userEvent.selectOptions(ui().getByRole('combobox', { name: '辅助线' }), 'line');
    await userEvent.click(ui().getByRole('button', { name: '大鼠标' }));
    await userEvent.click(ui().getByRole('button', { name: '大字幕' }));
    await userEvent.click(ui().getByRole('button', { name: '朗读本页' }));
    await waitFor(() => expect(engine.current).toBeTruthy());
    expect(content()).toBe(contentBefore); // the sentence highlight uses CSS.highlights, not the DOM
    await userEvent.click(ui().getByRole('button', { name: '停止朗读' }));
    await userEvent.click(ui().getByRole('button', { name: '纯文本' }));
    await userEvent.keyboard('{Escape}');
    await userEvent.click(ui().getByRole('button', { name: '恢复原样' }));
    expect(host.innerHTML).toBe(before);
  });

  it('unmount undoes every change it made', async () => {
    document.documentElement.style.setProperty('scroll-padding-top', '3px');
    mountHostPageForTest();
    const before = hostHtmlState();
    unmountHostPage();
    const { ui, unmount } = await setup({ defaultSettings: { textStep: 2, scheme: 'blue-yellow', largeCursor: true, guide: 'crosshair' } });
    expect(hostHtmlState()).not.toEqual(before);
    await userEvent.click(ui().getByRole('button', { name: '字变大' }));
    unmount();
    expect(hostHtmlState()).toEqual(before);
    expect(document.documentElement.style.scrollPaddingTop).toBe('3px');
    expect(document.querySelector('[data-yinfa-toolbar-ui]')).toBeNull();
    document.documentElement.style.removeProperty('scroll-padding-top');
  });

  it('speaks English when the page does', async () => {
    const { ui } = await setup({}, 'en-US');
    expect(screen.getByRole('region', { name: 'Accessibility toolbar' })).toBeTruthy();
    await userEvent.click(ui().getByRole('button', { name: 'Larger text' }));
    expect(ui().getByText('Now 125%')).toBeTruthy();
  });
});
