// Package checks for every published package: publint (package.json and exports correctness) and
// @arethetypeswrong/cli (types resolve for node10, node16 CJS/ESM and bundlers). Needs a build first.
import { execFileSync } from 'node:child_process';
import { readdirSync, existsSync, readFileSync } from 'node:fs';

const packages = readdirSync('packages').filter((p) => existsSync(`packages/${p}/package.json`) && existsSync(`packages/${p}/dist`));
let failed = 0;
for (const p of packages) {
  const dir = `packages/${p}`;
  const manifest = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const name = manifest.name;
  // Stylesheets, JSON data and script-tag bundles (yinfa-elements.js) have no types to check.
  const assets = Object.keys(manifest.exports ?? {}).filter((k) => /\.(css|json|js)$|\*/.test(k) && k !== './package.json').map((k) => k.replace(/^\.\//, ''));
  for (const [label, cmd, args] of [
    ['publint', 'npx', ['publint', '--strict', dir]],
    // @yinfa/widgets has subpath-only exports: its typesVersions map gives node10 (moduleResolution "node") the
    // types. @yinfa/audit's ./checks subpath runs on Node ≥ 20: check the modern resolutions there.
    // @yinfa/elements is ESM-only by design (custom elements run in browsers).
    ['attw', 'npx', ['attw', '--pack', dir, '--format', 'table-flipped', ...(assets.length ? ['--exclude-entrypoints', ...assets] : []), ...(p === 'audit' ? ['--profile', 'node16'] : p === 'elements' ? ['--profile', 'esm-only'] : [])]],
  ]) {
    try {
      execFileSync(cmd, args, { stdio: 'pipe', encoding: 'utf8' });
      console.log(`✓ ${label} ${name}`);
    } catch (e) {
      failed++;
      console.log(`✗ ${label} ${name}\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    }
  }
}
console.log(`package checks: ${packages.length * 2 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
