/**
 * The ESM build (packages/elements/dist/esm) as a bundler sees it: imported through Vite, with react,
 * react-dom and @yinfa/* resolved by the host's bundler. Registers the elements in this page and renders one.
 */
import { afterEach, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

const ESM = '/packages/elements/dist/esm/index.js';

afterEach(() => document.querySelectorAll('yinfa-amount-confirm').forEach((el) => el.remove()));

it('defineYinfaElements() from the ESM build registers every element; one renders and confirms by keyboard', async () => {
  const mod = (await import(/* @vite-ignore */ ESM)) as { defineYinfaElements: () => void; ELEMENTS: Record<string, unknown> };
  mod.defineYinfaElements();
  mod.defineYinfaElements(); // twice is harmless
  for (const tag of Object.keys(mod.ELEMENTS)) expect(customElements.get(tag), tag).toBeDefined();
  expect(Object.keys(mod.ELEMENTS)).toHaveLength(7);

  const el = document.createElement('yinfa-amount-confirm') as HTMLElement & { amountFen: number };
  el.amountFen = 250000;
  el.setAttribute('payee-name', '周敏');
  el.setAttribute('read-aloud', 'false');
  const got: unknown[] = [];
  el.addEventListener('yinfa-confirm', (e) => got.push((e as CustomEvent).detail));
  document.body.append(el);
  await expect.poll(() => el.shadowRoot?.textContent ?? '').toContain('贰仟伍佰元整');
  const confirm = [...el.shadowRoot!.querySelectorAll('button')].find((b) => /Confirm payment/.test(b.textContent ?? ''))!; // the test page is lang="en": English follows
  confirm.focus();
  await userEvent.keyboard('{Enter}');
  expect(got).toEqual([{ amountFen: 250000 }]);
  // The adopted CSS is there: the confirm button is a full-size target.
  expect(confirm.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
});
