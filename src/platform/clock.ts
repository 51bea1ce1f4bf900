import type { IsoDate } from './dates.ts';

/** Rules never read the time themselves; they are handed today's date by whoever holds a clock. */
export type Clock = { today(): IsoDate };

export const systemClock: Clock = { today: () => new Date().toISOString().slice(0, 10) };

export const fixedClock = (date: IsoDate): Clock => ({ today: () => date });
