// npm run bench:elements — @yinfa/elements: gzip and brotli bytes of the script-tag file and of each
// element's first load (its single-element script), the lazy Leaflet chunk, what the bytes are made of,
// and the time to first paint of <yinfa-fraud-banner> in headless Chromium with the CPU throttled 4×
// (CDP Emulation.setCPUThrottlingRate), cold cache, served from 127.0.0.1. Results go to
// docs/performance.md. A benchmark, not a test; it stops by itself.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { writeSection } from './perf-doc.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.join(root, 'packages/elements/dist');
const RUNS = 7;
const TOOLBAR_AIM = 40 * 1024;

execFileSync('node', [path.join(root, 'packages/elements/build.mjs')], { stdio: 'inherit' });

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const sizes = (buf) => ({ raw: buf.length, gzip: gz(buf), brotli: br(buf) });

// ---------- sizes ----------
const files = readdirSync(dist).filter((f) => f.endsWith('.js'));
const file = (name) => readFileSync(path.join(dist, name));
const all = sizes(file('yinfa-elements.js'));
const leaflet = sizes(file('yinfa-leaflet.js'));
const perElement = files
  .filter((f) => f !== 'yinfa-elements.js' && f !== 'yinfa-leaflet.js')
  .map((f) => ({ tag: f.replace(/\.js$/, ''), ...sizes(file(f)) }))
  .sort((a, b) => a.gzip - b.gzip);

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
  const name = path.basename(url.pathname);
  if (files.includes(name)) return res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(file(name));
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
      const script = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.js') && !r.name.endsWith('probe.js'));
      return { ...window.__paint, fcp, scriptLoaded: script ? script.responseEnd : null };
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
  for (const script of ['yinfa-elements.js', 'yinfa-fraud-banner.js']) {
    paint[script] = { x4: await firstPaint(script, 4), x1: await firstPaint(script, 1) };
  }
} finally {
  await browser.close();
  server.close();
}

// ---------- report ----------
const toolbar = perElement.find((e) => e.tag === 'yinfa-toolbar');
const ms = (n) => `${Math.round(n)} ms`;
const md = `
## Custom elements (\`npm run bench:elements\`)

Built by \`packages/elements/build.mjs\` (esbuild, minified, React 19 inside). gzip level 9, brotli quality 11.
"First load" of an element is what a page downloads to show it: its single-element script
(\`dist/<tag>.js\`), or the all-in-one \`yinfa-elements.js\` (the same for every element). Leaflet is
fetched only when someone opens the map.

| file | what it is | raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
| \`yinfa-elements.js\` | every element (the one script tag) | ${kb(all.raw)} | ${kb(all.gzip)} | ${kb(all.brotli)} |
${perElement.map((e) => `| \`${e.tag}.js\` | \`<${e.tag}>\` alone: its first load | ${kb(e.raw)} | ${kb(e.gzip)} | ${kb(e.brotli)} |`).join('\n')}
| \`yinfa-leaflet.js\` | Leaflet, lazy (map opened) | ${kb(leaflet.raw)} | ${kb(leaflet.gzip)} | ${kb(leaflet.brotli)} |

What every script carries: React 19 + ReactDOM alone ${kb(reactOnly.gzip)} gzip (${kb(reactOnly.brotli)} brotli)${css ? `; the adopted CSS (tokens + components + widgets) ${kb(css.gzip)} gzip` : ''}.

**Toolbar alone: ${toolbar ? kb(toolbar.gzip) : 'n/a'} gzip — the aim is < 40 KB, ${toolbar && toolbar.gzip <= TOOLBAR_AIM ? 'met' : 'not met'}.**
React + ReactDOM by themselves are ${kb(reactOnly.gzip)} of that${reactOnly.gzip >= TOOLBAR_AIM ? ', already over the aim' : ''}. A smaller React-compatible runtime (\`preact/compat\`, ~4 KB)
is the way to reach it; it is not installed in this repository, so it has not been tried: the elements
would need to pass every test on it (Radix Dialog, \`useSyncExternalStore\`, portals into shadow roots).

First paint of \`<yinfa-fraud-banner>\` (median of ${RUNS} cold loads, headless Chromium, from 127.0.0.1,
page under \`script-src 'self'; style-src 'self'\`; "painted" = the frame after its content first exists):

| script | CPU | script downloaded | first contentful paint | banner painted |
| --- | --- | ---: | ---: | ---: |
${Object.entries(paint)
  .flatMap(([script, r]) => [
    `| \`${script}\` | 4× throttled | ${ms(r.x4.scriptLoaded)} | ${ms(r.x4.fcp)} | ${ms(r.x4.painted)} |`,
    `| \`${script}\` | unthrottled | ${ms(r.x1.scriptLoaded)} | ${ms(r.x1.fcp)} | ${ms(r.x1.painted)} |`,
  ])
  .join('\n')}
`;
writeSection('bench-elements', md);
console.log(md);
