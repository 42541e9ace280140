import { getWebStorage, PREFERENCES_STORAGE_KEY, readStoredPreferences, sanitizeSavedPreferences, serializePreferencesCookie, type Locale, type PreferencesCookieOptions } from '@yinfa/core';
import type { YinfaMode } from './context';

export interface YinfaPreferences {
  mode?: YinfaMode;
  locale?: Locale;
  textScale?: number;
}

/** Core's PREFERENCES_STORAGE_KEY, under its older name: the static-page script reads the same key. */
export const DEFAULT_PREFERENCES_KEY = PREFERENCES_STORAGE_KEY;

/** Keeps only known, valid fields from stored JSON (core's sanitizeSavedPreferences, typed with YinfaMode). */
export function sanitizePreferences(raw: unknown): YinfaPreferences {
  return sanitizeSavedPreferences(raw);
}

const storage = (kind: 'local' | 'session') => getWebStorage(kind);

/**
 * Reads the user's remembered choice. The app decides whether to remember at all; nothing is stored
 * unless it calls savePreferences. Returns {} on the server or when storage is blocked.
 */
export function loadPreferences(key = DEFAULT_PREFERENCES_KEY, kind: 'local' | 'session' = 'local'): YinfaPreferences {
  return readStoredPreferences(key, kind) as YinfaPreferences;
}

/** Remembers mode, locale and text scale. Returns false when storage is unavailable. */
export function savePreferences(prefs: YinfaPreferences, key = DEFAULT_PREFERENCES_KEY, kind: 'local' | 'session' = 'local'): boolean {
  try {
    const s = storage(kind);
    if (!s) return false;
    s.setItem(key, JSON.stringify(sanitizePreferences(prefs)));
    return true;
  } catch {
    return false;
  }
}

export function clearPreferences(key = DEFAULT_PREFERENCES_KEY, kind: 'local' | 'session' = 'local'): void {
  try {
    storage(kind)?.removeItem(key);
  } catch {
    /* storage blocked: nothing to clear */
  }
}

/** What the provider's `persist` prop remembers the user's choice in, and under which names. */
export interface PersistPreferencesOptions {
  /** Web Storage key; default DEFAULT_PREFERENCES_KEY. */
  key?: string;
  /** Default 'local'. */
  storage?: 'local' | 'session';
  /**
   * Also keep the choice in a cookie, so a server renders the next page in it (see readPreferencesCookie).
   * Default true; false for a client-only app that wants no cookie at all.
   */
  cookie?: boolean | PreferencesCookieOptions;
}

/** The cookie half of `persist`: false on the server or where cookies are blocked. */
export function savePreferencesCookie(prefs: YinfaPreferences, options?: PreferencesCookieOptions): boolean {
  try {
    if (typeof document === 'undefined') return false;
    document.cookie = serializePreferencesCookie(sanitizePreferences(prefs), options);
    return true;
  } catch {
    return false;
  }
}

/** Writes what `persist` asks for: Web Storage and (unless turned off) the preferences cookie. */
export function persistPreferences(prefs: YinfaPreferences, options: PersistPreferencesOptions = {}): void {
  savePreferences(prefs, options.key, options.storage);
  if (options.cookie !== false) savePreferencesCookie(prefs, options.cookie === true ? undefined : options.cookie);
}
