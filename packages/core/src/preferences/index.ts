export {
  YINFA_PREFERENCES_COOKIE,
  PREFERENCES_STORAGE_KEY,
  sanitizeSavedPreferences,
  readStoredPreferences,
  PREFERENCES_COOKIE_MAX_AGE,
  encodePreferencesCookie,
  serializePreferencesCookie,
  readPreferencesCookie,
} from './cookie';
export type { SavedPreferences, PreferencesCookieOptions } from './cookie';
