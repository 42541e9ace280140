// The size scenarios S1–S4 and the package entries, bundled the way an app bundles them (esbuild, minified, ESM,
// React external, NODE_ENV=production, @yinfa/* through the packages' exports maps), for npm run bench:size
// (numbers in docs/performance.md) and scripts/check-size.mjs (budgets that fail npm test).
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gz = (buf) => gzipSync(buf, { level: 9 }).length;
export const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
export const kb = (n) => (n / 1024).toFixed(1);
const dir = mkdtempSync(path.join(tmpdir(), 'yinfa-size-'));
// pinyin-pro and opencc-js load only when a user picks 拼音 or 繁体 captions (a chunk of their own in any app;
// yinfa-pinyin.js / yinfa-traditional.js for the script toolbar, sized in docs/performance.md), so they stay out.
const EXTERNAL = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'pinyin-pro', 'opencc-js/*'];

/** JS and the CSS its imports pull in (the browser build's component modules import their own stylesheets). */
export async function bundleApp(source, name) {
  const entry = path.join(dir, `${name}.jsx`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    outdir: path.join(dir, `${name}-out`),
    jsx: 'automatic',
    external: [...EXTERNAL, '*.png', '*.svg'],
    nodePaths: [path.resolve('node_modules')],
    absWorkingDir: process.cwd(),
    // Resolve @yinfa/* through the packages' exports maps (dist), as an app would — not the source paths.
    tsconfig: 'tsconfig.build.json',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  const out = (ext) => Buffer.concat(result.outputFiles.filter((f) => f.path.endsWith(ext)).map((f) => Buffer.from(f.contents)));
  return { js: out('.js'), css: out('.css') };
}

/** The JS alone. */
export async function bundle(source, name) {
  return (await bundleApp(source, name)).js;
}

export const css = (...files) => Buffer.concat(files.map((f) => readFileSync(f)));
export const tokensCss = 'packages/tokens/dist/tokens.css';
export const rc = (name) => `packages/react/dist/css/${name}.css`;

export const scenarios = [
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


/** Every package entry, bundled alone. */
export const entries = [
  ['@yinfa/core (all exports)', `export * from '@yinfa/core';`],
  ['@yinfa/react (all exports)', `export * from '@yinfa/react';`],
  ['@yinfa/widgets/service-booking', `export * from '@yinfa/widgets/service-booking';`],
  ['@yinfa/widgets/fraud', `export * from '@yinfa/widgets/fraud';`],
  ['@yinfa/widgets/meal-map', `export * from '@yinfa/widgets/meal-map';`],
];

/**
 * An app's production build with Vite (rolldown, the `browser` condition, tree shaking that drops the stylesheets of
 * unused side-effect-free modules; esbuild keeps every CSS file in the import graph). Returns gzip bytes of the JS and CSS.
 * The entry sits in .cache/size/ inside the checkout so @yinfa/* resolve through node_modules as in an app.
 */
export async function viteAppSize(source) {
  const { build: viteBuild } = await import('vite');
  mkdirSync('.cache/size', { recursive: true });
  const at = mkdtempSync(path.resolve('.cache/size/s-'));
  const entry = path.join(at, 'entry.jsx');
  writeFileSync(entry, source);
  const out = await viteBuild({
    configFile: false,
    root: at,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, cssCodeSplit: false, rolldownOptions: { input: entry, external: [/^react($|\/)/, /^react-dom($|\/)/], preserveEntrySignatures: 'strict' } },
  });
  let js = 0;
  let cssBytes = 0;
  for (const o of (Array.isArray(out) ? out[0] : out).output) {
    const bytes = gz(Buffer.from(o.type === 'chunk' ? o.code : o.source));
    if (o.fileName.endsWith('.css')) cssBytes += bytes;
    else if (o.fileName.endsWith('.js')) js += bytes;
  }
  return { js, css: cssBytes };
}
