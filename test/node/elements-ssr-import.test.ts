/**
 * Server rendering (Next.js, Nuxt, Astro…): every entry of the published @yinfa/elements package imports in
 * plain Node — no DOM, no window — and does nothing until `defineYinfaElements()` runs in a browser. Each
 * entry is imported in a fresh `node` process through the package's exports map (the built dist/, as a
 * host app resolves it), so nothing from this test runner's environment leaks in.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkgDir = path.join(root, 'packages/elements');
const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };

/** Every subpath whose export has a JavaScript file to import (types-only and script-tag files excluded). */
const entries = Object.entries(pkg.exports)
  .filter(([key, value]) => typeof value === 'object' && value !== null && ('import' in value || 'default' in value) && !key.includes('*'))
  .map(([key]) => (key === '.' ? '@yinfa/elements' : `@yinfa/elements/${key.slice(2)}`));

function runInNode(code: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

describe('@yinfa/elements in Node (SSR)', () => {
  it('has the entries a host app imports: the package, /define, /jsx, /vue, /style-singleton', () => {
    expect(existsSync(path.join(pkgDir, 'dist/esm/index.js')), 'build first: node scripts/build.mjs').toBe(true);
    expect(entries).toEqual(expect.arrayContaining(['@yinfa/elements', '@yinfa/elements/define', '@yinfa/elements/jsx', '@yinfa/elements/vue', '@yinfa/elements/style-singleton']));
  });

  for (const entry of entries) {
    it(`import '${entry}' runs without a DOM and defines nothing`, () => {
      const out = runInNode(`
        const before = new Set(Object.getOwnPropertyNames(globalThis));
        const mod = await import(${JSON.stringify(entry)});
        // tslib (a dependency of Radix's scroll lock) publishes its __helpers as globals by design; anything else is ours.
        const added = Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k) && !/^__[a-z]/.test(k));
        if (typeof mod.defineYinfaElements === 'function') mod.defineYinfaElements(); // a no-op without a browser
        console.log(JSON.stringify({ added, window: typeof window, document: typeof document, customElements: typeof customElements, exports: Object.keys(mod).length }));
      `);
      const result = JSON.parse(out.trim().split('\n').pop()!) as { added: string[]; window: string; document: string; customElements: string };
      expect(result.added).toEqual([]);
      expect(result.window).toBe('undefined');
      expect(result.document).toBe('undefined');
      expect(result.customElements).toBe('undefined');
    });
  }

  it('the element classes exist on the server (for instanceof checks and types) without HTMLElement', () => {
    const out = runInNode(`
      const { ELEMENTS, YinfaFraudBannerElement } = await import('@yinfa/elements');
      console.log(JSON.stringify({ tags: Object.keys(ELEMENTS), banner: typeof YinfaFraudBannerElement, observed: YinfaFraudBannerElement.observedAttributes.includes('variant') }));
    `);
    const result = JSON.parse(out.trim().split('\n').pop()!) as { tags: string[]; banner: string; observed: boolean };
    expect(result.tags).toContain('yinfa-fraud-banner');
    expect(result.banner).toBe('function');
    expect(result.observed).toBe(true);
  });
});
