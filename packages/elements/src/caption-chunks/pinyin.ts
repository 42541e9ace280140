// dist/yinfa-pinyin.js: pinyin for the toolbar's 大字幕, loaded when a user picks 拼音 (deferred/caption.ts).
import { pinyinOf } from '../../../dom/src/toolbar/caption/pinyin';

(window as unknown as Record<string, unknown>).__yinfaPinyin = { pinyinOf };
