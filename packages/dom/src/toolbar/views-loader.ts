import type { createCaptionBar, createReadingGuide, textOnlyContent } from './views';

/** 大字幕 (the caption bar), 阅读线/十字线 (the reading guide) and 纯文本 (the text-only view). */
export interface ToolbarViews {
  createCaptionBar: typeof createCaptionBar;
  createReadingGuide: typeof createReadingGuide;
  textOnlyContent: typeof textOnlyContent;
}

/**
 * The views beside the bar, loaded when one is first wanted (or the bar is first touched): a separate chunk
 * for bundlers; in the script-tag toolbar, a file beside the script (packages/elements/build.mjs swaps this
 * module for one that fetches it). Settings that turn one on at mount (remembered) load it then.
 */
export function loadToolbarViews(): Promise<ToolbarViews> {
  return import('./views');
}
