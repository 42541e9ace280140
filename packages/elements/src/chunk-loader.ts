/**
 * What a script-tag build fetches on first use (Leaflet for the map, the speech tables for the toolbar)
 * comes from beside the running script, as a classic <script> from the same origin: allowed under a strict
 * CSP (`script-src 'self'`), no eval, no inline code. Each such file registers its module on `window`
 * under a key of its own (`__yinfa…`); a failed load is forgotten, so the next use tries again.
 */
let base: string | null = null;
const pending = new Map<string, Promise<unknown>>();

/** The folder the script-tag files are in (set once at load by installScriptLoader). */
export function setChunkBase(url: string | null): void {
  base = url;
}

export function chunkBase(): string | null {
  return base;
}

export function loadScriptChunk<T>(file: string, key: string): Promise<T> {
  const registry = window as unknown as Record<string, T | undefined>;
  const ready = registry[key];
  if (ready) return Promise.resolve(ready);
  if (!base) return Promise.reject(new Error(`@yinfa/elements: cannot find ${file} (the script's own URL is unknown)`));
  const url = new URL(file, base).href;
  let load = pending.get(url) as Promise<T> | undefined;
  if (load) return load;
  load = new Promise<T>((resolve, reject) => {
    const tag = document.createElement('script');
    tag.src = url;
    tag.async = true;
    tag.addEventListener('load', () => {
      const mod = registry[key];
      if (mod) resolve(mod);
      else reject(new Error(`${file} did not register ${key}`));
    });
    tag.addEventListener('error', () => {
      pending.delete(url);
      tag.remove();
      reject(new Error(`could not load ${url}`));
    });
    document.head.append(tag);
  });
  pending.set(url, load);
  return load;
}
