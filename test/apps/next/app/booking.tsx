'use client';
// The booking widget needs an adapter (functions), so it is created in a client component.
import { ServiceBooking, createMemoryBookingAdapter } from '@yinfa/widgets/service-booking';

const adapter = createMemoryBookingAdapter();

export function Booking() {
  return <ServiceBooking adapter={adapter} />;
}
