// Builds @yinfa/audit (run from the repository root, or anywhere):
//   dist/index.{js,cjs,d.ts}          the Node API audit(targets, options) — Playwright drives Chromium
//   dist/cli.js                       the yinfa-audit command
//   dist/checks/index.{js,cjs,d.ts}   the in-page checks as a module (Yinfa's story audit imports them)
//   dist/checks.global.js             the same checks as one script the CLI injects into each page
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { build } from 'tsup';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const dist = path.join(here, 'dist');
rmSync(dist, { recursive: true, force: true });

const common = {
  config: false,
  format: ['esm', 'cjs'],
  tsconfig: path.join(root, 'tsconfig.build.json'),
  outDir: dist,
  sourcemap: true,
  target: 'es2022',
  silent: true,
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
  dts: { compilerOptions: { composite: false } },
};

await build({ ...common, entry: { 'checks/index': path.join(here, 'src/checks/index.ts') }, platform: 'neutral', external: [/^@yinfa\//] });
await build({
  ...common,
  entry: { index: path.join(here, 'src/index.ts') },
  platform: 'node',
  shims: true,
  dts: { compilerOptions: { composite: false, types: ['node'] } },
  external: [/^@yinfa\//, 'playwright-core', 'axe-core'],
});
if (existsSync(path.join(here, "src/node/cli.ts"))) {
// The CLI: ESM only, with a shebang; it imports the API from ./index.js.
await esbuild.build({
  entryPoints: [path.join(here, 'src/node/cli.ts')],
  outfile: path.join(dist, 'cli.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: '#!/usr/bin/env node' },
  plugins: [{ name: 'api-external', setup: (b) => b.onResolve({ filter: /^\.\.\/index$/ }, () => ({ path: './index.js', external: true })) }],
  external: ['playwright-core', 'axe-core', '@yinfa/*'],
  logLevel: 'warning',
});
}
// One script for page.addScriptTag: window.YinfaAudit with every check, @yinfa/core bundled in.
await esbuild.build({
  entryPoints: [path.join(here, 'src/checks/index.ts')],
  outfile: path.join(dist, 'checks.global.js'),
  bundle: true,
  format: 'iife',
  globalName: 'YinfaAudit',
  platform: 'browser',
  target: 'es2020',
  minify: true,
  logLevel: 'warning',
});
console.log('@yinfa/audit built');
