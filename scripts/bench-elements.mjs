// npm run bench:elements — @yinfa/elements: gzip and brotli bytes of the loader stub, the shared
// runtime, each element's first load (loader + runtime + its module; and its single-element script),
// the all-in-one file, the lazy Leaflet chunk, what the bytes are made of, and the time to first paint of
// <yinfa-fraud-banner> in headless Chromium with the CPU throttled 4× (CDP Emulation.setCPUThrottlingRate),
// cold cache, served from 127.0.0.1, through the loader and the single files. Results go to
// docs/performance.md (zh-CN) and docs/performance.en-US.md beside the figures before the Preact runtime. A benchmark, not a test.
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
const toolbarViews = onDemand('yinfa-toolbar-views.js');
const hostDetection = onDemand('yinfa-host-detection.js');
const readingOrder = onDemand('yinfa-reading-order.js');
const bookingDemo = onDemand('yinfa-booking-demo.js');
const scamCatalogue = onDemand('yinfa-scam-catalogue.js');
const allPack = onDemand('yinfa-elements.en-US.js');
const pinyinChunk = onDemand('yinfa-pinyin.js');
const traditionalChunk = onDemand('yinfa-traditional.js');
const loader = sizes(file('yinfa.js'));
const runtimeChunk = sizes(file('chunks/runtime.js'));
const add = (...xs) => ({ raw: xs.reduce((a, x) => a + x.raw, 0), gzip: xs.reduce((a, x) => a + x.gzip, 0), brotli: xs.reduce((a, x) => a + x.brotli, 0) });
const perElement = files
  // One element's script has a module of the same name in chunks/ (the on-demand files beside it do not).
  .filter((f) => f !== 'yinfa-elements.js' && f !== 'yinfa.js' && !f.endsWith('.en-US.js') && existsSync(path.join(dist, 'chunks', f)))
  .map((f) => {
    const tag = f.replace(/\.js$/, '');
    const chunk = file(`chunks/${tag}.js`);
    // The framework-free toolbar's module does not import the Preact runtime.
    const runtime = /from\s*"\.\/runtime\.js"/.test(chunk.toString('utf8')) ? [runtimeChunk] : [];
    return { tag, single: sizes(file(f)), viaLoader: add(loader, ...runtime, sizes(chunk)), pack: sizes(file(`${tag}.en-US.js`)) };
  })
  .sort((a, b) => a.viaLoader.gzip - b.viaLoader.gzip);
/** gzip KB before the Preact runtime (React 19 inside, docs/performance.md of 2026-12-01). */
const BEFORE = { 'yinfa-elements.js': 207.8, 'yinfa-fraud-banner': 97.0, 'yinfa-speak': 102.5, 'yinfa-amount-confirm': 108.7, 'yinfa-transfer-guard': 113.6, 'yinfa-meal-map': 116.1, 'yinfa-service-booking': 128.2, 'yinfa-toolbar': 128.7 };
/** gzip KB on 2026-12-02 before the provider's brand palette (createTheme, colorjs.io) loaded on demand. */
/**
 * gzip KB via the loader (the all-in-one: the file) at dd9664d (12-04), before the en-US words moved to packs,
 * the runtime was trimmed to what the elements import, and the speech tables, host detection and the toolbar's help
 * loaded on first use.
 */
