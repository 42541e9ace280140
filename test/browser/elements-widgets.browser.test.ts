/**
 * @yinfa/elements in a real Chromium, loaded from the BUILT script-tag file into pages served with
 * `script-src 'self'; style-src 'self'` (build first: `node packages/elements/build.mjs`). Each element
 * renders in its shadow root, works by keyboard, fires the documented events, reports no CSP
 * violation, and cleans up when removed.
 */
import { createMemoryBookingAdapter, type BookingAdapter } from '@yinfa/core';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { deepActive, expectNoViolations, FIXTURES, hostPage, parkPointer, px, removeFrames, settle, shadowText, until, withFakeSpeech, type HostPage } from './elements-harness';

afterEach(removeFrames);

const press = (keys: string) => userEvent.keyboard(keys);

/** Presses Tab until the deeply focused element matches (fails on a keyboard trap or a missing control). */
async function tabTo(page: HostPage, match: (el: HTMLElement) => boolean, what: string, max = 40): Promise<HTMLElement> {
  for (let i = 0; i < max; i++) {
    const el = deepActive(page.doc) as HTMLElement | null;
    if (el && el !== page.doc.body && match(el)) return el;
    await press('{Tab}');
  }
  throw new Error(`Tab never reached ${what}`);
}
const button = (text: string | RegExp) => (el: HTMLElement) => el.tagName === 'BUTTON' && (typeof text === 'string' ? (el.textContent ?? '').trim() === text : text.test(el.textContent ?? ''));
const events = (page: HostPage, type: string) => page.record.events.filter((e) => e.type === type);

function focusStart(page: HostPage) {
  page.frame.focus();
  page.win.focus();
  (page.doc.activeElement as HTMLElement | null)?.blur?.();
}

describe('<yinfa-fraud-banner>', () => {
  it('renders the education banner in its shadow root and is dismissed by keyboard, firing yinfa-dismiss', async () => {
    const page = await hostPage('<button id="before">页面按钮</button><yinfa-fraud-banner></yinfa-fraud-banner>');
    const root = page.shadow('yinfa-fraud-banner');
    expect(root.querySelector('section.yf-fraud-banner [role], section.yf-fraud-banner h2, .yf-fraud-banner h2')).not.toBeNull();
    expect(shadowText(root)).toContain('防骗提示');
    page.doc.getElementById('before')!.focus();
    const close = await tabTo(page, button(/关闭/), 'the close button');
    await press('{Enter}');
    await until(() => events(page, 'yinfa-dismiss').length === 1);
    expect(close.isConnected).toBe(false);
    expect(events(page, 'yinfa-dismiss')[0]).toMatchObject({ target: 'yinfa-fraud-banner', composed: true });
    expectNoViolations(page);
    expect(page.record.errors).toEqual([]);
  });

  it('contextual: explains this transfer’s reasons from the assessment JSON; tel links for the numbers', async () => {
    const assessment = JSON.stringify({ level: 'warn', scamTypes: ['fake-investment'], reasons: ['收款人是第一次转账的新账户'] });
    const page = await hostPage(`<yinfa-fraud-banner variant="contextual" assessment='${assessment}' official-numbers='[{"label":"本行客服","number":"95588"}]'></yinfa-fraud-banner>`);
    const root = page.shadow('yinfa-fraud-banner');
    expect(shadowText(root)).toContain('收款人是第一次转账的新账户');
    expect(root.querySelector('a[href="tel:95588"]')).not.toBeNull();
    expectNoViolations(page);
  });

  it('switches language and mode from attributes, live', async () => {
    const page = await hostPage('<yinfa-fraud-banner locale="en-US"></yinfa-fraud-banner>');
    const el = page.doc.querySelector('yinfa-fraud-banner')!;
    // In the script builds the en-US words load on demand (locale-packs.ts): the banner renders once they are in.
    await until(() => /scam|fraud/i.test(shadowText(page.shadow('yinfa-fraud-banner'))));
    el.setAttribute('locale', 'zh-CN');
    el.setAttribute('mode', 'elder');
    await settle(page.win);
    expect(shadowText(page.shadow('yinfa-fraud-banner'))).toContain('防骗提示');
    const body = page.inside('yinfa-fraud-banner', '.yf-root');
    expect(body.getAttribute('data-yinfa-mode')).toBe('elder');
    expect(px(body, 'font-size')).toBeGreaterThanOrEqual(20);
  });
});

