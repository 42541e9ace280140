/**
 * dist/yinfa.js, the loader stub: the one script tag a page needs (a few KB). It knows every tag and
 * watches the page for them; when a tag first appears — in the HTML at load or added later by a script —
 * it fetches that element's code (`chunks/<tag>.js`, an ES module) from beside this script, its own
 * origin, so `script-src 'self'` allows it. Elements share one runtime chunk (Preact with its React
 * compatibility layer, the CSS, the base): two elements on a page load it once.
 *
 * Tags inside another component's shadow root are not seen by the page observer: call
 * `YinfaElements.load('yinfa-…')` (or `YinfaElements.define()` for all) for those.
 */


interface YinfaLoader {
  version: string;
  tags: readonly string[];
  /** Loads (once) and defines one element; resolves when it is defined. */
  load: (tag: string) => Promise<void>;
  /** Loads the given elements (all by default). */
  define: (tags?: readonly string[]) => Promise<void>;
  /** Resolves when every element found so far is defined. */
  ready: () => Promise<void>;
  loader: true;
}

(() => {
  const win = window as unknown as { YinfaElements?: YinfaLoader };
  if (win.YinfaElements) return; // a second copy of a Yinfa script: the first one is in charge
  const script = document.currentScript as HTMLScriptElement | null;
  const base = script?.src || document.baseURI;
  const tags = (process.env.YINFA_TAGS ?? '').split(',');
  const loading = new Map<string, Promise<void>>();
  const noRuntime = (process.env.YINFA_NO_RUNTIME_TAGS ?? '').split(',');
  let runtimeAsked = false;
  /**
   * The shared runtime, requested beside the first element module that imports it (modulepreload), not after
   * that module has arrived and been parsed: one round trip less before the first element paints. Same URL
   * as the module's own `import './runtime.js'`, so the browser uses this response for it.
   */
  const preloadRuntime = () => {
    if (runtimeAsked) return;
    runtimeAsked = true;
    const link = document.createElement('link');
    if (!link.relList?.supports?.('modulepreload')) return; // Safari < 17: the import fetches it
    link.rel = 'modulepreload';
    link.href = new URL('chunks/runtime.js', base).href;
    document.head.append(link);
  };

  /** One `<script type="module">` per element (not `import()`: tools that rewrite imports leave a tag alone). */
  const fetchModule = (tag: string, url: string) =>
    new Promise<void>((resolve, reject) => {
      const el = document.createElement('script');
      el.type = 'module';
      el.src = url;
      el.addEventListener('load', () => resolve());
      el.addEventListener('error', () => {
        el.remove();
        reject(new Error(`could not load ${url}`));
      });
      document.head.append(el);
    }).then(() => customElements.whenDefined(tag).then(() => undefined));

  const load = (tag: string): Promise<void> => {
    let pending = loading.get(tag);
    if (pending) return pending;
    if (!tags.includes(tag)) return Promise.reject(new Error(`@yinfa/elements: unknown element <${tag}>`));
    const url = new URL(`chunks/${tag}.js`, base).href;
    const defined = Boolean(customElements.get(tag));
    if (!defined && !noRuntime.includes(tag)) preloadRuntime();
    pending = defined
      ? Promise.resolve()
      : fetchModule(tag, url).catch((error: unknown) => {
          loading.delete(tag);
          console.error(`<${tag}>: ${String(error instanceof Error ? error.message : error)}. Serve the whole dist/ folder of @yinfa/elements beside yinfa.js.`);
          throw error;
        });
    loading.set(tag, pending);
    return pending;
  };
  const quiet = (tag: string) => void load(tag).catch(() => undefined);

  const scan = (root: ParentNode) => {
    for (const tag of tags) if (!loading.has(tag) && root.querySelector(tag)) quiet(tag);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        const el = node as Element;
        if (tags.includes(el.localName)) quiet(el.localName);
        if (el.firstElementChild) scan(el);
      }
    }
  });
  observer.observe(document, { childList: true, subtree: true });
  scan(document);

  win.YinfaElements = {
    version: process.env.YINFA_VERSION ?? '',
    tags,
    load,
    define: (list = tags) => Promise.all(list.map(load)).then(() => undefined),
    ready: () => Promise.all(loading.values()).then(() => undefined),
    loader: true,
  };
})();

export {};
