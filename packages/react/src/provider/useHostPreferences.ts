import { detectHostPreferences, type DetectHostOptions, type HostPreferences } from '@yinfa/core';
import { useEffect, useRef, useState } from 'react';

/**
 * `mode="auto"`: asks the host (浙里办, WeChat, a bank app's bridge, the URL, text zoom, system contrast)
 * once after mount and returns what it said; `{ sources: [] }` until then and on the server, so the first
 * render never waits for a bridge. The provider lets the user's own choice win over anything detected.
 */
export function useHostPreferences(enabled: boolean, options?: DetectHostOptions): HostPreferences | undefined {
  const [detected, setDetected] = useState<HostPreferences>();
  const optionsRef = useRef(options);
  optionsRef.current = options;
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void detectHostPreferences(optionsRef.current).then((prefs) => {
      if (live) setDetected(prefs);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return enabled ? detected : undefined;
}