describe('<yinfa-transfer-guard>', () => {
  async function openGuard(extra = '') {
    const page = await hostPage(`<form><button id="next" type="button">下一步</button></form><yinfa-transfer-guard scam-types="impersonate-police" cooling-off-ms="0" ${extra}></yinfa-transfer-guard>`);
    const guard = page.doc.querySelector('yinfa-transfer-guard')!;
    page.doc.getElementById('next')!.focus();
    guard.setAttribute('open', '');
    const dialog = await until(() => guard.shadowRoot!.querySelector<HTMLElement>('[role="alertdialog"]'));
    await until(() => deepActive(page.doc)?.tagName === 'H3');
    return { page, guard, dialog };
  }

  it('opens in the shadow root with focus inside; Esc cancels and fires yinfa-transfer-decision {decision:"cancel", via:"escape"}', async () => {
    const { page, guard } = await openGuard();
    expect(page.doc.activeElement).toBe(guard);
    await press('{Escape}');
    await until(() => events(page, 'yinfa-transfer-decision').length === 1);
    expect(events(page, 'yinfa-transfer-decision')[0]!.detail).toEqual({ decision: 'cancel', via: 'escape' });
    expect(guard.hasAttribute('open')).toBe(false);
    await until(() => !guard.shadowRoot!.querySelector('[role="alertdialog"]'));
    // No <style> and no adopted sheet left behind (the scroll lock is the root's own overflow, given back).
    expect(page.doc.querySelectorAll('style')).toHaveLength(0);
    await until(() => page.doc.adoptedStyleSheets.length === 0);
    expectNoViolations(page);
    expect(page.record.errors).toEqual([]);
  });

  it('all clear by keyboard → yinfa-transfer-decision {decision:"continue", delayedArrival:false}', async () => {
    const { page } = await openGuard();
    for (let i = 0; i < 10 && !events(page, 'yinfa-transfer-decision').length; i++) {
      const active = deepActive(page.doc) as HTMLElement;
      if (active.tagName === 'H3' && !/冷静/.test(active.textContent ?? '')) {
        // From the question heading: the first answer is yes, the second no; "have you met the payee" is safe with yes.
        const safe = (active.textContent ?? '').includes('见过') ? 'yes' : 'no';
        const before = active.textContent;
        await tabTo(page, (el) => el.getAttribute('data-answer') === safe, `the ${safe} answer`);
        await press('{Enter}');
        await until(() => deepActive(page.doc)?.tagName === 'H3' && deepActive(page.doc)?.textContent !== before);
      } else {
        const go = await tabTo(page, button(/继续转账/), 'continue');
        await until(() => go.getAttribute('aria-disabled') === null);
        await press('{Enter}');
        await until(() => events(page, 'yinfa-transfer-decision').length === 1);
      }
    }
    expect(events(page, 'yinfa-transfer-decision')[0]!.detail).toEqual({ decision: 'continue', delayedArrival: false });
    expectNoViolations(page);
  });

  it('a risky answer stops the transfer and offers 96110 and the bank’s number from the attribute', async () => {
    const { page, dialog } = await openGuard(`official-numbers='[{"label":"本行客服","number":"95588"}]'`);
    await tabTo(page, (el) => el.getAttribute('data-answer') === 'yes', 'the yes answer');
    await press('{Enter}');
    await until(() => /请先停下/.test(deepActive(page.doc)?.textContent ?? ''));
    expect(dialog.querySelector('a[href="tel:96110"]')).not.toBeNull();
    expect(dialog.querySelector('a[href="tel:95588"]')).not.toBeNull();
    await tabTo(page, button('取消这笔转账'), 'cancel');
    await press('{Enter}');
    await until(() => events(page, 'yinfa-transfer-decision').length === 1);
    expect(events(page, 'yinfa-transfer-decision')[0]!.detail).toEqual({ decision: 'cancel', via: 'button' });
  });

  it('Tab and Shift+Tab cycle inside the guard (a trap that works across the shadow boundary)', async () => {
    const { page, guard, dialog } = await openGuard(`official-numbers='[{"label":"本行客服","number":"95588"}]'`);
    for (const key of ['{Tab}', '{Shift>}{Tab}{/Shift}']) {
      const seen = new Set<Element>();
      for (let i = 0; i < 10; i++) {
        await press(key);
        expect(page.doc.activeElement).toBe(guard);
        const active = deepActive(page.doc)!;
        expect(dialog.contains(active), `${key} #${i} left the dialog: ${active.outerHTML.slice(0, 80)}`).toBe(true);
        seen.add(active);
      }
      // It moves between the controls (yes, no, close…), not stuck on one.
      expect(seen.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('opening without an assessment shows the note and names the attribute once', async () => {
    const page = await hostPage('<yinfa-transfer-guard open></yinfa-transfer-guard>');
    expect(page.inside('yinfa-transfer-guard', '.yf-element-error').getAttribute('data-problem')).toBe('assessment');
    expect(page.record.errors).toHaveLength(1);
    expect(page.record.errors[0]).toMatch(/<yinfa-transfer-guard> attribute "assessment"/);
  });
});

describe('<yinfa-amount-confirm>', () => {
  it('shows the payee, the figures and 大写; confirm and back by keyboard fire their events', async () => {
    const page = await hostPage('<yinfa-amount-confirm amount-fen="520000" payee-name="王小明" payee-bank="示例银行" payee-account="6222 **** **** 1234"></yinfa-amount-confirm>');
    const root = page.shadow('yinfa-amount-confirm');
    const text = shadowText(root);
    expect(text).toContain('王小明');
    expect(text).toContain('5,200.00');
    expect(text).toContain('伍仟贰佰元整');
    focusStart(page);
    await tabTo(page, button(/确认/), 'confirm');
    await press('{Enter}');
    await until(() => events(page, 'yinfa-confirm').length === 1);
    expect(events(page, 'yinfa-confirm')[0]!.detail).toEqual({ amountFen: 520000 });
    await tabTo(page, button(/返回|修改/), 'back');
    await press('{Enter}');
    await until(() => events(page, 'yinfa-back').length === 1);
    expectNoViolations(page);
  });

  it('reads aloud through the ttsEngine property only when pressed; removing the element stops the speech', async () => {
    const page = await hostPage('');
    const { engine, el } = await withFakeSpeech(page, 'yinfa-amount-confirm', { 'amount-fen': '1000000', 'payee-name': '李华' });
    const read = await until(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => /读给我听/.test(b.textContent ?? '')));
    expect(engine.spoken).toEqual([]);
    read.focus();
    await press('{Enter}');
    await until(() => engine.current);
    expect(engine.spoken.join('')).toContain('李华');
    expect(engine.spoken.join('')).toContain('一万元');
    await until(() => events(page, 'yinfa-speak-start').length === 1);
    el.remove();
    await settle(page.win);
    expect(engine.current).toBeNull();
    expect(el.shadowRoot!.querySelector('.yf-element')!.childElementCount).toBe(0);
  });

  it('two instances stay independent', async () => {
    const page = await hostPage('<yinfa-amount-confirm id="a" amount-fen="100" payee-name="甲"></yinfa-amount-confirm><yinfa-amount-confirm id="b" amount-fen="200" payee-name="乙" busy></yinfa-amount-confirm>');
    const [a, b] = ['#a', '#b'].map((s) => page.doc.querySelector(s)!);
    expect(shadowText(a!.shadowRoot!)).toContain('甲');
    expect(shadowText(b!.shadowRoot!)).toContain('乙');
    const confirmA = [...a!.shadowRoot!.querySelectorAll('button')].find(button(/确认/))!;
    confirmA.click();
    await until(() => events(page, 'yinfa-confirm').length === 1);
    expect(events(page, 'yinfa-confirm')[0]!.detail).toEqual({ amountFen: 100 });
    // b is busy: its own state, untouched by a.
    b!.setAttribute('amount-fen', 'oops');
    await settle(page.win);
    expect(b!.shadowRoot!.querySelector('.yf-element-error')).not.toBeNull();
    expect(a!.shadowRoot!.querySelector('.yf-element-error')).toBeNull();
    expect(page.record.errors).toHaveLength(1);
  });
});

describe('<yinfa-speak>', () => {
  it('reads its text on Enter, stops on the second press, and fires start/end events', async () => {
    const page = await hostPage('');
    const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { text: '您好，欢迎使用。' });
    const btn = el.shadowRoot!.querySelector('button')!;
    await settle(page.win);
    expect(engine.spoken).toEqual([]);
    btn.focus();
    await press('{Enter}');
    await until(() => engine.current);
    expect(engine.spoken).toEqual(['您好，欢迎使用。']);
    await until(() => events(page, 'yinfa-speak-start').length === 1);
    await press('{Enter}');
    await until(() => engine.current === null);
    await until(() => events(page, 'yinfa-speak-end').length === 1);
    expectNoViolations(page);
  });

  it('reads a page element given by for=', async () => {
    const page = await hostPage('<div id="notice"><p>社区食堂今天中午休息。</p></div>');
    const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { for: 'notice' });
    const btn = el.shadowRoot!.querySelector('button')!;
    btn.click();
    await until(() => engine.current);
    expect(engine.spoken.join('')).toContain('社区食堂今天中午休息');
    el.remove();
    await settle(page.win);
    expect(engine.current).toBeNull();
  });
});

/** A tag's three script builds: its own file, the loader stub, the all-in-one. */
const buildsOf = (tag: string) =>
  [
    [`${tag}.js`, `/packages/elements/dist/${tag}.js`],
    ['the loader stub', '/packages/elements/dist/yinfa.js'],
    ['yinfa-elements.js', '/packages/elements/dist/yinfa-elements.js'],
  ] as const;

describe('<yinfa-speak> and <yinfa-amount-confirm>: the speech tables load on first use', () => {
  const tables = (page: HostPage) => page.doc.querySelector('script[src$="yinfa-speech-text.js"]');
  for (const [name, script] of buildsOf('yinfa-speak')) {
    it(`${name}: not in the first load; the press unlocks speech inside the click (iOS), fetches them from beside the script, then reads numbers in words`, async () => {
      // Hovering or focusing the button fetches them too: keep the mouse off it until the click.
      await parkPointer();
      const page = await hostPage('', { script });
      const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { text: '请于2025-10-29前拨打13800138000。' });
      await settle(page.win);
      expect(tables(page)).toBeNull();
      el.shadowRoot!.querySelector('button')!.click();
      // Still inside the click: the read starts once the files are in, which iOS allows only after this.
      expect(engine.unlocks).toBe(1);
      expect(engine.spoken).toEqual([]);
      await until(() => engine.current);
      expect(tables(page)).not.toBeNull();
      const spoken = engine.spoken.join('');
      expect(spoken).toContain('二〇二五年十月二十九日');
      expect(spoken).toContain('幺三八');
      expect(page.record.errors).toEqual([]);
    });
  }

  it('focusing the read-aloud button fetches them before the press, so the press reads at once', async () => {
    await parkPointer();
    const page = await hostPage('', { script: '/packages/elements/dist/yinfa-speak.js' });
    const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { text: '余额 1234.5 元。' });
    const btn = el.shadowRoot!.querySelector('button')!;
    btn.focus();
    // Loaded means the tables and the reading order that comes with them in this script.
    await until(() => ['__yinfaSpeechText', '__yinfaReadingOrder'].every((key) => (page.win as unknown as Record<string, unknown>)[key]));
    btn.click();
    // Loaded: the read starts in the click itself, with nothing to unlock.
    expect(engine.current).not.toBeNull();
    expect(engine.unlocks).toBe(0);
    expect(engine.spoken.join('')).not.toContain('1234.5');
  });

  it('<yinfa-amount-confirm>: 读给我听 waits for them, then reads the amount in words', async () => {
    await parkPointer();
    const page = await hostPage('', { script: '/packages/elements/dist/yinfa-amount-confirm.js' });
    const { engine, el } = await withFakeSpeech(page, 'yinfa-amount-confirm', { 'amount-fen': '1000000', 'payee-name': '李华' });
    const read = await until(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => /读给我听/.test(b.textContent ?? '')));
    expect(tables(page)).toBeNull();
    read.click();
    expect(engine.unlocks).toBe(1);
    await until(() => engine.current);
    expect(tables(page)).not.toBeNull();
    expect(engine.spoken.join('')).toContain('一万元');
    expect(page.record.errors).toEqual([]);
  });
});

