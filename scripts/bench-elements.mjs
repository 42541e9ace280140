// npm run bench:elements — @yinfa/elements: gzip and brotli bytes of the loader stub, the shared
// runtime, each element's first load (loader + runtime + its module; and its single-element script),
// the all-in-one file, the lazy Leaflet chunk, what the bytes are made of, and the time to first paint of
// <yinfa-fraud-banner> in headless Chromium with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate),
// cold cache, served from 127.0.0.1, through the loader and the single files. Results go to
// docs/performance.md beside the figures before the Preact runtime. A benchmark, not a test.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { writeSection } from './perf-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.YINFA_ELEMENTS_DIST ? path.resolve(process.env.YINFA_ELEMENTS_DIST) : path.join(root, 'packages/elements/dist');
const RUNS = 7;

execFileSync('node', [path.join(root, 'packages/elements/build.mjs'), '--no-types'], { stdio: 'inherit' });

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (buf) => ({ raw: buf.length, gzip: gz(buf), brotli: br(buf) });

// ---------- sizes ----------
const file = (name) => readFileSync(path.join(dist, name));
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const chunkFiles = readdirSync(path.join(dist, 'chunks')).map((f) => `chunks/${f}`);
const all = sizes(file('yinfa-elements.js'));
const leaflet = sizes(file('yinfa-leaflet.js'));
const onDemand = (name) => sizes(file(name));
const speechText = onDemand('yinfa-speech-text.js');
const toolbarHelp = onDemand('yinfa-toolbar-help.js');
const pinyinChunk = onDemand('yinfa-pinyin.js');
const traditionalChunk = onDemand('yinfa-traditional.js');
const loader = sizes(file('yinfa.js'));
const runtimeChunk = sizes(file('chunks/runtime.js'));
const add = (...xs) => ({ raw: xs.reduce((a, x) => a + x.raw, 0), gzip: xs.reduce((a, x) => a + x.gzip, 0), brotli: xs.reduce((a, x) => a + x.brotli, 0) });
const perElement = files
  // One element's script has a module of the same name in chunks/ (the on-demand files beside it do not).
  .filter((f) => f !== 'yinfa-elements.js' && f !== 'yinfa.js' && existsSync(path.join(dist, 'chunks', f)))
  .map((f) => {
    const tag = f.replace(/\.js$/, '');
    const chunk = file(`chunks/${tag}.js`);
    // The framework-free toolbar's module does not import the Preact runtime.
    const runtime = /from\s*"\.\/runtime\.js"/.test(chunk.toString('utf8')) ? [runtimeChunk] : [];
    return { tag, single: sizes(file(f)), viaLoader: add(loader, ...runtime, sizes(chunk)) };
  })
  .sort((a, b) => a.viaLoader.gzip - b.viaLoader.gzip);
/** gzip KB before the Preact runtime (React 19 inside, docs/performance.md of 2026-12-01). */
const BEFORE = { 'yinfa-elements.js': 207.8, 'yinfa-fraud-banner': 97.0, 'yinfa-speak': 102.5, 'yinfa-amount-confirm': 108.7, 'yinfa-transfer-guard': 113.6, 'yinfa-meal-map': 116.1, 'yinfa-service-booking': 128.2, 'yinfa-toolbar': 128.7 };
/** gzip KB on 2026-12-02 before the provider's brand palette (createTheme, colorjs.io) loaded on demand. */
const WITH_PALETTE = { 'yinfa-elements.js': 185.4, 'yinfa-fraud-banner': 63.4, 'yinfa-speak': 67.6, 'yinfa-amount-confirm': 75.2, 'yinfa-transfer-guard': 82.3, 'yinfa-meal-map': 85.1, 'yinfa-service-booking': 98.2, 'yinfa-toolbar': 99.8 };
const BEFORE_PAINT = { 'yinfa-elements.js': 786, 'yinfa-fraud-banner.js': 801 };
const BUDGET = { 'yinfa-toolbar': 40, 'yinfa-meal-map': 60, 'yinfa-service-booking': 60 };

