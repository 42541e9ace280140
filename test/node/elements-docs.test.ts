/**
 * The one-line loader snippet that docs/elements.md and docs/elements.en-US.md lead with carries the
 * integrity of the built dist/yinfa.js (it changes only when the loader, the tag list or the version does).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifestFile = path.join(process.env.YINFA_ELEMENTS_DIST ?? path.join(root, 'packages/elements/dist'), 'manifest.json');

describe('docs: the loader snippet', () => {
  for (const doc of ['docs/elements.md', 'docs/elements.en-US.md']) {
    it(`${doc} leads with <script src=".../yinfa.js" integrity> matching dist/manifest.json`, () => {
      expect(existsSync(manifestFile), 'build first: node packages/elements/build.mjs').toBe(true);
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { files: Record<string, { integrity: string }> };
      const text = readFileSync(path.join(root, doc), 'utf8');
      const firstScript = text.match(/<script [^>]*>/)?.[0] ?? '';
      expect(firstScript).toMatch(/src="[^"]*\/yinfa\.js"/);
      expect(firstScript).toContain(`integrity="${manifest.files['yinfa.js']!.integrity}"`);
    });
  }
});