describe('<yinfa-speak for=…>: the reading order loads with the speech tables', () => {
  const orderScript = (page: HostPage) => page.doc.querySelector('script[src$="yinfa-reading-order.js"]');
  const form = '<form id="form"><h2>转账信息</h2><label><input type="checkbox" checked> 已核对收款人</label><p>请于2025-10-29前转账。</p></form>';

  /** Presses <yinfa-speak for="form"> on a fresh page and lets the fake engine read every sentence. */
  async function readForm(script: string, csp?: string) {
    await parkPointer();
    const page = await hostPage(form, { script, csp });
    const { engine, el } = await withFakeSpeech(page, 'yinfa-speak', { for: 'form' });
    await settle(page.win);
    const inFirstLoad = orderScript(page) !== null;
    el.shadowRoot!.querySelector('button')!.click();
    await until(() => engine.current);
    for (let i = 0; i < 5 && engine.current; i++) {
      engine.step();
      await settle(page.win);
    }
    return { page, inFirstLoad, spoken: engine.spoken };
  }

  for (const [name, script] of [
    ['yinfa-speak.js', '/packages/elements/dist/yinfa-speak.js'],
    ['the loader stub', '/packages/elements/dist/yinfa.js'],
  ] as const) {
    it(`${name}: not in the first load; the press fetches it and reads the target in reading order, fields with their state`, async () => {
      const { page, inFirstLoad, spoken } = await readForm(script);
      expect(inFirstLoad).toBe(false);
      expect(orderScript(page)).not.toBeNull();
      // One sentence per item (heading, field, paragraph), the checkbox read with its state, the date in words.
      expect(spoken[0]).toBe('转账信息');
      expect(spoken.join('|')).toMatch(/已核对收款人.*已选中/);
      expect(spoken.join('|')).toContain('二〇二五年十月二十九日');
      expect(page.record.errors).toEqual([]);
    });
  }

  it('if it cannot load (a CSP that lists only the page’s scripts and the tables), the target is read as one piece, with no uncaught error', async () => {
    const origin = location.origin;
    const script = '/packages/elements/dist/yinfa-speak.js';
    const csp = `script-src ${origin}${FIXTURES}/spy.js ${origin}${script} ${origin}/packages/elements/dist/yinfa-speech-text.js; style-src 'self'`;
    const { page, spoken } = await readForm(script, csp);
    expect(page.record.violations.map((v) => new URL(v.blocked).pathname)).toEqual(['/packages/elements/dist/yinfa-reading-order.js']);
    // The page text as written, in one piece (no field states); the tables did load, so the date is in words.
    expect(spoken[0]).toMatch(/^转账信息 已核对收款人 请于二〇二五年十月二十九日前转账/);
    expect(spoken.join('')).not.toContain('已选中');
    expect(page.record.errors).toEqual([]);
  });
});

