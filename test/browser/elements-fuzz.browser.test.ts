/**
 * Data at the boundary: every element's every observed attribute is fed random strings and random JSON
 * (fast-check), on a page of the built script under a strict CSP. Whatever arrives, there is no
 * uncaught error or unhandled rejection, a problem the element reports shows as its note in place with a
 * console error naming the element, and the page stays usable (its own button still clicks and takes
 * focus, a second Yinfa element still shows its text). Build first: `node packages/elements/build.mjs`.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostPage, removeFrames, settle, shadowText, STRICT_CSP, type HostPage } from './elements-harness';

/** connect-src and img-src 'self': a random `src`/`api`/tile URL can never reach the network. */
const CSP = `${STRICT_CSP}; connect-src 'self'; img-src 'self' data:`;
const SRC = '/packages/widgets/sample-data/meal-points.json';

/** Attributes that make each element render normally before the random one is set. */
const BASE: Record<string, Record<string, string>> = {
  'yinfa-toolbar': { remember: 'false' },
  'yinfa-fraud-banner': {},
  'yinfa-transfer-guard': {},
  'yinfa-amount-confirm': { 'amount-fen': '100', 'payee-name': '甲', 'read-aloud': 'false' },
  'yinfa-meal-map': { src: SRC, tiles: 'none' },
  'yinfa-service-booking': { demo: '', history: 'false', draft: 'off' },
  'yinfa-speak': { text: '您好', 'when-unavailable': 'explain' },
};

const RUNS = 12;
const value = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.json({ maxDepth: 3 }),
  fc.constantFrom('', ' ', 'true', 'false', 'off', 'null', '0', '-1', '1e309', 'NaN', '{}', '[]', '[[[', '{"lng":"x"}', 'GCJ02', 'Elder', 'EN-us', '<img src=x>', '\u0000', '9'.repeat(30)),
);

let page: HostPage;
let uncaught: string[] = [];

beforeAll(async () => {
  page = await hostPage('<button id="host" type="button">宿主按钮</button><yinfa-fraud-banner id="ok"></yinfa-fraud-banner><div id="stage"></div>', { csp: CSP });
  page.win.addEventListener('error', (e) => uncaught.push(`error: ${e.message}`));
  page.win.addEventListener('unhandledrejection', (e) => uncaught.push(`unhandled rejection: ${String((e as PromiseRejectionEvent).reason)}`));
});
afterAll(removeFrames);

function pageStillWorks(): void {
  const host = page.doc.getElementById('host') as HTMLButtonElement;
  let clicked = false;
  const onClick = () => (clicked = true);
  host.addEventListener('click', onClick);
  host.click();
  host.removeEventListener('click', onClick);
  expect(clicked, 'the host page’s own button still clicks').toBe(true);
  host.focus();
  expect(page.doc.activeElement, 'the host page’s own button still takes focus').toBe(host);
  expect(shadowText(page.shadow('#ok')), 'another Yinfa element still shows its text').toContain('防骗提示');
}

describe('every attribute of every element, random strings and JSON', () => {
  for (const [tag, base] of Object.entries(BASE)) {
    it(`<${tag}>: no uncaught error, problems reported in place, the page usable`, async () => {
      const ctor = page.win.customElements.get(tag) as unknown as { observedAttributes: string[] } | undefined;
      expect(ctor, `${tag} is registered`).toBeDefined();
      const names = ctor!.observedAttributes;
      expect(names.length).toBeGreaterThan(2);
      const stage = page.doc.getElementById('stage')!;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), value), { minLength: 1, maxLength: 3 }), async (changes) => {
          uncaught = [];
          const errorsBefore = page.record.errors.length;
          const el = page.doc.createElement(tag);
          for (const [name, v] of Object.entries(base)) el.setAttribute(name, v);
          for (const [name, v] of changes) el.setAttribute(name, v);
          stage.append(el);
          await settle(page.win);
          // Changed again while connected (attributeChangedCallback path).
          const [name, v] = changes[0]!;
          el.setAttribute(name, `${v}x`);
          await settle(page.win);
          expect(uncaught).toEqual([]);
          const note = el.shadowRoot?.querySelector('.yf-element-error');
          const logged = page.record.errors.slice(errorsBefore);
          if (note) expect(logged.some((line) => line.startsWith(`<${tag}>`)), `<${tag}> shows a note: a console error names it`).toBe(true);
          // One console error per distinct problem: never more than the renders that could each find a new one.
          expect(logged.filter((line) => line.startsWith(`<${tag}>`)).length).toBeLessThanOrEqual(changes.length + 2);
          el.remove();
          await settle(page.win, 1);
          expect(uncaught).toEqual([]);
          pageStillWorks();
        }),
        { numRuns: RUNS, seed: 20261201, endOnFailure: true },
      );
      // The problems were real problems, not the element falling over: a clean element still renders.
      const clean = page.doc.createElement(tag);
      for (const [name, v] of Object.entries(base)) clean.setAttribute(name, v);
      stage.append(clean);
      await settle(page.win, 3);
      expect(clean.shadowRoot?.querySelector('.yf-element-error') ?? null, `${tag} with its base attributes renders`).toBeNull();
      clean.remove();
      await settle(page.win, 1);
      expect(uncaught).toEqual([]);
      page.win.localStorage.clear();
    });
  }
});
