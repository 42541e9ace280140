import type { helpView } from './help';

/**
 * The help view, loaded when help is first opened: a separate chunk for bundlers; in the script-tag
 * toolbar, a file beside the script (packages/elements/build.mjs swaps this module for one that fetches it).
 */
export function loadHelpView(): Promise<typeof helpView> {
  return import('./help').then((m) => m.helpView);
}
