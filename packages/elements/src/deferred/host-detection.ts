/**
 * The script-tag builds' stand-in for @yinfa/react's provider/hostDetection.ts (packages/elements/build.mjs):
 * mode="auto" asks the host (WeChat, 浙里办, a bank app's bridge, text zoom…) after the first render anyway,
 * so the detection code comes from `yinfa-host-detection.js` beside the script then, and an element without
 * mode="auto" never loads it. If it cannot load, nothing is detected: the element keeps its own defaults.
 */
import type { DetectHostOptions, HostPreferences } from '@yinfa/core';
import type { detectHostPreferences as Real } from '../../../core/src/host/detect';
import { loadScriptChunk } from '../chunk-loader';

export function detectHostPreferences(options?: DetectHostOptions): Promise<HostPreferences> {
  return loadScriptChunk<{ detectHostPreferences: typeof Real }>('yinfa-host-detection.js', '__yinfaHostDetection').then(
    (mod) => mod.detectHostPreferences(options),
    (error: unknown) => {
      console.warn(`@yinfa/elements: host detection did not load (${error instanceof Error ? error.message : String(error)}); mode="auto" keeps the element's defaults.`);
      return { sources: [] };
    },
  );
}
