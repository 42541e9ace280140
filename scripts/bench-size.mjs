// npm run bench:size — gzip and brotli bytes of each package entry and of four scenarios, each bundled
// with esbuild (minified, React external) plus the CSS it needs (tokens + the components' own files).
// Numbers go to docs/performance.md. A benchmark, not a test: it never fails on a number.
import { build } from 'esbuild';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { writeSection } from './perf-doc.mjs';

if (!existsSync('packages/react/dist/index.js')) execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => (n / 1024).toFixed(1);
const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-size-'));
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client'];

async function bundle(source, name) {
  const entry = path.join(dir, `${name}.jsx`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    jsx: 'automatic',
    external: EXTERNAL,
    nodePaths: [path.resolve('node_modules')],
    absWorkingDir: process.cwd(),
    // Resolve @yinfa/* through the packages' exports maps (dist), as an app would — not the source paths.
    tsconfig: 'tsconfig.build.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return Buffer.from(result.outputFiles[0].contents);
}

const css = (...files) => Buffer.concat(files.map((f) => readFileSync(f)));
const tokensCss = 'packages/tokens/dist/tokens.css';
const rc = (name) => `packages/react/dist/css/${name}.css`;

const scenarios = [
  {
    id: 'S1',
    what: 'one Button',
    aim: 6,
    peers: 'react-aria-components 12.8, MUI 37.5, antd 56.5',
    js: `import { Button } from '@yinfa/react'; export const App = () => <Button>确认</Button>;`,
    css: [tokensCss, rc('base'), rc('spinner'), rc('button')],
  },
  {
    id: 'S2',
    what: 'Button + TextField + Checkbox + RadioGroup + Select',
    aim: 20,
    peers: 'Radix 35.1, react-aria-components 61.5, antd 121.5',
    js: `import { Button, TextField, Checkbox, RadioGroup, Select } from '@yinfa/react';
export const App = () => <form><TextField label="姓名" /><Checkbox label="同意" />
<RadioGroup label="服务" options={[{ value: 'a', label: '助餐' }]} /><Select label="区县" options={[{ value: 'h', label: '海州区' }]} /><Button type="submit">提交</Button></form>;`,
    css: [tokensCss, rc('base'), rc('spinner'), rc('button'), rc('field'), rc('checkbox'), rc('radio-group'), rc('select')],
  },
  {
    id: 'S3',
    what: 'a Button that opens a Dialog with a title, text and two buttons',
    aim: 18,
    peers: 'Radix 13.9 unstyled, react-aria-components 28.0, MUI 47.2',
    js: `import { Button, Dialog, DialogClose } from '@yinfa/react';
export const App = () => <Dialog trigger={<Button>打开</Button>} title="确认" description="确定要这样做吗？"
footer={<><Button>确定</Button><DialogClose asChild><Button variant="secondary">取消</Button></DialogClose></>} />;`,
    css: [tokensCss, rc('base'), rc('spinner'), rc('button'), rc('icon-button'), rc('dialog')],
  },
  {
    id: 'S4',
    what: 'an Alert with a title, text and a close button',
    aim: 6,
    peers: 'react-aria-components 13.1, antd 36.6',
    js: `import { Alert } from '@yinfa/react'; export const App = () => <Alert title="提示" onDismiss={() => {}}>内容</Alert>;`,
    css: [tokensCss, rc('base'), rc('alert')],
  },
];

const rows = [];
for (const s of scenarios) {
  const js = await bundle(s.js, s.id);
  const styles = css(...s.css);
  const totalGz = gz(js) + gz(styles);
  rows.push({ ...s, jsGz: gz(js), jsBr: br(js), cssGz: gz(styles), cssBr: br(styles), totalGz, totalBr: br(js) + br(styles) });
}

const entries = [
  ['@yinfa/core (all exports)', `export * from '@yinfa/core';`],
  ['@yinfa/react (all exports)', `export * from '@yinfa/react';`],
  ['@yinfa/widgets/service-booking', `export * from '@yinfa/widgets/service-booking';`],
  ['@yinfa/widgets/fraud', `export * from '@yinfa/widgets/fraud';`],
  ['@yinfa/widgets/meal-map', `export * from '@yinfa/widgets/meal-map';`],
];
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

const scenarioTable = [
  '| scenario | JS gzip | CSS gzip | **total gzip** | total brotli | aim | peers (gzip KB) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.id}: ${r.what} | ${kb(r.jsGz)} KB | ${kb(r.cssGz)} KB | **${kb(r.totalGz)} KB** | ${kb(r.totalBr)} KB | ≤ ${r.aim} KB ${r.totalGz / 1024 <= r.aim ? '✓' : '✗'} | ${r.peers} |`),
].join('\n');
const entryTable = [
  '| entry | minified | gzip | brotli |',
  '| --- | ---: | ---: | ---: |',
  ...entryRows.map(([n, raw, g, b, err]) => (err ? `| ${n} | error: ${err} | | |` : `| ${n} | ${kb(raw)} KB | ${kb(g)} KB | ${kb(b)} KB |`)),
].join('\n');

const stamp = `Measured ${new Date().toISOString().slice(0, 10)} with esbuild (minify, ESM, React external, NODE_ENV=production); CSS = tokens.css + each component's own stylesheet from \`@yinfa/react/css/\`.`;
console.log(`${stamp}\n\n${scenarioTable}\n\n${entryTable}`);
writeSection('bench-size', `${stamp}\n\n### Scenarios (JS + CSS, React excluded)\n\n${scenarioTable}\n\n### Package entries (JS bundled alone; CSS files as shipped)\n\n${entryTable}`);
