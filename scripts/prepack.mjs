// `prepack` of every package (npm pack / npm publish run it in the package's folder): builds the
// packages from the repository root unless this package's dist/ is newer than every source file it is
// built from (its own and its internal dependencies'), so a publish from a clean clone never ships an
// empty package and `changeset publish` does not rebuild once per package.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const here = process.cwd();
const manifest = JSON.parse(readFileSync(path.join(here, 'package.json'), 'utf8'));

/** Newest (max) or oldest (min) mtime of the files under dir. */
function mtimes(dir, pick) {
  let out = pick === 'max' ? 0 : Infinity;
  if (!existsSync(dir)) return pick === 'max' ? 0 : -Infinity;
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name === 'node_modules') continue;
    const p = path.join(dir, d.name);
    const t = d.isDirectory() ? mtimes(p, pick) : statSync(p).mtimeMs;
    out = pick === 'max' ? Math.max(out, t) : Math.min(out, t);
  }
  return out;
}

const folderOf = (name) => readdirSync(path.join(root, 'packages')).find((p) => {
  const f = path.join(root, 'packages', p, 'package.json');
  return existsSync(f) && JSON.parse(readFileSync(f, 'utf8')).name === name;
});
const internal = Object.keys(manifest.dependencies ?? {}).filter((d) => d.startsWith('@yinfa/')).map(folderOf).filter(Boolean);
const sources = [path.basename(here), ...internal].flatMap((p) => ['src', 'tokens', 'build.mjs'].map((s) => path.join(root, 'packages', p, s)));
const newestSource = Math.max(...sources.map((s) => (existsSync(s) && statSync(s).isFile() ? statSync(s).mtimeMs : mtimes(s, 'max'))));
const oldestBuilt = mtimes(path.join(here, 'dist'), 'min');

if (Number.isFinite(oldestBuilt) && oldestBuilt > newestSource) {
  console.log(`${manifest.name}: dist/ is up to date`);
} else {
  console.log(`${manifest.name}: building the packages (dist/ missing or older than the sources)`);
  execFileSync('node', ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
}
