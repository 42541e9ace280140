export { YinfaProvider } from './YinfaProvider';
/** @deprecated Import `clampTextScale`, `TEXT_SCALE_MIN` and `TEXT_SCALE_MAX` from `@yinfa/core`; kept so existing imports work. */
export { clampTextScale, TEXT_SCALE_MIN, TEXT_SCALE_MAX } from '@yinfa/core';
export type { YinfaProviderProps } from './YinfaProvider';
export { useYinfa, useTranslate, useAnnounce, useMode, useLocale, useTextScale, YinfaContext, YINFA_MODES } from './context';
export type { YinfaMode, YinfaContextValue, Politeness, ReducedMotion } from './context';
export { loadPreferences, savePreferences, clearPreferences, sanitizePreferences, DEFAULT_PREFERENCES_KEY } from './preferences';
export type { YinfaPreferences, PersistPreferencesOptions } from './preferences';
export { useControllableState } from './useControllableState';
export { useCatalogue } from './useCatalogue';
export { ModeScope } from './ModeScope';
export type { YinfaTheme } from './theme';
export { ReadAloudSlotContext, useReadAloudSlot, ReadAloudOutlet } from './readAloudSlot';
export type { ReadAloudSlotComponent } from './readAloudSlot';
export { MessagesScope } from './MessagesScope';
export { MessageWithPart } from './MessageWithPart';
export type { MessageWithPartProps } from './MessageWithPart';