// What the bytes are: React + ReactDOM alone, and the CSS string every element carries.
async function bundleBytes(contents) {
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true,
    minify: true,
    write: false,
    format: 'iife',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return Buffer.from(out.outputFiles[0].text);
}
const reactOnly = sizes(await bundleBytes(`import { createRoot } from 'react-dom/client'; import { jsx } from 'react/jsx-runtime'; window.__r = [createRoot, jsx];`));
const preactOnly = runtimeChunk;
const { bundleCss } = await import('../packages/elements/build.mjs');
const css = sizes(Buffer.from(await bundleCss()));

// ---------- first paint of <yinfa-fraud-banner>, 4× CPU throttle ----------
const PAGE = (script) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="script-src 'self'; style-src 'self'">
<script src="/probe.js"></script><script src="/${script}"></script></head>
<body><yinfa-fraud-banner></yinfa-fraud-banner></body></html>`;
// Records when the banner's content first exists and the frame after it (its first paint).
const PROBE = `(() => {
  const tick = () => {
    const el = document.querySelector('yinfa-fraud-banner');
    if (el && el.shadowRoot && el.shadowRoot.querySelector('.yf-fraud-banner')) {
      const rendered = performance.now();
      requestAnimationFrame(() => setTimeout(() => { window.__paint = { rendered, painted: performance.now() }; }, 0));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
  if (url.pathname === '/probe.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(PROBE);
  if (url.pathname.startsWith('/page/')) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE(url.pathname.slice(6)));
  const name = url.pathname.slice(1);
  if (files.includes(name) || chunkFiles.includes(name)) return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(file(name));
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = server.address().port;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
async function firstPaint(script, rate) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const violations = [];
    page.on('console', (m) => m.type() === 'error' && violations.push(m.text()));
    await page.goto(`http://127.0.0.1:${port}/page/${script}`);
    await page.waitForFunction(() => window.__paint, null, { timeout: 30_000 });
    const result = await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      // The last script the banner needed (with the loader: its module and the runtime, after yinfa.js).
      const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js') && !r.name.endsWith('probe.js'));
      return { ...window.__paint, fcp, scriptLoaded: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null };
    });
    if (violations.length) throw new Error(`console errors on the bench page: ${violations.join(' | ')}`);
    runs.push(result);
    await context.close();
  }
  const pick = (k) => median(runs.map((r) => r[k]).filter((v) => v !== null));
  return { painted: pick('painted'), fcp: pick('fcp'), scriptLoaded: pick('scriptLoaded') };
}
const paint = {};
try {
  for (const script of ['yinfa.js', 'yinfa-elements.js', 'yinfa-fraud-banner.js']) {
    paint[script] = { x4: await firstPaint(script, 4), x1: await firstPaint(script, 1) };
  }
} finally {
  await browser.close();
  server.close();
}

