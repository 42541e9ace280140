/**
 * One storage interface and one safe way to reach the browser's Web Storage. Drafts, preferences, the
 * remembered voice, exposure counts and the cooling-off start all take a `StorageLike`: localStorage,
 * sessionStorage or the host's own object (an in-memory fake in tests, a consent-aware wrapper).
 */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type WebStorageKind = 'local' | 'session';

/**
 * The browser storage of a kind, looked up lazily and safely: undefined on the server and where access
 * throws (Safari private mode, sandboxed iframes, blocked cookies). Never touches `window` at import.
 */
export function getWebStorage(kind: WebStorageKind = 'local', scope: unknown = globalThis): StorageLike | undefined {
  try {
    const s = (scope as Record<string, unknown> | undefined)?.[kind === 'local' ? 'localStorage' : 'sessionStorage'] as StorageLike | undefined;
    return s && typeof s.getItem === 'function' && typeof s.setItem === 'function' ? s : undefined;
  } catch {
    return undefined;
  }
}
