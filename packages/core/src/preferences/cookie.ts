import { devWarn } from '../dev/warn';
import { getWebStorage, type WebStorageKind } from '../storage/webStorage';
import { LOCALES, resolveLocale, type Locale } from '../messages/types';
import { clampTextScale } from '../text/textScale';
import { THEME_MODES, type ThemeMode } from '../theme/defaults';

/**
 * The user's presentation choice as a server can see it: mode, text scale and locale. Nothing personal —
 * the cookie says how to draw the page, not who is reading it (PIPL: no identifier, no tracking value).
 */
export interface SavedPreferences {
  mode?: ThemeMode;
  textScale?: number;
  locale?: Locale;
}

/** The Web Storage key the provider's `persist` (and @yinfa/react's loadPreferences) keeps the same choice under. */
export const PREFERENCES_STORAGE_KEY = 'yinfa:preferences';

/** Keeps only known, valid fields of a stored object: a tampered or old value never breaks the page. */
export function sanitizeSavedPreferences(raw: unknown): SavedPreferences {
  if (!raw || typeof raw !== 'object') return {};
  const r = raw as Record<string, unknown>;
  const out: SavedPreferences = {};
  if ((THEME_MODES as readonly unknown[]).includes(r.mode)) out.mode = r.mode as ThemeMode;
  if (typeof r.locale === 'string') out.locale = resolveLocale(r.locale);
  if (typeof r.textScale === 'number') out.textScale = clampTextScale(r.textScale);
  return out;
}

/**
 * The choice kept in Web Storage under `key` (what the provider's `persist` and savePreferences write), sanitised;
 * {} on the server, when nothing is stored, and when storage is blocked or holds something unreadable.
 * `scope` is the window to read from (default globalThis: an iframe's or a test's window otherwise).
 */
export function readStoredPreferences(key: string = PREFERENCES_STORAGE_KEY, kind: WebStorageKind = 'local', scope?: unknown): SavedPreferences {
  try {
    const text = getWebStorage(kind, scope ?? globalThis)?.getItem(key);
    return text ? sanitizeSavedPreferences(JSON.parse(text)) : {};
  } catch {
    return {}; // blocked storage (Safari private mode, sandboxed iframes) or tampered JSON
  }
}

/** The cookie's name. The server reads it (Next.js: `cookies().get(YINFA_PREFERENCES_COOKIE)`), the provider writes it. */
export const YINFA_PREFERENCES_COOKIE = 'yinfa-prefs';

/** One year: long enough that an older person is not sent back to small text after a holiday. */
export const PREFERENCES_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

export interface PreferencesCookieOptions {
  /** Cookie name; default YINFA_PREFERENCES_COOKIE. Sites sharing a domain may keep their own. */
  name?: string;
  /** Default '/': every page of the site renders the same mode. */
  path?: string;
  /** Omit (the default) for a host-only cookie; set it to share the choice across subdomains. */
  domain?: string;
  /** Seconds; default one year. 0 deletes the cookie. */
  maxAge?: number;
  /** Default 'Lax': sent on top-level navigation from another site (a link in a WeChat article) but not on cross-site posts. */
  sameSite?: 'Lax' | 'Strict' | 'None';
  /** Default false, so plain-HTTP development works; SameSite=None always adds Secure (browsers require it). */
  secure?: boolean;
}

const SAME_SITE = ['Lax', 'Strict', 'None'] as const;
// A cookie value may not hold whitespace, quotes, commas, semicolons or backslashes (RFC 6265 cookie-octet):
// "mode:elder|scale:1.25|locale:zh-CN" needs no escaping and stays readable in the browser's tools.
const FIELD = '|';
const PAIR = ':';
const NAME_PATTERN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** The cookie value for these preferences (only valid fields; '' when none). */
export function encodePreferencesCookie(prefs: SavedPreferences | null | undefined): string {
  const parts: string[] = [];
  if (prefs && (THEME_MODES as readonly unknown[]).includes(prefs.mode)) parts.push(`mode${PAIR}${prefs.mode}`);
  if (prefs && prefs.textScale !== undefined && prefs.textScale !== null) {
    // Two decimals are plenty (the toolbar's steps are 1, 1.25, 1.5…) and keep the value short.
    parts.push(`scale${PAIR}${Math.round(clampTextScale(prefs.textScale) * 100) / 100}`);
  }
  if (prefs && typeof prefs.locale === 'string') parts.push(`locale${PAIR}${resolveLocale(prefs.locale)}`);
  return parts.join(FIELD);
}

