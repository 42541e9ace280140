// npm run bench:toolbar — text enlargement on a px page of 5,000 elements (300 px rules, 1,248 fixed-height
// rows, inline sizes), in headless Chromium at 4× CPU throttle (CDP Emulation.setCPUThrottlingRate):
// 1. the call: the first press of 字变大 (reads the sheets and the page at 100%, then applies 125%) and one
//    later step (125 → 150 and back), each timed from the call to after the style and layout it causes (one
//    forced layout);
// 2. first use of the real toolbar (mountToolbar, a silent fake speech engine), each on a freshly loaded page:
//    from a real click (Playwright page.click; the in-page `pointerdown` timeStamp) on 字变大 to the frame after
//    the text has grown (requestAnimationFrame, then a task: the frame has been produced), with the Event Timing
//    entry's duration (INP-like) and the longest long task; from the click on 朗读本页 to the engine receiving
//    its first utterance.
// Median and p95 go to docs/performance.md (zh-CN) and docs/performance.en-US.md. A benchmark, not a test.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { firstUseOnPages, pagesTable } from './bench-toolbar-pages.mjs';
import { quantile as q, writeSection } from './perf-doc.mjs';

const RUNS = Number(process.env.RUNS ?? 15);
const FIRST_USE_RUNS = Number(process.env.FIRST_USE_RUNS ?? 9);
const PAGE_RUNS = Number(process.env.PAGE_RUNS ?? 7);
const THROTTLE = 4;
const ROWS = 1248; // 4 elements a row + html, head, meta, style, body, div, ul and the bench's script: 5,000
const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-toolbar-bench-'));
const entry = path.join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import '@yinfa/tokens/tokens.css';
import '@yinfa/react/styles.css';
import { createFakeEngine } from '@yinfa/core';
import { createPagePresentation, mountToolbar } from ${JSON.stringify(path.resolve('packages/dom/src/index.ts'))};
const settle = () => document.documentElement.offsetHeight;
window.benchFirst = () => {
  const p = createPagePresentation(document);
  const t0 = performance.now();
  p.apply({ textStep: 1, scheme: 'page', largeCursor: false });
  settle();
  const ms = performance.now() - t0;
  p.restore();
  settle();
  return ms;
};
window.benchStep = () => {
  const p = createPagePresentation(document);
  p.apply({ textStep: 1, scheme: 'page', largeCursor: false });
  settle();
  const out = [];
  for (const step of [2, 1]) {
    const t0 = performance.now();
    p.apply({ textStep: step, scheme: 'page', largeCursor: false });
    settle();
    out.push(performance.now() - t0);
  }
  p.restore();
  settle();
  return out;
};
// For reference, the browser alone: every row's text resized by one adopted sheet (no script work), then the
// forced layout. What a step cannot go below on this page.
window.benchFloor = () => {
  const out = [];
  for (const px of [15, 18, 15, 18]) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(\`li, li * { font-size: \${px}px !important; line-height: \${px * 2.5}px !important; }\`);
    const t0 = performance.now();
    document.adoptedStyleSheets = [sheet];
    settle();
    out.push(performance.now() - t0);
  }
  document.adoptedStyleSheets = [];
  settle();
  return out;
};
// First use: the real toolbar. Everything is recorded in page time (performance.now / event timeStamp).
window.benchMount = () => {
  const rec = window.rec = { down: [], utterance: null, grown: null, longtasks: [], events: [] };
  addEventListener('pointerdown', (e) => rec.down.push(e.timeStamp), { capture: true });
  new PerformanceObserver((l) => rec.longtasks.push(...l.getEntries().map((e) => ({ start: e.startTime, duration: e.duration })))).observe({ type: 'longtask' });
  new PerformanceObserver((l) => rec.events.push(...l.getEntries().map((e) => ({ name: e.name, start: e.startTime, duration: e.duration, end: e.processingEnd })))).observe({ type: 'event', durationThreshold: 16 });
  const engine = createFakeEngine({ auto: false });
  const push = engine.spoken.push;
  engine.spoken.push = (...xs) => {
    if (rec.utterance === null) rec.utterance = performance.now();
    return push.apply(engine.spoken, xs);
  };
  mountToolbar(document, { remember: false, speechEngine: engine });
  // The page's text has grown when the toolbar marks <html>; then wait for the next frame to be produced.
  const sample = document.querySelector('li a');
  const before = parseFloat(getComputedStyle(sample).fontSize);
  new MutationObserver(() => {
    if (rec.grown !== null || !document.documentElement.hasAttribute('data-yinfa-text-scale')) return;
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        rec.grown = performance.now();
        rec.ratio = parseFloat(getComputedStyle(sample).fontSize) / before;
      };
      ch.port2.postMessage(0);
    });
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['data-yinfa-text-scale'] });
};`,
);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  outdir: dir,
  nodePaths: [path.resolve('node_modules')],
  alias: {
    '@yinfa/core': path.resolve('packages/core/src/index.ts'),
    '@yinfa/tokens/tokens.css': path.resolve('packages/tokens/dist/tokens.css'),
    '@yinfa/react/styles.css': path.resolve('packages/react/src/styles.css'),
  },
  loader: { '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  absWorkingDir: process.cwd(),
  logLevel: 'error',
});
const js = result.outputFiles.find((f) => f.path.endsWith('.js')).text;
const css = result.outputFiles.find((f) => f.path.endsWith('.css'))?.text ?? '';

