// npm run bench:size — gzip and brotli bytes of each package entry and of four scenarios, each bundled
// with esbuild (minified, React external) plus the CSS it needs (tokens + the components' own files).
// Numbers go to docs/performance.md (zh-CN) and docs/performance.en-US.md. A benchmark, not a test: it never fails on a number.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { writeSection } from './perf-doc.mjs';
import { br, bundle, css, entries, gz, kb, scenarios, tokensCss } from './size-scenarios.mjs';

if (!existsSync('packages/react/dist/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const rows = [];
for (const s of scenarios) {
  const js = await bundle(s.js, s.id);
  const styles = css(...s.css);
  const totalGz = gz(js) + gz(styles);
  rows.push({ ...s, jsGz: gz(js), jsBr: br(js), cssGz: gz(styles), cssBr: br(styles), totalGz, totalBr: br(js) + br(styles) });
}

const entryRows = [];
for (const [name, src] of entries) {
  try {
    const js = await bundle(src, name.replace(/\W+/g, '_'));
    entryRows.push([name, js.length, gz(js), br(js)]);
  } catch (e) {
    entryRows.push([name, 0, 0, 0, e.message.split('\n')[0]]);
  }
}
for (const f of [tokensCss, 'packages/react/dist/styles.css', 'packages/widgets/dist/styles.css']) {
  if (existsSync(f)) {
    const b = readFileSync(f);
    entryRows.push([f.replace('packages/', '@yinfa/').replace('/dist/', '/'), b.length, gz(b), br(b)]);
  }
}

const date = new Date().toISOString().slice(0, 10);
/** The section's words in each language; the numbers and names are the same. */
const words = {
  'zh-CN': {
    stamp: `${date} 用 esbuild 测量（压缩、ESM、React 作为外部依赖、NODE_ENV=production）；CSS = tokens.css + \`@yinfa/react/css/\` 中各组件自己的样式表。`,
    scenarios: '场景（JS + CSS，不含 React）',
    entries: '包入口（JS 单独打包；CSS 文件按发布时的样子）',
    scenarioHead: '| 场景 | JS gzip | CSS gzip | **合计 gzip** | 合计 brotli | 目标 | 同类库（gzip KB） |',
    entryHead: '| 入口 | 压缩后 | gzip | brotli |',
    what: {
      S1: '一个 Button',
      S2: 'Button + TextField + Checkbox + RadioGroup + Select',
      S3: '一个 Button，点开一个有标题、正文和两个按钮的 Dialog',
      S4: '一个有标题、正文和关闭按钮的 Alert',
    },
    peers: (peers) => peers.replace(' unstyled', ' 无样式').replaceAll(', ', '、'),
    entry: (name) => name.replace(' (all exports)', '（全部导出）'),
    error: '出错',
  },
  'en-US': {
    stamp: `Measured ${date} with esbuild (minify, ESM, React external, NODE_ENV=production); CSS = tokens.css + each component's own stylesheet from \`@yinfa/react/css/\`.`,
    scenarios: 'Scenarios (JS + CSS, React excluded)',
    entries: 'Package entries (JS bundled alone; CSS files as shipped)',
    scenarioHead: '| scenario | JS gzip | CSS gzip | **total gzip** | total brotli | aim | peers (gzip KB) |',
    entryHead: '| entry | minified | gzip | brotli |',
    what: Object.fromEntries(scenarios.map((s) => [s.id, s.what])),
    peers: (peers) => peers,
    entry: (name) => name,
    error: 'error',
  },
};

function section(lang) {
  const w = words[lang];
  const what = (r) => {
    if (!w.what[r.id]) throw new Error(`bench-size: no ${lang} description of scenario ${r.id} (add it to words['${lang}'].what)`);
    return w.what[r.id];
  };
  const scenarioTable = [
    w.scenarioHead,
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...rows.map((r) => `| ${r.id}: ${what(r)} | ${kb(r.jsGz)} KB | ${kb(r.cssGz)} KB | **${kb(r.totalGz)} KB** | ${kb(r.totalBr)} KB | ≤ ${r.aim} KB ${r.totalGz / 1024 <= r.aim ? '✓' : '✗'} | ${w.peers(r.peers)} |`),
  ].join('\n');
  const entryTable = [
    w.entryHead,
    '| --- | ---: | ---: | ---: |',
    ...entryRows.map(([n, raw, g, b, err]) => (err ? `| ${w.entry(n)} | ${w.error}: ${err} | | |` : `| ${w.entry(n)} | ${kb(raw)} KB | ${kb(g)} KB | ${kb(b)} KB |`)),
  ].join('\n');
  return `${w.stamp}\n\n### ${w.scenarios}\n\n${scenarioTable}\n\n### ${w.entries}\n\n${entryTable}`;
}

const texts = { 'zh-CN': section('zh-CN'), 'en-US': section('en-US') };
console.log(texts['en-US']);
writeSection('bench-size', texts);
