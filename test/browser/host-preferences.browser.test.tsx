/**
 * mode="auto" in a real browser: the provider starts in elder mode inside a fake
 * 浙里办 (ZWJSBridge), WeChat (WeixinJSBridge), a bank app's bridge (window.yinfaHostPreferences) and from
 * ?yinfa-mode=elder; late, throwing and absurd bridges leave standard mode; the user's choice wins; the
 * text-zoom probe measures Chromium's real default text size (16px: no zoom, so no elder).
 */
import { detectHostPreferences } from '@yinfa/core';
import { YinfaProvider, useMode } from '@yinfa/react';
import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { createRoot, type Root } from 'react-dom/client';
// A real browser renders and runs effects on its own: no act() here (this project keeps React's act environment off
// in Chromium, as Storybook does); flushSync renders the first frame synchronously.
import { flushSync } from 'react-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

type Win = Window & Record<string, unknown>;
const win = window as unknown as Win;
const originalUrl = location.href;
let roots: Root[] = [];
let hosts: HTMLElement[] = [];

afterEach(() => {
  for (const r of roots) r.unmount();
  for (const h of hosts) h.remove();
  roots = [];
  hosts = [];
  delete win.ZWJSBridge;
  delete win.WeixinJSBridge;
  delete win.yinfaHostPreferences;
  history.replaceState(null, '', originalUrl);
});

function Choose() {
  const [mode, setMode] = useMode();
  return (
    <button type="button" onClick={() => setMode('standard')}>
      当前 {mode}
    </button>
  );
}

function mount(timeoutMs = 300) {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const root = createRoot(host);
  roots.push(root);
  flushSync(() =>
    root.render(
      <YinfaProvider mode="auto" hostDetection={{ timeoutMs }}>
        <p>正文</p>
        <Choose />
      </YinfaProvider>,
    ),
  );
  return host.querySelector<HTMLElement>('.yf-root')!;
}

async function until(check: () => boolean, ms = 2000) {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const bodyPx = (el: Element) => parseFloat(getComputedStyle(el.querySelector('p')!).fontSize);

describe('mode="auto" in Chromium', () => {
  it('浙里办: ZWJSBridge.getUiStyle() elder → elder mode with ≥ 20px body text', async () => {
    win.ZWJSBridge = { onReady: (cb: () => void) => setTimeout(cb, 5), getUiStyle: () => Promise.resolve({ uiStyle: 'elder' }) };
    const root = mount();
    expect(root.dataset.yinfaMode).toBe('standard'); // first paint never waits for the bridge
    await until(() => root.dataset.yinfaMode === 'elder');
    expect(bodyPx(root)).toBeGreaterThanOrEqual(20);
  });

  it('WeChat: WeixinJSBridge getUserConfig isCareMode → elder', async () => {
    win.WeixinJSBridge = { invoke: (_n: string, _a: unknown, cb: (r: unknown) => void) => setTimeout(() => cb({ isCareMode: true }), 5) };
    const root = mount();
    await until(() => root.dataset.yinfaMode === 'elder');
  });

  it('a bank app: window.yinfaHostPreferences() → elder and its text scale', async () => {
    win.yinfaHostPreferences = async () => ({ mode: 'elder', textScale: 1.5 });
    const root = mount();
    await until(() => root.dataset.yinfaMode === 'elder');
    expect(root.style.getPropertyValue('--yf-scale')).toBe('1.5');
    expect(bodyPx(root)).toBeGreaterThanOrEqual(30);
  });

  it('the URL parameter ?yinfa-mode=elder', async () => {
    history.replaceState(null, '', `${location.pathname}?yinfa-mode=elder`);
    const root = mount();
    await until(() => root.dataset.yinfaMode === 'elder');
  });

  it('late, throwing and absurd bridges leave standard mode and the page works', async () => {
    win.ZWJSBridge = { getUiStyle: () => new Promise((r) => setTimeout(() => r({ uiStyle: 'elder' }), 1500)) };
    win.WeixinJSBridge = {
      invoke: () => {
        throw new Error('unsupported');
      },
    };
    win.yinfaHostPreferences = () => ({ mode: '<img src=x>', textScale: 1e9 });
    const root = mount(100);
    await new Promise((r) => setTimeout(r, 300));
    expect(root.dataset.yinfaMode).toBe('standard');
    expect(root.style.getPropertyValue('--yf-scale')).toBe('1');
    await userEvent.click(root.querySelector('button')!);
    expect(root.querySelector('button')!.textContent).toContain('standard');
  });

  it('the user’s own choice wins over the host', async () => {
    win.yinfaHostPreferences = () => 'elder';
    const root = mount();
    await until(() => root.dataset.yinfaMode === 'elder');
    await userEvent.click(root.querySelector('button')!);
    expect(root.dataset.yinfaMode).toBe('standard');
  });

  it('measures the real default text size: 16px in Chromium, so no text-zoom source', async () => {
    const result = await detectHostPreferences({ sources: ['text-zoom'] });
    expect(result).toEqual({ sources: [] });
    // The probe is removed again.
    expect(document.body.querySelectorAll('span[aria-hidden="true"]').length).toBe(0);
  });
});
