export { ServiceBooking, fieldId as bookingFieldId } from './ServiceBooking';
export type { ServiceBookingProps } from './ServiceBooking';
export type { BookingVoiceInput } from './context';
export { CostPanel, Money } from './CostPanel';
export type { CostPanelProps } from './CostPanel';
export { ServiceIcon } from './icons';
// The adapter contract and both adapters live in @yinfa/core; re-exported so one import is enough.
export { createMemoryBookingAdapter, createHttpBookingAdapter, catalogueServices } from '@yinfa/core';
export type { BookingAdapter, BookingEvent, BookingRequest, BookingResult, BookingQuote, BookingService, BookingSlot, MemoryAdapterOptions, HttpAdapterOptions } from '@yinfa/core';
