import assert from 'node:assert/strict';
import { it } from 'node:test';
import {
  type Activity,
  type PlanItem,
  activitiesPastPlannedDate,
  implementationReport,
  matches,
  nextMeetingNumber,
  planOutcome,
  reportPeriodProblems,
  statesOf,
} from './activities.ts';

const areas = new Map([
  ['tourism', 'economic'],
  ['transport', 'economic'],
  ['ict', 'new-challenges'],
]);
const activity = (id: string, over: Partial<Activity>): Activity => ({
  id,
  kind: 'seminar',
  status: 'held',
  title: { en: id, ru: null },
  start: '2024-05-01',
  end: null,
  city: null,
  countryCode: null,
  format: null,
  bodyId: null,
  meeting: null,
  dimensionId: null,
  areaIds: [],
  organizers: [],
  hosts: [],
  participants: [],
  participantCount: null,
  planItemId: null,
  summary: null,
  outcome: null,
  provenance: null,
  ...over,
});
const item = (id: string, over: Partial<PlanItem>): PlanItem => ({
  id,
  planId: 'plan-2024',
  areaId: 'tourism',
  dimensionId: null,
  title: { en: id, ru: null },
  kind: 'seminar',
  responsible: ['AZ'],
  plannedFrom: '2024-11-11',
  plannedUntil: null,
  place: { en: 'Baku', ru: 'Баку' },
  format: 'in-person',
  decision: 'pending',
  note: null,
  ...over,
});
const report = (activities: Activity[], planItems: PlanItem[], from: string, to: string) =>
  implementationReport({
    activities,
    planItems,
    areas,
    areaOrder: ['tourism', 'transport', 'ict'],
    dimensionOrder: ['new-challenges', 'economic'],
    from,
    to,
  });

it('counts an activity across the new year once, in the year it began', () => {
  const forum = activity('forum', { start: '2024-12-30', end: '2025-01-02', areaIds: ['tourism'] });
  assert.equal(report([forum], [], '2024-01-01', '2024-12-31').total, 1);
  assert.equal(report([forum], [], '2025-01-01', '2025-12-31').total, 0);
  assert.deepEqual(report([forum], [], '2024-01-01', '2025-12-31').byYear, [
    { key: '2024', count: 1 },
    { key: '2025', count: 0 },
  ]);
});

it('counts an activity in two priority areas once in each, once in their dimension and once in all', () => {
  const r = report(
    [activity('expo', { areaIds: ['tourism', 'transport'] }), activity('cyber', { areaIds: ['ict'] })],
    [],
    '2024-01-01',
    '2024-12-31',
  );
  assert.equal(r.total, 2);
  assert.deepEqual(r.byArea, [
    { key: 'tourism', count: 1 },
    { key: 'transport', count: 1 },
    { key: 'ict', count: 1 },
  ]);
  assert.deepEqual(r.byDimension, [
    { key: 'new-challenges', count: 1 },
    { key: 'economic', count: 1 },
  ]);
});

it('counts only what was held', () => {
  const r = report(
    [activity('planned', { status: 'planned' }), activity('off', { status: 'cancelled' }), activity('done', {})],
    [],
    '2024-01-01',
    '2024-12-31',
  );
  assert.equal(r.total, 1);
});

it('counts states by role, once per activity, and leaves organizations and the Secretariat out', () => {
  const a = activity('a', {
    organizers: ['KZ', 'secretariat', 'org-unodc'],
    hosts: ['KZ'],
    participants: ['KZ', 'AZ', 'CN'],
  });
  assert.deepEqual(statesOf(a, 'organizer'), ['KZ']);
  assert.deepEqual(report([a], [], '2024-01-01', '2024-12-31').byState, [
    { code: 'AZ', organizer: 0, host: 0, participant: 1, any: 1 },
    { code: 'CN', organizer: 0, host: 0, participant: 1, any: 1 },
    { code: 'KZ', organizer: 1, host: 1, participant: 1, any: 1 },
  ]);
});

