/**
 * Browsers without constructable style sheets (iOS Safari < 16.4, the phones many older people keep):
 * simulated in Chromium by removing `adoptedStyleSheets` and `replaceSync` before the elements load.
 * Each element then links its same-origin CSS file (dist/yinfa-elements.css) in its shadow root, which
 * `style-src 'self'` allows: full-size text and targets under a hostile host stylesheet, no CSP
 * violation, no error, the guard's dialog opens and closes. Both the all-in-one file and the loader.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActive, expectNoViolations, FIXTURES, hostPage, px, removeFrames, SCRIPTS, shadowText, until } from './elements-harness';

afterEach(removeFrames);

const BODY = `
  <button id="host-button" type="button">宿主页面按钮</button>
  <yinfa-fraud-banner></yinfa-fraud-banner>
  <yinfa-amount-confirm amount-fen="880000" payee-name="张三" read-aloud="false"></yinfa-amount-confirm>
  <yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>
  <yinfa-transfer-guard scam-types="impersonate-police"></yinfa-transfer-guard>
`;

for (const [name, script] of SCRIPTS) {
  describe(`no constructable style sheets, with the ${name}`, () => {
    it('links the same-origin CSS in each shadow root: text ≥ 16px, targets ≥ 44px, no CSP violation', async () => {
      const page = await hostPage(BODY, { script, hostile: true, before: [`${FIXTURES}/no-adopted-sheets.js`] });
      expect((page.win as unknown as { __noAdoptedSheets: boolean }).__noAdoptedSheets).toBe(true);
      await until(() => /需要哪项上门服务/.test(shadowText(page.shadow('yinfa-service-booking'))));
      for (const tag of ['yinfa-fraud-banner', 'yinfa-amount-confirm', 'yinfa-service-booking']) {
        const link = page.shadow(tag).querySelector<HTMLLinkElement>('link[data-yinfa-css]');
        expect(link?.href, tag).toMatch(/\/packages\/elements\/dist\/yinfa-elements\.css$/);
        const root = await until(() => {
          const r = page.inside(tag, '.yf-root');
          return px(r, 'font-size') >= 16 ? r : null; // once the linked sheet has loaded
        });
        expect(page.win.getComputedStyle(root).color, tag).not.toBe('rgb(255, 0, 255)');
        const buttons = [...page.shadow(tag).querySelectorAll<HTMLElement>('button')];
        expect(buttons.length, tag).toBeGreaterThan(0);
        for (const b of buttons) {
          expect(page.win.getComputedStyle(b).display, `${tag} button`).not.toBe('none');
          expect(b.getBoundingClientRect().height, `${tag} "${b.textContent}"`).toBeGreaterThanOrEqual(44);
          expect(px(b, 'font-size'), `${tag} "${b.textContent}"`).toBeGreaterThanOrEqual(16);
        }
      }
      // The user's default font size still sets the scale (on the host, through the CSSOM).
      expect(page.doc.querySelector<HTMLElement>('yinfa-fraud-banner')!.style.getPropertyValue('--yf-rem')).toBe('16px');
      expect(page.doc.adoptedStyleSheets).toBeUndefined();
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it('the transfer guard opens as a modal and closes by Esc without constructable sheets', async () => {
      const page = await hostPage(BODY, { script, before: [`${FIXTURES}/no-adopted-sheets.js`] });
      const guard = page.doc.querySelector('yinfa-transfer-guard') as HTMLElement & { open: boolean };
      guard.open = true;
      await until(() => guard.shadowRoot!.querySelector('[role="alertdialog"]'));
      await until(() => deepActive(page.doc) && guard.shadowRoot!.contains(deepActive(page.doc)));
      await userEvent.keyboard('{Escape}');
      await until(() => page.record.events.some((e) => e.type === 'yinfa-transfer-decision'));
      expect(page.record.events.find((e) => e.type === 'yinfa-transfer-decision')!.detail).toMatchObject({ decision: 'cancel' });
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });
  });
}
