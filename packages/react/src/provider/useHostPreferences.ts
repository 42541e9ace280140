import type { DetectHostOptions, HostPreferences } from '@yinfa/core';
import { useEffect, useRef, useState } from 'react';

/**
 * `mode="auto"`: asks the host (浙里办, WeChat, a bank app's bridge, the URL, text zoom, system contrast)
 * once after mount and returns what it said; `{ sources: [] }` until then and on the server, so the first
 * render never waits for a bridge. The provider lets the user's own choice win over anything detected.
 * The detection code is imported on demand: detection is asynchronous anyway, so the first render is the
 * same, and a provider without mode="auto" never loads it.
 */
export function useHostPreferences(enabled: boolean, options?: DetectHostOptions): HostPreferences | undefined {
  const [detected, setDetected] = useState<HostPreferences>();
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void import('./hostDetection')
      .then(({ detectHostPreferences }) => detectHostPreferences(optionsRef.current))
      .then((prefs) => {
        if (live) setDetected(prefs);
      });
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? detected : undefined;
}