it('keeps a cancelled plan item as planned and not held', () => {
  const items = [
    item('cancelled', { decision: 'cancelled' }),
    item('pending', {}),
    item('held', {}),
    item('next-year', { plannedFrom: '2025-02' }),
  ];
  const r = report(
    [activity('seminar', { planItemId: 'held', start: '2024-11-11' })],
    items,
    '2024-01-01',
    '2024-12-31',
  );
  assert.deepEqual(r.plan, { planned: 3, held: 1, postponed: 0, cancelled: 1, pending: 1 });
});

it('shows the plan, the change and the outcome of a rescheduled meeting', () => {
  const planned = item('soc', { kind: 'meeting', plannedFrom: '2024-11-11', decision: 'postponed' });
  const held = activity('soc-held', { planItemId: 'soc', start: '2024-12-17', city: null, format: 'online' });
  assert.deepEqual(planOutcome(planned, []), { status: 'postponed', activity: null, changes: [] });
  const outcome = planOutcome(planned, [held]);
  assert.equal(outcome.status, 'held');
  assert.equal(outcome.activity?.id, 'soc-held');
  assert.deepEqual(outcome.changes, ['date', 'format']);
  assert.deepEqual(
    planOutcome(item('month', { plannedFrom: '2024-12' }), [
      activity('x', { planItemId: 'month', start: '2024-12-17' }),
    ]).changes,
    [],
  );
});

it('applies one filter rule for lists and figures', () => {
  const a = activity('a', { areaIds: ['ict'], organizers: ['AZ'], participants: ['KZ'], bodyId: 'soc' });
  assert.ok(matches(a, { dimension: 'new-challenges', state: 'KZ' }, areas));
  assert.ok(!matches(a, { state: 'KZ', role: 'organizer' }, areas));
  assert.ok(matches(a, { body: 'soc', from: '2024-05-01', to: '2024-05-01' }, areas));
  assert.ok(!matches(a, { from: '2024-05-02' }, areas));
});

it('reports at most 25 years, from 1992 to 2200, and names the end that is wrong', () => {
  assert.deepEqual(
    reportPeriodProblems('2000-01-01', '2024-12-31'),
    [],
    'twenty-five years, the first to the last day',
  );
  assert.deepEqual(reportPeriodProblems('1992-01-01', undefined), []);
  assert.deepEqual(
    reportPeriodProblems('2000-01-01', '2025-01-01'),
    [{ field: 'to', reason: 'too-long' }],
    'a day of a twenty-sixth year',
  );
  assert.deepEqual(reportPeriodProblems('0001-01-01', '9999-12-31'), [
    { field: 'from', reason: 'year-out-of-range' },
    { field: 'to', reason: 'year-out-of-range' },
  ]);
  assert.deepEqual(reportPeriodProblems('1991-12-31', '1992-01-01'), [{ field: 'from', reason: 'year-out-of-range' }]);
  assert.deepEqual(reportPeriodProblems(undefined, '2201-01-01'), [{ field: 'to', reason: 'year-out-of-range' }]);
});

it('numbers a new regular meeting after the last numbered one before it', () => {
  const series = [
    { number: 1, kind: 'regular', start: '2022-10' },
    { number: 2, kind: 'regular', start: '2023-10-05' },
    { number: null, kind: 'special', start: '2024-02-01' },
  ];
  assert.equal(nextMeetingNumber(series, '2024-10-10'), 3);
  assert.equal(nextMeetingNumber(series, '2023-01-01'), 2);
  assert.equal(nextMeetingNumber([], '2024-01-01'), 1);
});

it('lists activities still planned after their last day, for staff to confirm, and no others', () => {
  const overdue = activity('forum', { status: 'planned', start: '2026-09-10', end: '2026-09-11' });
  const list = [
    activity('held', { status: 'held', start: '2026-01-01' }),
    overdue,
    activity('later', { status: 'planned', start: '2027-03-01' }),
    activity('cancelled', { status: 'cancelled', start: '2026-02-01' }),
  ];
  assert.deepEqual(activitiesPastPlannedDate(list, '2026-09-11'), []);
  assert.deepEqual(
    activitiesPastPlannedDate(list, '2026-09-12').map((a) => a.id),
    ['forum'],
  );
});
