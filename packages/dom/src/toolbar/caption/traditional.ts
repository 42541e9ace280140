import { ConverterFactory } from 'opencc-js/core';
import STCharacters from 'opencc-js/dict/STCharacters';

/**
 * Simplified → traditional characters, character by character with OpenCC's STCharacters table (22 KB
 * gzip). The phrase tables that choose between two traditional characters by context (头发 → 頭髮, not
 * 頭發) are 460 KB more, too much for a phone to fetch for a caption; docs/toolbar.md states the limit.
 * Every character maps to exactly one, so pinyin read from the simplified text lines up. Loaded only
 * when a user picks 繁体 captions (./load.ts).
 */
export const toTraditional: (text: string) => string = ConverterFactory([[STCharacters]]);
