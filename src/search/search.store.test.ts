import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';
import { addAccounts } from '../platform/testing/accounts.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };

/** The same queries on both engines must find the same records: this table is the contract (the order is each engine's own ranking). */
const EXPECTED: ReadonlyArray<
  readonly [query: Parameters<ReturnType<typeof buildServices>['search']['search']>[0], ids: string[]]
> = [
  [{ q: 'kazakh', lang: 'en', types: ['state'] }, ['KZ']],
  [{ q: 'Казах', lang: 'ru', types: ['state'] }, ['KZ']],
  [{ q: 'tourism', lang: 'en', types: ['area'] }, ['tourism']],
  [{ q: 'sarybai', lang: 'en', types: ['person'] }, ['kairat-sarybay']],
  [{ q: 'volunteer', lang: 'en', types: ['release'] }, ['rel-volunteers']],
  [{ q: 'volunteer', lang: 'en', types: ['body', 'area'] }, ['youth-council', 'human-dimension']],
  [{ q: 'волонтёр', lang: 'ru', types: ['release'] }, ['rel-volunteers']],
  [{ q: 'almaty act', lang: 'en', types: ['document'] }, ['almaty-act']],
  [{ q: 'rally', lang: 'en', state: 'KZ' }, ['rel-volunteers']],
  [{ q: 'rally', lang: 'en', state: 'CN' }, []],
  [{ q: 'rally', lang: 'en', dimension: 'human' }, ['rel-volunteers']],
  [{ q: 'rally', lang: 'en', from: '2024-11-01' }, []],
  [{ q: 'rally', lang: 'en', to: '2024-10-31' }, ['rel-volunteers']],
  [{ q: '"); drop table search_entry; --', lang: 'en' }, []],
];

describeEachEngine('search', (record, it) => {
  const clock = fixedClock('2024-12-01', '09:00:00');
  const services = () => buildServices(record().db, clock);

  // The record indexed, and one published release.
  beforeEach(async () => {
    await addAccounts(record().db, editor);
    const s = services();
    await s.search.reindexRecords();
    const created = await s.newsroom.create(
      editor,
      {
        title_en: 'First Rally of Volunteer Movement Leaders',
        place_en: 'Astana',
        date: '2024-10-03',
        date_to: '2024-10-04',
        body_en: 'More than 450 delegates from 21 member states met in Astana under the Youth Council.',
        title_ru: 'Первый слёт лидеров волонтёрского движения',
        place_ru: 'Астана',
        body_ru: 'Более 450 делегатов из 21 государства-члена.',
        states: ['KZ'],
        areas: ['human-dimension'],
        bodies: ['youth-council'],
      },
      { publish: true },
    );
    assert.ok(created.ok);
    // The release's id is random; the table above calls it by name.
    await record()
      .db.updateTable('search_entry')
      .set({ ref_id: 'rel-volunteers' })
      .where('ref_id', '=', created.id)
      .execute();
  });

  for (const [query, ids] of EXPECTED) {
    it(`finds ${JSON.stringify(ids)} for ${JSON.stringify(query)}`, async () => {
      const { hits } = await services().search.search(query);
      assert.deepEqual(hits.map((h) => h.refId).sort(), [...ids].sort());
    });
  }

  it('marks the matches in the snippet', async () => {
    const { hits } = await services().search.search({ q: 'delegates', lang: 'en' });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the snippet's match markers are U+0001 and U+0002
    assert.match(hits[0]?.snippet ?? '', /\u0001delegates\u0002/);
  });

  it('keeps drafts out of the index', async () => {
    const s = services();
    const draft = await s.newsroom.create(editor, {
      title_en: 'Draft about volunteers',
      place_en: 'Astana',
      date: '2024-11-01',
      body_en: 'Not yet.',
    });
    assert.ok(draft.ok);
    assert.deepEqual((await s.search.search({ q: 'draft', lang: 'en', types: ['release'] })).hits, []);
  });

  it("lists releases newest first, after the record's own pages", async () => {
    const s = services();
    for (const [date, title] of [
      ['2023-10-12', 'Youth Council rally in Samarkand'],
      ['2024-12-10', 'Youth Council rally again'],
    ] as const) {
      const r = await s.newsroom.create(
        editor,
        { title_en: title, place_en: 'Astana', date, body_en: 'A rally of the youth.' },
        { publish: true },
      );
      assert.ok(r.ok);
    }
    const { hits } = await s.search.search({ q: 'rally', lang: 'en' });
    const releases = hits.filter((h) => h.type === 'release').map((h) => h.date);
    assert.deepEqual(releases, ['2024-12-10', '2024-10-03', '2023-10-12']);
    assert.ok(
      hits.findIndex((h) => h.type === 'release') >= hits.filter((h) => h.type !== 'release').length,
      'record pages come first',
    );
  });
});
