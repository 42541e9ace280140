import type { pinyinOf } from './pinyin';
import type { toTraditional } from './traditional';

/**
 * 拼音 and 繁体 for 大字幕 load when a user first picks them: chunks of their own for bundlers; in the
 * script-tag toolbar, files beside the script (packages/elements/build.mjs swaps this module).
 */
export function loadPinyin(): Promise<typeof pinyinOf> {
  return import('./pinyin').then((m) => m.pinyinOf);
}

export function loadTraditional(): Promise<typeof toTraditional> {
  return import('./traditional').then((m) => m.toTraditional);
}
