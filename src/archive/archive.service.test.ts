import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine, rowCounts } from '../platform/testing/engines.ts';
import { type Services, buildServices } from '../services.ts';
import {
  RELEASE_2019,
  RELEASE_2024,
  RELEASE_RU,
  SPEECH_2023,
  bytes,
  currentPage,
  olderPage,
  textCopy,
  windows1251,
} from './archive.fixture.ts';
import { addAccounts } from '../platform/testing/accounts.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };
const file = (name: string, content: string | Uint8Array) => ({
  name,
  bytes: typeof content === 'string' ? bytes(content) : content,
});

describeEachEngine('archive import', (record, it) => {
  const clock = fixedClock('2026-11-01', '09:00:00');
  let s: Services;
  beforeEach(async () => {
    s = buildServices(record().db, clock);
    await addAccounts(record().db, editor);
  });

  it('shows in a dry run what would be created, and writes nothing', async () => {
    const before = await rowCounts(record().db);
    const report = await s.archive.importFiles(editor, [file('a.html', currentPage(RELEASE_2024))], { dryRun: true });
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.status, f.title]),
      [['a.html', 'would-create', RELEASE_2024.title]],
    );
    assert.deepEqual(await rowCounts(record().db), before);
  });

  it('makes each layout a release with its fields, people and states, and its old address', async () => {
    const report = await s.archive.importFiles(
      editor,
      [
        file('current.html', currentPage(RELEASE_2024)),
        file('older.html', olderPage(RELEASE_2019, 'press-release-05122019')),
      ],
      { publish: true },
    );
    assert.equal(report.ok, true, JSON.stringify(report.files.map((f) => f.reason)));
    assert.deepEqual(report.summary, { files: 2, created: 2, already: 0, refused: 0, flagged: 0 });
    const [current, older] = report.files;
    const r2024 = await s.newsroom.published(current!.path!.replace('/news/', ''));
    assert.equal(r2024.title.en, RELEASE_2024.title);
    assert.equal(r2024.place.en, 'Astana');
    assert.equal(r2024.date, '2024-03-12');
    assert.equal(r2024.contact.email, 'a.temirbek@example.org');
    assert.ok(r2024.links.some((l) => l.kind === 'person' && l.id === 'kairat-sarybay'));
    assert.ok(r2024.links.some((l) => l.kind === 'state' && l.id === 'MN'));
    assert.deepEqual(
      current!.people.map((p) => [p.id, p.post]),
      [['kairat-sarybay', 'secretary-general']],
    );
    const r2019 = await s.newsroom.published(older!.path!.replace('/news/', ''));
    // The day the old site posted it is the release's publication date; the dateline's day is the event's.
    assert.equal(r2019.publishedAt?.slice(0, 10), '2019-12-05');
    assert.equal(r2019.date, '2019-12-03');
    assert.ok(!/Back|Print/.test(r2019.body.en ?? ''));
    // "Executive Director of the CICA Secretariat" in 2019 is Habibullo Mirzozoda, in that post.
    assert.deepEqual(
      older!.people.map((p) => [p.id, p.post]),
      [['habibullo-mirzozoda', 'executive-director']],
    );
    assert.deepEqual(await s.archive.resolve('page:press-release-05122019'), {
      kind: 'release',
      path: older!.path,
    });
  });

  it('imports the same files again as already there, writing nothing', async () => {
    const files = [
      file('a.html', currentPage(RELEASE_2024)),
      file('b.txt', textCopy(RELEASE_2019, 'https://www.s-cica.org/index.php?view=page&t=press_releases&id=3102')),
    ];
    assert.equal((await s.archive.importFiles(editor, files)).ok, true);
    const before = await rowCounts(record().db);
    const again = await s.archive.importFiles(editor, files);
    assert.equal(again.ok, true);
    assert.deepEqual(
      again.files.map((f) => [f.status, f.reason?.code]),
      [
        ['already', 'already'],
        ['already', 'already'],
      ],
    );
    assert.deepEqual(await rowCounts(record().db), before);
  });

  it('makes the English and Russian pages of one old id one release in two languages', async () => {
    const ru = { ...RELEASE_RU, id: RELEASE_2024.id };
    const report = await s.archive.importFiles(editor, [
      file('en.html', currentPage(RELEASE_2024)),
      file('ru.html', windows1251(currentPage(ru))),
    ]);
    assert.equal(report.ok, true);
    assert.equal(report.files[0]!.path, report.files[1]!.path);
    const [item] = await record().db.selectFrom('archive_item').selectAll().execute();
    const release = await s.newsroom.get(item!.item_id);
    assert.equal(release.title.en, RELEASE_2024.title);
    assert.equal(release.title.ru, RELEASE_RU.title);
    assert.equal(release.place.ru, 'Астана');
  });

  it('imports a speech with its speaker, the post held that day and the occasion', async () => {
    const report = await s.archive.importFiles(
      editor,
      [file('s.html', currentPage(SPEECH_2023, 'index.php?view=page&t=speeches&id=501'))],
      { publish: true },
    );
    assert.equal(report.ok, true, JSON.stringify(report.files[0]!.reason));
    assert.equal(report.files[0]!.kind, 'speech');
    const speech = await s.speeches.published(report.files[0]!.path!.replace('/speeches/', ''));
    assert.deepEqual(speech.speaker, { personId: 'kairat-sarybay', name: null, post: 'secretary-general' });
    assert.equal(speech.occasion.en, 'the Think Tank Forum');
    assert.deepEqual(await s.archive.resolve('speeches:501'), { kind: 'speech', path: report.files[0]!.path });
  });

  it('refuses a run holding another site’s page, an empty or a binary file, naming each, and writes nothing', async () => {
    const before = await rowCounts(record().db);
    const report = await s.archive.importFiles(editor, [
      file('good.html', currentPage(RELEASE_2024)),
      file(
        'weather.html',
        '<!doctype html><html><body><h1>Weather</h1><p>Sunny all afternoon in the capital today.</p></body></html>',
      ),
      file('empty.txt', ''),
      file('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])),
    ]);
    assert.equal(report.ok, false);
    assert.deepEqual(
      report.files.map((f) => [f.file, f.status, f.reason?.code ?? null]),
      [
        ['good.html', 'would-create', null],
        ['weather.html', 'refused', 'not-ours'],
        ['empty.txt', 'refused', 'empty'],
        ['photo.jpg', 'refused', 'binary'],
      ],
    );
    assert.deepEqual(await rowCounts(record().db), before);
  });

  it('keeps a release whose dateline and "Posted on" disagree, and one whose title contradicts the record, flagged', async () => {
    const late = { ...RELEASE_2019, id: 4001, posted: 'March 02, 2020' };
    const wrongPost = {
      ...RELEASE_2019,
      id: 4002,
      title: 'Secretary General meets students',
      paragraphs: [
        'Secretary General Habibullo Mirzozoda met students of a school of international relations in Almaty.',
      ],
    };
    const report = await s.archive.importFiles(editor, [
      file('late.html', olderPage(late)),
      file('wrong.html', olderPage(wrongPost)),
    ]);
    assert.equal(report.ok, true);
    assert.deepEqual(
      report.files.map((f) => f.flags.map((x) => x.kind)),
      [['dates-disagree'], ['post-contradicts']],
    );
    const flags = await s.archive.flags('open');
    assert.equal(flags.length, 2);
    // A person whose written post the record contradicts is listed for staff, not linked.
    const [wrongItem] = await record()
      .db.selectFrom('archive_item')
      .selectAll()
      .where('key', '=', 'page:press-release-4002')
      .execute();
    const release = await s.newsroom.get(wrongItem!.item_id);
    assert.ok(!release.links.some((l) => l.kind === 'person'));
    const flag = flags.find((f) => f.kind === 'post-contradicts')!;
    assert.equal((await s.archive.resolveFlag(editor, flag.id, flag.version)).ok, true);
    assert.equal((await s.archive.flags('open')).length, 1);
  });
});