// ---------- report ----------
const ms = (n) => `${Math.round(n)} ms`;
const before = (key, table = BEFORE) => (table[key] ? `${table[key].toFixed(1)} KB` : '—');
const budget = (tag) => `${BUDGET[tag] ?? 35} KB`;
const md = `
## Custom elements (\`npm run bench:elements\`)

Built by \`packages/elements/build.mjs\` (esbuild, minified). The script-tag files run on **Preact 11 +
\`preact/compat\`** (aliased at build time; before: React 19 inside every file). gzip level 9, brotli
quality 11. Measured on a shared, loaded 2-core machine (${new Date().toISOString().slice(0, 10)}): sizes are exact, timings only indicative.

"First load" of an element is everything a page downloads to show it: with the loader stub,
\`yinfa.js\` + \`chunks/runtime.js\` + \`chunks/<tag>.js\`; or its single-element script \`yinfa-<tag>.js\`.
Budgets (issue 13, enforced in \`npm test\` by test/node/elements-size.test.ts; the toolbar's from issue 12).

| file | what it is | raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
| \`yinfa.js\` | the loader stub (budget 3 KB) | ${kb(loader.raw)} | ${kb(loader.gzip)} | ${kb(loader.brotli)} |
| \`chunks/runtime.js\` | Preact + compat, shared by every element the loader fetches | ${kb(runtimeChunk.raw)} | ${kb(runtimeChunk.gzip)} | ${kb(runtimeChunk.brotli)} |
| \`yinfa-leaflet.js\` | Leaflet, lazy (map opened) | ${kb(leaflet.raw)} | ${kb(leaflet.gzip)} | ${kb(leaflet.brotli)} |
| \`yinfa-speech-text.js\` | the toolbar's speech tables, lazy (reading first starts) | ${kb(speechText.raw)} | ${kb(speechText.gzip)} | ${kb(speechText.brotli)} |
| \`yinfa-toolbar-help.js\` | the toolbar's 帮助 view, lazy (first opened) | ${kb(toolbarHelp.raw)} | ${kb(toolbarHelp.gzip)} | ${kb(toolbarHelp.brotli)} |
| \`yinfa-pinyin.js\` | pinyin-pro for 拼音 captions, lazy (picked) | ${kb(pinyinChunk.raw)} | ${kb(pinyinChunk.gzip)} | ${kb(pinyinChunk.brotli)} |
| \`yinfa-traditional.js\` | opencc-js characters for 繁体 captions, lazy (picked) | ${kb(traditionalChunk.raw)} | ${kb(traditionalChunk.gzip)} | ${kb(traditionalChunk.brotli)} |

| element | first load via the loader, gzip | single file \`yinfa-<tag>.js\`, gzip | before: palette always in (12-02), via the loader | before (React 19), gzip | budget |
| --- | ---: | ---: | ---: | ---: | ---: |
${perElement.map((e) => `| \`<${e.tag}>\` | ${kb(e.viaLoader.gzip)} | ${kb(e.single.gzip)} | ${before(e.tag, WITH_PALETTE)} | ${before(e.tag)} | ${budget(e.tag)} |`).join('\n')}
| everything: \`yinfa-elements.js\` | — | ${kb(all.gzip)} (raw ${kb(all.raw)}, brotli ${kb(all.brotli)}) | ${before('yinfa-elements.js', WITH_PALETTE)} | ${before('yinfa-elements.js')} | 110 KB |

The runtime: Preact + compat ${kb(preactOnly.gzip)} gzip, where React 19 + ReactDOM alone are ${kb(reactOnly.gzip)}.
The CSS each element carries is only its components' (the all-in-one carries all of it, ${kb(css.gzip)} gzip).
The provider's brand palette (\`createTheme\` and colorjs.io, about 21 KB gzip) is not in any script:
\`YinfaProvider\` imports it on demand for a \`theme\` prop, which no element renders (elements take a
brand from \`--yf-theme-*\` CSS variables). What is still over budget is Yinfa's own code and words: the
fraud catalogue and every catalogue's messages in both languages, the provider, the booking and
meal-point logic, Radix Dialog with its scroll lock. The toolbar loads no UI runtime: it is @yinfa/dom's
\`mountToolbar\` (native DOM and \`<dialog>\`), 80.7 KB on Preact and 46.0 KB framework-free with everything
at once (both 12-02); its speech tables, 帮助 view and the 拼音/繁体 caption libraries now load on first use
(the lazy rows above), and it takes only its own words, not the shared catalogue.

Timings are only indicative: they are taken on a shared, loaded 2-core machine, often beside other Chromium
runs, and the "before" column comes from an earlier, quieter run; compare the rows of one run (loader vs
all-in-one vs single file). The loader needs two more round trips (yinfa.js, then the element's module,
then the runtime it imports).

Aim (issue 13): the banner painted ≤ 300 ms after navigation at 4× CPU throttle; not met on this machine.

First paint of \`<yinfa-fraud-banner>\` (median of ${RUNS} cold loads, headless Chromium, from 127.0.0.1,
page under \`script-src 'self'; style-src 'self'\`; "painted" = the frame after its content first exists;
"scripts downloaded" = the last script it needed):

| script | CPU | scripts downloaded | first contentful paint | banner painted | before (React 19) |
| --- | --- | ---: | ---: | ---: | ---: |
${Object.entries(paint)
  .flatMap(([script, r]) => [
    `| \`${script}\` | 4× throttled | ${ms(r.x4.scriptLoaded)} | ${ms(r.x4.fcp)} | ${ms(r.x4.painted)} | ${BEFORE_PAINT[script] ? ms(BEFORE_PAINT[script]) : '—'} |`,
    `| \`${script}\` | unthrottled | ${ms(r.x1.scriptLoaded)} | ${ms(r.x1.fcp)} | ${ms(r.x1.painted)} | |`,
  ])
  .join('\n')}
`;
writeSection('bench-elements', md);
console.log(md);
