import type { LoadLeaflet } from '@yinfa/widgets/meal-map';

let loader: LoadLeaflet | undefined;

/** The script-tag build sets a loader that fetches the Leaflet chunk from the script's own origin. */
export function setLeafletLoader(next: LoadLeaflet | undefined): void {
  loader = next;
}

export function getLeafletLoader(): LoadLeaflet | undefined {
  return loader;
}
