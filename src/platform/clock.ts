import type { IsoDate } from './dates.ts';

/** Rules never read the time themselves; they are handed it by whoever holds a clock. */
export type Clock = { now(): Date; today(): IsoDate };

// Today's date is worked out once a day, not on every request that asks (the page cache asks each time).
let day = '';
let dayEnds = 0;
export const systemClock: Clock = {
  now: () => new Date(),
  today: () => {
    const now = Date.now();
    if (now >= dayEnds) {
      day = new Date(now).toISOString().slice(0, 10);
      dayEnds = Date.parse(`${day}T00:00:00.000Z`) + 86_400_000;
    }
    return day;
  },
};

/** A clock that stands still until told to move: for tests of expiry and throttling. */
export function fixedClock(date: IsoDate, time = '12:00:00'): Clock & { advance(ms: number): void } {
  let at = Date.parse(`${date}T${time}Z`);
  return {
    now: () => new Date(at),
    today: () => new Date(at).toISOString().slice(0, 10),
    advance: (ms) => {
      at += ms;
    },
  };
}

/**
 * Lets the event loop take its turn (I/O, timers, other requests) before long
 * work goes on: SQLite answers synchronously, so a chain of queries otherwise
 * keeps everything else waiting until it ends.
 */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
