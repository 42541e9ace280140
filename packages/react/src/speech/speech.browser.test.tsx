/**
 * Real Chromium: the Web Speech engine drives window.speechSynthesis (stubbed at exactly that boundary,
 * so nothing is heard and the test does not depend on installed voices), and the sentence highlight
 * (CSS Custom Highlight API, or the data-attribute fallback) follows the engine's segment events.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { contrastRatio, createFakeEngine, createWebSpeechEngine, fakeVoice, FakeSpeechSynthesis, FakeUtterance, parseColor } from '@yinfa/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { YinfaProvider } from '../provider/YinfaProvider';
import { HIGHLIGHT_NAME } from './highlight';
import { ReadAloud } from './ReadAloud';
import { SpeechProvider, type SpeechProviderProps } from './SpeechProvider';

type Registry = { get(name: string): { values(): IterableIterator<Range> } | undefined; has(name: string): boolean };
const highlights = () => (CSS as unknown as { highlights: Registry }).highlights;
const highlighted = () => {
  const h = highlights().get(HIGHLIGHT_NAME);
  return h ? [...h.values()].map((r) => r.toString()).join('|') : null;
};

function Page(props: Partial<SpeechProviderProps>) {
  return (
    <YinfaProvider>
      <SpeechProvider {...props}>
        <ReadAloud>
          <h2>转账须知</h2>
          <p>请核对收款人。客服电话95588。</p>
          <label htmlFor="amt">金额</label>
          <input id="amt" defaultValue="¥1,234.50" />
        </ReadAloud>
      </SpeechProvider>
    </YinfaProvider>
  );
}

let stub: FakeSpeechSynthesis;
beforeEach(() => {
  stub = new FakeSpeechSynthesis([fakeVoice('Samantha', 'en-US', { default: true }), fakeVoice('Tingting', 'zh-CN'), fakeVoice('Google 普通话（中国大陆）', 'zh-CN', { localService: false })]);
  Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
});
afterEach(() => {
  cleanup();
  delete (window as unknown as Record<string, unknown>).speechSynthesis;
  delete (window as unknown as Record<string, unknown>).SpeechSynthesisUtterance;
});

describe('Web Speech in a real browser', () => {
  it('looks speechSynthesis up when created, never at import, and picks a local Chinese voice', async () => {
    const engine = createWebSpeechEngine();
    await expect(engine.check('zh-CN')).resolves.toEqual({ ok: true });
    expect((await engine.voices('zh-CN'))[0]!.name).toBe('Tingting');
  });

  it('drives window.speechSynthesis from a real click: cancel first, one utterance at a time, zh-CN voice, rate 0.9', async () => {
    render(<Page />);
    const play = await screen.findByRole('button', { name: '朗读全文' });
    expect(stub.spoken).toEqual([]); // nothing before the click
    await userEvent.click(play);
    await waitFor(() => expect(stub.current?.text).toBe('转账须知'));
    expect(stub.log[0]).toBe('cancel');
    const u = stub.spoken[0]!;
    expect(u).toMatchObject({ lang: 'zh-CN', rate: 0.9, volume: 1 });
    expect((u.voice as { name: string }).name).toBe('Tingting');

    stub.finish();
    await waitFor(() => expect(stub.current?.text).toBe('请核对收款人。'));
    stub.finish();
    await waitFor(() => expect(stub.current?.text).toBe('客服电话九五五八八。'));
    stub.finish();
    await waitFor(() => expect(stub.current?.text).toBe('金额：一千二百三十四元五角。'));
    expect(stub.maxConcurrent).toBe(1);
    expect(stub.log).not.toContain('pause'); // the native pause is never used

    await userEvent.click(screen.getByRole('button', { name: '暂停' }));
    expect(stub.current).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: '继续' }));
    await waitFor(() => expect(stub.current?.text).toBe('金额：一千二百三十四元五角。'));
    await userEvent.click(screen.getByRole('button', { name: '停止' }));
    expect(stub.current).toBeNull();
  });

  it('the highlight follows the segment events (CSS Custom Highlight API) and clears at the end', async () => {
    render(<Page />);
    await userEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
    await waitFor(() => expect(highlighted()).toBe('转账须知'));
    stub.finish();
    await waitFor(() => expect(highlighted()).toBe('请核对收款人。'));
    stub.finish();
    await waitFor(() => expect(highlighted()).toBe('客服电话95588。'));
    // A field's value is not page text: the field itself is marked instead.
    stub.finish();
    await waitFor(() => expect(screen.getByRole('textbox')).toHaveAttribute('data-yinfa-speaking'));
    expect(highlights().has(HIGHLIGHT_NAME)).toBe(false);
    stub.finish();
    await waitFor(() => expect(screen.getByRole('textbox')).not.toHaveAttribute('data-yinfa-speaking'));
    expect(highlights().has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('says "no Chinese voice" and speaks nothing when only English voices exist', async () => {
    stub.voices = [fakeVoice('Samantha', 'en-US')];
    render(<Page />);
    expect(await screen.findByText(/没有中文语音/)).toBeVisible();
    expect(screen.queryByRole('button', { name: '朗读全文' })).toBeNull();
    expect(stub.spoken).toEqual([]);
  });
});

describe('Highlight fallback', () => {
  it('marks the element when the Highlight API is missing', async () => {
    const original = (globalThis as { Highlight?: unknown }).Highlight;
    Object.defineProperty(globalThis, 'Highlight', { value: undefined, configurable: true, writable: true });
    try {
      const engine = createFakeEngine({ auto: false });
      render(<Page engine={engine} />);
      await userEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
      await waitFor(() => expect(screen.getByRole('heading', { name: '转账须知' })).toHaveAttribute('data-yinfa-speaking'));
      engine.step();
      await waitFor(() => expect(screen.getByText(/请核对收款人/)).toHaveAttribute('data-yinfa-speaking'));
      expect(screen.getByRole('heading', { name: '转账须知' })).not.toHaveAttribute('data-yinfa-speaking');
      // The fallback uses token colours from speech.css.
      const bg = getComputedStyle(screen.getByText(/请核对收款人/)).backgroundColor;
      expect(bg).not.toBe('rgba(0, 0, 0, 0)');
    } finally {
      Object.defineProperty(globalThis, 'Highlight', { value: original, configurable: true, writable: true });
    }
  });
});

describe('大字幕 in a real layout', () => {
  const overlap = (a: DOMRect, b: DOMRect) => a.bottom > b.top && a.top < b.bottom;

  it.each([
    ['the page can scroll the field clear', 300],
    ['the field is at the very bottom of the page', 0],
  ])('never covers the focused element (%s)', async (_name, spacer) => {
    await page.viewport(420, 560);
    const engine = createFakeEngine({ auto: false });
    render(
      <YinfaProvider>
        <SpeechProvider engine={engine} defaultCaption>
          <ReadAloud>
            <p>请在下面填写备注，然后提交。这一句比较长，大字幕会显示它。</p>
            <div style={{ blockSize: 380 }} />
            <input aria-label="备注" />
            <div style={{ blockSize: spacer }} />
          </ReadAloud>
        </SpeechProvider>
      </YinfaProvider>,
    );
    await userEvent.click(await screen.findByRole('button', { name: '朗读全文' }));
    const bar = await screen.findByRole('region', { name: '大字幕：正在朗读的句子' });
    const field = screen.getByRole('textbox', { name: '备注' });
    field.focus();
    await waitFor(() => expect(overlap(field.getBoundingClientRect(), bar.getBoundingClientRect())).toBe(false));
    // Very large type: the display size (2rem), twice the body text.
    expect(parseFloat(getComputedStyle(bar.querySelector('p')!).fontSize)).toBeGreaterThanOrEqual(32);
    engine.step();
    await page.viewport(414, 896);
  });
  it('a pressed toggle (连读) stays readable under the mouse, in every mode', async () => {
    for (const mode of ['standard', 'elder', 'high-contrast'] as const) {
      const { unmount } = render(
        <YinfaProvider mode={mode}>
          <SpeechProvider engine={createFakeEngine({ auto: false })}>
            <ReadAloud>
              <p>请核对收款人。</p>
            </ReadAloud>
          </SpeechProvider>
        </YinfaProvider>,
      );
      const pressed = screen.getByRole('button', { name: /连读/, pressed: true });
      // Located by Playwright's own role query: the element-to-locator path spells the name with the tick's CSS alt text.
      await page.getByRole('button', { name: '连读', pressed: true }).hover();
      // Wait out the background transition (150 ms), then measure what is painted.
      await new Promise((r) => setTimeout(r, 300));
      const label = pressed.querySelector('.yf-button__label')!;
      const ratio = contrastRatio(parseColor(getComputedStyle(label).color)!, parseColor(getComputedStyle(pressed).backgroundColor)!);
      expect(ratio, `${mode}: hovered pressed 连读`).toBeGreaterThanOrEqual(4.5);
      await page.getByRole('button', { name: '连读', pressed: true }).unhover();
      unmount();
    }
  });
});
