/**
 * `mode="auto"` on the built custom elements: inside a fake 浙里办 (ZWJSBridge), WeChat (WeixinJSBridge)
 * or bank app (window.yinfaHostPreferences), and from ?yinfa-mode=elder in the page address, a Yinfa
 * element starts in elder mode; on an unknown host it stays standard. Needs `node packages/elements/build.mjs`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, hostPage, loadUrl, removeFrames, until, type HostPage } from './elements-harness';

afterEach(removeFrames);

const speak = '<yinfa-speak mode="auto" text="您好" when-unavailable="explain"></yinfa-speak>';
const modeOf = (page: HostPage) => page.shadow('yinfa-speak').querySelector<HTMLElement>('[data-yinfa-mode]')?.dataset.yinfaMode;

describe('<yinfa-speak mode="auto">', () => {
  it.each([
    ['浙里办', `window.ZWJSBridge = { onReady: function (cb) { setTimeout(cb, 5); }, getUiStyle: function () { return Promise.resolve({ uiStyle: 'elder' }); } };`],
    ['WeChat', `window.WeixinJSBridge = { invoke: function (n, a, cb) { setTimeout(function () { cb({ isCareMode: true }); }, 5); } };`],
    ['a bank app', `window.yinfaHostPreferences = function () { return { mode: 'elder' }; };`],
  ])('starts in elder mode inside %s', async (_host, bridge) => {
    const page = await hostPage(`<script>${bridge}</script>${speak}`, { csp: false });
    await until(() => modeOf(page) === 'elder');
    expect(page.record.errors).toEqual([]);
  });

  it('starts in elder mode from ?yinfa-mode=elder', async () => {
    // A real address (a srcdoc frame has none to carry a query): the fixture page holds the same <yinfa-speak>.
    const page = await loadUrl(`${FIXTURES}/host-mode.html?yinfa-mode=elder`);
    await until(() => modeOf(page) === 'elder');
    expect(page.record.errors).toEqual([]);
  });

  it('stays standard on an unknown host', async () => {
    const page = await hostPage(speak);
    await until(() => modeOf(page) === 'standard');
    await new Promise((r) => setTimeout(r, 1000));
    expect(modeOf(page)).toBe('standard');
    expect(page.record.errors).toEqual([]);
  });
});
