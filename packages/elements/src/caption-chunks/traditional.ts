// dist/yinfa-traditional.js: traditional characters for the toolbar's 大字幕, loaded when a user picks 繁体 (deferred/caption.ts).
import { toTraditional } from '../../../dom/src/toolbar/caption/traditional';

(window as unknown as Record<string, unknown>).__yinfaTraditional = { toTraditional };
