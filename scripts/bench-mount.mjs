// npm run bench:mount — mounts 1,000 Yinfa Buttons and 1,000 plain <button> elements (both through React)
// in headless Chromium, timing from before render to after two animation frames; 7 interleaved runs each,
// medians and their ratio go to docs/performance.md and docs/performance.en-US.md. A benchmark, not a test.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';
import { writeSection } from './perf-doc.mjs';

const RUNS = 7;
const COUNT = 1000;
const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-mount-'));
const entry = path.join(dir, 'entry.jsx');
writeFileSync(
  entry,
  `import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { Button, YinfaProvider } from '@yinfa/react';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
async function time(kind) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  const items = Array.from({ length: ${COUNT} }, (_, i) => i);
  const t0 = performance.now();
  flushSync(() => root.render(kind === 'yinfa'
    ? <YinfaProvider>{items.map((i) => <Button key={i}>按钮 {i}</Button>)}</YinfaProvider>
    : <div>{items.map((i) => <button key={i} type="button">按钮 {i}</button>)}</div>));
  await frames();
  const ms = performance.now() - t0;
  root.unmount();
  host.remove();
  return ms;
}
window.runBench = async (runs) => {
  const out = { yinfa: [], plain: [] };
  await time('plain'); await time('yinfa'); // warm-up: JIT and style caches
  for (let i = 0; i < runs; i++) {
    out.plain.push(await time('plain'));
    out.yinfa.push(await time('yinfa'));
  }
  return out;
};`,
);
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  write: false,
  jsx: 'automatic',
  nodePaths: [path.resolve('node_modules')],
  absWorkingDir: process.cwd(),
  tsconfig: 'tsconfig.build.json',
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
const js = result.outputFiles[0].text;
const css = ['packages/tokens/dist/tokens.css', 'packages/react/dist/styles.css'].map((f) => readFileSync(f, 'utf8')).join('\n');

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
const page = await browser.newPage();
await page.setContent(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`);
await page.addScriptTag({ content: js });
const runs = await page.evaluate((n) => window.runBench(n), RUNS);
await browser.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const y = median(runs.yinfa);
const p = median(runs.plain);
const ratio = y / p;
const date = new Date().toISOString().slice(0, 10);
const all = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
const mark = ratio <= 2 ? '✓' : '✗';
const texts = {
  'zh-CN': [
    `${date} 测量：每轮 ${COUNT} 个元素，先预热一次，再交替跑 ${RUNS} 轮；无界面 Chromium，React 生产构建，已加载样式。`,
    '',
    '| 内容 | 中位数 | 每轮（ms） |',
    '| --- | ---: | --- |',
    `| 1,000 个普通 \`<button>\`（React） | ${p.toFixed(1)} ms | ${all(runs.plain)} |`,
    `| 1,000 个银发 \`<Button>\` | ${y.toFixed(1)} ms | ${all(runs.yinfa)} |`,
    `| **倍数** | **${ratio.toFixed(2)}×** | 目标 ≤ 2× ${mark}；测过的同类库为 3.1× 到 6.2× |`,
  ].join('\n'),
  'en-US': [
    `Measured ${date}: ${COUNT} elements per run, ${RUNS} interleaved runs after one warm-up, headless Chromium, React production build, styles loaded.`,
    '',
    '| what | median | all runs (ms) |',
    '| --- | ---: | --- |',
    `| 1,000 plain \`<button>\` (React) | ${p.toFixed(1)} ms | ${all(runs.plain)} |`,
    `| 1,000 Yinfa \`<Button>\` | ${y.toFixed(1)} ms | ${all(runs.yinfa)} |`,
    `| **ratio** | **${ratio.toFixed(2)}×** | aim ≤ 2× ${mark}; peers measured 3.1× to 6.2× |`,
  ].join('\n'),
};
console.log(texts['en-US']);
writeSection('bench-mount', texts);
