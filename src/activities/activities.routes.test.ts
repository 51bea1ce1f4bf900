import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, beforeEach, describe, it } from 'node:test';
import { buildServices } from '../services.ts';
import { type PlatformHandle, usePlatform } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { seedActivities } from './activities.fixture.ts';

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/** A year of activities and its plan, recorded by the editor; the editor and the reviewer signed in. */
async function seed(app: PlatformHandle) {
  const emails = await seedAccounts(app.db(), app.clock);
  const account = await app
    .db()
    .selectFrom('account')
    .selectAll()
    .where('email', '=', emails.editor)
    .executeTakeFirstOrThrow();
  const ids = await seedActivities(buildServices(app.db(), app.clock), {
    id: account.id,
    email: account.email,
    name: account.name,
    role: 'editor',
    stateCode: null,
  });
  const editor = new Client(app());
  const reviewer = new Client(app());
  await editor.signIn(emails.editor, PASSWORD);
  await reviewer.signIn(emails.reviewer, PASSWORD);
  return { ids, editor, reviewer };
}

describe('activities over HTTP', () => {
  // These tests only read: they share one platform.
  const app = usePlatform({ readOnly: true });
  let ids: Awaited<ReturnType<typeof seedActivities>>;
  before(async () => {
    ({ ids } = await seed(app));
  });

  it('lists activities with filters, and refuses a bad filter by name', async () => {
    const all = await app().inject('/en/activities');
    assert.equal(all.statusCode, 200);
    assert.match(all.body, /Seminar on transport corridors and tourism/);
    const hosted = await app().inject('/en/activities?state=KZ&role=host');
    assert.match(hosted.body, /Youth forum/);
    assert.doesNotMatch(hosted.body, /Meeting of experts on tourism<\/a>/);
    const bad = await app().inject('/en/activities?state=Kazakhstan');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /state/);
  });

  it('shows a month with the activities under way on each day, in Russian too', async () => {
    const res = await app().inject('/ru/activities/calendar?month=2024-05');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Семинар по транспортным коридорам и туризму/);
    assert.match(res.body, /май 2024|Май 2024/i);
  });

  it('offers the calendar and each filter as iCalendar', async () => {
    const res = await app().inject('/en/activities.ics?area=tourism');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/calendar/);
    assert.match(res.body, /BEGIN:VCALENDAR/);
    assert.equal(res.body.match(/BEGIN:VEVENT/g)?.length, 2);
    assert.match(res.body, /DTSTART;VALUE=DATE:20240514/);
    assert.match(res.body, /DTEND;VALUE=DATE:20240516/, 'an all-day event ends the day after its last day');
    assert.match(res.body, /STATUS:CONFIRMED/);
    assert.match((await app().inject('/en/activities.ics?status=planned')).body, /STATUS:TENTATIVE/);
    const ru = await app().inject('/ru/activities.ics?area=tourism');
    assert.match(ru.body, /Семинар по транспортным коридорам/);
  });

  it('shows an activity with its plan, the change from it, its people and its outcomes', async () => {
    const tourism = await app().inject(`/en/activities/${ids.tourism}`);
    assert.equal(tourism.statusCode, 200);
    assert.match(tourism.body, /Changed from the plan: date, format/);
    const seminar = await app().inject(`/en/activities/${ids.seminar}`);
    assert.match(seminar.body, /Kairat Sarybay/);
    assert.match(seminar.body, /Secretary General/);
    assert.match(seminar.body, /Simplify transit visas/);
    assert.equal((await app().inject('/en/activities/no-such-activity')).statusCode, 404);
  });

  it('reports a period as a page with charts whose bars link to what they count', async () => {
    const res = await app().inject('/en/activities/report?from=2024-01-01&to=2024-12-31');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<svg[^>]*role="group" aria-label="By priority area"/);
    assert.match(res.body, /href="\/en\/activities\?from=2024-01-01&to=2024-12-31&status=held&area=tourism"/);
    const listed = await app().inject('/en/activities?from=2024-01-01&to=2024-12-31&status=held&area=tourism');
    assert.equal(listed.body.match(/class="activity-item"/g)?.length, 2, 'the bar says 2; its list shows 2');
    assert.equal((await app().inject('/en/activities/report?from=2024-12-31&to=2024-01-01')).statusCode, 400);
  });

  it('gives the report as CSV and as a PDF in either language', async () => {
    const csv = await app().inject('/en/activities/report.csv?from=2024-01-01&to=2024-12-31');
    assert.match(csv.body, /"section","key","name","count","organizer","host","participant"/);
    assert.match(csv.body, /"priority-area","tourism","Tourism",2/);
    const pdf = await app().inject('/ru/activities/report.pdf?from=2024-01-01&to=2024-12-31');
    assert.equal(pdf.headers['content-type'], 'application/pdf');
    const text = pdfText(pdf.rawPayload);
    assert.match(text, /Отчёт о реализации/);
    assert.match(text, /Туризм/);
  });

  it("refuses a report period of centuries, or of too many years, naming the field in the page's language", async () => {
    const centuries = await app().inject('/en/activities/report.pdf?from=0001-01-01&to=9999-12-31');
    assert.equal(centuries.statusCode, 400);
    assert.match(centuries.headers['content-type'] as string, /text\/html/);
    assert.match(centuries.body, /In “from”: <\/span><span>Reports cover the years 1992 to 2200\.<\/span>/);
    assert.match(centuries.body, /In “to”: <\/span><span>Reports cover the years 1992 to 2200\.<\/span>/);
    const long = await app().inject('/ru/activities/report.csv?from=1995-01-01&to=2024-12-31');
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /Параметр «to»: <\/span><span>Отчёт охватывает не более 25 лет\.<\/span>/);
    const before = await app().inject('/ru/activities/report?from=1980-01-01&to=2000-12-31');
    assert.equal(before.statusCode, 400);
    assert.match(before.body, /Параметр «from»: <\/span><span>Отчёты охватывают годы с 1992 по 2200\.<\/span>/);
    // Given only its start, the period runs to the end of this year (2025): thirty-three years.
    const open = await app().inject('/en/activities/report?from=1993-01-01');
    assert.equal(open.statusCode, 400);
    assert.match(open.body, /In “to”: <\/span><span>A report covers at most 25 years\.<\/span>/);
    assert.equal(
      (await app().inject('/en/activities/report?from=2000-01-01&to=2024-12-31')).statusCode,
      200,
      'twenty-five years are reported',
    );
    const api = await app().inject('/api/activities/report?from=0001-01-01&to=9999-12-31');
    assert.equal(api.statusCode, 400);
    assert.deepEqual(api.json().problems, [
      { field: 'from', message: 'Reports cover the years 1992 to 2200.' },
      { field: 'to', message: 'Reports cover the years 1992 to 2200.' },
    ]);
  });

  it("shows the plan with each item's outcome, and gives it as CSV", async () => {
    const page = await app().inject('/en/activities/plan/2024');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /plan-held/);
    assert.match(page.body, /plan-cancelled/);
    const csv = await app().inject('/en/activities/plan/2024.csv');
    assert.match(csv.body, /^"id","priority_area_id"/);
    assert.equal((await app().inject('/en/activities/plan/1990')).statusCode, 400);
    assert.equal((await app().inject('/en/activities/plan/2031')).statusCode, 404);
  });

  it('answers the same filters and the report as JSON, and names a bad parameter', async () => {
    const list = await app().inject('/api/activities?area=tourism&lang=ru');
    assert.equal(list.statusCode, 200);
    const items = list.json().items as Array<{ id: string; title: string; dimensions: string[]; url: string }>;
    assert.deepEqual(
      items.map((i) => i.id),
      [ids.seminar, ids.tourism],
    );
    assert.equal(items[0]!.title, 'Семинар по транспортным коридорам и туризму');
    assert.deepEqual(items[0]!.dimensions, ['economic']);
    const report = await app().inject('/api/activities/report?from=2024-01-01&to=2024-12-31');
    // The pack's own activities of 2024 (the meetings of bodies among them) count too; the fixture adds three held ones.
    const fromPack = (
      await buildServices(app.db(), app.clock).activities.list({ from: '2024-01-01', to: '2024-12-31', status: 'held' })
    ).filter((a) => a.provenance !== null).length;
    assert.ok(fromPack > 0);
    assert.equal(report.json().total, fromPack + 3);
    assert.deepEqual(
      report.json().byArea.find((x: { key: string }) => x.key === 'tourism'),
      { key: 'tourism', name: 'Tourism', count: 2 },
    );
    const bad = await app().inject('/api/activities/report?from=2024-12-31&to=2024-01-01');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().problems[0].field, 'to');
  });

  it('lists the activities, their calendar, report and plans in the sitemap', async () => {
    const sitemap = (await app().inject('/sitemap.xml')).body;
    for (const path of [
      '/en/activities/calendar',
      '/en/activities/report',
      `/en/activities/${ids.seminar}`,
      '/ru/activities/plan/2024',
      '/en/digest',
    ])
      assert.ok(sitemap.includes(`${path}</loc>`), path);
  });

  it('draws a timeline for a state', async () => {
    const res = await app().inject('/en/activities/timeline/state/KZ');
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /Youth forum on confidence building/);
    assert.equal((await app().inject('/en/activities/timeline/state/XX')).statusCode, 404);
  });
});

