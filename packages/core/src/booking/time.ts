/** Booking times are the generic Shanghai-time wording in `../time` (one module for every area). */
export { SHANGHAI_OFFSET_MS, shanghaiDateKey, shanghaiParts, toEpoch } from '../time/shanghai';
export type { ShanghaiParts } from '../time/shanghai';
export {
  addDays,
  dateKeyToEpoch,
  daysBetween,
  formatDate,
  formatDayLabel,
  formatDuration,
  formatTimeOfDay,
  formatTimeRange,
  formatWindow,
  toShanghaiIso,
  weekdayName,
} from '../time/format';
