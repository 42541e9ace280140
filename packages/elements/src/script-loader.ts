import type { LoadLeaflet } from '@yinfa/widgets/meal-map';
import { loadScriptChunk, setChunkBase } from './chunk-loader';
import { setLeafletLoader } from './leaflet-loader';
import { setStylesheetUrl } from './styles';

type LeafletModule = Awaited<ReturnType<LoadLeaflet>>;

/**
 * The folder of the script-tag files: beside the running script (document.currentScript is only set now,
 * at load), or one up from a module chunk of the loader stub (dist/chunks/x.js passes its `import.meta.url`;
 * resolved here, not as `new URL('../', import.meta.url)`, which dev servers such as Vite rewrite).
 */
function scriptFolder(chunkUrl?: string): string | null {
  if (chunkUrl) return new URL('../', chunkUrl).href;
  const script = document.currentScript as HTMLScriptElement | null;
  if (!script?.src) return null;
  return new URL('.', script.src).href;
}

/** Sets up the script-tag build: what loads on first use (Leaflet, speech tables) and, for old browsers, the CSS file, all beside the script. */
export function installScriptLoader(chunkUrl?: string): void {
  const url = scriptFolder(chunkUrl);
  setChunkBase(url);
  if (!url) return;
  setStylesheetUrl(new URL('yinfa-elements.css', url).href);
  setLeafletLoader(() => loadScriptChunk<LeafletModule>('yinfa-leaflet.js', '__yinfaLeaflet'));
}
