export * from './types';
export { BookingError, isUncertain, toBookingError, BOOKING_ERROR_KINDS } from './errors';
export type { BookingErrorKind } from './errors';
export { SERVICE_CATALOGUE, catalogueServices, sanitizeServices } from './services';
export { computeCost, isConsistentQuote } from './cost';
export type { CoverageRule, QuotaState } from './cost';
export { isSlotPast, isBookable, sanitizeSlots, dayAvailability, slotsOnDay, firstAvailableDate, nearestFreeSlots, DEFAULT_LEAD_MINUTES } from './slots';
export type { DayAvailability } from './slots';
export { newIdempotencyKey, requestFingerprint, createIdempotencyKeeper, submitWithRetry, defaultSleep } from './submit';
export type { RetryPolicy } from './submit';
export { createMemoryBookingAdapter } from './memoryAdapter';
export type { MemoryAdapterOptions, MemoryBookingAdapter, MemoryBooking, MemoryFailure, MemoryOperation } from './memoryAdapter';
export { createHttpBookingAdapter, errorFromResponse } from './httpAdapter';
export type { HttpAdapterOptions } from './httpAdapter';
export {
  toEpoch,
  shanghaiParts,
  shanghaiDateKey,
  dateKeyToEpoch,
  addDays,
  daysBetween,
  formatTimeOfDay,
  weekdayName,
  formatDate,
  formatDayLabel,
  formatWindow,
  formatTimeRange,
  formatDuration,
  toShanghaiIso,
} from './time';
export type { ShanghaiParts } from './time';
export { bookingFlow, buildBookingRequest, bookingEvent, BOOKING_SENSITIVE_FIELDS, BOOKING_STEPS, NAME_MAX, TEXT_MAX } from './bookingFlow';
export type { BookingAnswers, BookingEvent, BookingStepId } from './bookingFlow';
export { bookingMessages, bookingZhCN } from './messages';
export { bookingEnUS } from './messages.en-US';
export type { BookingMessageKey } from './messages';
export { bookingSessionReducer, initialBookingSession, submitFailureOutcome, isSubmitBusy, timeAlternatives, sessionSlot } from './session';
export type { BookingSession, BookingSessionAction, BookingLoad, BookingLoadStatus, BookingSubmitPhase, BookingCancelStatus, BookingTimeProblem } from './session';
export { bookingAddress, bookingAccessParts, bookingSummaryRows, bookingConfirmationDetails } from './summary';
export type { BookingSummaryRow, BookingSummaryContext, BookingConfirmationContext, BookingTranslate } from './summary';
