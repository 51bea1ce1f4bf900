import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import iconv from 'iconv-lite';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine, rowCounts } from '../platform/testing/engines.ts';
import { type Services, buildServices } from '../services.ts';
import { CEREMONY_EN, CEREMONY_REPRINT, CEREMONY_RU, CEREMONY_WIRE } from './media.fixture.ts';
import { addAccounts } from '../platform/testing/accounts.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };
const file = (name: string, a: { title: string; published: string; text: string }) => ({
  name,
  bytes: new TextEncoder().encode(`${a.title}\ndate ${a.published}\n\n${a.text}\n`),
});
const must = async (p: Promise<{ ok: true; id: string } | { ok: false }>) => {
  const r = await p;
  assert.ok(r.ok, JSON.stringify(r));
  return r.id;
};

/** The people the ceremony articles name, beside the pack's Kairat Sarybay. */
async function recordPeople(s: Services) {
  const person = async (en: string, ru: string) =>
    must(s.office.create(editor, 'people', { name_en: en, name_ru: ru }));
  return {
    nasredin: await person('Ismatullo Nasredin', 'Исматулло Насредин'),
    musayev: await person('Azer Musayev', 'Азер Мусаев'),
    bakayev: await person('Alibek Bakayev', 'Алибек Бакаев'),
  };
}

/**
 * The ceremony as the pack records it (hq-foundation-stone-2024), with two of the
 * people who took part; its words are made English only, as a record kept in one
 * language would have them.
 */
async function recordCeremony(s: Services, bakayev: string) {
  const id = 'hq-foundation-stone-2024';
  const row = await s.office.get('activities', id);
  await must(
    s.office.update(
      editor,
      'activities',
      id,
      { ...row, title_ru: '', city_ru: '', summary_ru: '' },
      Number(row.version),
    ),
  );
  for (const person of ['kairat-sarybay', bakayev])
    await must(s.office.create(editor, 'activity-people', { activity_id: id, person_id: person, role: 'speaker' }));
  return id;
}

