/**
 * The script-tag entry (dist/yinfa-elements.js, an IIFE). Registers every element, and loads Leaflet
 * for <yinfa-meal-map> lazily from `yinfa-leaflet.js` next to this script (same origin, so a page with
 * `script-src 'self'` allows it). Exposes `window.YinfaElements`.
 */
import { defineYinfaElements, ELEMENTS, type YinfaTagName } from './registry';
import { installScriptLoader } from './script-loader';

installScriptLoader();
defineYinfaElements((process.env.YINFA_TAGS ? process.env.YINFA_TAGS.split(',') : Object.keys(ELEMENTS)) as YinfaTagName[]);

(window as unknown as { YinfaElements?: unknown }).YinfaElements = {
  version: process.env.YINFA_VERSION,
  define: defineYinfaElements,
  tags: Object.keys(ELEMENTS),
};
