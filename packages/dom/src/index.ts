// @yinfa/dom — re-exports only. Framework-free DOM parts shared by the React toolbar and <yinfa-toolbar>.
export { createPagePresentation, ISOLATION_CSS, STYLE_ATTRIBUTE, CURSOR_ATTRIBUTE, TEXT_ATTRIBUTE } from './presentation';
export type { PagePresentation } from './presentation';
export { LARGE_CURSOR, LARGE_CURSOR_URL, LARGE_POINTER, LARGE_POINTER_URL } from './cursor';
export { OWN_UI, eventElement, isOwnUi } from './events';
export { collectReadable, itemIndexFor, itemsToSegments, rangeFor } from './collect';
export type { ReadableItem, SegmentTarget } from './collect';
export { createTextEnlarger } from './text/enlarge';
export { rootSetter } from './text/rootSetter';
export type { TextEnlarger, TextEnlargerOptions } from './text/enlarge';
export { scaleFontSize, scaleLineHeight } from './text/values';
export { applySavedPreferences } from './preferences';
export type { ApplySavedPreferencesOptions } from './preferences';
export { mountToolbar } from './toolbar/mount';
export type { ToolbarOptions, ToolbarHandle } from './toolbar/mount';
export { HIGHLIGHT_NAME, highlightSentence, supportsHighlightApi } from './toolbar/reader';
export { createReadingGuide, textOnlyContent } from './toolbar/views';
export type { ReadingGuide } from './toolbar/views';
