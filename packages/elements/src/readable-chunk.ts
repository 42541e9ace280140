// dist/yinfa-reading-order.js: @yinfa/dom's reading order (collectReadable), loaded with the speech tables when
// reading first starts (deferred/readable.ts). Its say-as readings come from the
// tables the page has loaded by then (deferred/speech-text-loaded.ts), not a second copy of them.
import { collectReadable } from '../../dom/src/readable';

(window as unknown as Record<string, unknown>).__yinfaReadingOrder = { collectReadable };
