/**
 * Whether the speech-normalisation tables (numbers, money, dates, phone numbers in words) are ready.
 * Always true where @yinfa/core is bundled: the tables are part of it. The script-tag toolbar
 * (`yinfa-toolbar.js`) leaves them out of its first load and swaps this module for one that fetches
 * them from beside the script on first use (packages/elements/build.mjs, `deferred`), so callers that
 * may run there ask first: `isSpeechTextLoaded() ? read() : loadSpeechText().then(read)`.
 */
export function isSpeechTextLoaded(): boolean {
  return true;
}

/** Resolves when the tables are ready (at once here). Never rejects: without them text is read as written. */
export function loadSpeechText(): Promise<void> {
  return Promise.resolve();
}
