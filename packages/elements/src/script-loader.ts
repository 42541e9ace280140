import type { LoadLeaflet } from '@yinfa/widgets/meal-map';
import { setLeafletLoader } from './leaflet-loader';
import { setStylesheetUrl } from './styles';

type LeafletModule = Awaited<ReturnType<LoadLeaflet>>;
const GLOBAL_KEY = '__yinfaLeaflet';

/**
 * The URL of the Leaflet chunk: beside the running script (document.currentScript is only set now, at
 * load), or the URL a module chunk of the loader stub passes (from its own `import.meta.url`).
 */
function chunkUrl(explicit?: string): string | null {
  if (explicit) return explicit;
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return null;
  return new URL('yinfa-leaflet.js', script.src).href;
}

/** Sets up the script-tag build: Leaflet and (for old browsers) the CSS file, both beside the script. */
export function installScriptLoader(leafletUrl?: string): void {
  const url = chunkUrl(leafletUrl);
  if (url) setStylesheetUrl(new URL('yinfa-elements.css', url).href);
  if (!url) return;
  let pending: Promise<LeafletModule> | null = null;
  setLeafletLoader(() => {
    const ready = (window as unknown as Record<string, LeafletModule | undefined>)[GLOBAL_KEY];
    if (ready) return Promise.resolve(ready);
    pending ??= new Promise<LeafletModule>((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = url;
      tag.async = true;
      tag.addEventListener('load', () => {
        const mod = (window as unknown as Record<string, LeafletModule | undefined>)[GLOBAL_KEY];
        if (mod) resolve(mod);
        else reject(new Error('yinfa-leaflet.js did not register Leaflet'));
      });
      tag.addEventListener('error', () => {
        pending = null;
        tag.remove();
        reject(new Error(`could not load ${url}`));
      });
      document.head.append(tag);
    });
    return pending;
  });
}