const BOTH_LANGUAGES = { 'yinfa-elements.js': 160.6, 'yinfa-fraud-banner': 44.2, 'yinfa-speak': 48.3, 'yinfa-amount-confirm': 56.3, 'yinfa-transfer-guard': 50.9, 'yinfa-meal-map': 66.3, 'yinfa-service-booking': 68.3, 'yinfa-toolbar': 39.6 };
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
/** Labels of the table rows in each language; the prose is in `section` below. */
const words = {
  'zh-CN': {
    files: {
      'yinfa.js': '加载器（预算 3 KB）',
      'chunks/runtime.js': 'Preact + compat，加载器取的每个元素共用',
      'yinfa-leaflet.js': 'Leaflet，按需加载（打开地图时）',
      'yinfa-speech-text.js': '朗读读法表（数字、日期、金额），每个脚本按需加载（第一次朗读时）',
      'yinfa-toolbar-help.js': '工具条的“帮助”视图，按需加载（第一次打开时）',
      'yinfa-toolbar-views.js': '工具条的大字幕、辅助线和纯文本，按需加载（第一次要用或第一次碰到工具条时）',
      'yinfa-host-detection.js': 'mode="auto" 询问宿主 App 的代码，按需加载（带 mode="auto" 的元素第一次显示时）',
      'yinfa-reading-order.js': '朗读时的阅读顺序，每个脚本都和读法表一起按需加载（第一次朗读时）',
      'yinfa-booking-demo.js': '<yinfa-service-booking demo> 的内存演示适配器，按需加载（第一次查询服务时）',
      'yinfa-scam-catalogue.js': '转账拦截的诈骗类型说明（两种语言），按需加载（页面上第一次点按、按键或聚焦，或拦截打开时）',
      'yinfa-pinyin.js': '拼音字幕用的 pinyin-pro，按需加载（选中时）',
      'yinfa-traditional.js': '繁体字幕用的 opencc-js 字表，按需加载（选中时）',
    },
    everything: '全部：',
    allSizes: (gzip, raw, brotli) => `${gzip}（原始 ${raw}，brotli ${brotli}）`,
    x4: '4 倍降速',
    x1: '不降速',
  },
  'en-US': {
    files: {
      'yinfa.js': 'the loader stub (budget 3 KB)',
      'chunks/runtime.js': 'Preact + compat, shared by every element the loader fetches',
      'yinfa-leaflet.js': 'Leaflet, lazy (map opened)',
      'yinfa-speech-text.js': 'the speech tables (numbers, dates, money in words), lazy in every script (first read-aloud)',
      'yinfa-toolbar-help.js': "the toolbar's 帮助 view, lazy (first opened)",
      'yinfa-toolbar-views.js': "the toolbar's big captions, reading guide and text-only view, lazy (first wanted, or the bar first touched)",
      'yinfa-host-detection.js': 'what mode="auto" asks the host app, lazy (an element with mode="auto" first renders)',
      'yinfa-reading-order.js': 'the reading order of a read-aloud, lazy in every script with the speech tables (first read-aloud)',
      'yinfa-booking-demo.js': 'the in-memory demo adapter of <yinfa-service-booking demo>, lazy (its first request for the services)',
      'yinfa-scam-catalogue.js': "the transfer guard's scam-type entries (both languages), lazy (the first touch, key press or focus on the page, or the guard opening)",
      'yinfa-pinyin.js': 'pinyin-pro for 拼音 captions, lazy (picked)',
      'yinfa-traditional.js': 'opencc-js characters for 繁体 captions, lazy (picked)',
    },
    everything: 'everything: ',
    allSizes: (gzip, raw, brotli) => `${gzip} (raw ${raw}, brotli ${brotli})`,
    x4: '4× throttled',
    x1: 'unthrottled',
  },
};
const fileSizes = { 'yinfa.js': loader, 'chunks/runtime.js': runtimeChunk, 'yinfa-leaflet.js': leaflet, 'yinfa-speech-text.js': speechText, 'yinfa-toolbar-help.js': toolbarHelp, 'yinfa-toolbar-views.js': toolbarViews, 'yinfa-host-detection.js': hostDetection, 'yinfa-reading-order.js': readingOrder, 'yinfa-booking-demo.js': bookingDemo, 'yinfa-scam-catalogue.js': scamCatalogue, 'yinfa-pinyin.js': pinyinChunk, 'yinfa-traditional.js': traditionalChunk };

