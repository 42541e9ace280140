// @yinfa/widgets/meal-map — 助餐地图. The map view (Leaflet) is loaded lazily: list-only pages never download it.
export { MealMap } from './MealMap';
export type { MealMapProps, MealProfileStorage } from './MealMap';
export { browserLocate } from './browserLocate';
export { placesFromPoints } from './WhereAmI';
export type { MealPlace } from './WhereAmI';
export { resolveTiles, TILE_PRESETS } from './tiles';
export type { TileConfig, TilePreset } from './tiles';
export type { LoadLeaflet } from './MapView';
export { mealMapMessages } from './messages';
export { markerName, spokenSummary, statusText, formatDistance } from './format';
