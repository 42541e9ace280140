// dist/yinfa-host-detection.js: what mode="auto" asks the host app, loaded when an element with mode="auto"
// first renders (deferred/host-detection.ts). The same code as @yinfa/core's host/detect.ts.
import { detectHostPreferences } from '../../core/src/host/detect';

(window as unknown as Record<string, unknown>).__yinfaHostDetection = { detectHostPreferences };
