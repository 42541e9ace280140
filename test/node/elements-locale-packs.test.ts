/**
 * The script-tag builds' en-US packs (packages/elements/src/locale-packs.ts, build.mjs localePackPlugin), read
 * from the built dist/: each script holds stand-ins for its en-US tables and none of their words; its pack
 * registers exactly those tables, under the key the runtime looks for, with the words of the real modules.
 * Build first: `node packages/elements/build.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
// @ts-expect-error build.mjs is plain JavaScript without declarations
import { localePackFile, runtimeImports, TAGS } from '../../packages/elements/build.mjs';
import { packKey } from '../../packages/elements/src/locale-packs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = process.env.YINFA_ELEMENTS_DIST ?? path.join(root, 'packages/elements/dist');
const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

/** The en-US table ids a script's stand-ins name (`packages/….en-US.ts#export`). */
const idsIn = (code: string) => [...new Set([...code.matchAll(/"(packages\/[\w/.-]+en-US\.ts#\w+)"/g)].map((m) => m[1]!))].sort();

/** Every string value in a table, nested ones too (the scam entries' fields and examples). */
const valuesOf = (value: unknown): string[] => (typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(valuesOf) : []);

/** Runs a pack as a classic script would and returns what it registered on window. */
function runPack(file: string): Record<string, Record<string, unknown>> {
  const window: Record<string, unknown> = {};
  vm.runInNewContext(read(file), { window });
  const keys = Object.keys(window);
  expect(keys, `${file} registers one key`).toEqual([packKey(file)]);
  return window[packKey(file)] as Record<string, Record<string, unknown>>;
}

/** The scripts that share each pack: a tag's single-element file and its module chunk; the all-in-one file. */
const SHARED: Array<[pack: string, scripts: string[]]> = [
  ...Object.keys(TAGS as Record<string, unknown>).map((tag): [string, string[]] => [localePackFile(`${tag}.js`), [`${tag}.js`, `chunks/${tag}.js`]]),
  [localePackFile('yinfa-elements.js'), ['yinfa-elements.js']],
];

describe('en-US packs beside the script-tag files', () => {
  it('every pack in dist/ belongs to a script, and every script with stand-ins has its pack', () => {
    const packs = readdirSync(dist).filter((f) => f.endsWith('.en-US.js')).sort();
    expect(packs).toEqual(SHARED.map(([pack]) => pack).sort());
  });

  it.each(SHARED)('%s: registers exactly the tables its scripts stand in for, each equal to the real module’s', async (pack, scripts) => {
    const tables = runPack(pack);
    for (const script of scripts) expect(idsIn(read(script)), script).toEqual(Object.keys(tables).sort());
    for (const [id, table] of Object.entries(tables)) {
      const [file, name] = id.split('#') as [string, string];
      const real = ((await import(path.join(root, file))) as Record<string, unknown>)[name];
      expect(table, id).toEqual(real);
    }
  });

  it.each(SHARED)('%s: its scripts carry none of its words', (pack, scripts) => {
    const tables = runPack(pack);
    // Every sentence-length value (short ones such as "Close" may occur in code for other reasons).
    const words = valuesOf(tables).filter((w) => w.length >= 30);
    expect(words.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = read(script);
      const found = words.filter((w) => code.includes(w) || code.includes(JSON.stringify(w).slice(1, -1)));
      expect(found, script).toEqual([]);
    }
  });
});

describe('runtimeImports (what chunks/runtime.js must export)', () => {
  it('reads named, renamed and default imports as esbuild writes them', () => {
    expect([...runtimeImports('import{useState as a,useEffect as b,jsx}from"./runtime.js";import R,{createPortal as c}from"./runtime.js";')].sort()).toEqual(['createPortal', 'default', 'jsx', 'useEffect', 'useState']);
    expect(() => runtimeImports('import*as R from"./runtime.js";')).toThrow(/namespace import/);
  });

  it('the built runtime exports every name an element module imports, and nothing else', () => {
    const wanted = new Set<string>();
    for (const file of readdirSync(path.join(dist, 'chunks')).filter((f) => f !== 'runtime.js')) for (const name of runtimeImports(read(`chunks/${file}`))) wanted.add(name);
    const exported = read('chunks/runtime.js').match(/export\s*\{([^}]*)\}/)![1]!.split(',').map((part) => part.trim().split(/\s+as\s+/).pop()!);
    expect(exported.sort()).toEqual([...wanted].sort());
  });
});
