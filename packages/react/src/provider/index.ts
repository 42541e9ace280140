export { YinfaProvider, clampTextScale, TEXT_SCALE_MIN, TEXT_SCALE_MAX } from './YinfaProvider';
export type { YinfaProviderProps } from './YinfaProvider';
export { useYinfa, useTranslate, useAnnounce, useMode, useLocale, useTextScale, YinfaContext, YINFA_MODES } from './context';
export type { YinfaMode, YinfaContextValue, Politeness, ReducedMotion } from './context';
export { loadPreferences, savePreferences, clearPreferences, sanitizePreferences, DEFAULT_PREFERENCES_KEY } from './preferences';
export type { YinfaPreferences } from './preferences';
export { useControllableState } from './useControllableState';
export { useCatalogue } from './useCatalogue';
export { ModeScope } from './ModeScope';
