/**
 * The script builds' stand-in for @yinfa/dom's toolbar/views-loader.ts (packages/elements/build.mjs):
 * 大字幕, 阅读线/十字线 and 纯文本 come from `yinfa-toolbar-views.js` beside the script when one is first wanted
 * or the bar is first touched, not with the first load. A failed load rejects; the toolbar says so and
 * tries again the next time one is asked for.
 */
import type { ToolbarViews } from '../../../dom/src/toolbar/views-loader';
import { loadScriptChunk } from '../chunk-loader';

export type { ToolbarViews } from '../../../dom/src/toolbar/views-loader';

export function loadToolbarViews(): Promise<ToolbarViews> {
  return loadScriptChunk<ToolbarViews>('yinfa-toolbar-views.js', '__yinfaToolbarViews');
}