describe('<yinfa-toolbar> reading (the speech tables load on first use)', () => {
  for (const [name, script] of [
    ['yinfa-toolbar.js', '/packages/elements/dist/yinfa-toolbar.js'],
    ['the loader stub', '/packages/elements/dist/yinfa.js'],
  ] as const) {
    it(`${name}: the first load leaves yinfa-speech-text.js and yinfa-reading-order.js out; 朗读本页 unlocks speech in the click, fetches them from beside the script and reads numbers in words`, async () => {
      // The bar fetches the tables on its first hover too: keep the mouse off it until the click.
      await parkPointer();
      const page = await hostPage('<main><h1>办事须知</h1><p>请于2025-10-29前拨打13800138000。</p></main>', { script });
      const { engine, el } = await withFakeSpeech(page, 'yinfa-toolbar', { remember: 'false' });
      await until(() => el.shadowRoot!.querySelector('.yf-toolbar button'));
      const tables = () => ['yinfa-speech-text.js', 'yinfa-reading-order.js'].filter((f) => page.doc.querySelector(`script[src$="${f}"]`));
      expect(tables()).toEqual([]);
      const read = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '朗读本页')!;
      read.click();
      // Inside the click: the read that waits for the files unlocks speech (iOS).
      expect(engine.unlocks).toBe(1);
      await until(() => engine.current);
      expect(tables()).toEqual(['yinfa-speech-text.js', 'yinfa-reading-order.js']);
      // In reading order: the heading is a sentence of its own, before the paragraph.
      expect(engine.spoken[0]).toBe('办事须知');
      for (let i = 0; i < 3 && engine.current; i++) {
        engine.step();
        await settle(page.win);
      }
      const spoken = engine.spoken.join('');
      expect(spoken).toContain('二〇二五年十月二十九日');
      expect(spoken).toContain('幺三八');
      expect(spoken).not.toContain('13800138000');
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it(`${name}: 大字幕 in 繁体加拼音 fetches yinfa-pinyin.js and yinfa-traditional.js only when picked, and shows pinyin over traditional characters`, async () => {
      const page = await hostPage('<main><p>银行卡余额还有多少。</p></main>', { script });
      const { engine, el } = await withFakeSpeech(page, 'yinfa-toolbar', { remember: 'false' });
      const root = el.shadowRoot!;
      await until(() => root.querySelector('.yf-toolbar button'));
      const fetched = () => ['yinfa-pinyin.js', 'yinfa-traditional.js'].filter((f) => page.doc.querySelector(`script[src$="${f}"]`));
      [...root.querySelectorAll('button')].find((b) => b.textContent === '更多')!.click();
      (await until(() => [...root.querySelectorAll('button')].find((b) => b.textContent === '大字幕'))).click();
      const style = await until(() => [...root.querySelectorAll('select')].find((s) => s.labels?.[0]?.textContent === '字幕文字'));
      expect(fetched()).toEqual([]);
      style.value = 'traditional-pinyin';
      style.dispatchEvent(new Event('change', { bubbles: true }));
      [...root.querySelectorAll('button')].find((b) => b.textContent === '朗读本页')!.click();
      await until(() => engine.current);
      // The caption shows what is in as each library arrives (pinyin over simplified characters while 繁体 still
      // loads: views.ts); read it once both are in and it has been filled again.
      const loaded = () => ['__yinfaPinyin', '__yinfaTraditional'].every((key) => (page.win as unknown as Record<string, unknown>)[key]);
      const caption = await until(() => (loaded() ? root.querySelector('.yf-caption__text:has(ruby)[lang="zh-Hant"]') : null));
      expect(fetched()).toEqual(['yinfa-pinyin.js', 'yinfa-traditional.js']);
      expect(caption.getAttribute('lang')).toBe('zh-Hant');
      const rubies = [...caption.querySelectorAll('ruby')];
      expect(rubies.map((r) => r.firstChild!.textContent).join('')).toBe('銀行卡餘額還有多少');
      expect(rubies.map((r) => r.querySelector('rt')!.textContent)).toEqual(['yín', 'háng', 'kǎ', 'yú', 'é', 'hái', 'yǒu', 'duō', 'shǎo']);
      expect(caption.textContent).toContain('。');
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it(`${name}: 纯文本 fetches yinfa-toolbar-views.js when first wanted and shows the page's text, under the strict CSP`, async () => {
      const page = await hostPage('<main><h1>办事指南</h1><p>社区食堂今天中午休息。</p></main>', { script });
      const { el } = await withFakeSpeech(page, 'yinfa-toolbar', { remember: 'false' });
      const root = el.shadowRoot!;
      await until(() => root.querySelector('.yf-toolbar button'));
      const viewsScript = () => page.doc.querySelector('script[src$="yinfa-toolbar-views.js"]');
      expect(viewsScript()).toBeNull();
      const textOnly = () => [...root.querySelectorAll('button')].find((b) => b.textContent === '纯文本');
      if (!textOnly()) [...root.querySelectorAll('button')].find((b) => b.textContent === '更多')!.click();
      (await until(textOnly)).click();
      const dialog = await until(() => root.querySelector<HTMLDialogElement>('dialog[open].yf-text-only, .yf-text-only dialog[open], dialog[open]'));
      expect(viewsScript()).not.toBeNull();
      expect(dialog.textContent).toContain('社区食堂今天中午休息。');
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });

    it(`${name}: 帮助 fetches yinfa-toolbar-help.js when first opened and says what every control does, under the strict CSP`, async () => {
      const page = await hostPage('<main><p>社区食堂今天中午休息。</p></main>', { script });
      const { el } = await withFakeSpeech(page, 'yinfa-toolbar', { remember: 'false' });
      await until(() => el.shadowRoot!.querySelector('.yf-toolbar button'));
      const helpScript = () => page.doc.querySelector('script[src$="yinfa-toolbar-help.js"]');
      expect(helpScript()).toBeNull();
      [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === '帮助')!.click();
      const dialog = await until(() => el.shadowRoot!.querySelector<HTMLDialogElement>('dialog[open]'));
      expect(helpScript()).not.toBeNull();
      expect(dialog.getAttribute('aria-labelledby') && el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby')!)?.textContent).toBe('帮助：工具条上的按钮');
      for (const words of ['字变大 / 字变小', '朗读本页', '音量', '声音', '恢复原样', 'Alt+Shift+R']) expect(dialog.textContent).toContain(words);
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });
  }
});

describe('<yinfa-transfer-guard>: the scam catalogue loads when the guard is first wanted', () => {
  const fetched = (page: HostPage) => page.doc.querySelector('script[src$="yinfa-scam-catalogue.js"]') !== null;
  const guardPage = (script: string, csp?: string) =>
    hostPage(`<form><button id="next" type="button">下一步</button></form><yinfa-transfer-guard scam-types="impersonate-police" cooling-off-ms="0"></yinfa-transfer-guard>`, { script, csp });
  /** Answers the first question "yes" (risky): the stop step, which shows the scam type's entry. */
  async function stopStep(page: HostPage, guard: Element) {
    const dialog = await until(() => guard.shadowRoot!.querySelector<HTMLElement>('[role="alertdialog"]'));
    await until(() => deepActive(page.doc)?.tagName === 'H3');
    (await until(() => dialog.querySelector<HTMLElement>('[data-answer="yes"]'))).click();
    await until(() => /请先停下/.test(deepActive(page.doc)?.textContent ?? ''));
    return dialog;
  }

  for (const [name, script] of buildsOf('yinfa-transfer-guard').slice(0, 2)) {
    it(`${name}: not in the first load; the first focus on the page fetches it, and the guard opens with the entry at once (no spinner)`, async () => {
      const page = await guardPage(script);
      const guard = page.doc.querySelector('yinfa-transfer-guard')!;
      await settle(page.win);
      expect(fetched(page)).toBe(false);
      page.doc.getElementById('next')!.focus();
      await until(() => (page.win as unknown as Record<string, unknown>).__yinfaScamCatalogue);
      let spinner = false;
      new page.win.MutationObserver(() => (spinner ||= guard.shadowRoot!.querySelector('.yf-spinner') !== null)).observe(guard.shadowRoot!, { subtree: true, childList: true });
      guard.setAttribute('open', '');
      const dialog = await stopStep(page, guard);
      expect(spinner).toBe(false);
      expect(dialog.textContent).toContain('冒充公检法');
      expect(dialog.textContent).toContain('安全账户');
      expectNoViolations(page);
      expect(page.record.errors).toEqual([]);
    });
  }

  it('opened before any interaction: a spinner while it loads, then the question with focus on its heading', async () => {
    const page = await guardPage('/packages/elements/dist/yinfa-transfer-guard.js');
    const guard = page.doc.querySelector('yinfa-transfer-guard')!;
    await settle(page.win);
    expect(fetched(page)).toBe(false);
    let spinner = false;
    new page.win.MutationObserver(() => (spinner ||= guard.shadowRoot!.querySelector('.yf-spinner') !== null)).observe(guard.shadowRoot!, { subtree: true, childList: true });
    guard.setAttribute('open', '');
    const dialog = await until(() => guard.shadowRoot!.querySelector<HTMLElement>('[role="alertdialog"]'));
    await until(() => deepActive(page.doc)?.tagName === 'H3');
    expect(fetched(page)).toBe(true);
    expect(spinner).toBe(true);
    expect(dialog.querySelector('.yf-spinner')).toBeNull();
    expect(dialog.querySelector('[data-answer="no"]')).not.toBeNull();
    expect(page.record.errors).toEqual([]);
  });

  it('a catalogue that cannot load: the guard still asks, stops and offers 96110, without the entry, and throws nothing', async () => {
    const origin = location.origin;
    const script = '/packages/elements/dist/yinfa-transfer-guard.js';
    const page = await guardPage(script, `script-src ${origin}${FIXTURES}/spy.js ${origin}${script}; style-src 'self'`);
    const guard = page.doc.querySelector('yinfa-transfer-guard')!;
    guard.setAttribute('open', '');
    const dialog = await stopStep(page, guard);
    expect(dialog.querySelector('a[href="tel:96110"]')).not.toBeNull();
    expect(dialog.textContent).not.toContain('安全账户');
    expect(page.record.violations.filter((v) => v.blocked.endsWith('/yinfa-scam-catalogue.js')).length).toBeGreaterThanOrEqual(1);
    expect(page.record.errors).toEqual([]);
  });
});

describe('<yinfa-toolbar>: views that cannot load', () => {
  it('纯文本 says it could not open (the live region), opens nothing and throws nothing; the next press tries again', async () => {
    const origin = location.origin;
    const script = '/packages/elements/dist/yinfa-toolbar.js';
    const csp = `script-src ${origin}${FIXTURES}/spy.js ${origin}${script} ${origin}/packages/elements/dist/yinfa-speech-text.js; style-src 'self'`;
    const page = await hostPage('<main><p>社区食堂今天中午休息。</p></main>', { script, csp });
    const { el } = await withFakeSpeech(page, 'yinfa-toolbar', { remember: 'false' });
    const root = el.shadowRoot!;
    await until(() => root.querySelector('.yf-toolbar button'));
    const textOnly = () => [...root.querySelectorAll('button')].find((b) => b.textContent === '纯文本');
    if (!textOnly()) [...root.querySelectorAll('button')].find((b) => b.textContent === '更多')!.click();
    (await until(textOnly)).click();
    await until(() => /“纯文本”没能打开/.test(root.querySelector('[role="status"]')?.textContent ?? ''));
    expect(root.querySelector('dialog[open]')).toBeNull();
    const blocked = () => page.record.violations.filter((v) => v.blocked.endsWith('/yinfa-toolbar-views.js')).length;
    expect(blocked()).toBe(1);
    textOnly()!.click();
    await until(() => blocked() === 2);
    expect(page.record.errors).toEqual([]);
  });
});

describe('<yinfa-meal-map>', () => {
  const SRC = '/packages/widgets/sample-data/meal-points.json';

  it('loads the points from src, lists them, and loads the map (Leaflet) only when asked, from beside the script', async () => {
    const page = await hostPage(`<yinfa-meal-map src="${SRC}" tiles="none" sample-notice page-size="5"></yinfa-meal-map>`);
    const el = page.doc.querySelector('yinfa-meal-map')!;
    await until(() => events(page, 'yinfa-points-loaded').length === 1, 10_000);
    expect(events(page, 'yinfa-points-loaded')[0]!.detail.count).toBe(300);
    await until(() => el.shadowRoot!.querySelectorAll('.yf-meal-card, [data-meal-id], li').length >= 5);
    expect(page.doc.querySelector('script[src$="yinfa-leaflet.js"]')).toBeNull();
    focusStart(page);
    await tabTo(page, button(/地图/), 'the show-map button');
    await press('{Enter}');
    await until(() => page.doc.querySelector('script[src$="yinfa-leaflet.js"]'));
    await until(() => el.shadowRoot!.querySelector('.leaflet-container'), 10_000);
    expectNoViolations(page);
    expect(page.record.errors).toEqual([]);
  });

  it('the points property: bad records are skipped and reported in yinfa-invalid-records, the good ones listed', async () => {
    const sample = (await (await fetch(SRC)).json()) as { points: Array<Record<string, unknown>> };
    const page = await hostPage('');
    const el = page.doc.createElement('yinfa-meal-map') as HTMLElement & { points: unknown[] };
    el.points = [{ id: 'broken', name: 42 }, ...sample.points.slice(0, 3), 'not a record'];
    el.setAttribute('tiles', 'none');
    page.doc.body.append(el);
    await until(() => events(page, 'yinfa-invalid-records').length === 1);
    const errors = events(page, 'yinfa-invalid-records')[0]!.detail.errors as Array<{ index: number }>;
    expect(new Set(errors.map((e) => e.index))).toEqual(new Set([0, 4]));
    const text = shadowText(el.shadowRoot!);
    for (const p of sample.points.slice(0, 3)) expect(text).toContain(p.name as string);
    expect(el.shadowRoot!.querySelector('.yf-element-error')).toBeNull();
    expect(page.record.errors).toEqual([]);
  });

  it('a src that fails shows the note and one console error naming src', async () => {
    const page = await hostPage('<yinfa-meal-map src="/no/such/points.json"></yinfa-meal-map>');
    const el = page.doc.querySelector('yinfa-meal-map')!;
    await until(() => el.shadowRoot!.querySelector('.yf-element-error'));
    expect(page.record.errors.filter((e) => e.includes('<yinfa-meal-map> attribute "src"'))).toHaveLength(1);
    expect(events(page, 'yinfa-error')[0]!.detail.attribute).toBe('src');
  });

  it('removal aborts a pending fetch and unmounts', async () => {
    const page = await hostPage('');
    // A server that never answers: the element must abort its request when it leaves the page.
    const signals: AbortSignal[] = [];
    page.win.fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    }) as typeof fetch;
    const el = page.doc.createElement('yinfa-meal-map');
    el.setAttribute('src', SRC);
    page.doc.body.append(el);
    await until(() => el.shadowRoot!.querySelector('.yf-element-loading'));
    expect(signals).toHaveLength(1);
    expect(signals[0]!.aborted).toBe(false);
    el.remove();
    await settle(page.win);
    expect(signals[0]!.aborted).toBe(true);
    expect(el.shadowRoot!.querySelector('.yf-element')!.childElementCount).toBe(0);
    expect(events(page, 'yinfa-points-loaded')).toHaveLength(0);
    expect(page.record.errors).toEqual([]);
  });
});

describe('<yinfa-service-booking>', () => {
  it('demo: the first question by keyboard, then the next', async () => {
    const page = await hostPage('<yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>');
    const el = page.doc.querySelector('yinfa-service-booking')!;
    await until(() => /需要哪项上门服务/.test(shadowText(el.shadowRoot!)));
    focusStart(page);
    await tabTo(page, (e) => e.tagName === 'INPUT' && (e as HTMLInputElement).type === 'radio', 'the first service');
    await press('{ArrowDown}');
    await tabTo(page, button('继续'), 'continue');
    await press('{Enter}');
    await until(() => /为谁预约/.test(shadowText(el.shadowRoot!)));
    expectNoViolations(page);
  });

  it('region= (JSON) sets the hotline shown on every page; a region that is not an object is reported, naming region', async () => {
    const page = await hostPage(`<yinfa-service-booking demo history="false" draft="off" region='{"id":"suzhou","hotlines":{"elderCare":"0512-12349"}}'></yinfa-service-booking>`);
    const el = page.doc.querySelector('yinfa-service-booking')!;
    await until(() => el.shadowRoot!.querySelector('a[href^="tel:"]'));
    expect(Array.from(el.shadowRoot!.querySelectorAll('a[href^="tel:"]'), (a) => a.getAttribute('href'))).toContain('tel:051212349');
    const hrefs = () => Array.from(el.shadowRoot!.querySelectorAll('a[href^="tel:"]'), (a) => a.getAttribute('href'));
    el.setAttribute('region', 'suzhou');
    await until(() => el.shadowRoot!.querySelector('.yf-element-error'));
    expect(page.record.errors.filter((e) => e.includes('<yinfa-service-booking> attribute "region"'))).toHaveLength(1);
    expect(events(page, 'yinfa-error').at(-1)!.detail.attribute).toBe('region');
    // A property wins over the attribute, the same shape: a region without hotlines gets the national 12349.
    (el as unknown as { region: unknown }).region = { id: 'no-hotlines' };
    await until(() => hrefs().includes('tel:12349'));
    expect(el.shadowRoot!.querySelector('.yf-element-error')).toBeNull();
  });

  it('submits from the check step through the adapter property and fires yinfa-booking-submitted', async () => {
    const adapter = createMemoryBookingAdapter({ latencyMs: 10 });
    const today = new Date().toISOString().slice(0, 10);
    const later = new Date(Date.now() + 14 * 864e5).toISOString().slice(0, 10);
    const slot = (await adapter.listSlots({ serviceId: 'bath', from: today, to: later })).find((s) => s.available && Date.parse(s.start) > Date.now() + 864e5)!;
    const answers = { serviceId: 'bath', forWhom: 'self', elderName: '李建国', district: '海州区', street: '新南街道', community: '幸福社区', addressDetail: '5 号楼 101', date: slot.start.slice(0, 10), slotId: slot.id, phone: '13800138000' };
    const page = await hostPage('');
    const el = page.doc.createElement('yinfa-service-booking') as HTMLElement & { adapter: BookingAdapter };
    el.adapter = adapter;
    el.setAttribute('initial-answers', JSON.stringify(answers));
    el.setAttribute('initial-step', 'check');
    el.setAttribute('history', 'false');
    el.setAttribute('draft', 'off');
    page.doc.body.append(el);
    await until(() => /核对预约信息/.test(shadowText(el.shadowRoot!)), 8000);
    focusStart(page);
    await tabTo(page, button('提交预约申请'), 'submit');
    await press('{Enter}');
    await until(() => events(page, 'yinfa-booking-submitted').length === 1, 8000);
    const detail = events(page, 'yinfa-booking-submitted')[0]!.detail;
    expect(detail).toMatchObject({ type: 'submitted', serviceId: 'bath', attempts: 1 });
    expect(typeof detail.reference).toBe('string');
    // No personal data in the event.
    expect(JSON.stringify(detail)).not.toMatch(/李建国|13800138000|幸福社区/);
    expectNoViolations(page);
  });

  it('api= talks to the host’s booking service over HTTP (the docs/booking.md contract)', async () => {
    const page = await hostPage('');
    const requests: string[] = [];
    page.win.fetch = (async (input: RequestInfo | URL) => {
      const url = String(input instanceof Request ? input.url : input);
      requests.push(url);
      if (url.includes('/services'))
        return new Response(JSON.stringify({ services: [{ id: 'meal', kind: 'meal', name: '测试送餐服务', includes: '送到家', durationMinutes: 30, listPriceFen: 1500 }] }), { status: 200, headers: { 'content-type': 'application/json' } });
      return new Response('{}', { status: 404, headers: { 'content-type': 'application/json' } });
    }) as typeof fetch;
    const el = page.doc.createElement('yinfa-service-booking');
    el.setAttribute('api', 'https://api.example.gov.cn/home-care/v1/');
    el.setAttribute('history', 'false');
    el.setAttribute('draft', 'off');
    page.doc.body.append(el);
    await until(() => /测试送餐服务/.test(shadowText(el.shadowRoot!)));
    expect(requests[0]).toMatch(/^https:\/\/api\.example\.gov\.cn\/home-care\/v1\/services/);
    expect(page.record.errors).toEqual([]);
  });

  it('without api, adapter or demo: the note, one console error naming api', async () => {
    const page = await hostPage('<yinfa-service-booking></yinfa-service-booking>');
    expect(page.inside('yinfa-service-booking', '.yf-element-error').textContent).toContain('暂时无法显示');
    expect(page.record.errors).toHaveLength(1);
    expect(page.record.errors[0]).toContain('<yinfa-service-booking> attribute "api"');
  });
});

describe('<yinfa-service-booking demo>: the demo adapter loads on its first call', () => {
  const demoScript = (page: HostPage) => page.doc.querySelector('script[src$="yinfa-booking-demo.js"]');
  for (const [name, script] of buildsOf('yinfa-service-booking')) {
    it(`${name}: demo fetches yinfa-booking-demo.js and shows the demo services; an api= page never fetches it`, async () => {
      const demo = await hostPage('<yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>', { script });
      const el = demo.doc.querySelector('yinfa-service-booking')!;
      await until(() => /助餐/.test(shadowText(el.shadowRoot!)));
      expect(demoScript(demo)).not.toBeNull();
      expect(demo.record.errors).toEqual([]);

      const real = await hostPage('', { script });
      const services = [{ id: 'meal', kind: 'meal', name: '测试送餐服务', includes: '送到家', durationMinutes: 30, listPriceFen: 1500 }];
      real.win.fetch = (async () => new Response(JSON.stringify({ services }), { status: 200, headers: { 'content-type': 'application/json' } })) as typeof fetch;
      const booking = real.doc.createElement('yinfa-service-booking');
      booking.setAttribute('api', 'https://api.example.gov.cn/home-care/v1/');
      booking.setAttribute('history', 'false');
      booking.setAttribute('draft', 'off');
      real.doc.body.append(booking);
      await until(() => /测试送餐服务/.test(booking.shadowRoot?.textContent ?? ''));
      await settle(real.win);
      expect(demoScript(real)).toBeNull();
    });
  }

  it('if it cannot load (a CSP that lists only the page’s scripts), the first page says so and offers 再试一次, with no uncaught error', async () => {
    const origin = location.origin;
    const script = '/packages/elements/dist/yinfa-service-booking.js';
    const csp = `script-src ${origin}${FIXTURES}/spy.js ${origin}${script}; style-src 'self'`;
    const page = await hostPage('<yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>', { script, csp });
    const el = page.doc.querySelector('yinfa-service-booking')!;
    const retry = await until(() => [...el.shadowRoot!.querySelectorAll('button')].find((b) => /再试一次/.test(b.textContent ?? '')));
    expect(el.shadowRoot!.querySelector('[role="alert"]')).not.toBeNull();
    expect(page.record.violations.map((v) => new URL(v.blocked).pathname)).toEqual(['/packages/elements/dist/yinfa-booking-demo.js']);
    expect(page.record.errors).toEqual([]);
    // Trying again asks again (and is blocked again): the failed load is not remembered.
    retry.click();
    await until(() => page.record.violations.length === 2);
  });
});

describe('the loader stub fetches the shared runtime beside the first element that needs it', () => {
  const runtimeLinks = (page: HostPage) => [...page.doc.querySelectorAll('link[rel="modulepreload"]')].map((l) => (l as HTMLLinkElement).href).filter((h) => h.endsWith('/chunks/runtime.js'));
  it('a banner page asks for chunks/runtime.js once (modulepreload, not after its module has arrived), and the banner works', async () => {
    const page = await hostPage('<yinfa-fraud-banner></yinfa-fraud-banner><yinfa-speak text="请拨打96110。"></yinfa-speak>', { script: '/packages/elements/dist/yinfa.js' });
    const banner = page.doc.querySelector('yinfa-fraud-banner')!;
    await until(() => banner.shadowRoot?.querySelector('.yf-fraud-banner'));
    await until(() => page.doc.querySelector('yinfa-speak')!.shadowRoot?.querySelector('button'));
    expect(runtimeLinks(page)).toEqual([new URL('/packages/elements/dist/chunks/runtime.js', location.href).href]);
    // The module's own import used that response: the runtime was downloaded once.
    const fetched = page.win.performance.getEntriesByType('resource').filter((r) => r.name.endsWith('/chunks/runtime.js'));
    expect(fetched).toHaveLength(1);
    expect(page.record.errors).toEqual([]);
  });

  it('a toolbar-only page (its module has no runtime) asks for no runtime', async () => {
    const page = await hostPage('<main><p>正文</p></main><yinfa-toolbar remember="false"></yinfa-toolbar>', { script: '/packages/elements/dist/yinfa.js' });
    const el = page.doc.querySelector('yinfa-toolbar')!;
    await until(() => el.shadowRoot?.querySelector('.yf-toolbar button'));
    expect(runtimeLinks(page)).toEqual([]);
    expect(page.win.performance.getEntriesByType('resource').some((r) => r.name.endsWith('/chunks/runtime.js'))).toBe(false);
    expect(page.record.errors).toEqual([]);
  });
});
