// dist/yinfa-speech-text.js: the speech-normalisation tables for yinfa-toolbar.js, loaded when reading
// first starts (deferred/speech-text.ts). The same code as @yinfa/core's speech-text module.
import * as speechText from '../../core/src/speech-text/index';

(window as unknown as Record<string, unknown>).__yinfaSpeechText = speechText;
