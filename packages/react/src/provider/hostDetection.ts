/** Loaded on demand by useHostPreferences, only under mode="auto": a page that never asks does not carry it. */
export { detectHostPreferences } from '@yinfa/core';
