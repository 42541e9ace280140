// dist/yinfa-leaflet.js: Leaflet for <yinfa-meal-map>, loaded on demand by the script-tag build.
import * as L from 'leaflet';

(window as unknown as Record<string, unknown>).__yinfaLeaflet = L;
