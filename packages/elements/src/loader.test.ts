/**
 * The loader stub (dist/yinfa.js) in jsdom: which element modules it asks for, and when. The modules
 * themselves are not fetched here (the browser tests load them for real); each requested
 * `<script type="module">` is answered by defining the element and firing its load event.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const requested = () => [...document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]')].map((s) => new URL(s.src).pathname);

async function flush() {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
}

type Loader = { tags: string[]; load: (tag: string) => Promise<void>; ready: () => Promise<void>; define: () => Promise<void>; loader: true };
const loader = () => (window as unknown as { YinfaElements: Loader }).YinfaElements;

/** Answers every pending module request: defines the element (or fails the request) and fires load/error. */
function answer({ fail = false } = {}) {
  for (const script of document.head.querySelectorAll<HTMLScriptElement>('script[type="module"]:not([data-answered])')) {
    script.setAttribute('data-answered', '');
    const tag = new URL(script.src).pathname.match(/chunks\/([\w-]+)\.js$/)![1]!;
    if (fail) {
      script.dispatchEvent(new Event('error'));
      continue;
    }
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
    script.dispatchEvent(new Event('load'));
  }
}

let run = 0;
beforeEach(async () => {
  vi.resetModules();
  delete (window as unknown as { YinfaElements?: unknown }).YinfaElements;
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  vi.stubEnv('YINFA_TAGS', ['yinfa-fraud-banner', 'yinfa-speak', 'yinfa-meal-map'].map((t) => `${t}${run ? `-${run}` : ''}`).join(','));
});
afterEach(() => {
  vi.unstubAllEnvs();
  run++;
});

const tag = (name: string) => `yinfa-${name}${run ? `-${run}` : ''}`;

describe('the loader stub', () => {
  it('asks for the module of each tag already in the page, once, from beside itself', async () => {
    document.body.innerHTML = `<${tag('fraud-banner')}></${tag('fraud-banner')}><${tag('fraud-banner')}></${tag('fraud-banner')}><p>no element</p>`;
    await import('./loader');
    expect(requested()).toEqual([`/chunks/${tag('fraud-banner')}.js`]);
    expect(loader().loader).toBe(true);
    answer();
    await loader().ready();
    expect(customElements.get(tag('fraud-banner'))).toBeDefined();
  });

  it('a tag added later (also deep inside added content) is loaded when it appears; others are not', async () => {
    await import('./loader');
    expect(requested()).toEqual([]);
    const wrapper = document.createElement('div');
    wrapper.innerHTML = `<section><${tag('speak')} text="您好"></${tag('speak')}></section>`;
    document.body.append(wrapper);
    await flush();
    expect(requested()).toEqual([`/chunks/${tag('speak')}.js`]);
    document.body.append(document.createElement(tag('speak')));
    document.body.append(document.createElement('yinfa-unknown'));
    await flush();
    expect(requested()).toHaveLength(1);
  });

  it('a failed module is reported once in the console and can be tried again', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    document.body.innerHTML = `<${tag('meal-map')}></${tag('meal-map')}>`;
    await import('./loader');
    const first = loader().load(tag('meal-map'));
    answer({ fail: true });
    await expect(first).rejects.toThrow(/could not load/);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toContain(`<${tag('meal-map')}>`);
    const again = loader().load(tag('meal-map'));
    answer();
    await expect(again).resolves.toBeUndefined();
    errors.mockRestore();
  });

  it('define() loads every element; an unknown tag is refused', async () => {
    await import('./loader');
    const all = loader().define();
    await flush();
    expect(requested()).toHaveLength(3);
    answer();
    await all;
    await expect(loader().load('yinfa-nothing')).rejects.toThrow(/unknown element/);
  });

  it('a second copy of a Yinfa script leaves the first in charge', async () => {
    (window as unknown as { YinfaElements: unknown }).YinfaElements = { version: 'first' };
    document.body.innerHTML = `<${tag('speak')}></${tag('speak')}>`;
    await import('./loader');
    expect((window as unknown as { YinfaElements: { version: string } }).YinfaElements.version).toBe('first');
    expect(requested()).toEqual([]);
  });
});
