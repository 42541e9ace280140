/**
 * The transfer guard script's stand-in for @yinfa/core's scam catalogue (build.mjs, DEFERRED): the built-in
 * entries (what the scammer says, what a real bank never does, in both languages; about 5 KB gzip) are only
 * shown once the guard opens, so they load then, or at the customer's first touch, key press or focus on the
 * page before it (the element warms them, elements/transfer-guard.tsx), from `yinfa-scam-catalogue.js`
 * beside the script. Until they are in, resolveScamCatalogue has no entries; the guard shows its questions
 * meanwhile and the entries once they arrive. If the file cannot load, the guard works without them and the
 * next opening tries again.
 */
import type * as Real from '../../../core/src/fraud/catalogue';
import { loadScriptChunk } from '../chunk-loader';

type Module = typeof Real;
export type { BuiltInScamTexts, ResolvedScamCatalogue, ScamCatalogueConfig, ScamCatalogueEntryConfig, ScamEntry, ScamEntryText } from '../../../core/src/fraud/catalogue';

let real: Module | null = null;
let loading: Promise<boolean> | null = null;

export const isScamCatalogueLoaded = (): boolean => real !== null;

export function loadScamCatalogue(): Promise<boolean> {
  if (real) return Promise.resolve(true);
  loading ??= loadScriptChunk<Module>('yinfa-scam-catalogue.js', '__yinfaScamCatalogue').then(
    (mod) => {
      real = mod;
      return true;
    },
    (error: unknown) => {
      loading = null; // the next opening tries again
      console.warn(`@yinfa/elements: the scam catalogue did not load (${error instanceof Error ? error.message : String(error)}); the transfer guard shows its questions without it.`);
      return false;
    },
  );
  return loading;
}

export const resolveScamCatalogue: Module['resolveScamCatalogue'] = (locale, config) => (real ? real.resolveScamCatalogue(locale, config) : { entries: [], problems: [] });
export const getScamEntry: Module['getScamEntry'] = (id, locale, config) => (real ? real.getScamEntry(id, locale, config) : null);
// The built-in texts by language, read through to the loaded module (empty until then).
export const BUILT_IN_SCAM_CATALOGUE: Module['BUILT_IN_SCAM_CATALOGUE'] = {
  get 'zh-CN'() {
    return real?.BUILT_IN_SCAM_CATALOGUE['zh-CN'] ?? ({} as Module['BUILT_IN_SCAM_CATALOGUE']['zh-CN']);
  },
  get 'en-US'() {
    return real?.BUILT_IN_SCAM_CATALOGUE['en-US'] ?? ({} as Module['BUILT_IN_SCAM_CATALOGUE']['en-US']);
  },
};
