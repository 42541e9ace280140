// `npm run bench:audit`: one page × 2 viewports × 2 modes × 2 text scales (8 configurations) through the built
// @yinfa/audit, every check on, screenshots on; three runs, median written to docs/performance.md
// and docs/performance.en-US.md.
// Needs `node scripts/build.mjs` first. A benchmark, not a test assertion (the aim is under ~20 s on 2 cores).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeSection } from '../../scripts/perf-doc.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { auditDetailed } = await import(pathToFileURL(path.join(here, 'dist/index.js')).href);
const page = path.join(here, '../../test/audit/fixtures/clean.html');

const runs = [];
let last;
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  last = await auditDetailed([page], { port: 4345 });
  runs.push((performance.now() - t) / 1000);
}
runs.sort((a, b) => a - b);
const median = runs[1];
const chromium = execFileSync(last.chromium, ['--version'], { encoding: 'utf8' }).trim();
const aim = 20;
const date = new Date().toISOString().slice(0, 10);
const n = last.pages.length;
const cells = `${runs.map((r) => r.toFixed(1)).join(' / ')} | **${median.toFixed(1)} s** | ${(median / n).toFixed(1)} s | < ${aim} s ${median < aim ? '✓' : '✗'}`;
const texts = {
  'zh-CN': `## \`@yinfa/audit\`（\`npm run bench:audit\`）

${date} 用 ${chromium} 测量：一个示例页面（\`test/audit/fixtures/clean.html\`）按 ${n} 种配置检查
（1280×800 和 390×844 × 标准和长辈 × 100% 和 200% 文字），所有检查都打开（含 axe 和键盘遍历），
每轮只启动一次浏览器。测量时两个核心上还有别的任务：仅供参考。

| 各轮（秒） | **中位数** | 每种配置 | 目标 |
| --- | ---: | ---: | ---: |
| ${cells} |`,
  'en-US': `## \`@yinfa/audit\` (\`npm run bench:audit\`)

Measured ${date} with ${chromium}: one fixture page (\`test/audit/fixtures/clean.html\`) checked in
${n} configurations (1280×800 and 390×844 × standard and elder × 100 % and 200 % text), every check on (axe and the
keyboard walk included), one browser launch per run. Taken while other work shared the two cores: indicative only.

| runs (s) | **median** | per configuration | aim |
| --- | ---: | ---: | ---: |
| ${cells} |`,
};
writeSection('bench-audit', texts);
console.log(texts['en-US']);
