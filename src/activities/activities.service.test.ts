import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { addAccounts } from '../platform/testing/accounts.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';
import { seedActivities } from './activities.fixture.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };

describeEachEngine('activities', (record, it) => {
  const clock = fixedClock('2025-03-01', '09:00:00');
  const services = () => buildServices(record().db, clock);
  let ids: Awaited<ReturnType<typeof seedActivities>>;
  // A year of activities and its plan, recorded through the office.
  beforeEach(async () => {
    await addAccounts(record().db, editor);
    ids = await seedActivities(services(), editor);
  });
  /** The Council of Ministers meeting in Baku, held in February 2025, recorded as an activity. */
  const recordMinisterialMeeting = () =>
    services().office.create(editor, 'activities', {
      kind: 'meeting',
      status: 'held',
      title_en: 'Meeting of the Council of Ministers of Foreign Affairs',
      start_date: '2025-02-20',
      body_id: 'ministerial',
      city_en: 'Baku',
    });

  it('numbers a meeting of a body recorded as an activity in its series', async () => {
    const s = services();
    const before = await s.bodies.meetings({ bodyId: 'ministerial' });
    const last = Math.max(...before.filter((m) => m.kind === 'regular' && m.number !== null).map((m) => m.number!));
    const created = await recordMinisterialMeeting();
    assert.ok(created.ok);
    const meetings = await s.bodies.meetings({ bodyId: 'ministerial' });
    const meeting = meetings.find((m) => m.id === created.id);
    assert.equal(meeting?.number, last + 1);
    assert.equal(meeting?.status, 'held');
    assert.equal(meetings.length, before.length + 1, 'the activity is the meeting: one record, not two');
  });

  it('titles a numbered meeting from its series and lists it with the other activities', async () => {
    const s = services();
    const created = await s.office.create(editor, 'activities', {
      kind: 'meeting',
      status: 'planned',
      start_date: '2025-11-12',
      body_id: 'ministerial',
    });
    assert.ok(created.ok);
    const activity = await s.activities.activity(created.id);
    assert.equal(activity?.meeting?.number, 8);
    assert.deepEqual(activity?.title, {
      en: 'Eighth Ministerial Council Meeting',
      ru: 'Восьмое заседание Совета министров иностранных дел СВМДА',
    });
    const listed = await s.activities.list({ from: '2024-12-01', to: '2025-12-31' });
    assert.ok(listed.some((a) => a.id === 'mm-7' && a.title.en === 'Seventh Ministerial Council Meeting'));
    assert.ok(listed.some((a) => a.id === created.id));
  });

  it('refuses an activity without a title unless it is a regular meeting of a body, and changes nothing', async () => {
    const s = services();
    const before = (await s.activities.list({})).length;
    const untitled = await s.office.create(editor, 'activities', {
      kind: 'seminar',
      status: 'held',
      start_date: '2025-01-10',
    });
    assert.equal(untitled.ok, false);
    assert.deepEqual(!untitled.ok && untitled.problems.map((p) => p.field), ['title_en']);
    const numberedSeminar = await s.office.create(editor, 'activities', {
      kind: 'seminar',
      status: 'held',
      title_en: 'Seminar',
      start_date: '2025-01-10',
      meeting_number: '3',
    });
    assert.deepEqual(!numberedSeminar.ok && numberedSeminar.problems.map((p) => p.field), ['meeting_number']);
    assert.equal((await s.activities.list({})).length, before);
  });

  it('counts a year: the new-year forum in its first year, the two-area seminar in each area, the cancelled item as planned but not held', async () => {
    assert.ok((await recordMinisterialMeeting()).ok);
    const { report } = await services().activities.report('2024-01-01', '2024-12-31');
    // The pack's activities of the year (its meetings of bodies among them) count as well; they have no priority areas.
    const fromPack = async (from: string, to: string) =>
      (await services().activities.list({ from, to, status: 'held' })).filter((a) => a.provenance !== null).length;
    assert.ok((await fromPack('2024-01-01', '2024-12-31')) > 0);
    assert.equal(report.total, (await fromPack('2024-01-01', '2024-12-31')) + 3);
    assert.deepEqual(
      report.byArea.find((x) => x.key === 'tourism'),
      { key: 'tourism', count: 2 },
    );
    assert.deepEqual(
      report.byArea.find((x) => x.key === 'transport-corridors'),
      { key: 'transport-corridors', count: 1 },
    );
    assert.deepEqual(
      report.byDimension.find((x) => x.key === 'economic'),
      { key: 'economic', count: 2 },
    );
    assert.deepEqual(report.plan, { planned: 4, held: 2, pending: 1, postponed: 0, cancelled: 1 });
    assert.equal(
      (await services().activities.report('2025-01-01', '2025-12-31')).report.total,
      (await fromPack('2025-01-01', '2025-12-31')) + 1,
      'the ministerial meeting of 2025 only; the forum began in 2024',
    );
  });

  it('lists what a figure counts, with the same rule', async () => {
    const s = services();
    const tourism = await s.activities.list({ from: '2024-01-01', to: '2024-12-31', status: 'held', area: 'tourism' });
    assert.deepEqual(tourism.map((a) => a.id).sort(), [ids.seminar, ids.tourism].sort());
    const hosted = await s.activities.list({ state: 'KZ', role: 'host' });
    assert.deepEqual(
      hosted.map((a) => a.id),
      [ids.seminar, ids.forum],
    );
  });

  it('shows the plan, the change and the outcome of the rescheduled meeting', async () => {
    const page = await services().activities.page(ids.tourism, 'en');
    assert.equal(page.plan?.outcome.status, 'held');
    assert.deepEqual(page.plan?.outcome.changes, ['date', 'format']);
    assert.equal(page.plan?.item.place?.en, 'Baku');
  });

  it('gives a participant the post they held on the day', async () => {
    const page = await services().activities.page(ids.seminar, 'en');
    assert.equal(page.participants[0]?.personId, 'kairat-sarybay');
    assert.equal(page.participants[0]?.post, 'secretary-general');
    assert.equal(page.outcomes[0]?.kind, 'recommendation');
  });

  it('shows a calendar month with what began the month before', async () => {
    const january = await services().activities.during('2025-01-01', '2025-01-31', {});
    assert.deepEqual(
      january.map((a) => a.id),
      [ids.forum],
    );
  });

  it('writes the plan as CSV and reads it back the same', async () => {
    const s = services();
    const csv = await s.activities.planCsv(2024);
    assert.ok(csv?.startsWith('"id","priority_area_id","dimension_id","title_en"'));
    const again = await s.activities.importPlanCsv(editor, 2024, csv!);
    assert.deepEqual(again, { ok: true, created: 0, updated: 4 });
    assert.equal(await s.activities.planCsv(2024), csv);
  });

  it('refuses a plan file with a bad row whole, naming the line and the column', async () => {
    const s = services();
    const csv =
      'priority_area_id,title_en,kind,planned_from,decision,responsible\ntourism,Good row,seminar,2024-03,pending,KZ\nno-such-area,Bad row,seminar,2024-13,pending,XX\n';
    const result = await s.activities.importPlanCsv(editor, 2024, csv);
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.deepEqual(result.problems.map((p) => [p.row, p.field]).sort(), [
      [3, 'planned_from'],
      [3, 'priority_area_id'],
      [3, 'responsible'],
    ]);
    assert.equal((await s.activities.plan(2024))?.items.length, 4, 'nothing was imported');
    const unknown = await s.activities.importPlanCsv(editor, 2024, 'title,kind\nx,seminar\n');
    assert.ok(!unknown.ok && unknown.problems.some((p) => p.field === 'title'));
  });

  it('is found by search, in both languages, with its filters', async () => {
    const s = services();
    await s.search.reindexActivities();
    const en = await s.search.search({ q: 'transport corridors', lang: 'en', types: ['activity'] });
    // The Senior Officials Committee meeting that approved the concept paper on transport corridors is an activity too.
    assert.deepEqual(en.hits.map((h) => h.refId).sort(), [ids.seminar, 'soc-2022-10-12'].sort());
    assert.equal(en.hits.find((h) => h.refId === ids.seminar)?.path, `/activities/${ids.seminar}`);
    const ru = await s.search.search({ q: 'коридорам', lang: 'ru', types: ['activity'], state: 'UZ' });
    assert.deepEqual(
      ru.hits.map((h) => h.refId),
      [ids.seminar],
    );
    assert.deepEqual(
      (await s.search.search({ q: 'corridors', lang: 'en', types: ['activity'], dimension: 'human' })).hits,
      [],
    );
  });

  it("puts plan, activity, outcome and release in date order on an area's timeline", async () => {
    const s = services();
    const release = await s.newsroom.create(
      editor,
      {
        title_en: 'Tourism experts meet online',
        place_en: 'Astana',
        date: '2024-12-18',
        body_en: 'Experts met.',
        areas: ['tourism'],
        activities: [ids.tourism],
      },
      { publish: true },
    );
    assert.ok(release.ok);
    const entries = await s.activities.timeline({ area: 'tourism' }, 'en');
    assert.deepEqual(
      entries.map((e) => `${e.date} ${e.kind}`),
      ['2024-05-14 activity', '2024-11-11 plan', '2024-12-17 activity', '2024-12-18 release'],
    );
    assert.equal((await s.activities.page(ids.tourism, 'en')).releases.length, 1);
  });
});
