// `npm test`: everything, in order — Chromium check, typecheck, lint, build, all Vitest projects
// (Node units and SSR, jsdom units, every story in Chromium with axe, browser tests incl. the mode audit),
// then publint + attw on the built packages and `npm pack` of each (contents, metadata, sizes). Ends with one plain summary line.
// `npm run test:quick` (`--quick`): build, typecheck, lint and the Node and jsdom projects only — a few minutes, no Chromium —
// for iterating; `npm test` is still what must pass before a commit lands.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

const steps = [
  ['chromium', 'node', ['scripts/ensure-chromium.mjs']],
  // Build first: generated entries (e.g. @yinfa/tokens/presets/antd) have their types only in dist/.
  ['build', 'node', ['scripts/build.mjs']],
  ['typecheck', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings', '0']],
  // One Vitest project at a time: on two cores, jsdom suites and two Chromiums at once starve each other.
  ...['node', 'unit', 'unit-react18', 'storybook', 'browser', 'audit'].map((project) => [
    `vitest ${project}`,
    'npx',
    ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=.vitest-results/${project}.json`],
  ]),
  ['packages', 'node', ['scripts/check-packages.mjs']],
  ['npm pack', 'node', ['scripts/check-pack.mjs']],
  ['size', 'node', ['scripts/check-size.mjs']],
  // Packs every package into scratch Vite (React 19, React 18.3, Vue 3) and Next.js apps, builds and checks them in Chromium.
  ['fresh apps', 'node', ['scripts/fresh-apps.mjs']],
];

const QUICK = new Set(['build', 'typecheck', 'lint', 'vitest node', 'vitest unit']);
const quick = process.argv.includes('--quick');
const results = [];
rmSync('.vitest-results', { recursive: true, force: true });
for (const [name, cmd, args] of steps.filter(([name]) => !quick || QUICK.has(name))) {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '1' } });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  if (!ok && (name === 'chromium' || name === 'build')) break; // later steps need these
}

let passed = 0;
let failed = 0;
if (existsSync('.vitest-results')) {
  for (const file of readdirSync('.vitest-results')) {
    const json = JSON.parse(readFileSync(`.vitest-results/${file}`, 'utf8'));
    passed += json.numPassedTests ?? 0;
    failed += json.numFailedTests ?? 0;
  }
}
const stepFailures = results.filter((r) => !r.ok);
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.name} (${r.seconds}s)`);
if (stepFailures.length && failed === 0) failed = stepFailures.length;
console.log(`${passed} passed, ${failed} failed`);
process.exit(stepFailures.length ? 1 : 0);