/**
 * A complete Set-Cookie value (`document.cookie = …`, or a server's Set-Cookie header):
 * `yinfa-prefs=mode:elder|scale:1.25; Path=/; Max-Age=31536000; SameSite=Lax`.
 * Not HttpOnly on purpose: the page's own script (the provider, the static-page script) reads and writes it.
 */
export function serializePreferencesCookie(prefs: SavedPreferences | null | undefined, options: PreferencesCookieOptions = {}): string {
  let name = options.name ?? YINFA_PREFERENCES_COOKIE;
  if (!NAME_PATTERN.test(name)) {
    devWarn(`serializePreferencesCookie: "${name}" is not a valid cookie name; using "${YINFA_PREFERENCES_COOKIE}".`);
    name = YINFA_PREFERENCES_COOKIE;
  }
  let sameSite = options.sameSite ?? 'Lax';
  if (!(SAME_SITE as readonly string[]).includes(sameSite)) {
    devWarn(`serializePreferencesCookie: unknown sameSite "${String(sameSite)}"; using "Lax". Expected one of: ${SAME_SITE.join(', ')}.`);
    sameSite = 'Lax';
  }
  const maxAge = Number.isFinite(options.maxAge) ? Math.max(0, Math.floor(options.maxAge as number)) : PREFERENCES_COOKIE_MAX_AGE;
  const path = typeof options.path === 'string' && options.path.startsWith('/') && !/[;\s]/.test(options.path) ? options.path : '/';
  const parts = [`${name}=${encodePreferencesCookie(prefs)}`, `Path=${path}`, `Max-Age=${maxAge}`, `SameSite=${sameSite}`];
  if (options.domain && /^[A-Za-z0-9.-]+$/.test(options.domain)) parts.push(`Domain=${options.domain}`);
  if (options.secure || sameSite === 'None') parts.push('Secure');
  return parts.join('; ');
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Finds one cookie's value in a Cookie header ("a=1; yinfa-prefs=…"); undefined when absent. */
function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/**
 * The preferences in a Cookie header (`request.headers.get('cookie')`, `document.cookie`) or in the cookie's
 * own value (`cookies().get(YINFA_PREFERENCES_COOKIE)?.value`). Lenient, never throws: null when the cookie is
 * absent or holds nothing usable; an unknown mode or locale is dropped, the scale is clamped to 1–2.
 */
export function readPreferencesCookie(input: unknown, name: string = YINFA_PREFERENCES_COOKIE): SavedPreferences | null {
  if (typeof input !== 'string' || !input.trim()) return null;
  // A value never holds '=' or ';' (encodePreferencesCookie's form); a header always has name=value.
  let value: string | undefined = /[=;]/.test(input) ? cookieValue(input, name) : input.trim();
  if (value === undefined) return null;
  value = safeDecode(value.replace(/^"(.*)"$/, '$1'));
  const out: SavedPreferences = {};
  for (const field of value.split(FIELD).slice(0, 8)) {
    const at = field.indexOf(PAIR);
    if (at < 0) continue;
    const key = field.slice(0, at).trim();
    const raw = field.slice(at + 1).trim();
    if (key === 'mode' && (THEME_MODES as readonly string[]).includes(raw)) out.mode = raw as ThemeMode;
    else if (key === 'scale' && raw !== '' && Number.isFinite(Number(raw))) out.textScale = clampTextScale(Number(raw));
    else if (key === 'locale' && (LOCALES as readonly string[]).includes(raw)) out.locale = raw as Locale;
  }
  return Object.keys(out).length ? out : null;
}
