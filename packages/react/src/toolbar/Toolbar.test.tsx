import { createFakeEngine, createMemoryStorage, toolbarHelpMessages, toolbarStorageKey } from '@yinfa/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YinfaProvider } from '../provider';
import { LARGE_CURSOR, LARGE_CURSOR_URL, createPagePresentation, eventElement, isOwnUi, STYLE_ATTRIBUTE } from '@yinfa/dom';
import { toolbarMessages } from './messages';
import { Toolbar } from './Toolbar';

afterEach(() => {
  document.documentElement.removeAttribute('style');
  document.body.removeAttribute('style');
});

describe('toolbar messages', () => {
  for (const [name, catalogue] of [
    ['the bar', toolbarMessages],
    ['帮助', toolbarHelpMessages],
  ] as const) {
    it(`${name}: en-US has every zh-CN key, and no empty text`, () => {
      const zh = Object.keys(catalogue['zh-CN']).sort();
      expect(Object.keys(catalogue['en-US']).sort()).toEqual(zh);
      for (const cat of Object.values(catalogue)) for (const text of Object.values(cat) as string[]) expect(text.trim()).not.toBe('');
    });
  }
});

describe('own UI inside a shadow root (<yinfa-toolbar>)', () => {
  it('finds the real element of a retargeted event and knows it is the bar', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div data-yinfa-toolbar-ui><button>字变大</button></div>';
    const button = root.querySelector('button')!;
    let seen: Element | null = null;
    let own = false;
    document.addEventListener('focusin', (e) => ((seen = eventElement(e)), (own = isOwnUi(seen))), { once: true });
    button.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(seen).toBe(button);
    expect(own).toBe(true);
    expect(isOwnUi(host)).toBe(false);
    expect(isOwnUi(null)).toBe(false);
    host.remove();
  });
});

describe('the large cursor', () => {
  it('is an inline SVG data URL with a fallback, never a network address', () => {
    expect(LARGE_CURSOR_URL.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(LARGE_CURSOR_URL)).toContain('width="64"');
    expect(LARGE_CURSOR).toMatch(/, auto$/);
    expect(LARGE_CURSOR).not.toMatch(/https?:/);
  });
});

