/**
 * @yinfa/elements against hostile hosts and bad configuration, from the built script under
 * `script-src 'self'; style-src 'self'`: host CSS (`* { font-size: 12px !important }`,
 * `button { display: none }`, html at 10px) does not shrink or hide anything; bad attributes show a
 * short note and log exactly one console error naming the element and attribute; the page keeps
 * working; the toolbar styles the page on purpose and undoes it when removed.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActive, expectNoViolations, hostPage, px, removeFrames, SCRIPTS, settle, shadowText, until, useScript, withFakeSpeech, type HostPage } from './elements-harness';

afterEach(removeFrames);

const ALL = `
  <button id="host-button" type="button">宿主页面按钮</button>
  <yinfa-fraud-banner></yinfa-fraud-banner>
  <yinfa-amount-confirm amount-fen="880000" payee-name="张三"></yinfa-amount-confirm>
  <yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>
  <yinfa-speak text="您好" when-unavailable="explain"></yinfa-speak>
`;

const buttonsIn = (page: HostPage, tag: string) => [...page.shadow(tag).querySelectorAll<HTMLElement>('button')];

for (const [name, script] of SCRIPTS) describe(`with the ${name}`, () => {
  beforeAll(() => useScript(script));

  describe('hostile host CSS', () => {
    it('keeps body text ≥ 16px, buttons shown and ≥ 44px, and the elements’ own colours', async () => {
      const page = await hostPage(ALL, { hostile: true });
      // The hostile sheet really applies to the host page.
      expect(px(page.doc.getElementById('host-button')!, 'font-size')).toBe(12);
      expect(page.win.getComputedStyle(page.doc.getElementById('host-button')!).display).toBe('none');
      await until(() => /需要哪项上门服务/.test(shadowText(page.shadow('yinfa-service-booking'))));
      for (const tag of ['yinfa-fraud-banner', 'yinfa-amount-confirm', 'yinfa-service-booking']) {
        const root = page.inside(tag, '.yf-root');
        expect(px(root, 'font-size'), tag).toBeGreaterThanOrEqual(16);
        expect(page.win.getComputedStyle(root).color, tag).not.toBe('rgb(255, 0, 255)');
        const buttons = buttonsIn(page, tag);
        expect(buttons.length, tag).toBeGreaterThan(0);
        for (const b of buttons) {
          const cs = page.win.getComputedStyle(b);
          expect(cs.display, `${tag} button display`).not.toBe('none');
          const box = b.getBoundingClientRect();
          expect(box.height, `${tag} "${b.textContent}" height`).toBeGreaterThanOrEqual(44);
          expect(px(b, 'font-size'), `${tag} "${b.textContent}" font-size`).toBeGreaterThanOrEqual(16);
        }
      }
      // The speak element explains (no voice in headless Chromium) at full size.
      const speak = page.shadow('yinfa-speak');
      expect(px(speak.querySelector('.yf-root')!, 'font-size')).toBeGreaterThanOrEqual(16);
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it('elder mode under the same host CSS: 20px text, 60px targets', async () => {
      const page = await hostPage('<yinfa-amount-confirm mode="elder" amount-fen="100" payee-name="李四"></yinfa-amount-confirm>', { hostile: true });
      expect(px(page.inside('yinfa-amount-confirm', '.yf-root'), 'font-size')).toBeGreaterThanOrEqual(20);
      for (const b of buttonsIn(page, 'yinfa-amount-confirm')) expect(b.getBoundingClientRect().height).toBeGreaterThanOrEqual(60);
    });

    it('works by keyboard on the hostile page', async () => {
      const page = await hostPage('<yinfa-amount-confirm amount-fen="100" payee-name="李四"></yinfa-amount-confirm>', { hostile: true });
      const confirm = buttonsIn(page, 'yinfa-amount-confirm').find((b) => /确认/.test(b.textContent ?? ''))!;
      confirm.focus();
      expect(deepActive(page.doc)).toBe(confirm);
      await userEvent.keyboard('{Enter}');
      await until(() => page.record.events.some((e) => e.type === 'yinfa-confirm'));
    });

    it('the host page’s own CSS is untouched by the elements (no global rules leak out)', async () => {
      const page = await hostPage('<p id="host-p">宿主段落</p><button id="b2" type="button">按钮</button><yinfa-fraud-banner></yinfa-fraud-banner>');
      const p = page.doc.getElementById('host-p')!;
      expect(p.className).toBe('');
      expect(page.doc.adoptedStyleSheets).toHaveLength(0);
      expect(page.doc.querySelectorAll('style, link[rel=stylesheet]')).toHaveLength(0);
      const hostButton = page.win.getComputedStyle(page.doc.getElementById('b2')!);
      expect(Number.parseFloat(hostButton.fontSize)).toBeLessThan(16); // the browser's own button size
      expect(hostButton.minHeight).not.toBe('44px');
    });
  });

  describe('bad attributes', () => {
    const cases: Array<[string, string, string]> = [
      ['malformed JSON', `<yinfa-fraud-banner variant="contextual" assessment="{level: warn"></yinfa-fraud-banner>`, 'assessment'],
      ['unknown value', `<yinfa-fraud-banner variant="loud"></yinfa-fraud-banner>`, 'variant'],
      ['unknown mode', `<yinfa-amount-confirm mode="big" amount-fen="100" payee-name="甲"></yinfa-amount-confirm>`, 'mode'],
      ['missing required', `<yinfa-amount-confirm payee-name="甲"></yinfa-amount-confirm>`, 'amount-fen'],
      ['not a number', `<yinfa-amount-confirm amount-fen="一百" payee-name="甲"></yinfa-amount-confirm>`, 'amount-fen'],
      ['JSON of the wrong shape', `<yinfa-meal-map src="/x.json" location='{"lng":"east"}'></yinfa-meal-map>`, 'location'],
      ['missing data', `<yinfa-meal-map></yinfa-meal-map>`, 'src'],
      ['out of range', `<yinfa-speak text="x" text-scale="5"></yinfa-speak>`, 'text-scale'],
      ['no target', `<yinfa-speak for="nowhere"></yinfa-speak>`, 'for'],
      ['bad selector', `<yinfa-toolbar content="main[[["></yinfa-toolbar>`, 'content'],
    ];

    for (const [name, html, attribute] of cases) {
      it(`${name}: a friendly note in place, one console error naming the element and "${attribute}", the page keeps working`, async () => {
        const page = await hostPage(`<button id="host" type="button">宿主按钮</button>${html}<yinfa-fraud-banner id="ok"></yinfa-fraud-banner>`);
        const tag = html.match(/<([a-z-]+)/)![1]!;
        const note = page.inside(tag, '.yf-element-error');
        expect(note.getAttribute('data-problem')).toBe(attribute);
        expect(note.textContent).toBe('这部分内容暂时无法显示。页面的其他部分可以正常使用。');
        expect(px(note, 'font-size')).toBeGreaterThanOrEqual(16);
        expect(page.record.errors).toHaveLength(1);
        expect(page.record.errors[0]).toContain(`<${tag}> attribute "${attribute}"`);
        const err = page.record.events.filter((e) => e.type === 'yinfa-error');
        expect(err).toHaveLength(1);
        expect(err[0]!.detail.attribute).toBe(attribute);
        // Re-renders with the same problem do not log again.
        page.doc.querySelector(tag)!.setAttribute('data-x', '1');
        page.doc.querySelector(tag)!.setAttribute('locale', 'en-US');
        // In the script builds the en-US words load on demand (locale-packs.ts): the note follows once they are in.
        await until(() => /can’t be shown/.test(page.inside(tag, '.yf-element-error').textContent ?? ''));
        await settle(page.win);
        expect(page.record.errors).toHaveLength(1);
        // The rest of the page works.
        expect(shadowText(page.shadow('#ok'))).toContain('防骗提示');
        let clicked = false;
        page.doc.getElementById('host')!.addEventListener('click', () => (clicked = true));
        page.doc.getElementById('host')!.click();
        expect(clicked).toBe(true);
        expectNoViolations(page);
      });
    }

    it('fixing the attribute brings the element back without another error', async () => {
      const page = await hostPage('<yinfa-amount-confirm amount-fen="abc" payee-name="甲"></yinfa-amount-confirm>');
      const el = page.doc.querySelector('yinfa-amount-confirm')!;
      expect(page.record.errors).toHaveLength(1);
      el.setAttribute('amount-fen', '12345');
      await settle(page.win);
      expect(el.shadowRoot!.querySelector('.yf-element-error')).toBeNull();
      expect(shadowText(el.shadowRoot!)).toContain('123.45');
      expect(page.record.errors).toHaveLength(1);
    });

    it('properties are checked like attributes (an object where a number belongs)', async () => {
      const page = await hostPage('<yinfa-amount-confirm payee-name="甲"></yinfa-amount-confirm>');
      const el = page.doc.querySelector('yinfa-amount-confirm') as HTMLElement & { amountFen: unknown };
      page.record.errors.length = 0;
      el.amountFen = 5000;
      await settle(page.win);
      expect(shadowText(el.shadowRoot!)).toContain('50.00');
      expect(el.amountFen).toBe(5000);
      el.amountFen = { fen: 1 };
      await settle(page.win);
      expect(el.shadowRoot!.querySelector('.yf-element-error')).not.toBeNull();
      expect(page.record.errors).toHaveLength(1);
      expect(page.record.errors[0]).toContain('"amount-fen"');
    });

    it('a property set before the script defined the element is kept (upgrade)', async () => {
      const page = await hostPage('', { script: '/test/browser/elements-fixtures/none.js' });
      const el = page.doc.createElement('yinfa-speak') as HTMLElement & { text: string };
      el.text = '升级前设置的文字';
      page.doc.body.append(el);
      const script = page.doc.createElement('script');
      script.src = '/packages/elements/dist/yinfa-elements.js';
      const loaded = new Promise((r) => script.addEventListener('load', r));
      page.doc.head.append(script);
      await loaded;
      await settle(page.win);
      expect(el.shadowRoot).not.toBeNull();
      expect(el.shadowRoot!.querySelector('.yf-element-error')).toBeNull();
      expect(el.text).toBe('升级前设置的文字');
    });
  });

  describe('<yinfa-toolbar> styles the page on purpose, and undoes it', () => {
    it('text size by keyboard grows the page and the other Yinfa elements; removal restores the page; no CSP violation', async () => {
      const page = await hostPage('<main><h1>银发消费专区</h1><p>欢迎光临。</p></main><yinfa-toolbar remember="false"></yinfa-toolbar><yinfa-fraud-banner></yinfa-fraud-banner>', { lang: 'zh-CN' });
      const toolbar = page.doc.querySelector('yinfa-toolbar')!;
      const bar = await until(() => toolbar.shadowRoot!.querySelector<HTMLElement>('.yf-toolbar'));
      expect(bar.getAttribute('role')).toBe('region');
      // The skip link is the page's first Tab stop, styled by the document-adopted sheet.
      const skip = await until(() => page.doc.querySelector<HTMLAnchorElement>('[data-yinfa-toolbar-ui] a.yf-skip-link'));
      expect(skip.textContent).toBe('跳到无障碍工具条');
      const bannerRoot = page.inside('yinfa-fraud-banner', '.yf-root');
      const before = px(bannerRoot, 'font-size');
      const larger = [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '字变大')!;
      larger.focus();
      await userEvent.keyboard('{Enter}');
      await until(() => page.doc.documentElement.getAttribute('data-yinfa-text-scale') === '1.25');
      await settle(page.win);
      expect(px(page.doc.querySelector('h1')!, 'font-size')).toBeGreaterThan(32 * 1.2);
      expect(px(bannerRoot, 'font-size')).toBeCloseTo(before * 1.25, 0);
      expect(page.record.events.filter((e) => e.type === 'yinfa-settings-change').at(-1)!.detail.settings.textStep).toBe(1);
      expect(page.doc.querySelectorAll('style')).toHaveLength(0);
      toolbar.remove();
      await settle(page.win);
      expect(page.doc.documentElement.hasAttribute('data-yinfa-text-scale')).toBe(false);
      expect(page.doc.documentElement.getAttribute('style')).toBeNull();
      expect(page.doc.querySelector('[data-yinfa-toolbar-ui]')).toBeNull();
      expect(page.doc.adoptedStyleSheets).toHaveLength(0);
      expect(px(bannerRoot, 'font-size')).toBeCloseTo(before, 0);
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it('a colour scheme applies to the host page and to every Yinfa element, under strict CSP, and goes away with the toolbar', async () => {
      const page = await hostPage('<main><p id="p">文字</p></main><yinfa-toolbar remember="false"></yinfa-toolbar><yinfa-fraud-banner></yinfa-fraud-banner>');
      const toolbar = page.doc.querySelector('yinfa-toolbar')!;
      const select = await until(() => [...toolbar.shadowRoot!.querySelectorAll('select')].find((s) => [...s.options].some((o) => o.value === 'black-yellow')));
      const banner = page.inside('yinfa-fraud-banner', '.yf-root');
      expect(page.win.getComputedStyle(banner).backgroundColor).toBe('rgb(255, 255, 255)');
      select.focus();
      select.value = 'black-yellow';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await until(() => page.doc.documentElement.getAttribute('data-yinfa-scheme') === 'black-yellow');
      await settle(page.win);
      // The host page (through the toolbar's adopted sheet) and the element (through its shadow root's scheme sheet).
      expect(page.win.getComputedStyle(page.doc.getElementById('p')!).color).toBe('rgb(255, 255, 0)');
      expect(page.win.getComputedStyle(banner).backgroundColor).toBe('rgb(0, 0, 0)');
      expect(page.win.getComputedStyle(banner).color).toBe('rgb(255, 255, 0)');
      expect(page.doc.querySelectorAll('style')).toHaveLength(0);
      toolbar.remove();
      await settle(page.win);
      expect(page.doc.documentElement.hasAttribute('data-yinfa-scheme')).toBe(false);
      expect(page.win.getComputedStyle(banner).backgroundColor).toBe('rgb(255, 255, 255)');
      expectNoViolations(page);
    });
  });

  describe('<yinfa-toolbar> dialogs in the shadow root', () => {
    it('纯文本 opens by keyboard, keeps focus inside both ways, a click inside does not close it, Esc returns focus', async () => {
      const page = await hostPage('<main><h1>标题</h1><p>正文第一段。</p><a href="#x">链接</a></main><yinfa-toolbar remember="false"></yinfa-toolbar>');
      const toolbar = page.doc.querySelector('yinfa-toolbar')!;
      // 纯文本 is under 更多 on a wide screen: opened by keyboard too.
      const more = await until(() => [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '更多'));
      more.focus();
      await userEvent.keyboard('{Enter}');
      const opener = await until(() => [...toolbar.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '纯文本'));
      opener.focus();
      await userEvent.keyboard('{Enter}');
      const dialog = await until(() => toolbar.shadowRoot!.querySelector<HTMLElement>('[role="dialog"][data-state="open"]'));
      expect(shadowText(toolbar.shadowRoot!)).toContain('正文第一段');
      for (const key of ['{Tab}', '{Shift>}{Tab}{/Shift}']) {
        for (let i = 0; i < 6; i++) {
          await userEvent.keyboard(key);
          expect(dialog.contains(deepActive(page.doc))).toBe(true);
        }
      }
      dialog.querySelector<HTMLElement>('p, h2, h1')!.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      await settle(page.win);
      expect(dialog.isConnected && dialog.getAttribute('data-state')).toBe('open');
      await userEvent.keyboard('{Escape}');
      await until(() => !toolbar.shadowRoot!.querySelector('[role="dialog"][data-state="open"]'));
      await until(() => deepActive(page.doc) === opener);
      expectNoViolations(page);
    });
  });

  describe('removal cleans up', () => {
    it('listeners, speech and timers: a removed guard in its cooling-off fires nothing more', async () => {
      const page = await hostPage('<yinfa-transfer-guard open scam-types="fake-investment" cooling-off-ms="600"></yinfa-transfer-guard>');
      const guard = page.doc.querySelector('yinfa-transfer-guard')!;
      await until(() => guard.shadowRoot!.querySelector('[role="alertdialog"]'));
      // The page does not scroll behind the open guard (its root's overflow), and gets its own styles back.
      expect(page.win.getComputedStyle(page.doc.documentElement).overflow).toBe('hidden');
      guard.remove();
      await settle(page.win);
      expect(guard.shadowRoot!.querySelector('[role="alertdialog"]')).toBeNull();
      expect(page.win.getComputedStyle(page.doc.documentElement).overflow).toBe('visible');
      expect(page.doc.documentElement.hasAttribute('style')).toBe(false);
      expect(page.doc.adoptedStyleSheets).toHaveLength(0);
      expect(page.doc.body.style.pointerEvents).toBe('');
      const eventsBefore = page.record.events.length;
      await new Promise((r) => setTimeout(r, 900));
      expect(page.record.events.length).toBe(eventsBefore);
      // Escape on the page no longer reaches a guard.
      page.doc.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(page.record.events.filter((e) => e.type === 'yinfa-transfer-decision')).toHaveLength(0);
    });

    it('moving an element keeps its state; removing it stops its speech', async () => {
      const page = await hostPage('<div id="a"></div><div id="b"></div>');
      const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { text: '移动时不停' }, page.doc.getElementById('a')!);
      await settle(page.win); // the engine's availability check settles (the button it renders then is the one to press)
      el.shadowRoot!.querySelector('button')!.click();
      await until(() => engine.current);
      page.doc.getElementById('b')!.append(el); // a move: same task
      await settle(page.win);
      expect(engine.current).toBe('移动时不停');
      el.remove();
      await settle(page.win);
      expect(engine.current).toBeNull();
    });
  });
});
