/**
 * en-US words on demand in the script-tag builds. Every en-US table lives in a module of its own
 * (`*.en-US.ts` beside the zh-CN words); packages/elements/build.mjs puts a stand-in in place of each one in
 * these builds, an empty table made by `deferredTable`, and bundles the real ones into a pack beside the
 * script (`yinfa-<tag>.en-US.js`, `yinfa-elements.en-US.js`). zh-CN, the first language, is always in the
 * script; a page or element in en-US waits for its pack before it first renders (`renderLocale`), so
 * nobody sees Chinese words switch to English. If the pack cannot load, the element renders in zh-CN
 * and says so once in the console.
 * Outside the script builds (the ESM build, Storybook, tests) no table is deferred and nothing waits.
 */
import type { Locale } from '@yinfa/core';
import { loadScriptChunk } from './chunk-loader';

type Table = Record<string, unknown>;

const tables = new Map<string, Table>();
let packFile = '';
let state: 'deferred' | 'loading' | 'ready' | 'failed' = 'deferred';
let loading: Promise<void> | null = null;

/** The window key a pack registers its tables under (its file name without `.js`). */
export const packKey = (file: string): string => `__yinfaLocalePack:${file.replace(/\.js$/, '')}`;

/** A stand-in en-US table, filled in place when the pack loads (the build's generated module calls this). */
export function deferredTable(id: string, pack: string): Table {
  packFile = pack;
  let table = tables.get(id);
  if (!table) tables.set(id, (table = {}));
  return table;
}

/** Copies a loaded pack's tables into the stand-ins (the objects the catalogues already hold). */
function fill(pack: Record<string, Table>): void {
  for (const [id, table] of tables) {
    const real = pack[id];
    if (real && typeof real === 'object') Object.assign(table, real);
  }
}

/**
 * The locale an element renders in now, or null while its words are still loading (`then` runs once they
 * are in, or once loading failed). en-US whose pack could not load renders as zh-CN: wholly one language,
 * rather than English words beside empty tables (the scam entries have no per-field fallback).
 */
export function renderLocale(locale: Locale, then: () => void): Locale | null {
  if (locale !== 'en-US' || tables.size === 0 || state === 'ready') return locale;
  if (state === 'failed') return 'zh-CN';
  if (!loading) {
    state = 'loading';
    loading = loadScriptChunk<Record<string, Table>>(packFile, packKey(packFile)).then(
      (pack) => {
        fill(pack);
        state = 'ready';
      },
      (error: unknown) => {
        state = 'failed';
        console.warn(`@yinfa/elements: the en-US words did not load (${error instanceof Error ? error.message : String(error)}); showing the zh-CN words.`);
      },
    );
  }
  void loading.then(then);
  return null;
}
