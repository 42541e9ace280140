export { Toolbar } from './Toolbar';
export type { ToolbarProps } from './Toolbar';
// Page presentation and the cursors live in @yinfa/dom (shared with <yinfa-toolbar>); re-exported here as before.
export {
  createPagePresentation,
  STYLE_ATTRIBUTE as TOOLBAR_STYLE_ATTRIBUTE,
  CURSOR_ATTRIBUTE as TOOLBAR_CURSOR_ATTRIBUTE,
  LARGE_CURSOR,
  LARGE_CURSOR_URL,
  LARGE_POINTER,
  LARGE_POINTER_URL,
} from '@yinfa/dom';
export type { PagePresentation } from '@yinfa/dom';
export { ReadingGuide } from './ReadingGuide';
export type { ReadingGuideProps } from './ReadingGuide';
export { TextOnlyView } from './TextOnlyView';
export type { TextOnlyViewProps } from './TextOnlyView';
export { toolbarMessages } from './messages';
