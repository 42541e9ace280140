export { NATIONAL_REGION, LIANYUNGANG, resolveRegion } from './region';
export type { RegionProfile, RegionInput } from './region';
