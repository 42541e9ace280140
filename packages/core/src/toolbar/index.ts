export {
  TEXT_STEPS,
  GUIDE_KINDS,
  READ_MODES,
  CAPTION_STYLES,
  DEFAULT_TOOLBAR_SETTINGS,
  clampTextStep,
  textScaleFor,
  sanitizeToolbarSettings,
  isPagePresentation,
  cycle,
} from './settings';
export type { TextStep, GuideKind, ToolbarReadMode, ToolbarSettings, CaptionStyle } from './settings';
export { COLOR_SCHEME_IDS, COLOR_SCHEMES, SCHEME_ATTRIBUTE, schemeTokens, schemeStylesheet } from './schemes';
export type { ColorSchemeId, ColorScheme } from './schemes';
export { createToolbarStore, createMemoryStorage, toolbarStorageKey, TOOLBAR_STORAGE_PREFIX } from './persistence';
export type { ToolbarStore, ToolbarStorageLike } from './persistence';
export {
  TOOLBAR_ACTIONS,
  DEFAULT_TOOLBAR_SHORTCUTS,
  parseChord,
  chordId,
  shortcutProblem,
  resolveToolbarShortcuts,
  matchToolbarShortcut,
  describeShortcut,
} from './shortcuts';
export type { ToolbarAction, ToolbarShortcutConfig, KeyChord, ShortcutProblem, ShortcutIssue } from './shortcuts';
export { toolbarMessages } from './messages';
export { toolbarHelpMessages } from './help-messages';
