// dist/yinfa-booking-demo.js: @yinfa/core's in-memory booking adapter and its demo services, loaded on the first
// call of <yinfa-service-booking demo>'s adapter (deferred/memory-booking.ts).
import { createMemoryBookingAdapter } from '../../core/src/booking/memoryAdapter';

(window as unknown as Record<string, unknown>).__yinfaBookingDemo = { createMemoryBookingAdapter };
