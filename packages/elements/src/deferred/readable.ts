/**
 * The stand-in for @yinfa/dom's readable.ts (reading order: what a reader says in a part of the page) in every
 * script-tag file (build.mjs, DEFERRED). The real module, about 2.5 KB gzip, comes from `yinfa-reading-order.js`
 * beside the script together with the speech tables (deferred/speech-text.ts loads both), and every reader
 * (SpeakButton, the toolbar's reader) collects inside createSpeechTextGate, so it is in by the time anything is
 * collected. The toolbar's text-only view, which collects at once, has its own copy in yinfa-toolbar-views.js. If it cannot load, the part of the
 * page is read as one piece, its text as written, without the sentence highlight.
 */
import type * as Real from '../../../dom/src/readable';
import { loadScriptChunk } from '../chunk-loader';
import { loadWithSpeechText } from './speech-text';

type Module = typeof Real;
export type { Part, ReadableItem } from '../../../dom/src/readable';

let real: Module | null = null;

loadWithSpeechText(() =>
  loadScriptChunk<Module>('yinfa-reading-order.js', '__yinfaReadingOrder').then(
    (mod) => {
      real = mod;
      return true;
    },
    (error: unknown) => {
      console.warn(`@yinfa/elements: the reading order did not load (${error instanceof Error ? error.message : String(error)}); reading the text as one piece.`);
      return false;
    },
  ),
);

/** The part's text, whitespace collapsed, as one spoken-only piece (no text node, so no highlight). */
function asOnePiece(root: Element | null): Real.ReadableItem[] {
  const text = ((root as HTMLElement | null)?.innerText ?? root?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return root && text ? [{ element: root, parts: [{ text, node: null }] }] : [];
}

export const collectReadable: Module['collectReadable'] = (root, locale, t) => (real ? real.collectReadable(root, locale, t) : asOnePiece(root));