// A government-style px page: 300 rules, 1,248 list rows of fixed height, inline sizes; 5,000 elements.
const rules = Array.from({ length: 300 }, (_, i) => `.c${i} { font-size: ${12 + (i % 6)}px; line-height: ${20 + (i % 4) * 2}px; }`).join('\n');
const rows = Array.from({ length: ROWS }, (_, i) => `<li class="row c${i % 300}"><a href="#">通知公告 第 ${i} 条：关于做好养老服务补贴发放工作的通知</a><span class="d">2026-11-${(i % 28) + 1}</span><em${i % 10 === 0 ? ' style="font-size:11px"' : ''}>新</em></li>`).join('');
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-size: 12px; margin: 0; } .w { width: 1200px; margin: 0 auto; }
.row { height: 36px; line-height: 36px; overflow: hidden; white-space: nowrap; border-bottom: 1px dashed #ddd; }
.d { float: right; font-size: 12px; color: #666; }
${rules}
</style></head><body><div class="w"><ul>${rows}</ul></div></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
// A new page (a new window) each time: setContent would keep the window, and with it the toolbar already mounted.
let page;
let cdp;
const throttle = (rate) => cdp.send('Emulation.setCPUThrottlingRate', { rate });
const load = async () => {
  await page?.close();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  cdp = await page.context().newCDPSession(page);
  await page.setContent(html);
  await page.addScriptTag({ content: js });
};

// 1. The call.
await load();
const count = await page.evaluate(() => document.querySelectorAll('*').length);
await page.evaluate(() => window.benchFirst()); // warm-up (JIT)
await throttle(THROTTLE);
const first = [];
const step = [];
for (let i = 0; i < RUNS; i++) {
  first.push(await page.evaluate(() => window.benchFirst()));
  step.push(...(await page.evaluate(() => window.benchStep())));
}
const floor = [];
for (let i = 0; i < 5; i++) floor.push(...(await page.evaluate(() => window.benchFloor())));

// 2. First use of the toolbar, one fresh page per click.
const idle = () => page.evaluate(() => new Promise((r) => setTimeout(() => requestAnimationFrame(() => setTimeout(r, 0)), 300)));
const firstUse = async (name, done) => {
  await load();
  await page.addStyleTag({ content: css });
  await page.evaluate(() => window.benchMount());
  await idle();
  await throttle(THROTTLE);
  await idle();
  await page.getByRole('button', { name, exact: true }).click();
  await page.waitForFunction(done, null, { polling: 50, timeout: 60_000 });
  await idle();
  const r = await page.evaluate(() => window.rec);
  const down = r.down[0];
  const at = r.utterance ?? r.grown;
  const events = r.events.filter((e) => e.start >= down - 1 && ['pointerdown', 'pointerup', 'mousedown', 'mouseup', 'click'].includes(e.name));
  return {
    ms: at - down,
    event: events.length ? Math.max(...events.map((e) => e.duration)) : 0,
    longest: Math.max(0, ...r.longtasks.filter((t) => t.start + t.duration >= down && t.start <= at).map((t) => t.duration)),
    ratio: r.ratio,
  };
};
const larger = [];
const read = [];
for (let i = 0; i < FIRST_USE_RUNS; i++) {
  larger.push(await firstUse('字变大', () => window.rec.grown !== null));
  read.push(await firstUse('朗读本页', () => window.rec.utterance !== null));
}
// 3. First use of the script-tag toolbar on the framework pages (scripts/bench-toolbar-pages.mjs).
const pages = await firstUseOnPages(browser, { runs: PAGE_RUNS, throttle: THROTTLE });
await browser.close();
if (larger.some((r) => !(r.ratio > 1.2))) throw new Error(`字变大 did not enlarge the text: ${larger.map((r) => r.ratio).join(', ')}`);

const ms = (x) => `${x.toFixed(1)} ms`;
const row = (label, xs, aim) => `| ${label} | ${ms(q(xs, 0.5))} | ${ms(q(xs, 0.95))} | ${aim} |`;
/** The measured series, each with its row label and aim in words[lang]. */
const series = [
  ['first', first, 'none'],
  ['step', step, 'step'],
  ['floor', floor, 'none'],
  ['larger', larger.map((r) => r.ms), 'click'],
  ['largerEvent', larger.map((r) => r.event), 'click'],
  ['largerLongest', larger.map((r) => r.longest), 'noLongTask'],
  ['read', read.map((r) => r.ms), 'click'],
  ['readLongest', read.map((r) => r.longest), 'noLongTask'],
];
const words = {
  'zh-CN': {
    head: '| 内容 | 中位数 | p95 | 目标 |',
    rows: {
      first: '调用：第一次“字变大”（读取样式表 + 100% 时的页面，应用 125%）',
      step: '调用：之后的一档（125 → 150，150 → 125）',
      floor: '作为参考：只让浏览器把每一行的文字重新计算样式并布局一次',
      larger: '首次使用，点“字变大” → 文字变大后的那一帧',
      largerEvent: '首次使用，点“字变大”：Event Timing 时长（类似 INP）',
      largerLongest: '首次使用，点“字变大”：最长的长任务',
      read: '首次使用，点“朗读本页” → 引擎收到第一句话',
      readLongest: '首次使用，点“朗读本页”：最长的长任务',
    },
    aims: { none: '—', step: '≤ 50 ms', click: '≤ 100 ms', noLongTask: '没有长任务（< 50 ms）' },
    met: { yes: '达到', median: '中位数达到，p95 未达到', no: '未达到' },
  },
  'en-US': {
    head: '| what | median | p95 | aim |',
    rows: {
      first: 'the call: first 字变大 (read sheets + page at 100%, apply 125%)',
      step: 'the call: one later step (125 → 150, 150 → 125)',
      floor: 'for reference: the browser alone restyling and laying out every row’s text once',
      larger: 'first use, click 字变大 → frame after the text has grown',
      largerEvent: 'first use, click 字变大: Event Timing duration (INP-like)',
      largerLongest: 'first use, click 字变大: longest long task',
      read: 'first use, click 朗读本页 → engine has the first utterance',
      readLongest: 'first use, click 朗读本页: longest long task',
    },
    aims: { none: '—', step: '≤ 50 ms', click: '≤ 100 ms', noLongTask: 'no long task (< 50 ms)' },
    met: { yes: 'met', median: 'met at the median, not at p95', no: 'not met' },
  },
};
const table = (lang) => [
  words[lang].head,
  '| --- | ---: | ---: | --- |',
  ...series.map(([key, xs, aim]) => row(words[lang].rows[key], xs, words[lang].aims[aim])),
];
console.log(table('en-US').join('\n'));
console.log(pagesTable(pages, 'en-US').lines.join('\n'));
if (!process.env.BENCH_NO_DOC) writeSection('bench-toolbar', { 'zh-CN': prose('zh-CN'), 'en-US': prose('en-US') });

/** The section of docs/performance.md (zh-CN) or docs/performance.en-US.md: what is measured, the old figures, the new, and whether the aims are met. */
function prose(lang) {
  const w = words[lang].met;
  const pagesPart = pagesTable(pages, lang);
  const met = (xs, aim) => (q(xs, 0.95) <= aim ? w.yes : q(xs, 0.5) <= aim ? w.median : w.no);
  const date = new Date().toISOString().slice(0, 10);
  const elements = count.toLocaleString('en-US');
  const rows = ROWS.toLocaleString('en-US');
  const noLongTask = larger.every((r) => r.longest < 50) && read.every((r) => r.longest < 50) ? w.yes : w.no;
  const aims = [met(step, 50), met(larger.map((r) => r.ms), 100), met(read.map((r) => r.ms), 100), noLongTask];
  if (lang === 'zh-CN') {
    return [
      '## 工具条文字放大（`npm run bench:toolbar`）',
      '',
      `${date} 测量：一个用 px 写字号的页面，共 ${elements} 个元素（300 条 px 规则、${rows} 个固定高度的行、行内样式里的字号），无界面 Chromium，CPU 降速 ${THROTTLE} 倍。` +
        `**调用**（${RUNS} 次）：\`createPagePresentation(document).apply()\`，从调用开始，到它引起的强制布局结束。` +
        `**首次使用**（${FIRST_USE_RUNS} 次，每次都在新加载的、装有真实工具条的页面上，\`mountToolbar\` 配一个不出声的模拟朗读引擎）：从一次真实点击（Playwright）的 \`pointerdown\` 到页面文字变大之后的那一帧，这次点击的 Event Timing 时长（类似 INP），以及最长的长任务；“朗读本页”则计到引擎收到第一句话为止。在共用的构建机上，这些数字只供参考。`,
      '',
      ...table(lang),
      '',
      `2026-12-02 那一轮之前，一档大约要 2.6 s（中位数，约 4,000 个元素，同样降速，机器繁忙）：每一档都先把页面恢复到 100%（一次完整的样式计算），再把整个文档走一遍，然后重新应用。现在，之后的每一档沿用 100% 时量到的基准值和文字元素列表（之后加入页面的内容按帧合并，加进这个列表），只改写缩放后的值；剩下的是浏览器自己对 5,000 个元素的样式计算和布局，单这一项在这里的中位数就是 ${ms(q(floor, 0.5))}（参考那一行：一个样式表改变每一行的文字大小，不运行脚本）。在提交 25fb56d 上，同一页面、同一台机器（5 次，中位数）：第一次调用 1013 ms，之后的一档 766 ms，首次使用“字变大” 2074 ms，“朗读本页” 488 ms；这一轮的改动见下一节末尾。` +
        `目标：一档 ≤ 50 ms：${aims[0]}；第一次“字变大” ≤ 100 ms：${aims[1]}；第一次“朗读本页” ≤ 100 ms：${aims[2]}；首次使用时没有长任务：${aims[3]}。`,
      '',
      '### 在框架页面上首次使用脚本版工具条',
      '',
      `仓库里真实的框架页面（test/host-page/：Layui 政务门户、Bootstrap 3 银行页面、用 rem 的城市服务页面），每个都是一个完整的文档，由 Playwright 的路由从同一个源提供（不联网）：框架的 CSS 来自 node_modules，以 \`<link>\` 引入，加上 \`<yinfa-toolbar>\` 和构建出的 \`dist/yinfa-toolbar.js\`；第一次用到才加载的文件（\`yinfa-speech-text.js\`）也从同一个源取。speechSynthesis 换成一个不出声、带一个 zh-CN 声音的替身（无界面 Chromium 没有声音），第一次调用它的 speak() 就算“听到了回应”。每次都是新加载的页面，CPU 降速 ${THROTTLE} 倍，每个页面 ${PAGE_RUNS} 次。`,
      '',
      ...pagesPart.lines,
      '',
      `这一轮做了什么：工具条装好后，在浏览器空闲时分片读完页面的样式表（Layui 有几千条规则，以前占第一次按“字变大”的三分之一）；第一次按下时先量页面（样式和布局还是上一帧的，读取不花时间），再关掉过渡；关掉过渡的样式表只针对页面里会对尺寸做过渡的选择器（没有这种过渡的页面就不加，以前每一档都要多两次整页样式计算）；“朗读本页”在读到某一句时才把这一句的数字、日期、金额转成读法，不再在第一个字之前把整页都转完。` +
        `剩下的主要是浏览器自己的工作：文字变大后整页重新计算样式和布局（Layui 页面在这里降速后约 150 ms）。目标：第一次“字变大” ≤ 100 ms：${pagesPart.met.larger ? w.yes : w.no}；第一次“朗读本页” ≤ 100 ms：${pagesPart.met.read ? w.yes : w.no}；没有长任务：${pagesPart.met.noLong ? w.yes : w.no}。`,
    ].join('\n');
  }
  return [
    '## Toolbar text enlargement (`npm run bench:toolbar`)',
    '',
    `Measured ${date}: a px page of ${elements} elements (300 px rules, ${rows} fixed-height rows, inline sizes), headless Chromium at ${THROTTLE}× CPU throttle. ` +
      `**The call** (${RUNS} runs): \`createPagePresentation(document).apply()\`, from the call to after the forced layout it causes. ` +
      `**First use** (${FIRST_USE_RUNS} runs, each on a freshly loaded page with the real toolbar, \`mountToolbar\` with a silent fake speech engine): from the \`pointerdown\` of a real click (Playwright) to the frame after the page's text has grown, the Event Timing duration of that click (INP-like), and the longest long task; for 朗读本页, to the engine receiving its first utterance. On a shared build machine the numbers are indicative.`,
    '',
    ...table(lang),
    '',
    `Before the 2026-12-02 round a step took about 2.6 s (median, ~4,000 elements, same throttle, busy machine): each step put the page back to 100% (a full style pass), walked the whole document again and then re-applied. Now a later step keeps the baselines measured at 100% and the list of text elements (later content is added to it, batched per frame), and rewrites only the scaled values; what is left is the browser's own style and layout of 5,000 elements, which alone costs ${ms(q(floor, 0.5))} at the median here (the reference row: one sheet resizing every row's text, no script). On commit 25fb56d, the same page on this machine (5 runs, median): the first call 1013 ms, a later step 766 ms, first use of 字变大 2074 ms, of 朗读本页 488 ms; what changed this round is at the end of the next section. ` +
      `Aims: one step ≤ 50 ms: ${aims[0]}; first 字变大 ≤ 100 ms: ${aims[1]}; first 朗读本页 ≤ 100 ms: ${aims[2]}; no long task on first use: ${aims[3]}.`,
    '',
    '### First use of the script-tag toolbar on the framework pages',
    '',
    `The repository's real framework pages (test/host-page/: the Layui government portal, the Bootstrap 3 bank page, the rem-based city service page), each a whole document served from one origin by Playwright's router (no network): the framework's CSS from node_modules as \`<link>\` sheets, \`<yinfa-toolbar>\` and the built \`dist/yinfa-toolbar.js\`; what loads on first use (\`yinfa-speech-text.js\`) comes from the same origin. speechSynthesis is a silent stand-in with one zh-CN voice (headless Chromium has none); its first speak() call is the audible response. Each run is a freshly loaded page at ${THROTTLE}× CPU throttle, ${PAGE_RUNS} runs a page.`,
    '',
    ...pagesPart.lines,
    '',
    `What changed this round: after mounting, the toolbar reads the page's style sheets in idle slices (Layui's thousands of rules were a third of the first 字变大); the first press measures the page first (its styles and layout are still the last frame's, so the reads are free) and only then turns transitions off; the transitions-off sheet names only the page's selectors that transition a size (a page without any gets none, where every step used to pay two extra whole-page style passes); 朗读本页 works out a sentence's spoken numbers, dates and amounts when that sentence is read, not the whole page's before the first word. ` +
      `What is left is mostly the browser's own work: restyling and laying out the whole page at the larger size (about 150 ms on the Layui page at this throttle). Aims: first 字变大 ≤ 100 ms: ${pagesPart.met.larger ? w.yes : w.no}; first 朗读本页 ≤ 100 ms: ${pagesPart.met.read ? w.yes : w.no}; no long task: ${pagesPart.met.noLong ? w.yes : w.no}.`,
  ].join('\n');
}
