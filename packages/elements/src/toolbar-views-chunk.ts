// dist/yinfa-toolbar-views.js: the toolbar's 大字幕, 阅读线/十字线 and 纯文本, loaded on first use
// (deferred/toolbar-views.ts). The same code as @yinfa/dom's toolbar/views.ts; its 拼音/繁体 converters still
// load when picked, and its say-as readings use the tables the page has loaded (build.mjs, `inside`).
import { createCaptionBar, createReadingGuide, textOnlyContent } from '../../dom/src/toolbar/views';
import { setChunkBase } from './chunk-loader';

// This file carries its own copy of the chunk loader: what it fetches (yinfa-pinyin.js, yinfa-traditional.js)
// comes from its own folder, the script's (document.currentScript is only set now, while it runs).
const self = document.currentScript as HTMLScriptElement | null;
setChunkBase(self?.src ? new URL('.', self.src).href : null);

(window as unknown as Record<string, unknown>).__yinfaToolbarViews = { createCaptionBar, createReadingGuide, textOnlyContent };
