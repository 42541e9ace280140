/**
 * The script-tag builds' stand-in for @yinfa/dom's toolbar/caption/load.ts (packages/elements/build.mjs):
 * 拼音 (pinyin-pro, ~140 KB gzip) and 繁体 (opencc-js's character table, ~22 KB) come from
 * `yinfa-pinyin.js` / `yinfa-traditional.js` beside the script, each only when a user first picks it.
 */
import type { pinyinOf } from '../../../dom/src/toolbar/caption/pinyin';
import type { toTraditional } from '../../../dom/src/toolbar/caption/traditional';
import { loadScriptChunk } from '../chunk-loader';

export function loadPinyin(): Promise<typeof pinyinOf> {
  return loadScriptChunk<{ pinyinOf: typeof pinyinOf }>('yinfa-pinyin.js', '__yinfaPinyin').then((m) => m.pinyinOf);
}

export function loadTraditional(): Promise<typeof toTraditional> {
  return loadScriptChunk<{ toTraditional: typeof toTraditional }>('yinfa-traditional.js', '__yinfaTraditional').then((m) => m.toTraditional);
}
