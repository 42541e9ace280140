/**
 * en-US words on demand (packages/elements/src/locale-packs.ts): in the built script-tag files an element
 * shown in en-US renders once its pack (`yinfa-<tag>.en-US.js`, `yinfa-elements.en-US.js`) has loaded from
 * beside the script, never showing zh-CN words first; a zh-CN page never downloads a pack; a pack that cannot
 * load leaves the element working in zh-CN. Run against the loader stub, the all-in-one file and a
 * single-element script, under `script-src 'self'; style-src 'self'`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES, SCRIPTS, expectNoViolations, hostPage, removeFrames, settle, shadowText, until, type HostPage } from './elements-harness';

afterEach(removeFrames);

const DIST = '/packages/elements/dist';
const packsFetched = (page: HostPage) =>
  page.win.performance
    .getEntriesByType('resource')
    .map((r) => new URL(r.name).pathname)
    .filter((p) => p.endsWith('.en-US.js'));
/** Chinese text any element's shadow root showed so far (recorded by the cjk-watch.js fixture). */
const chineseShown = (page: HostPage) => (page.win as unknown as { __yinfaCjk: string[] }).__yinfaCjk;
const textOf = (page: HostPage, tag: string) => {
  const root = page.doc.querySelector(tag)?.shadowRoot;
  return root ? shadowText(root) : '';
};

const PAGE = [
  '<main><p>Pay your bills online.</p></main>',
  '<yinfa-fraud-banner></yinfa-fraud-banner>',
  '<yinfa-service-booking demo history="false" draft="off"></yinfa-service-booking>',
  '<yinfa-toolbar remember="false"></yinfa-toolbar>',
].join('');

describe.each([...SCRIPTS, ['single-element yinfa-fraud-banner.js', `${DIST}/yinfa-fraud-banner.js`] as const])('%s', (name, script) => {
  const single = name.startsWith('single');
  const body = single ? '<yinfa-fraud-banner></yinfa-fraud-banner>' : PAGE;
  const expectedPacks = single || name.startsWith('loader')
    ? (single ? ['yinfa-fraud-banner'] : ['yinfa-fraud-banner', 'yinfa-service-booking', 'yinfa-toolbar']).map((tag) => `${DIST}/${tag}.en-US.js`)
    : [`${DIST}/yinfa-elements.en-US.js`];

  it('an en-US page: the elements wait for their en-US words, then render in English, with no Chinese shown first', async () => {
    const page = await hostPage(body, { script, lang: 'en-US', before: [`${FIXTURES}/cjk-watch.js`] });
    await until(() => /Scam tip/.test(textOf(page, 'yinfa-fraud-banner')));
    if (!single) {
      await until(() => /Book a home-care visit/.test(textOf(page, 'yinfa-service-booking')));
      await until(() => /Larger text/.test(textOf(page, 'yinfa-toolbar')));
    }
    await settle(page.win);
    expect(chineseShown(page)).toEqual([]);
    expect([...new Set(packsFetched(page))].sort()).toEqual(expectedPacks.sort());
    expectNoViolations(page);
    expect(page.record.errors).toEqual([]);
  });

  it('a zh-CN page downloads no en-US words', async () => {
    const page = await hostPage(body, { script });
    await until(() => /防骗/.test(textOf(page, 'yinfa-fraud-banner')));
    if (!single) await until(() => /字变大/.test(textOf(page, 'yinfa-toolbar')));
    await settle(page.win, 4);
    expect(packsFetched(page)).toEqual([]);
    expect(page.record.errors).toEqual([]);
  });

  it('locale changed live from zh-CN to en-US: the words load then, and the element follows', async () => {
    const page = await hostPage('<yinfa-fraud-banner></yinfa-fraud-banner>', { script });
    const banner = page.doc.querySelector('yinfa-fraud-banner')!;
    await until(() => /防骗/.test(textOf(page, 'yinfa-fraud-banner')));
    banner.setAttribute('locale', 'en-US');
    await until(() => /Scam tip/.test(textOf(page, 'yinfa-fraud-banner')));
    expect(textOf(page, 'yinfa-fraud-banner')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(packsFetched(page)).toHaveLength(1);
    expect(page.record.errors).toEqual([]);
  });
});

describe('a pack that cannot load', () => {
  it('leaves the element working in zh-CN, with no uncaught error (here a CSP that lists only the page’s own scripts blocks it)', async () => {
    const origin = location.origin;
    const script = `${DIST}/yinfa-fraud-banner.js`;
    const csp = `script-src ${origin}${FIXTURES}/spy.js ${origin}${script}; style-src 'self'`;
    const page = await hostPage('<yinfa-fraud-banner locale="en-US"></yinfa-fraud-banner>', { script, csp });
    await until(() => /防骗/.test(textOf(page, 'yinfa-fraud-banner')));
    const banner = page.doc.querySelector('yinfa-fraud-banner')!.shadowRoot!;
    expect(banner.querySelector('button')).not.toBeNull();
    expect(page.record.violations.map((v) => new URL(v.blocked).pathname)).toEqual([`${DIST}/yinfa-fraud-banner.en-US.js`]);
    expect(page.record.errors).toEqual([]);
  });
});
