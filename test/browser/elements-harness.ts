/**
 * Host pages for the @yinfa/elements browser tests: a fresh same-origin iframe document that loads the
 * BUILT script (packages/elements/dist, made by `node packages/elements/build.mjs`), optionally under
 * `script-src 'self'; style-src 'self'` and with a hostile stylesheet. spy.js records console errors,
 * CSP violations and the elements' events.
 */
import { createFakeEngine } from '@yinfa/core';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

export const SCRIPT = '/packages/elements/dist/yinfa-elements.js';
/** The loader stub: fetches each element's module (dist/chunks/) when its tag appears. */
export const LOADER = '/packages/elements/dist/yinfa.js';
/** The two ways a page loads the elements; the host-page tests run with both. */
export const SCRIPTS = [
  ['all-in-one yinfa-elements.js', SCRIPT],
  ['loader stub yinfa.js', LOADER],
] as const;

let defaultScript: string = SCRIPT;
/** The script hostPage() loads when a test does not name one (set per describe block by useScript). */
export function useScript(script: string): void {
  defaultScript = script;
}
export const FIXTURES = '/test/browser/elements-fixtures';
export const STRICT_CSP = "script-src 'self'; style-src 'self'";

export interface HostPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis;
  doc: Document;
  // Event details are read loosely in the tests (each test knows its event's shape).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  record: { errors: string[]; violations: Array<{ directive: string; blocked: string }>; events: Array<{ type: string; detail: any; target: string; composed: boolean }> };
  /** The element's shadow root (open). */
  shadow: (selector: string) => ShadowRoot;
  /** One node inside an element's shadow root. */
  inside: <T extends Element = HTMLElement>(selector: string, inner: string) => T;
  remove: () => void;
}

export interface PageOptions {
  csp?: string | false;
  hostile?: boolean;
  script?: string;
  /** Extra same-origin scripts after the elements script. */
  after?: string[];
  /** Extra same-origin scripts before it (after the spy). */
  before?: string[];
  base?: string;
  width?: number;
  lang?: string;
}

const frames: HTMLIFrameElement[] = [];

export async function hostPage(body: string, options: PageOptions = {}): Promise<HostPage> {
  const { csp = STRICT_CSP, hostile = false, script = defaultScript, after = [], before = [], base, width = 1024, lang = 'zh-CN' } = options;
  const head = [
    '<meta charset="utf-8">',
    csp ? `<meta http-equiv="Content-Security-Policy" content="${csp}">` : '',
    base ? `<base href="${base}">` : '',
    `<script src="${FIXTURES}/spy.js"></script>`,
    hostile ? `<link rel="stylesheet" href="${FIXTURES}/hostile.css">` : '',
    ...before.map((src) => `<script src="${src}"></script>`),
    `<script src="${script}"></script>`,
    ...after.map((src) => `<script src="${src}"></script>`),
  ].join('\n');
  return loadFrame(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`, width, script === SCRIPT || script === LOADER);
}

/** Loads a whole document into a fresh same-origin iframe (srcdoc) and wraps it for the tests. */
export async function loadFrame(html: string, width = 1024, expectScript = false): Promise<HostPage> {
  return openFrame((frame) => (frame.srcdoc = html), width, expectScript);
}

/**
 * Loads a same-origin page by its address (e.g. a fixture with a query string: a srcdoc frame's address is
 * about:srcdoc, which history.replaceState cannot give a query) and wraps it for the tests.
 */
export async function loadUrl(url: string, width = 1024): Promise<HostPage> {
  return openFrame((frame) => (frame.src = url), width, true);
}

async function openFrame(load: (frame: HTMLIFrameElement) => void, width: number, expectScript: boolean): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '900px';
  frame.style.border = '0';
  const loaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  load(frame);
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  const doc = frame.contentDocument!;
  await settle(win);
  const record = (win as unknown as { __yinfaTest: HostPage['record'] }).__yinfaTest;
  const yinfa = (win as unknown as { YinfaElements?: { ready?: () => Promise<void> } }).YinfaElements;
  if (expectScript && !yinfa) throw new Error(`the elements script did not load: build it first with \`node packages/elements/build.mjs\``);
  // The loader stub: wait for the modules of the tags on the page, then for their first render.
  if (yinfa?.ready) {
    await yinfa.ready();
    await settle(win);
  }
  const shadow = (selector: string) => {
    const el = doc.querySelector(selector);
    if (!el?.shadowRoot) throw new Error(`${selector} has no shadow root`);
    return el.shadowRoot;
  };
  return {
    frame,
    win,
    doc,
    record,
    shadow,
    inside: <T extends Element = HTMLElement>(selector: string, inner: string) => {
      const node = shadow(selector).querySelector<T>(inner);
      if (!node) throw new Error(`${selector} has no ${inner}`);
      return node;
    },
    remove: () => frame.remove(),
  };
}

/** Waits for microtasks, React's commit and a frame. */
export async function settle(win: Window, frames = 2): Promise<void> {
  for (let i = 0; i < frames; i++) {
    await new Promise<void>((resolve) => win.requestAnimationFrame(() => resolve()));
    await new Promise<void>((resolve) => win.setTimeout(resolve, 0));
  }
}

/** Resolves when a tag is defined in the page (at once with the all-in-one script; after its module with the loader). */
export async function defined(win: Window, tag: string): Promise<void> {
  await (win as unknown as { customElements: CustomElementRegistry }).customElements.whenDefined(tag);
  await settle(win);
}

export async function until<T>(fn: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  while (Date.now() - start < timeout) {
    try {
      const value = fn();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out${last ? `: ${String(last)}` : ''}`);
}

/** Creates an element with a silent fake TTS engine set as its ttsEngine property, appends it, and waits for its button. */
export async function withFakeSpeech(page: HostPage, tag: string, attributes: Record<string, string>, parent: Element = page.doc.body) {
  const engine = createFakeEngine({ auto: false });
  const el = page.doc.createElement(tag) as HTMLElement & { ttsEngine: unknown };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.ttsEngine = engine;
  parent.append(el);
  await until(() => el.shadowRoot?.querySelector('button'));
  return { engine, el };
}

export function removeFrames(): void {
  while (frames.length) frames.pop()!.remove();
}

/**
 * Moves the mouse onto a spot of the test page that no frame covers, so nothing in a new frame gets a
 * pointerover from where an earlier test left the mouse (Chromium sends one when content appears under it).
 */
export async function parkPointer(): Promise<void> {
  let spot = document.getElementById('yinfa-pointer-park');
  if (!spot) {
    spot = document.createElement('div');
    spot.id = 'yinfa-pointer-park';
    spot.style.cssText = 'position:fixed;right:0;bottom:0;width:8px;height:8px;z-index:2147483647';
    document.body.append(spot);
  }
  await userEvent.hover(spot);
}

/** Visible text of a shadow root (what a sighted user reads). */
export function shadowText(root: ShadowRoot): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function expectNoViolations(page: HostPage): void {
  expect(page.record.violations).toEqual([]);
}

/** The deepest focused element, through shadow roots. */
export function deepActive(doc: Document): Element | null {
  let el: Element | null = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

export function px(el: Element, prop: string): number {
  return Number.parseFloat(el.ownerDocument.defaultView!.getComputedStyle(el).getPropertyValue(prop));
}
