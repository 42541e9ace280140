// npm run bench:toolbar — text enlargement on a px page (300 px rules, fixed-height rows,
// inline sizes), in headless Chromium at 4× CPU throttle (CDP Emulation.setCPUThrottlingRate); about 4,000 elements: the first
// press of 字变大 (reads the sheets and the page at 100%, then applies 125%) and one later step (125 → 150
// and back), each timed from the call to after the style and layout it causes (one forced layout).
// Median and p95 of 15 runs go to docs/performance.md. A benchmark, not a test.
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { writeSection } from './perf-doc.mjs';

const RUNS = 15;
const THROTTLE = 4;
const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-toolbar-bench-'));
const entry = path.join(dir, 'entry.ts');
writeFileSync(
  entry,
  `import { createPagePresentation } from ${JSON.stringify(path.resolve('packages/dom/src/index.ts'))};
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
};`,
);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  nodePaths: [path.resolve('node_modules')],
  alias: { '@yinfa/core': path.resolve('packages/core/src/index.ts') },
  absWorkingDir: process.cwd(),
  logLevel: 'error',
});
const js = result.outputFiles[0].text;

// A government-style px page: 300 rules, 1,000 list rows of fixed height, inline sizes; about 4,000 elements.
const rules = Array.from({ length: 300 }, (_, i) => `.c${i} { font-size: ${12 + (i % 6)}px; line-height: ${20 + (i % 4) * 2}px; }`).join('\n');
const rows = Array.from({ length: 1000 }, (_, i) => `<li class="row c${i % 300}"><a href="#">通知公告 第 ${i} 条：关于做好养老服务补贴发放工作的通知</a><span class="d">2026-11-${(i % 28) + 1}</span><em${i % 10 === 0 ? ' style="font-size:11px"' : ''}>新</em></li>`).join('');
const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>
body { font-size: 12px; margin: 0; } .w { width: 1200px; margin: 0 auto; }
.row { height: 36px; line-height: 36px; overflow: hidden; white-space: nowrap; border-bottom: 1px dashed #ddd; }
.d { float: right; font-size: 12px; color: #666; }
${rules}
</style></head><body><div class="w"><ul>${rows}</ul></div></body></html>`;

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
await page.setContent(html);
await page.addScriptTag({ content: js });
const count = await page.evaluate(() => document.querySelectorAll('*').length);
const cdp = await page.context().newCDPSession(page);
await page.evaluate(() => window.benchFirst()); // warm-up (JIT)
await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
const first = [];
const step = [];
for (let i = 0; i < RUNS; i++) {
  first.push(await page.evaluate(() => window.benchFirst()));
  step.push(...(await page.evaluate(() => window.benchStep())));
}
await browser.close();

const q = (xs, f) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * f))];
const row = (label, xs, aim) => `| ${label} | ${q(xs, 0.5).toFixed(1)} ms | ${q(xs, 0.95).toFixed(1)} ms | ${aim} |`;
const table = [
  '## Toolbar text enlargement (`npm run bench:toolbar`)',
  '',
  `Measured ${new Date().toISOString().slice(0, 10)}: a px page of ${count.toLocaleString('en-US')} elements (300 px rules, 1,000 fixed-height rows, inline sizes), headless Chromium at ${THROTTLE}× CPU throttle, ${RUNS} runs; time from the call to after the forced layout. On a shared build machine the numbers are indicative.`,
  '',
  '| what | median | p95 | aim |',
  '| --- | ---: | ---: | --- |',
  row('first 字变大 (read sheets + page at 100%, apply 125%)', first, '≤ 100 ms (first interaction)'),
  row('one later step (125 → 150, 150 → 125)', step, '≤ 50 ms'),
].join('\n');
console.log(table);
writeSection('bench-toolbar', table);
