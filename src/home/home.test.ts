import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { upcomingAndRecent } from './home.ts';

type A = { id: string; start: string; end: string | null; status: 'planned' | 'held' | 'cancelled' };
const a = (id: string, start: string, end: string | null, status: A['status']): A => ({ id, start, end, status });
const ids = (xs: A[]) => xs.map((x) => x.id);

describe('home: upcoming and recent activities', () => {
  const today = '2024-10-03';

  it('lists what is to come soonest first, and what was held latest first', () => {
    const { upcoming, recent } = upcomingAndRecent(
      [
        a('far', '2024-12-01', null, 'planned'),
        a('near', '2024-10-10', null, 'planned'),
        a('old', '2024-01-15', null, 'held'),
        a('lately', '2024-09-20', '2024-09-21', 'held'),
      ],
      today,
    );
    assert.deepEqual(ids(upcoming), ['near', 'far']);
    assert.deepEqual(ids(recent), ['lately', 'old']);
  });

  it('counts an activity under way today as upcoming, not as recent', () => {
    const { upcoming, recent } = upcomingAndRecent([a('rally', '2024-10-03', '2024-10-04', 'held')], today);
    assert.deepEqual([ids(upcoming), ids(recent)], [['rally'], []]);
  });

  it('shows neither a cancelled activity nor a planned one whose dates have passed unconfirmed', () => {
    const { upcoming, recent } = upcomingAndRecent(
      [a('cancelled', '2024-11-11', null, 'cancelled'), a('unconfirmed', '2024-09-01', null, 'planned')],
      today,
    );
    assert.deepEqual([ids(upcoming), ids(recent)], [[], []]);
  });

  it('ranks a multi-day activity by the day it ended', () => {
    const { recent } = upcomingAndRecent(
      [a('long', '2024-08-01', '2024-09-30', 'held'), a('short', '2024-09-10', null, 'held')],
      today,
    );
    assert.deepEqual(ids(recent), ['long', 'short']);
  });
});
