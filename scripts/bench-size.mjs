// npm run bench:size — gzip and brotli bytes of each package entry and of four scenarios, each bundled
// with esbuild (minified, React external) plus the CSS it needs (tokens + the components' own files).
// Numbers go to docs/performance.md. A benchmark, not a test: it never fails on a number.
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
