/**
 * Moves the page's wall clock the way a user changing the device's date and time does: `Date.now()` and
 * `new Date()` jump, while `performance.now()` (the monotonic clock), timers and the event loop carry on
 * as they are — which is what a real browser does when the system clock changes. (Playwright's own clock
 * cannot be used mid-test: installing it replaces timers and `performance` in the runner's frames too.)
 * Returns a function that puts the real clock back.
 */
export function shiftDeviceClock(deltaMs: number): () => void {
  const RealDate = globalThis.Date;
  const shifted = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(RealDate.now() + deltaMs).toString();
    return args.length === 0 ? new RealDate(RealDate.now() + deltaMs) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(shifted, RealDate);
  (shifted as { prototype: Date }).prototype = RealDate.prototype;
  shifted.now = () => RealDate.now() + deltaMs;
  globalThis.Date = shifted;
  return () => {
    globalThis.Date = RealDate;
  };
}
