// dist/yinfa-scam-catalogue.js: the scam catalogue's built-in entries for yinfa-transfer-guard.js, loaded when
// the guard is first wanted (deferred/scam-catalogue.ts). The same code as @yinfa/core's catalogue module.
import * as catalogue from '../../core/src/fraud/catalogue';

(window as unknown as Record<string, unknown>).__yinfaScamCatalogue = catalogue;
