/**
 * Third-party licences of the tsup bundles (needs a build): every npm package whose code is in a package's
 * dist/ (by its source maps) is listed with its licence text in that package's THIRD-PARTY-NOTICES.md, the
 * tarball ships that file (scripts/check-pack.mjs allows it), and tsup keeps legal comments. @yinfa/elements'
 * esbuild scripts ship the same file, from the same generator, in dist/.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledInto, bundledPackages, noticesFor } from '../../scripts/third-party-notices.mjs';

const tsupBuilt = readdirSync('packages').filter((p) => existsSync(`packages/${p}/dist`) && readdirSync(`packages/${p}/dist`, { recursive: true }).some((f) => String(f).endsWith('.map')));

describe('third-party notices', () => {
  it('finds bundled packages in source-map paths, scoped names included', () => {
    expect(bundledPackages(['../src/a.ts', '../../../node_modules/@radix-ui/react-dialog/dist/index.mjs', '../../node_modules/gcoord/dist/gcoord.esm.js', 'node_modules/gcoord/x.js'])).toEqual(['@radix-ui/react-dialog', 'gcoord']);
    expect(bundledPackages(['../src/button/Button.tsx'])).toEqual([]);
  });

  it('writes each bundled package with its version, licence and licence text', () => {
    const text = noticesFor(['gcoord']);
    expect(text).toMatch(/## gcoord@\d+\.\d+\.\d+ — MIT/);
    expect(text).toContain('Permission is hereby granted');
  });

  it('every tsup bundle lists exactly the third-party code it contains', () => {
    expect(tsupBuilt.length, 'run npm run build first').toBeGreaterThanOrEqual(3);
    for (const folder of tsupBuilt) {
      const names = bundledInto(folder);
      const file = `packages/${folder}/THIRD-PARTY-NOTICES.md`;
      if (!names.length) {
        expect(existsSync(file), `${file} is stale: nothing third-party is bundled (node scripts/third-party-notices.mjs)`).toBe(false);
        continue;
      }
      expect(existsSync(file), `${folder} bundles ${names.join(', ')}: run node scripts/third-party-notices.mjs`).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe(noticesFor(names));
    }
  });

  it('@yinfa/elements ships the same notices file, from the same generator, beside its scripts', () => {
    const file = 'packages/elements/dist/THIRD-PARTY-NOTICES.md';
    expect(existsSync(file), 'build first: node packages/elements/build.mjs').toBe(true);
    const text = readFileSync(file, 'utf8');
    const names = [...text.matchAll(/^## ((?:@[^/\s]+\/)?[^@\s]+)@/gm)].map((m) => m[1]!);
    expect(names).toEqual(expect.arrayContaining(['preact', 'leaflet', 'gcoord']));
    // The scripts' dialogs are native <dialog> (native-dialog.tsx): no Radix code in them, so no Radix notice.
    expect(names.filter((n) => n.startsWith('@radix-ui/'))).toEqual([]);
    const about = text.split('\n')[2]!.replace(/ contains code from the packages below\.$/, '');
    expect(text).toBe(noticesFor(names, { about }));
    expect(readFileSync('packages/elements/dist/yinfa-elements.js', 'utf8')).toMatch(/^\/\*! [^\n]*THIRD-PARTY-NOTICES\.md \*\//);
  });

  it('tsup keeps legal comments', () => {
    expect(readFileSync('tsup.config.ts', 'utf8')).toMatch(/legalComments = 'eof'/);
  });
});
