// `npm pack --dry-run` for every package under packages/ (new ones are picked up by themselves), after a
// build. Fails when a package would not survive a first publish or ships what it should not:
//   - metadata: license, repository (the root package.json's, with its directory), homepage and bugs under it,
//     publishConfig (public, provenance),
//     a prepack build, engines.node;
//   - README.md (zh-CN) linking README.en-US.md, and LICENSE equal to the root LICENSE, all in the tarball;
//   - every file an `exports`, `main`/`module`/`types` or `typesVersions` entry names is in the tarball
//     (a `*` pattern must match at least one file);
//   - nothing else: every packed file is package.json, a README, LICENSE, CHANGELOG.md, a THIRD-PARTY-NOTICES
//     file, under dist/, or reachable through an exports entry — so src/, tests, stories and screenshots never leak.
// Prints the size of every tarball. `node scripts/check-pack.mjs [package-folder…]`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const ROOT_LICENSE = readFileSync('LICENSE', 'utf8');
// The one repository address (root package.json): every package's repository, homepage and bugs must name it,
// so moving the project is one edit plus the replace in docs/releasing.md, and no package is left pointing elsewhere.
const ROOT_REPOSITORY = JSON.parse(readFileSync('package.json', 'utf8')).repository?.url ?? '';
const REPOSITORY_WEB = ROOT_REPOSITORY.replace(/^git\+/, '').replace(/\.git$/, '');
const only = process.argv.slice(2);
const folders = readdirSync('packages')
  .filter((p) => existsSync(`packages/${p}/package.json`))
  .filter((p) => !only.length || only.includes(p));

const META_FILES = /^(package\.json|README(\.[\w-]+)?\.md|LICENSE|CHANGELOG\.md|THIRD-PARTY-NOTICES(\.[\w-]+)?)$/;
const NEVER = /(^|\/)(src|tests?|__tests__|__screenshots__|coverage|node_modules)\/|\.(test|spec|stories|browser\.test)\.[cm]?[jt]sx?$|\.tsbuildinfo$|\.tgz$/;

/** Every string target in an exports map (conditions flattened), with the subpath it belongs to. */
function targets(exp, key = '.') {
  if (typeof exp === 'string') return [[key, exp]];
  if (Array.isArray(exp)) return exp.flatMap((e) => targets(e, key));
  if (exp && typeof exp === 'object') {
    return Object.entries(exp).flatMap(([k, v]) => targets(v, k.startsWith('.') ? k : key));
  }
  return [];
}

const patternToRegExp = (target) =>
  new RegExp(`^${target.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.+')}$`);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const problems = [];
const rows = [];

for (const folder of folders) {
  const dir = `packages/${folder}`;
  const m = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  if (m.private) continue;
  const fail = (what) => problems.push(`${m.name}: ${what}`);

  // ---- metadata ----
  if (!m.license) fail('no "license"');
  if (!m.repository?.url || m.repository?.directory !== dir) fail(`"repository" needs url and "directory": "${dir}"`);
  else if (m.repository.url !== ROOT_REPOSITORY) fail(`"repository.url" is ${m.repository.url}, not the root package.json's ${ROOT_REPOSITORY}`);
  if (!m.homepage) fail('no "homepage"');
  else if (!m.homepage.startsWith(`${REPOSITORY_WEB}/`)) fail(`"homepage" ${m.homepage} is not under ${REPOSITORY_WEB}`);
  if (!m.bugs?.url) fail('no "bugs.url"');
  else if (m.bugs.url !== `${REPOSITORY_WEB}/issues`) fail(`"bugs.url" ${m.bugs.url} is not ${REPOSITORY_WEB}/issues`);
  if (m.publishConfig?.access !== 'public') fail('"publishConfig.access" must be "public" (scoped packages are private by default)');
  if (m.publishConfig?.provenance !== true) fail('"publishConfig.provenance" must be true');
  if (!m.scripts?.prepack) fail('no "prepack" script: a publish from a clean clone would ship no dist/');
  if (!m.engines?.node) fail('no "engines.node"');
  for (const [dep, range] of Object.entries(m.dependencies ?? {})) {
    if (!dep.startsWith('@yinfa/')) continue;
    const sibling = folders.map((f) => JSON.parse(readFileSync(`packages/${f}/package.json`, 'utf8'))).find((s) => s.name === dep);
    if (sibling && range !== sibling.version) fail(`depends on ${dep}@${range} but the workspace has ${sibling.version} (changesets bumps them together)`);
  }
  for (const f of ['README.md', 'README.en-US.md', 'LICENSE']) if (!existsSync(`${dir}/${f}`)) fail(`no ${f} in ${dir}`);
  if (existsSync(`${dir}/LICENSE`) && readFileSync(`${dir}/LICENSE`, 'utf8') !== ROOT_LICENSE) fail('LICENSE differs from the root LICENSE');
  if (existsSync(`${dir}/README.md`) && !readFileSync(`${dir}/README.md`, 'utf8').includes('README.en-US.md')) fail('README.md does not link README.en-US.md');
  if (!existsSync(`${dir}/dist`)) {
    fail('no dist/ — run `npm run build` first');
    continue;
  }

  // ---- the tarball ----
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  const files = pack.files.map((f) => f.path);
  const has = new Set(files);
  for (const f of ['README.md', 'README.en-US.md', 'LICENSE']) if (!has.has(f)) fail(`${f} is not in the tarball`);

  const named = [
    ...targets(m.exports ?? {}),
    ...['main', 'module', 'types'].filter((k) => m[k]).map((k) => [k, m[k]]),
    // Command-line tools (`bin`) ship their script too.
    ...Object.entries(typeof m.bin === 'string' ? { [m.name]: m.bin } : (m.bin ?? {})).map(([k, t]) => [`bin ${k}`, t]),
    ...Object.entries(m.typesVersions ?? {}).flatMap(([, map]) => Object.entries(map).flatMap(([k, list]) => list.map((t) => [`typesVersions ${k}`, t]))),
  ];
  const reachable = [];
  for (const [key, target] of named) {
    const re = patternToRegExp(target);
    reachable.push(re);
    const matches = files.filter((f) => re.test(f));
    if (!matches.length) fail(`${key} → ${target}: no such file in the tarball`);
  }
  for (const f of files) {
    if (NEVER.test(f)) fail(`ships ${f} (sources, tests or stories do not belong in the package)`);
    else if (!META_FILES.test(f) && !f.startsWith('dist/') && !reachable.some((re) => re.test(f))) fail(`ships ${f}, which no exports entry names`);
  }
  rows.push([m.name, pack.entryCount, pack.size, pack.unpackedSize]);
}

console.log('| package | files | tarball | unpacked |\n| --- | ---: | ---: | ---: |');
for (const [name, count, size, unpacked] of rows) console.log(`| ${name} | ${count} | ${kb(size)} | ${kb(unpacked)} |`);
if (problems.length) {
  console.log(`\n✗ npm pack: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`\n✓ npm pack: ${rows.length} packages list README, LICENSE and built files only; every exports target exists`);
