// Third-party notices: the one generator for every package that bundles someone else's code, one file name,
// THIRD-PARTY-NOTICES.md, one format (each package's name, version, licence and licence text, read from the package).
//   - tsup bundles: finds every npm package whose code a package's dist/ contains (from the source maps' "sources")
//     and writes packages/<p>/THIRD-PARTY-NOTICES.md, or removes a stale file when nothing third-party is bundled
//     (today only @yinfa/audit bundles any). tsup also keeps legal comments (`legalComments: 'eof'`).
//     `node scripts/third-party-notices.mjs` after a build.
//   - @yinfa/elements' script-tag files (esbuild, no source maps): packages/elements/build.mjs lists the packages
//     from esbuild's metafiles and writes dist/THIRD-PARTY-NOTICES.md beside the scripts with noticesFor().
// test/node/licences.test.ts fails when a dist/ and its notices disagree.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const walk = (dir) => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)])) : []);

/** npm package names found in source-map `sources` paths (…/node_modules/<name>/…), sorted. */
export function bundledPackages(sources) {
  const names = new Set();
  for (const s of sources) {
    const m = s.replace(/\\/g, '/').match(/.*node_modules\/((?:@[^/]+\/)?[^/]+)\//);
    if (m) names.add(m[1]);
  }
  return [...names].sort();
}

/** The third-party packages bundled into packages/<folder>/dist. */
export function bundledInto(folder) {
  const sources = walk(`packages/${folder}/dist`)
    .filter((f) => f.endsWith('.map'))
    .flatMap((f) => JSON.parse(readFileSync(f, 'utf8')).sources ?? []);
  return bundledPackages(sources);
}

/**
 * The notices text for a list of packages, resolved from `root`'s node_modules (default: the working directory).
 * `about` says what contains the code (default: this package's dist/).
 */
export function noticesFor(names, { root = '.', about = "This package's dist/" } = {}) {
  const parts = names.map((name) => {
    const dir = path.join(root, 'node_modules', name);
    const m = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.|$)/i.test(f));
    const text = file ? readFileSync(path.join(dir, file), 'utf8').trim() : `${m.license} (no licence file in the package)`;
    return `## ${name}@${m.version} — ${m.license}\n\n\`\`\`\n${text}\n\`\`\``;
  });
  return `# Third-party notices\n\n${about} contains code from the packages below.\n\n${parts.join('\n\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const folder of readdirSync('packages').filter((p) => existsSync(`packages/${p}/package.json`))) {
    const file = `packages/${folder}/THIRD-PARTY-NOTICES.md`;
    if (!walk(`packages/${folder}/dist`).some((f) => f.endsWith('.map'))) {
      console.log(`@yinfa/${folder}: no source maps (not a tsup bundle: @yinfa/elements writes its own with noticesFor), skipped`);
      continue;
    }
    const names = bundledInto(folder);
    if (names.length) writeFileSync(file, noticesFor(names));
    else rmSync(file, { force: true });
    console.log(`@yinfa/${folder}: ${names.length ? names.join(', ') : 'no third-party code bundled'}`);
  }
}