describe('createPagePresentation', () => {
  it('applies and restores exactly what the page had, including its own inline styles', () => {
    const html = document.documentElement;
    html.style.setProperty('scroll-padding-top', '5px');
    html.setAttribute('data-yinfa-scheme', 'host-own');
    document.body.style.paddingTop = '3px';
    const p = createPagePresentation(document);
    p.apply({ textStep: 4, scheme: 'black-yellow', largeCursor: true });
    p.reserve('top', 60, true);
    expect(html.style.fontSize).toBe('200%');
    expect(html.style.getPropertyPriority('font-size')).toBe('important');
    expect(html.getAttribute('data-yinfa-scheme')).toBe('black-yellow');
    expect(html.getAttribute('data-yinfa-cursor')).toBe('large');
    expect(document.body.style.paddingTop).toBe('63px');
    expect(html.style.scrollPaddingTop).toBe('68px');
    expect(document.querySelectorAll(`style[${STYLE_ATTRIBUTE}]`)).toHaveLength(1);
    p.reserve('bottom', 40, true);
    expect(document.body.style.paddingTop).toBe('3px');
    expect(html.style.scrollPaddingBottom).toBe('48px');
    p.apply({ textStep: 0, scheme: 'page', largeCursor: false });
    expect(html.style.fontSize).toBe('');
    expect(html.hasAttribute('data-yinfa-scheme')).toBe(false);
    p.restore();
    expect(html.getAttribute('data-yinfa-scheme')).toBe('host-own');
    expect(html.style.scrollPaddingTop).toBe('5px');
    expect(html.style.scrollPaddingBottom).toBe('');
    expect(document.body.style.paddingTop).toBe('3px');
    expect(document.querySelector(`style[${STYLE_ATTRIBUTE}]`)).toBeNull();
    html.removeAttribute('data-yinfa-scheme');
  });

  it('never uses zoom or transform', () => {
    const p = createPagePresentation(document);
    p.apply({ textStep: 2, scheme: 'blue-yellow', largeCursor: true });
    const css = document.querySelector(`style[${STYLE_ATTRIBUTE}]`)!.textContent!;
    expect(css).not.toMatch(/\bzoom\s*:|transform\s*:|invert\(/);
    expect(document.documentElement.getAttribute('style')).not.toMatch(/zoom|transform/);
    p.restore();
  });
});

/** On wide screens (jsdom has no media queries) the reading guide, cursor, text-only view and reading settings are under 更多. */
async function openMore() {
  const more = await screen.findByRole('button', { name: '更多' });
  if (more.getAttribute('aria-expanded') === 'false') await userEvent.click(more);
}

describe('Toolbar (jsdom)', () => {
  const setup = (props: Partial<Parameters<typeof Toolbar>[0]> = {}) =>
    render(
      <YinfaProvider>
        <Toolbar remember={false} speechEngine={createFakeEngine()} {...props} />
      </YinfaProvider>,
    );

  it('renders a named region with a skip link first in the page, and removes both on unmount', async () => {
    const { unmount } = setup();
    expect(await screen.findByRole('region', { name: '适老化及无障碍工具条' })).toBeInTheDocument();
    expect(document.body.firstElementChild?.textContent).toBe('跳到无障碍工具条');
    unmount();
    expect(document.querySelector('[data-yinfa-toolbar-ui]')).toBeNull();
    expect(document.documentElement.hasAttribute('style')).toBe(false);
  });

  it('one toolbar per page: a second one warns and renders nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setup();
    setup();
    await screen.findByRole('region');
    expect(screen.getAllByRole('region', { name: '适老化及无障碍工具条' })).toHaveLength(1);
    expect(document.querySelectorAll('style[data-yinfa-toolbar]')).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('already on this page'));
    warn.mockRestore();
  });

  it('steps text 100→200% and reports it, with the smaller button inert at 100%', async () => {
    setup();
    const larger = await screen.findByRole('button', { name: '字变大' });
    expect(screen.getByRole('button', { name: '字变小' })).toHaveAttribute('aria-disabled', 'true');
    for (let i = 0; i < 5; i++) await userEvent.click(larger);
    expect(document.documentElement.style.fontSize).toBe('200%');
    expect(screen.getByText('现在 200%')).toBeInTheDocument();
    expect(larger).toHaveAttribute('aria-disabled', 'true');
  });

  it('textSize sets the page text size (snapped to a step); odd values warn and change nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = setup({ textSize: 150 });
    expect(await screen.findByText('现在 150%')).toBeInTheDocument();
    expect(document.documentElement.style.fontSize).toBe('150%');
    const again = (props: object) =>
      rerender(
        <YinfaProvider>
          <Toolbar remember={false} speechEngine={createFakeEngine()} {...props} />
        </YinfaProvider>,
      );
    again({ textSize: 190 });
    expect(await screen.findByText('现在 200%')).toBeInTheDocument();
    again({ textSize: Number.NaN });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('textSize'));
    expect(screen.getByText('现在 200%')).toBeInTheDocument();
    // Let the announcement of the last step land inside act, before the test ends.
    await act(async () => void (await new Promise((r) => setTimeout(r, 80))));
    warn.mockRestore();
  });

  it('refuses clashing shortcuts with a warning and keeps working', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    setup({ shortcuts: { scheme: 'Ctrl+T', guide: 'Alt+Shift+J' } });
    await screen.findByRole('region');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"Ctrl+T" for scheme refused (needs-alt-shift)'));
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { code: 'KeyJ', altKey: true, shiftKey: true, bubbles: true }));
    });
    expect(document.querySelector('.yf-toolbar-guide')).not.toBeNull();
    warn.mockRestore();
  });

  it('survives odd props: a bad selector, blocked storage, tampered memory', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const storage = createMemoryStorage();
    storage.setItem(toolbarStorageKey('x'), '{"scheme":"rainbow","textStep":"9","guide":"crosshair"}');
    setup({ content: '###', remember: true, storage, site: 'x' });
    expect(await screen.findByRole('region')).toBeInTheDocument();
    expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
    expect(document.querySelector('.yf-toolbar-guide')).not.toBeNull();
    await openMore();
    await userEvent.click(screen.getByRole('button', { name: '纯文本' }));
    expect(await screen.findByRole('dialog', { name: '纯文本阅读' })).toBeInTheDocument();
    warn.mockRestore();
  });

  it('声音 off: the reading controls give way to a note, nothing is read (not even by shortcut), and it is remembered', async () => {
    const storage = createMemoryStorage();
    const engine = createFakeEngine({ auto: false });
    document.body.insertAdjacentHTML('beforeend', '<main id="sound-page"><p>社区食堂今天中午休息。</p></main>');
    setup({ remember: true, storage, site: 's', speechEngine: engine });
    await openMore();
    const sound = await screen.findByRole('button', { name: '声音' });
    expect(sound.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(sound);
    expect(screen.getByRole('button', { name: '声音' }).getAttribute('aria-pressed')).toBe('false');
    expect(screen.queryByRole('button', { name: '朗读本页' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: '音量' })).toBeNull();
    expect(screen.getByText(/声音已关/)).toBeTruthy();
    expect(JSON.parse(storage.getItem(toolbarStorageKey('s'))!)).toMatchObject({ sound: false });
    await userEvent.keyboard('{Alt>}{Shift>}R{/Shift}{/Alt}');
    await act(() => new Promise((r) => setTimeout(r, 20)));
    expect(engine.spoken).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: '声音' }));
    await userEvent.click(screen.getByRole('button', { name: '朗读本页' }));
    await vi.waitFor(() => expect(engine.spoken.join('')).toContain('社区食堂今天中午休息'));
    document.getElementById('sound-page')!.remove();
  });

  it('大字幕 加拼音 (loaded on demand from pinyin-pro): pinyin over each character of the sentence being read', async () => {
    const engine = createFakeEngine({ auto: false });
    document.body.insertAdjacentHTML('beforeend', '<main id="caption-page"><p>银行卡余额。</p></main>');
    setup({ speechEngine: engine, defaultSettings: { caption: true, captionStyle: 'pinyin' } });
    await openMore();
    expect((await screen.findByRole('combobox', { name: '字幕文字' }) as HTMLSelectElement).value).toBe('pinyin');
    await userEvent.click(screen.getByRole('button', { name: '朗读本页' }));
    await vi.waitFor(() => expect(document.querySelectorAll('.yf-caption__text ruby').length).toBe(5));
    expect([...document.querySelectorAll('.yf-caption__text rt')].map((rt) => rt.textContent)).toEqual(['yín', 'háng', 'kǎ', 'yú', 'é']);
    document.getElementById('caption-page')!.remove();
  });

  it('音量: four choices, the reading takes the one chosen, and it is remembered', async () => {
    const storage = createMemoryStorage();
    setup({ remember: true, storage, site: 'v' });
    await openMore();
    const volume = await screen.findByRole('combobox', { name: '音量' });
    expect([...(volume as HTMLSelectElement).options].map((o) => o.text)).toEqual(['小', '中', '大', '最大']);
    expect((volume as HTMLSelectElement).value).toBe('1');
    await userEvent.selectOptions(volume, '0.5');
    expect(JSON.parse(storage.getItem(toolbarStorageKey('v'))!)).toMatchObject({ volume: 0.5 });
  });

  it('帮助 says what every control does and lists the shortcuts, in both languages', async () => {
    const { unmount } = setup();
    await userEvent.click(await screen.findByRole('button', { name: '帮助' }));
    const dialog = await screen.findByRole('dialog', { name: '帮助：工具条上的按钮' });
    for (const words of ['字变大 / 字变小', '配色', '辅助线', '大鼠标', '纯文本', '朗读本页', '指读', '大字幕', '语速', '音量', '声音', '恢复原样', '更多', '收起工具条', 'Alt+Shift+R']) expect(dialog.textContent).toContain(words);
    unmount();
    render(
      <YinfaProvider locale="en-US">
        <Toolbar remember={false} speechEngine={createFakeEngine()} />
      </YinfaProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Help' }));
    const en = await screen.findByRole('dialog', { name: 'Help: the toolbar’s buttons' });
    expect(en.textContent).toContain('Makes the page’s text larger or smaller');
    expect(en.textContent).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('更多 (wide screens): one row of the main controls; a disclosure holds the rest, Esc folds it and focus returns to 更多', async () => {
    setup();
    const more = await screen.findByRole('button', { name: '更多' });
    expect(more.getAttribute('aria-expanded')).toBe('false');
    for (const name of ['字变大', '字变小', '朗读本页', '恢复原样', '帮助', '收起工具条']) expect(screen.getByRole('button', { name })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: '配色' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '大鼠标' })).toBeNull();
    expect(screen.queryByRole('combobox', { name: '语速' })).toBeNull();
    await userEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    const panel = screen.getByRole('group', { name: '更多功能' });
    expect(more.getAttribute('aria-controls')).toBe(panel.id);
    for (const name of ['大鼠标', '纯文本', '指读', '大字幕', '声音']) expect(within(panel).getByRole('button', { name })).toBeInTheDocument();
    for (const name of ['辅助线', '语速', '音量']) expect(within(panel).getByRole('combobox', { name })).toBeInTheDocument();
    within(panel).getByRole('button', { name: '大鼠标' }).focus();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: '更多功能' })).toBeNull();
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(more);
  });

  it('reset puts the page back and forgets the site', async () => {
    const storage = createMemoryStorage();
    setup({ remember: true, storage, site: 'y', defaultSettings: { textStep: 2 } });
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: '配色' }), 'yellow-black');
    expect(storage.getItem(toolbarStorageKey('y'))).toContain('yellow-black');
    await userEvent.click(screen.getByRole('button', { name: '恢复原样' }));
    expect(document.documentElement.style.fontSize).toBe('');
    expect(document.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
    expect(storage.getItem(toolbarStorageKey('y'))).toBeNull();
  });
});
