/**
 * `@yinfa/audit/checks`: the checks as plain TypeScript that runs inside a page (the CLI injects this
 * module; Yinfa's own story audit imports it). Each returns findings; none changes the page for good.
 */
export * from './types';
export { INTERACTIVE, isHiddenFromSight, isExempt, modeOf, rulesFor, describe, selectorOf, pageRect, textElements, textInputs, dedupe, frames } from './dom';
export { checkTextSize, checkLineHeight, checkContrast, backgroundBehind } from './text';
export { checkTargets } from './targets';
export { checkPageScroll, checkScrollBoxes, checkClippedText, checkInputText, checkTextOverlap, checkReflow, checkTextSpacing, TEXT_SPACING_CSS } from './layout';
export { checkPopups, checkAutoplay, checkMotion, checkCaptcha, checkEnlargement, focusStyle, focusObscuredBy, tabbables, type FocusStyle } from './page';
export { installSettleTracker, settle, type SettleResult } from './settle';
