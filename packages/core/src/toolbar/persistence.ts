import { sanitizeToolbarSettings, type ToolbarSettings } from './settings';

/** The bits of Web Storage the toolbar uses; pass localStorage, sessionStorage, or an in-memory fake. */
export type ToolbarStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ToolbarStore {
  /** The remembered settings for this site, sanitised; null when nothing is stored or storage is blocked. */
  load(): ToolbarSettings | null;
  /** Remembers the settings; false when storage is blocked or full. */
  save(settings: ToolbarSettings): boolean;
  clear(): void;
  readonly key: string;
}

export const TOOLBAR_STORAGE_PREFIX = 'yinfa:toolbar:';

/**
 * Keys a site name into a storage key. Sites that share an origin (a provincial portal hosting each
 * county's pages under /xian/…) pass their own site name so each remembers its own settings.
 */
export function toolbarStorageKey(site: string): string {
  const clean = String(site ?? '').trim().toLowerCase().replace(/\s+/g, '-').slice(0, 200);
  return TOOLBAR_STORAGE_PREFIX + (clean || 'default');
}

/**
 * Per-site memory through a storage the host passes in (null: remember nothing). Every access is
 * guarded: Safari private mode, sandboxed iframes and full quotas throw, and a stored value may be
 * anything; the page then simply starts with its own presentation.
 */
export function createToolbarStore(storage: ToolbarStorageLike | null | undefined, site: string): ToolbarStore {
  const key = toolbarStorageKey(site);
  return {
    key,
    load() {
      if (!storage) return null;
      try {
        const text = storage.getItem(key);
        if (!text) return null;
        const parsed: unknown = JSON.parse(text);
        if (!parsed || typeof parsed !== 'object') return null;
        return sanitizeToolbarSettings(parsed);
      } catch {
        return null;
      }
    },
    save(settings) {
      if (!storage) return false;
      try {
        storage.setItem(key, JSON.stringify(sanitizeToolbarSettings(settings)));
        return true;
      } catch {
        return false;
      }
    },
    clear() {
      try {
        storage?.removeItem(key);
      } catch {
        /* blocked storage: nothing to clear */
      }
    },
  };
}

/** A Map-backed storage for tests, SSR and hosts that forbid persistence but want in-session memory. */
export function createMemoryStorage(): ToolbarStorageLike & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => (map.has(k) ? map.get(k)! : null),
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
  };
}
