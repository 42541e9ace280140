/**
 * The toolbar script's stand-in for @yinfa/dom's toolbar/help-loader.ts (packages/elements/build.mjs, in
 * `yinfa-toolbar.js` only): the 帮助 view and its words come from `yinfa-toolbar-help.js` beside the
 * script when help is first opened, not with the first load.
 */
import type { helpView } from '../../../dom/src/toolbar/help';
import { loadScriptChunk } from '../chunk-loader';

export function loadHelpView(): Promise<typeof helpView> {
  return loadScriptChunk<{ helpView: typeof helpView }>('yinfa-toolbar-help.js', '__yinfaToolbarHelp').then((m) => m.helpView);
}
