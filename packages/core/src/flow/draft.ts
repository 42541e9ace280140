/**
 * Draft keeping: a flow's answers survive a reload. The storage is passed in (nothing here touches
 * `window` at import). Defaults protect a shared computer in a bank branch:
 * - `sessionStorage` unless the host opts in to `localStorage` (session storage dies with the tab);
 * - fields marked sensitive (names, phones, address, door codes, notes) are never written unless
 *   `storeSensitive` is set;
 * - drafts expire (`maxAgeMs`, 30 minutes by default) and are cleared on submit.
 */
import { getWebStorage, type StorageLike } from '../storage/webStorage';
import type { FlowAnswers } from './machine';

/** The part of the Web Storage API a draft needs: the shared `StorageLike`. */
export type DraftStorage = StorageLike;

export type DraftStorageKind = 'session' | 'local' | 'none';

export interface DraftOptions {
  /** Storage key; use one per flow (the widget uses `yinfa:draft:<flowId>`). */
  key: string;
  storage: DraftStorage | null | undefined;
  /** Answer keys never written to storage unless `storeSensitive` is true. */
  sensitive?: readonly string[];
  storeSensitive?: boolean;
  /** Older drafts are discarded on load. Default 30 minutes. */
  maxAgeMs?: number;
  now?: () => number;
}

export interface DraftSnapshot<A extends FlowAnswers = FlowAnswers> {
  answers: Partial<A>;
  current?: string;
  history?: string[];
  savedAt: number;
}

/** A non-personal record that a flow was submitted: lets Back or a reload say "已提交" with the reference. */
export interface SubmittedReceipt {
  reference: string;
  status?: string;
  submittedAt: number;
}

export const DEFAULT_DRAFT_MAX_AGE_MS = 30 * 60 * 1000;
const VERSION = 1;

/**
 * Finds the browser storage of a kind, lazily and safely: undefined on the server, for 'none', and where
 * access throws (Safari private mode, sandboxed iframes, blocked cookies).
 */
export function resolveDraftStorage(kind: DraftStorageKind = 'session', scope: unknown = globalThis): DraftStorage | undefined {
  return kind === 'none' ? undefined : getWebStorage(kind, scope);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

export interface DraftStore<A extends FlowAnswers = FlowAnswers> {
  load(): DraftSnapshot<A> | null;
  save(snapshot: Omit<DraftSnapshot<A>, 'savedAt'>): boolean;
  clear(): void;
  /** Records a submission (reference and status only, nothing personal) and removes the draft. */
  markSubmitted(receipt: Omit<SubmittedReceipt, 'submittedAt'>): void;
  loadReceipt(): SubmittedReceipt | null;
  clearReceipt(): void;
}

export function createDraftStore<A extends FlowAnswers = FlowAnswers>(options: DraftOptions): DraftStore<A> {
  const { key, storage } = options;
  const sensitive = new Set(options.sensitive ?? []);
  const storeSensitive = options.storeSensitive === true;
  const maxAge = Number.isFinite(options.maxAgeMs) && (options.maxAgeMs as number) > 0 ? (options.maxAgeMs as number) : DEFAULT_DRAFT_MAX_AGE_MS;
  const now = options.now ?? Date.now;
  const receiptKey = `${key}:submitted`;

  const filter = (answers: Record<string, unknown>): Partial<A> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(answers)) {
      if (!storeSensitive && sensitive.has(k)) continue;
      if (v === undefined || typeof v === 'function') continue;
      out[k] = v;
    }
    return out as Partial<A>;
  };

  const read = (k: string): unknown => {
    try {
      const text = storage?.getItem(k);
      return text ? JSON.parse(text) : null;
    } catch {
      return null;
    }
  };

  const remove = (k: string) => {
    try {
      storage?.removeItem(k);
    } catch {
      /* blocked storage: nothing to remove */
    }
  };

  return {
    load() {
      const raw = read(key);
      if (!isPlainObject(raw) || raw.v !== VERSION || !isPlainObject(raw.answers)) return null;
      const savedAt = typeof raw.savedAt === 'number' ? raw.savedAt : 0;
      if (now() - savedAt > maxAge || savedAt > now() + 60_000) {
        remove(key);
        return null;
      }
      return {
        // Filtered again on the way out: a draft written under an older, looser setting never leaks through.
        answers: filter(raw.answers),
        current: typeof raw.current === 'string' ? raw.current : undefined,
        history: Array.isArray(raw.history) ? raw.history.filter((h): h is string => typeof h === 'string') : undefined,
        savedAt,
      };
    },
    save(snapshot) {
      if (!storage) return false;
      try {
        const payload = { v: VERSION, savedAt: now(), current: snapshot.current, history: snapshot.history, answers: filter(snapshot.answers as Record<string, unknown>) };
        storage.setItem(key, JSON.stringify(payload));
        return true;
      } catch {
        return false; // quota exceeded or blocked: the flow goes on without a draft
      }
    },
    clear() {
      remove(key);
    },
    markSubmitted(receipt) {
      remove(key);
      if (!storage) return;
      try {
        storage.setItem(receiptKey, JSON.stringify({ v: VERSION, reference: String(receipt.reference), status: receipt.status, submittedAt: now() }));
      } catch {
        /* no receipt: the in-memory state still shows "已提交" */
      }
    },
    loadReceipt() {
      const raw = read(receiptKey);
      if (!isPlainObject(raw) || raw.v !== VERSION || typeof raw.reference !== 'string') return null;
      const at = typeof raw.submittedAt === 'number' ? raw.submittedAt : 0;
      if (now() - at > maxAge) {
        remove(receiptKey);
        return null;
      }
      return { reference: raw.reference, status: typeof raw.status === 'string' ? raw.status : undefined, submittedAt: at };
    },
    clearReceipt() {
      remove(receiptKey);
    },
  };
}

/** A Map-backed storage for tests, servers and hosts that keep drafts in memory only. */
export function createMemoryDraftStorage(): DraftStorage & { readonly size: number; dump(): Record<string, string> } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => (map.has(k) ? (map.get(k) as string) : null),
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
    dump: () => Object.fromEntries(map),
  };
}
