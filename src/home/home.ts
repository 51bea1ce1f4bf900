/** What the home page chooses to show: rules over what other capabilities hand it, the date passed in. */
import type { IsoDate } from '../platform/dates.ts';

type Dated = Readonly<{ start: IsoDate; end: IsoDate | null; status: 'planned' | 'held' | 'cancelled' }>;

/**
 * Upcoming: not cancelled and not over by `today` (one under way counts), soonest first.
 * Recent: held and over before `today`, latest first. A planned activity whose dates have
 * passed is in neither: until staff record that it was held, the site does not say so.
 */
export function upcomingAndRecent<A extends Dated>(
  activities: readonly A[],
  today: IsoDate,
): { upcoming: A[]; recent: A[] } {
  const last = (a: A) => a.end ?? a.start;
  const upcoming = activities
    .filter((a) => a.status !== 'cancelled' && last(a) >= today)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const recent = activities
    .filter((a) => a.status === 'held' && last(a) < today)
    .sort((a, b) => (last(a) > last(b) ? -1 : last(a) < last(b) ? 1 : 0));
  return { upcoming, recent };
}