describeEachEngine('media monitoring', (record, it) => {
  const clock = fixedClock('2024-07-01', '09:00:00');
  let s: Services;
  beforeEach(async () => {
    s = buildServices(record().db, clock);
    await addAccounts(record().db, editor);
  });

  it('joins two outlets spelling four people differently into one story and one set of people', async () => {
    const ids = await recordPeople(s);
    const a = await s.media.importFiles(editor, [file('en.txt', CEREMONY_EN)], { source: 'Astana Daily' });
    const b = await s.media.importFiles(editor, [file('wire.txt', CEREMONY_WIRE)], { source: 'Steppe Wire' });
    assert.equal(a.imported.length, 1);
    assert.equal(b.imported.length, 1);
    const en = (await s.media.coverage(a.imported[0]!.id))!;
    const wire = (await s.media.coverage(b.imported[0]!.id))!;
    assert.ok(en.story);
    assert.equal(en.story, wire.story);
    const four = ['kairat-sarybay', ids.nasredin, ids.musayev, ids.bakayev].sort();
    assert.deepEqual(en.people.map((p) => p.id).sort(), four);
    assert.deepEqual(wire.people.map((p) => p.id).sort(), four);
    assert.deepEqual(wire.people.find((p) => p.id === ids.musayev)?.seen, ['Azar Musayev']);
    assert.deepEqual(wire.people.find((p) => p.id === 'kairat-sarybay')?.seen, ['K. Sarybai']);
    assert.deepEqual(en.dateline, { place: 'Astana', from: '2024-06-26', to: '2024-06-26' });
    assert.deepEqual(
      wire.bodies.map((x) => [x.id, x.seen]),
      // "who heads the secretariat": the wire's words for CICA's Secretariat
      [
        ['secretariat', ['the secretariat']],
        ['soc', ['Committee of Senior Officials', 'CSO']],
      ],
    );
  });

  it('links a Russian article to the activity recorded in English', async () => {
    const ids = await recordPeople(s);
    const activity = await recordCeremony(s, ids.bakayev);
    const r = await s.media.importFiles(
      editor,
      [{ name: 'ru.txt', bytes: iconv.encode(`${CEREMONY_RU.title}\n\n${CEREMONY_RU.text}`, 'win1251') }],
      {
        source: 'Казинформ-тест',
      },
    );
    assert.deepEqual(r.refused, []);
    const ru = (await s.media.coverage(r.imported[0]!.id))!;
    assert.equal(ru.lang, 'ru');
    assert.deepEqual(
      ru.activities.map((l) => [l.id, l.status]),
      [[activity, 'linked']],
    );
    assert.ok(ru.activities[0]!.evidence.includes('the place agrees: “Астана”'));
    assert.deepEqual(
      (await s.media.coverageOf({ activity })).map((c) => c.title),
      [CEREMONY_RU.title],
    );
  });

  it('marks a wire reprint as a duplicate of the original, in its story', async () => {
    await recordPeople(s);
    const first = await s.media.importFiles(editor, [file('wire.txt', CEREMONY_WIRE)], { source: 'Steppe Wire' });
    const again = await s.media.importFiles(editor, [file('reprint.txt', CEREMONY_REPRINT)], {
      source: 'Daily Courier',
    });
    const original = (await s.media.coverage(first.imported[0]!.id))!;
    const reprint = (await s.media.coverage(again.imported[0]!.id))!;
    assert.equal(reprint.duplicateOf, original.id);
    assert.equal(reprint.story, original.story);
  });

  it('counts the same article imported again as a duplicate and writes nothing', async () => {
    await s.media.importFiles(editor, [file('en.txt', CEREMONY_EN)], { source: 'Astana Daily' });
    const before = await rowCounts(record().db);
    const again = await s.media.importFiles(editor, [file('copy.txt', CEREMONY_EN)], { source: 'Astana Daily' });
    assert.deepEqual(again.imported, []);
    assert.deepEqual(again.duplicates, [{ file: 'copy.txt', title: CEREMONY_EN.title }]);
    const after = await rowCounts(record().db);
    delete before.audit_entry;
    delete after.audit_entry;
    assert.deepEqual(after, before);
  });

  it('refuses bad files with their reasons and imports the good ones', async () => {
    const before = await rowCounts(record().db);
    const r = await s.media.importFiles(
      editor,
      [
        { name: 'empty.txt', bytes: new Uint8Array() },
        { name: 'photo.txt', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0, 0, 1]) },
        { name: 'bad-date.txt', bytes: new TextEncoder().encode(`Headline\ndate 2024-06-31\n\n${CEREMONY_EN.text}`) },
        { name: 'broken.rss', bytes: new TextEncoder().encode('<rss><channel><item><title>x</channel></rss>') },
      ],
      { source: 'Astana Daily' },
    );
    assert.deepEqual(
      r.refused.map((x) => [x.file, x.reason.split(' (')[0]]),
      [
        ['empty.txt', 'the file is empty'],
        ['photo.txt', 'the file is binary, not text'],
        ['bad-date.txt', 'the date "2024-06-31" does not exist'],
        ['broken.rss', 'the feed is not well-formed XML'],
      ],
    );
    assert.deepEqual(r.imported, []);
    assert.deepEqual(await rowCounts(record().db), before);
  });

  it('proposes an unknown person once, under two spellings, and merges them into a recorded person', async () => {
    const text = (name: string) =>
      `Astana, 3 October 2024 — Ambassador of Azerbaijan ${name} opened the seventh meeting of the Youth Council, which gathered young delegates of the member states to talk about volunteerism.`;
    await s.media.importFiles(
      editor,
      [file('a.txt', { title: 'Youth Council meets', published: '2024-10-03', text: text('Rustam Quliyev') })],
      {
        source: 'Astana Daily',
      },
    );
    await s.media.importFiles(
      editor,
      [file('b.txt', { title: 'Young delegates gather', published: '2024-10-04', text: text('Rustam Kuliev') })],
      { source: 'Steppe Wire' },
    );
    const { people } = await s.media.queue('en');
    assert.equal(people.length, 1);
    assert.deepEqual(people[0]!.names, ['Rustam Quliyev', 'Rustam Kuliev']);
    assert.equal(people[0]!.post, 'Ambassador of Azerbaijan');

    const target = await must(s.office.create(editor, 'people', { name_en: 'Rustam Guliyev' }));
    const merged = await s.media.decidePerson(editor, people[0]!.id, {
      kind: 'merge',
      personId: target,
      romanization: 'bgn-pcgn',
    });
    assert.ok(merged.ok);
    const spellings = (await s.office.list('person-names', { column: 'person_id', value: target })).map((r) => [
      r.name,
      r.lang,
      r.script,
      r.romanization,
    ]);
    assert.deepEqual(spellings.sort(), [
      ['Rustam Kuliev', 'en', 'Latn', 'bgn-pcgn'],
      ['Rustam Quliyev', 'en', 'Latn', 'bgn-pcgn'],
    ]);
    // what the people's API and pages read
    const person = (await s.people.persons()).find((p) => p.id === target);
    assert.deepEqual(person?.names.map((n) => [n.name, n.romanization]).sort(), [
      ['Rustam Kuliev', 'bgn-pcgn'],
      ['Rustam Quliyev', 'bgn-pcgn'],
    ]);
    assert.equal((await s.media.queue('en')).people.length, 0);
    assert.equal((await s.media.articles({ person: target })).length, 2);
  });

  it('confirms a proposed person in one change: the person, the spellings as their names, the proposal closed', async () => {
    const text = (name: string) =>
      `Astana, 3 October 2024 — Ambassador of Azerbaijan ${name} opened the seventh meeting of the Youth Council, which gathered young delegates of the member states to talk about volunteerism.`;
    await s.media.importFiles(
      editor,
      [
        file('a.txt', { title: 'Youth Council meets', published: '2024-10-03', text: text('Rustam Quliyev') }),
        file('b.txt', { title: 'Young delegates gather', published: '2024-10-04', text: text('Рустам Кулиев') }),
      ],
      { source: 'Astana Daily' },
    );
    const [proposal] = (await s.media.queue('en')).people;
    assert.deepEqual(proposal?.names, ['Rustam Quliyev', 'Рустам Кулиев']);

    // merging into nobody is refused, and leaves the person unmade and the proposal open
    const before = await rowCounts(record().db);
    const refusal = await s.media.decidePerson(editor, proposal!.id, { kind: 'merge', personId: 'no-such-person' });
    assert.equal(refusal.ok, false);
    assert.deepEqual(await rowCounts(record().db), before);
    assert.equal((await s.media.queue('en')).people.length, 1);

    // a romanization system is of Latin spellings: the Cyrillic one is recorded without it
    assert.ok((await s.media.decidePerson(editor, proposal!.id, { kind: 'confirm', romanization: 'icao-9303' })).ok);
    const person = (await s.people.persons()).find((p) => p.name.en === 'Rustam Quliyev');
    assert.ok(person);
    assert.deepEqual(
      (await s.office.list('person-names', { column: 'person_id', value: person.id })).map((r) => [
        r.name,
        r.lang,
        r.script,
        r.origin,
      ]),
      [['Рустам Кулиев', 'ru', 'Cyrl', null]],
    );
    const audited = await record()
      .db.selectFrom('audit_entry')
      .select(['record_type', 'record_id'])
      .where('record_id', 'in', [person.id, proposal!.id])
      .where('action', '=', 'create')
      .execute();
    assert.deepEqual(
      audited.map((e) => e.record_type).sort(),
      ['media-proposed-person', 'people'],
      'the new person is audited as any the office creates',
    );
    assert.equal((await s.media.articles({ person: person.id })).length, 2);
    assert.equal((await s.media.queue('en')).people.length, 0);
  });

  it('keeps a registry of outlets in the office: an import by a new name adds it, staff complete it, the next import uses it', async () => {
    await s.media.importFiles(editor, [file('a.txt', CEREMONY_EN)], { source: 'Steppe Wire' });
    const [outlet] = await s.office.list('media-sources');
    assert.equal(outlet?.name, 'Steppe Wire');
    assert.equal((await s.office.history('media-sources', String(outlet!.id))).length, 1, 'its creation is audited');
    const bad = await s.office.update(
      editor,
      'media-sources',
      String(outlet!.id),
      { name: 'Steppe Wire', site: 'not an address' },
      1,
    );
    assert.deepEqual(bad.ok ? [] : bad.problems.map((p) => p.field), ['site']);
    assert.equal(bad.ok, false);
    assert.ok(
      (
        await s.office.update(
          editor,
          'media-sources',
          String(outlet!.id),
          {
            name: 'Steppe Wire',
            country_code: 'KZ',
            lang: 'en',
            site: 'https://wire.example',
            feed_url: 'https://wire.example/feed.xml',
          },
          1,
        )
      ).ok,
    );
    await s.media.importFiles(editor, [file('b.txt', CEREMONY_WIRE)], { source: 'Steppe Wire' });
    assert.deepEqual(
      (await s.media.sources()).map((x) => [x.name, x.countryCode, x.lang, x.site, x.feedUrl]),
      [['Steppe Wire', 'KZ', 'en', 'https://wire.example', 'https://wire.example/feed.xml']],
    );
  });

  it('never proposes again a link staff rejected', async () => {
    const ids = await recordPeople(s);
    const activity = await recordCeremony(s, ids.bakayev);
    const weak = {
      title: 'Students hear about the new building',
      published: '2024-06-27',
      text: 'Kairat Sarybay spoke to students about a ceremony held in Astana on June 26 at the site of a new office building for the organisation, and answered their questions.',
    };
    const r = await s.media.importFiles(editor, [file('weak.txt', weak)], { source: 'Campus News' });
    const [link] = (await s.media.queue('en')).links;
    assert.equal(link?.activityId, activity);
    assert.equal(link?.article.id, r.imported[0]!.id);
    assert.ok((await s.media.decideLink(editor, link!.id, 'reject')).ok);
    assert.deepEqual((await s.media.queue('en')).links, []);
    const audit = await record()
      .db.selectFrom('audit_entry')
      .select(['record_type', 'action'])
      .where('record_type', '=', 'media-link')
      .execute();
    assert.deepEqual(audit, [{ record_type: 'media-link', action: 'update' }]);
  });

  it('keeps the recognition index until the record changes, and the next import sees people and bodies changed', async () => {
    const release = (key: string, body: string) => ({
      name: `${key}.json`,
      content: JSON.stringify([
        {
          lang: 'en',
          title: `Meeting ${key}`,
          place: 'Astana',
          date: '2024-06-20',
          body: `Astana, 20 June 2024 — ${body}`,
        },
      ]),
    });
    const proposedFor = async (key: string, body: string) => {
      const imported = await s.newsroom.importFiles(editor, [release(key, body)]);
      assert.ok(imported.ok, JSON.stringify(imported));
      return (await s.newsroom.proposals(imported.created[0]!.id)).map((p) => `${p.kind}:${p.targetId}`);
    };
    const words = 'Ismatullo Nasredin addressed the Asian Solidarity Trust.';

    const index = await s.media.recognizer();
    assert.equal(await s.media.recognizer(), index, 'built once while nothing changes');
    assert.deepEqual(await proposedFor('before', words), []);
    assert.equal(await s.media.recognizer(), index, 'an import of releases is no change to what is recognized');

    const person = await must(s.office.create(editor, 'people', { name_en: 'Ismatullo Nasredin' }));
    const fund = await s.office.get('bodies', 'cica-fund');
    await must(
      s.office.update(
        editor,
        'bodies',
        'cica-fund',
        { ...fund, former_name_en: 'Asian Solidarity Trust' },
        Number(fund.version),
      ),
    );
    assert.notEqual(await s.media.recognizer(), index);
    assert.deepEqual((await proposedFor('after', words)).sort(), ['body:cica-fund', `person:${person}`]);
  });
});
