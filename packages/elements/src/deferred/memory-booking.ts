/**
 * The script builds' stand-in for @yinfa/core's booking/memoryAdapter.ts (packages/elements/build.mjs,
 * DEFERRED). Only `<yinfa-service-booking demo>` uses the in-memory adapter, and every adapter call is
 * asynchronous anyway, so its code and its demo services come from `yinfa-booking-demo.js` beside the script
 * on the first call: a page with a real `api` never downloads them. If it cannot load, the call fails as a
 * network error would (the booking flow offers to try again and keeps the answers); the next call retries.
 * The script's element is its only caller, so the stand-in is a plain BookingAdapter (no test hooks).
 */
import type * as Real from '../../../core/src/booking/memoryAdapter';
import { BookingError } from '../../../core/src/booking/errors';
import type { BookingAdapter } from '../../../core/src/booking/types';
import { loadScriptChunk } from '../chunk-loader';

export function createMemoryBookingAdapter(options: Real.MemoryAdapterOptions = {}): BookingAdapter {
  let adapter: Promise<BookingAdapter> | null = null;
  const load = (): Promise<BookingAdapter> =>
    (adapter ??= loadScriptChunk<typeof Real>('yinfa-booking-demo.js', '__yinfaBookingDemo').then(
      (mod) => mod.createMemoryBookingAdapter(options),
      (error: unknown) => {
        adapter = null;
        console.warn(`@yinfa/elements: the booking demo did not load (${error instanceof Error ? error.message : String(error)}).`);
        throw new BookingError('network', 'the booking demo could not load');
      },
    ));
  return {
    listServices: (o) => load().then((a) => a.listServices(o)),
    listSlots: (q, o) => load().then((a) => a.listSlots(q, o)),
    quote: (r, o) => load().then((a) => a.quote(r, o)),
    submit: (r, o) => load().then((a) => a.submit(r, o)),
    cancel: (ref, o) => load().then((a) => a.cancel(ref, o)),
  };
}
