import { PREFERENCES_STORAGE_KEY, readPreferencesCookie, readStoredPreferences, YINFA_PREFERENCES_COOKIE, type SavedPreferences } from '@yinfa/core';

export interface ApplySavedPreferencesOptions {
  /** Web Storage key the provider's `persist` wrote; default PREFERENCES_STORAGE_KEY. */
  key?: string;
  /** Default 'local'. */
  storage?: 'local' | 'session';
  /** Cookie name; default YINFA_PREFERENCES_COOKIE. */
  cookie?: string;
  /** Default document.documentElement (<html>). */
  root?: HTMLElement;
  /** Default globalThis; a test's or an iframe's window. */
  scope?: { document?: Document; localStorage?: unknown; sessionStorage?: unknown };
}

/**
 * The user's saved mode and text scale on <html> before the first paint of a page no server renders:
 * `data-yinfa-mode` (what the provider and tokens.css key every mode on) and `--yf-scale` (every rem size).
 * Web Storage first (what the provider's `persist` keeps), the preferences cookie for what it lacks.
 * Sets nothing when nothing is saved, so the page's own mode stays; never throws (blocked storage or cookies).
 * Returns what it applied.
 */
export function applySavedPreferences(options: ApplySavedPreferencesOptions = {}): SavedPreferences | null {
  const scope = options.scope ?? (globalThis as ApplySavedPreferencesOptions['scope'] & object);
  const doc = scope?.document;
  const root = options.root ?? doc?.documentElement;
  if (!root) return null;
  const stored = readStoredPreferences(options.key ?? PREFERENCES_STORAGE_KEY, options.storage ?? 'local', scope);
  let cookie: SavedPreferences | null = null;
  try {
    cookie = readPreferencesCookie(doc?.cookie, options.cookie ?? YINFA_PREFERENCES_COOKIE);
  } catch {
    /* cookies blocked (sandboxed iframe): reading throws */
  }
  const prefs: SavedPreferences = { ...cookie, ...stored };
  delete prefs.locale; // The page's language is its content's, not a presentation choice to force on <html>.
  if (prefs.mode) root.setAttribute('data-yinfa-mode', prefs.mode);
  if (prefs.textScale !== undefined) root.style.setProperty('--yf-scale', String(prefs.textScale));
  return Object.keys(prefs).length ? prefs : null;
}
