// CSS for @yinfa/react and @yinfa/widgets: one bundled styles.css (imports inlined) and each component's
// file alone under dist/css/, for pages that use only a few components. Plain CSS, no runtime.
import { build } from 'esbuild';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

async function cssFiles(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await cssFiles(p)));
    else if (entry.name.endsWith('.css') && entry.name !== 'styles.css') out.push(p);
  }
  return out;
}

for (const pkg of ['react', 'widgets']) {
  const src = `packages/${pkg}/src`;
  const dist = `packages/${pkg}/dist`;
  await build({ entryPoints: [`${src}/styles.css`], bundle: true, outfile: `${dist}/styles.css`, logLevel: 'warning', external: ['*.png', '*.svg'] });
  await mkdir(`${dist}/css`, { recursive: true });
  const files = await cssFiles(src);
  for (const f of files) await copyFile(f, `${dist}/css/${path.basename(f)}`);
  console.log(`@yinfa/${pkg}: styles.css + ${files.length} component stylesheets`);
}