/** The section of docs/performance.md (zh-CN) or docs/performance.en-US.md (en-US). */
function section(lang) {
  const w = words[lang];
  const date = new Date().toISOString().slice(0, 10);
  const fileRows = Object.entries(fileSizes)
    .map(([name, s]) => `| \`${name}\` | ${w.files[name]} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`)
    .join('\n');
  const elementRows = [
    ...perElement.map((e) => `| \`<${e.tag}>\` | ${kb(e.viaLoader.gzip)} | ${kb(e.single.gzip)} | ${kb(e.pack.gzip)} | ${before(e.tag, BOTH_LANGUAGES)} | ${before(e.tag, WITH_PALETTE)} | ${before(e.tag)} | ${budget(e.tag)} |`),
    `| ${w.everything}\`yinfa-elements.js\` | — | ${w.allSizes(kb(all.gzip), kb(all.raw), kb(all.brotli))} | ${kb(allPack.gzip)} | ${before('yinfa-elements.js', BOTH_LANGUAGES)} | ${before('yinfa-elements.js', WITH_PALETTE)} | ${before('yinfa-elements.js')} | 110 KB |`,
  ].join('\n');
  const paintRows = Object.entries(paint)
    .flatMap(([script, r]) => [
      `| \`${script}\` | ${w.x4} | ${ms(r.x4.scriptLoaded)} | ${ms(r.x4.fcp)} | ${ms(r.x4.painted)} | ${BEFORE_PAINT[script] ? ms(BEFORE_PAINT[script]) : '—'} |`,
      `| \`${script}\` | ${w.x1} | ${ms(r.x1.scriptLoaded)} | ${ms(r.x1.fcp)} | ${ms(r.x1.painted)} | |`,
    ])
    .join('\n');
  if (lang === 'zh-CN') {
    return `## 自定义元素（\`npm run bench:elements\`）

由 \`packages/elements/build.mjs\` 构建（esbuild，压缩）。用 script 标签引入的文件运行在 **Preact 11 +
\`preact/compat\`** 上（构建时用别名替换；以前每个文件里都带着 React 19）。gzip 级别 9，brotli
质量 11。在多人共用、负载较高的 2 核机器上测量（${date}）：大小是准确的，时间只供参考。

元素的“首次加载”是页面为了显示它要下载的全部内容：用加载器时是
\`yinfa.js\` + \`chunks/runtime.js\` + \`chunks/<tag>.js\`；或者是它自己的单元素脚本 \`yinfa-<tag>.js\`。
预算由 test/node/elements-size.test.ts 在 \`npm test\` 中检查（工具条的预算 40 KB 与其他元素分开）。

| 文件 | 内容 | 原始 | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
${fileRows}

| 元素 | 通过加载器首次加载，gzip | 单文件 \`yinfa-<tag>.js\`，gzip | 英文文字包（只有英文页面取），gzip | 以前：两种语言都在脚本里（12-04，dd9664d），通过加载器 | 以前：总是带着品牌配色（12-02），通过加载器 | 以前（React 19），gzip | 预算 |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${elementRows}

运行时：Preact + compat gzip 后 ${kb(preactOnly.gzip)}，而单是 React 19 + ReactDOM 就有 ${kb(reactOnly.gzip)}。
每个元素带的 CSS 只有它用到的组件的样式，而且只留下它的代码能匹配的规则（按 \`yf-\` 类名逐条筛，packages/elements/css-prune.mjs；全部样式表合起来筛之前 gzip ${kb(css.gzip)}，全合一文件也同样逐条筛过）。
provider 的品牌配色（\`createTheme\` 和 colorjs.io，gzip 约 21 KB）不在任何脚本里：
\`YinfaProvider\` 只在有 \`theme\` 属性时才按需导入它，而没有哪个元素会渲染这个属性（元素的品牌色来自
\`--yf-theme-*\` CSS 变量）。12-04 起脚本里的对话框是原生 \`<dialog>\`，不再带 Radix Dialog 和它的滚动锁定
（转账守卫和预约各少约 12 KB）；英文文字放在脚本旁边的文字包里，只有以英文显示的元素才取（docs/elements.md“语言”）；
运行时只导出各元素实际导入的名字；朗读读法表、\`mode="auto"\` 的宿主检测和工具条的“帮助”第一次用到时才加载，
脚本里也不再有 \`import()\` 带来的延迟初始化包装；横幅只带它显示的防诈骗文字（不带转账守卫和金额核对的），
朗读按钮只带它自己的朗读文字，阅读顺序代码和读法表一起在第一次朗读时加载。
\`<yinfa-service-booking demo>\` 的内存演示适配器第一次查询时才加载。助餐地图、横幅、朗读按钮和预约已在预算内。
12-05 起转账守卫的诈骗类型说明在页面上第一次点按、按键或聚焦（或守卫打开）时才取（\`yinfa-scam-catalogue.js\`），
会说话的元素用不带“读给我听”插槽的播放器（\`SpeechPlayer\`），金额核对因此不带 \`SpeakButton\` 和阅读顺序。
仍然超出预算的（通过加载器）是转账守卫和金额核对：朗读引擎（金额核对的“读给我听”）、provider、CSS、转账守卫的文字和逻辑、它的原生对话框；
通过加载器时运行时是单独的一个模块，单独压缩，比单文件多约 2.5 KB。工具条不加载任何 UI 运行时：它是 @yinfa/dom 的
\`mountToolbar\`（原生 DOM 和 \`<dialog>\`），一次带上全部内容时，基于 Preact 是 80.7 KB，不用框架是 46.0 KB
（都是 12-02 的数字）；它的朗读读法表、“帮助”视图、大字幕/辅助线/纯文本和拼音/繁体字幕库现在第一次用到时才加载
（见上面按需加载的几行），而且它只带自己的文字，不带共用的文案表。

时间只供参考：它们在多人共用、负载较高的 2 核机器上测得，旁边常常还有别的 Chromium 在跑，
“以前”一列来自更早、更安静的一次测量；请比较同一次测量里的各行（加载器、全合一、单文件）。
加载器要多一次往返：先是 yinfa.js，然后是元素的模块和它导入的运行时（加载器用 modulepreload 同时请求这两个；以前要等模块到了才去取运行时，多一次往返）。

目标：CPU 降速 4 倍时，横幅在导航后 ≤ 300 ms 画出；在这台机器上还不能稳定达到（12-05 较安静时连测四次：单文件 210–308 ms，经加载器 284–340 ms，最安静的一次两者都在 300 ms 内；机器忙时 340–400 ms）。时间花在哪里（12-04 用 Chromium 的性能跟踪看单文件
\`yinfa-fraud-banner.js\`，5 次的中位数，降速 4 倍）：执行脚本约 18 ms，元素连接（样式表、探测字号）约 18 ms，Preact 渲染横幅约 65 ms，
浏览器第一次计算样式和排版约 65 ms（其中排版约 55 ms，主要是第一次排中文字）；脚本里的 JavaScript 函数自身合计不到 80 ms，其余是浏览器自己的工作。

\`<yinfa-fraud-banner>\` 的首次绘制（${RUNS} 次冷加载的中位数，无界面 Chromium，从 127.0.0.1 加载，
页面使用 \`script-src 'self'; style-src 'self'\`；“画出” = 它的内容第一次出现之后的那一帧；
“脚本下载完” = 它需要的最后一个脚本下载完）：

| 脚本 | CPU | 脚本下载完 | 首次内容绘制 | 横幅画出 | 以前（React 19） |
| --- | --- | ---: | ---: | ---: | ---: |
${paintRows}
`;
  }
  return `## Custom elements (\`npm run bench:elements\`)

Built by \`packages/elements/build.mjs\` (esbuild, minified). The script-tag files run on **Preact 11 +
\`preact/compat\`** (aliased at build time; before: React 19 inside every file). gzip level 9, brotli
quality 11. Measured on a shared, loaded 2-core machine (${date}): sizes are exact, timings only indicative.

"First load" of an element is everything a page downloads to show it: with the loader stub,
\`yinfa.js\` + \`chunks/runtime.js\` + \`chunks/<tag>.js\`; or its single-element script \`yinfa-<tag>.js\`.
Budgets are enforced in \`npm test\` by test/node/elements-size.test.ts (the toolbar has its own, 40 KB).

| file | what it is | raw | gzip | brotli |
| --- | --- | ---: | ---: | ---: |
${fileRows}

| element | first load via the loader, gzip | single file \`yinfa-<tag>.js\`, gzip | en-US pack (English pages only), gzip | before: both languages in the script (12-04, dd9664d), via the loader | before: palette always in (12-02), via the loader | before (React 19), gzip | budget |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
${elementRows}

The runtime: Preact + compat ${kb(preactOnly.gzip)} gzip, where React 19 + ReactDOM alone are ${kb(reactOnly.gzip)}.
The CSS each element carries is only its components', and of those only the rules its code can match (rule by rule, by \`yf-\` class, packages/elements/css-prune.mjs; every stylesheet together is ${kb(css.gzip)} gzip before pruning, and the all-in-one is pruned the same way).
The provider's brand palette (\`createTheme\` and colorjs.io, about 21 KB gzip) is not in any script:
\`YinfaProvider\` imports it on demand for a \`theme\` prop, which no element renders (elements take a
brand from \`--yf-theme-*\` CSS variables). Since 12-04 the scripts' dialogs are native \`<dialog>\`s, without
Radix Dialog and its scroll lock (about 12 KB less for the transfer guard and the booking); the English words are
in a pack beside each script, fetched only by elements shown in English (docs/elements.en-US.md, "Languages");
the runtime exports only the names the elements import; the speech tables, \`mode="auto"\`'s host detection and
the toolbar's help load on first use, and no \`import()\` leaves lazy-initialisation wrappers in a script; the banner carries only
the fraud words it shows (not the transfer guard's or the amount check's), a read-aloud button only its own speech words, and the
reading order loads with the speech tables on the first read-aloud. The meal map,
the banner, the speak button and the booking are within their budgets (\`<yinfa-service-booking demo>\`'s in-memory adapter now loads on its first request). What is still over (via the loader) is
the transfer guard and the amount check: the speech engine (the amount check's Read it to me), the provider, the CSS, the transfer guard's words and logic and its native dialog
(since 12-05 the guard's scam-type entries load at the first touch, key press or focus on the page, or when it opens: \`yinfa-scam-catalogue.js\`; and the speaking
elements' player has no 读给我听 slot, \`SpeechPlayer\`, so the amount check carries no \`SpeakButton\` and reading order); via the
loader the runtime is a module of its own, compressed alone, about 2.5 KB more than in a single file. The toolbar loads no UI runtime: it is @yinfa/dom's
\`mountToolbar\` (native DOM and \`<dialog>\`), 80.7 KB on Preact and 46.0 KB framework-free with everything
at once (both 12-02); its speech tables, 帮助 view, captions/reading guide/text-only view and the 拼音/繁体 caption libraries now load on first use
(the lazy rows above), and it takes only its own words, not the shared catalogue.

Timings are only indicative: they are taken on a shared, loaded 2-core machine, often beside other Chromium
runs, and the "before" column comes from an earlier, quieter run; compare the rows of one run (loader vs
all-in-one vs single file). The loader needs one more round trip: yinfa.js, then the element's module and the
runtime it imports, requested together (modulepreload; until 12-04 the runtime waited for the module).

Aim: the banner painted ≤ 300 ms after navigation at 4× CPU throttle; not reliably met on this machine (four runs on a quieter 12-05: single file 210–308 ms, via the loader 284–340 ms, both within it in the quietest run; 340–400 ms when the machine is busy). Where the time goes (12-04, a Chromium
performance trace of the single file \`yinfa-fraud-banner.js\`, median of 5, 4× throttle): evaluating the script about 18 ms, connecting the
element (style sheets, the font-size probe) about 18 ms, Preact rendering the banner about 65 ms, and the browser's first style and layout
about 65 ms (layout about 55 ms, mostly the first layout of Chinese text); the script's own JavaScript functions add up to under 80 ms, the rest
is the browser's own work.

First paint of \`<yinfa-fraud-banner>\` (median of ${RUNS} cold loads, headless Chromium, from 127.0.0.1,
page under \`script-src 'self'; style-src 'self'\`; "painted" = the frame after its content first exists;
"scripts downloaded" = the last script it needed):

| script | CPU | scripts downloaded | first contentful paint | banner painted | before (React 19) |
| --- | --- | ---: | ---: | ---: | ---: |
${paintRows}
`;
}

const texts = { 'zh-CN': section('zh-CN'), 'en-US': section('en-US') };
writeSection('bench-elements', texts);
console.log(texts['en-US']);
