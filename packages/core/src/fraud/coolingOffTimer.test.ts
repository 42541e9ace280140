import { describe, expect, it } from 'vitest';
import { createCoolingOffTimer } from './coolingOff';

const T0 = Date.parse('2026-06-01T02:00:00Z');
const MIN = 60_000;
const DAY = 86_400_000;

/** A fake device: a monotonic clock the user cannot move and a wall clock the user can. */
function device(wallStart = T0) {
  let mono = 1_000;
  let wall = wallStart;
  return {
    clocks: { monotonic: () => mono, wall: () => wall },
    /** Real time passes: both clocks move. */
    pass(ms: number) {
      mono += ms;
      wall += ms;
    },
    /** The user (or a scammer on the phone) changes the date and time. */
    setWall(ms: number) {
      wall = ms;
    },
    /** The machine sleeps: wall time passes, the monotonic clock (CLOCK_MONOTONIC) does not. */
    sleep(ms: number) {
      wall += ms;
    },
  };
}

describe('cooling-off timer on a monotonic clock', () => {
  it('counts the configured delay and nothing else', () => {
    const d = device();
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    expect(timer.remaining()).toBe(2 * MIN);
    expect(timer.started()).toBe(false);
    timer.begin();
    d.pass(30_000);
    expect(timer.remaining()).toBe(90_000);
    d.pass(2 * MIN);
    expect(timer.remaining()).toBe(0);
  });

  it('a clock moved a day forward while the guard is open does not skip the wait', () => {
    const d = device();
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.syncServerTime(T0);
    timer.begin();
    d.pass(10_000);
    d.setWall(T0 + DAY);
    expect(timer.remaining()).toBe(110_000);
    d.pass(20_000);
    expect(timer.remaining()).toBe(90_000);
  });

  it('a clock moved backwards does not stretch the wait either', () => {
    const d = device();
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.begin();
    d.pass(60_000);
    d.setWall(T0 - DAY);
    d.pass(60_000);
    expect(timer.remaining()).toBe(0);
  });

  it('without server time, a start stamped on a wrong device clock is re-stamped when server time arrives', () => {
    // Device a day behind: a start stamped T0 − 1 day, compared with server time, would look a day old.
    const d = device(T0 - DAY);
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.begin();
    d.pass(20_000);
    timer.syncServerTime(T0 + 20_000);
    expect(timer.remaining()).toBe(100_000);
    expect(timer.snapshot()!.startedAt).toBe(T0);
  });

  it('a tab asleep (monotonic clock paused) is caught up by server time on resume, never shortened', () => {
    const d = device();
    const timer = createCoolingOffTimer(5 * MIN, d.clocks);
    timer.syncServerTime(T0);
    timer.begin();
    d.pass(MIN);
    d.sleep(2 * MIN);
    expect(timer.remaining()).toBe(4 * MIN); // the monotonic clock did not see the sleep
    timer.syncServerTime(T0 + 3 * MIN); // visibilitychange / pageshow: the host re-reads server time
    expect(timer.remaining()).toBe(2 * MIN);
  });

  it('the page frozen and restored resumes with the time that really passed', () => {
    const d = device();
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.begin();
    d.pass(45_000); // no ticks ran while frozen; the monotonic clock still moved
    expect(timer.remaining()).toBe(75_000);
  });

  it('a reload with fresh server time resumes from the server-stamped start', () => {
    const d = device(T0 + DAY); // wrong device clock on the new page
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.syncServerTime(T0 + 50_000);
    timer.resume({ startedAt: T0, remainingMs: 115_000 });
    expect(timer.remaining()).toBe(70_000);
  });

  it('a reload without server time resumes from what was left at the last tick, never less', () => {
    const d = device(T0 + DAY); // clock moved a day forward before the reload
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.resume({ startedAt: T0, remainingMs: 80_000 });
    expect(timer.remaining()).toBe(80_000);
    d.pass(80_000);
    expect(timer.remaining()).toBe(0);
  });

  it('a reload without server time or a saved remainder starts the full delay again', () => {
    const d = device(T0 + DAY);
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.resume({ startedAt: T0 });
    expect(timer.remaining()).toBe(2 * MIN);
  });

  it('a start in the future or tampered values never make the delay longer than configured or shorter', () => {
    const d = device();
    const timer = createCoolingOffTimer(2 * MIN, d.clocks);
    timer.syncServerTime(T0);
    timer.resume({ startedAt: T0 + DAY });
    expect(timer.remaining()).toBe(2 * MIN);
    // A malformed saved state (negative or non-numeric) counts as unreadable: the full delay, not zero.
    timer.resume({ startedAt: Number.NaN, remainingMs: -5 });
    expect(timer.remaining()).toBe(2 * MIN);
    timer.resume({ startedAt: T0, remainingMs: Number.NaN });
    expect(timer.remaining()).toBe(2 * MIN);
  });

  it('ignores unusable server times and bad durations', () => {
    const d = device();
    const timer = createCoolingOffTimer(Number.NaN, d.clocks);
    expect(timer.remaining()).toBe(0);
    const ok = createCoolingOffTimer(MIN, d.clocks);
    ok.syncServerTime('soon');
    ok.syncServerTime(-1);
    ok.begin();
    d.pass(1_000);
    expect(ok.remaining()).toBe(59_000);
    ok.clear();
    expect(ok.started()).toBe(false);
    expect(ok.snapshot()).toBeNull();
  });
});
