// Meal-assistance points (助餐点): schema types, validation, opening hours, subsidy prices, datums, list logic.
export * from './types';
export { validateMealPoints } from './validate';
export { mealPointStatus, isMealPointOpen, parseClock, formatClock, shanghaiDate, SHANGHAI_OFFSET_MS } from './hours';
export type { MealPointStatus, MealPointState, MealWindowRef } from './hours';
export { mealPriceFor, applySubsidy, ruleFits } from './price';
export type { MealPrice, MealProfile, PriceCandidate, PriceReason } from './price';
export { isInChina, isValidLngLat, looksSwapped, isNullIsland } from './position';
export type { LngLat, GeoPosition } from './position';
export {
  convertDatum,
  toWgs84,
  distanceMeters,
  walkingMinutes,
  navigationLinks,
  ELDER_WALKING_SPEED_MPS,
  ROUTE_DETOUR_FACTOR,
  NAVIGATION_APPS,
  NAVIGATION_DATUM,
} from './geo';
export type { NavigationApp, NavigationLink } from './geo';
export { prepareMealPoints, positionsInDatum, positionInDatum, queryMealPoints, RADIUS_STEPS_M } from './list';
export type { PreparedMealPoint, MealFilters, MealQuery, MealListItem, MealQueryResult } from './list';
export { parseMealAge, mealFilterCount, toggleChoice, MEAL_AGE_MAX } from './profile';