describe('activities over HTTP: importing the plan', () => {
  const app = usePlatform();
  let editor: Client;
  let reviewer: Client;
  beforeEach(async () => {
    ({ editor, reviewer } = await seed(app));
  });

  it('lets an editor import plan items from CSV, and not a reviewer', async () => {
    const csv =
      'priority_area_id,title_en,kind,planned_from,decision,responsible\ndisaster-management,Exercise on disaster response,workshop,2024-08,pending,MN\n';
    await reviewer.get('/en/office/records/action-plans');
    assert.equal((await reviewer.post('/en/office/plans/2024/import', { csv })).statusCode, 403);
    await editor.get('/en/office/plans/2024/import');
    const res = await editor.post('/en/office/plans/2024/import', { csv });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /1 plan item imported\./);
    assert.match((await app().inject('/en/activities/plan/2024')).body, /Exercise on disaster response/);
  });

  it('writes formula-like cells of the plan CSV as text, and takes the guard off when the file comes back', async () => {
    const csv =
      'priority_area_id,title_en,title_ru,kind,planned_from,decision,responsible,note_en,note_ru\n' +
      'disaster-management,"=HYPERLINK(""http://evil"",""x"")",@SUM(A1),workshop,2024-09,pending,MN,+1+2,-1+2\n';
    await editor.get('/en/office/plans/2024/import');
    assert.equal((await editor.post('/en/office/plans/2024/import', { csv })).statusCode, 200);
    // Signed in, so the download is laid out afresh each time, not answered from the page cache.
    const out = (await editor.get('/en/activities/plan/2024.csv')).body;
    assert.match(
      out,
      /,"'=HYPERLINK\(""http:\/\/evil"",""x""\)","'@SUM\(A1\)","workshop","MN","2024-09","","","","","pending","'\+1\+2","'-1\+2"\n/,
    );
    await editor.get('/en/office/plans/2024/import');
    const again = await editor.post('/en/office/plans/2024/import', { csv: out });
    assert.equal(again.statusCode, 200);
    assert.equal(
      (await editor.get('/en/activities/plan/2024.csv')).body,
      out,
      'the file comes back as it went out, without a second quote',
    );
    assert.match(
      (await editor.get('/en/activities/plan/2024')).body,
      />=HYPERLINK\(&#34;http:\/\/evil&#34;,&#34;x&#34;\)</,
    );
  });
});
