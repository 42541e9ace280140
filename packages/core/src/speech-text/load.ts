/**
 * Whether the speech-normalisation tables (numbers, money, dates, phone numbers in words) are ready.
 * Always true where @yinfa/core is bundled: the tables are part of it. The script-tag builds
 * (`yinfa-toolbar.js`, `yinfa-speak.js`, …) leave them out of their first load and swap this module for one
 * that fetches them from beside the script on first use (packages/elements/build.mjs, `DEFERRED`), so
 * reading goes through `createSpeechTextGate()` (the toolbar's reader, @yinfa/react's useSpeech).
 */
export function isSpeechTextLoaded(): boolean {
  return true;
}

/** Resolves when the tables are ready (at once here). Never rejects: without them text is read as written. */
export function loadSpeechText(): Promise<void> {
  return Promise.resolve();
}
