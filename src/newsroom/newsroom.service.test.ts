import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { addAccounts } from '../platform/testing/accounts.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };
const reviewer: Actor = {
  id: 'acct-r',
  email: 'r@cica.test',
  name: 'Rustam Reviewer',
  role: 'reviewer',
  stateCode: null,
};

const draft = {
  title_en: 'Seventh Ministerial Council Meeting held online',
  place_en: 'Baku',
  date: '2024-12-17',
  lead_en: 'The Council adopted a statement.',
  body_en: 'The **Council** met online.\n\nIt adopted a statement.',
  title_ru: 'Седьмое заседание СМИД прошло онлайн',
  place_ru: 'Баку',
  body_ru: 'Совет провёл заседание онлайн.',
  states: ['AZ', 'KZ'],
  bodies: ['ministerial'],
  areas: [],
  people: [],
  contact_name: 'Akbota Batyrkhan',
  contact_email: 'a.batyrkhan@s-cica.org',
};

describeEachEngine('newsroom', (record, it) => {
  let clock = fixedClock('2024-12-17', '09:00:00');
  const newsroom = () => buildServices(record().db, clock).newsroom;
  beforeEach(async () => {
    clock = fixedClock('2024-12-17', '09:00:00');
    await addAccounts(record().db, editor, reviewer);
  });

  /** The draft, written by the editor: its id and slug. */
  async function drafted() {
    const created = await newsroom().create(editor, draft);
    assert.ok(created.ok);
    return { id: created.id, slug: created.slug };
  }
  const act = async (
    who: Actor,
    id: string,
    action: Parameters<ReturnType<typeof newsroom>['act']>[3],
    publishAt: string | null = null,
  ) => {
    const done = await newsroom().act(who, id, (await newsroom().get(id)).version, action, {
      comment: null,
      publishAt,
    });
    assert.ok(done.ok, action);
  };
  /** The draft, submitted by the editor and approved by the reviewer. */
  async function approved() {
    const release = await drafted();
    await act(editor, release.id, 'submit');
    await act(reviewer, release.id, 'approve');
    return release;
  }
  /** The draft, approved, scheduled for noon and promoted when noon came. */
  async function published() {
    const release = await approved();
    await act(editor, release.id, 'schedule', '2024-12-17T12:00:00Z');
    clock.advance(3 * 60 * 60_000);
    assert.equal((await newsroom().published(release.slug)).id, release.id);
    return release;
  }

  it('refuses a release without a title, or with a link to nothing, naming the field', async () => {
    const none = await newsroom().create(editor, { date: '2024-12-17', body_en: 'x' });
    assert.ok(!none.ok && none.kind === 'invalid');
    assert.deepEqual(!none.ok && none.kind === 'invalid' ? none.problems.map((p) => p.field) : [], ['title_en']);
    const badLink = await newsroom().create(editor, { ...draft, states: ['XX'] });
    assert.deepEqual(badLink, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'states', message: 'field.unknownRef' }],
    });
    const badDates = await newsroom().create(editor, { ...draft, date_to: '2024-12-01' });
    assert.deepEqual(!badDates.ok && badDates.kind === 'invalid' ? badDates.problems : [], [
      { field: 'date_to', message: 'field.endBeforeStart' },
    ]);
    assert.deepEqual(await newsroom().officeList(), []);
  });

  it('keeps a headline within what the indexes hold: 400 characters, and bytes enough for two', async () => {
    // 400 three-byte characters in each language: the longest headlines the indexes take.
    const longest = { ...draft, title_en: '信'.repeat(400), title_ru: 'щ'.repeat(400) };
    const made = await newsroom().create(editor, longest);
    assert.ok(made.ok);
    const imported = await newsroom().importFiles(
      editor,
      [
        {
          name: 'long.json',
          content: JSON.stringify([
            { lang: 'en', key: 'a', title: '界'.repeat(400), place: 'Astana', date: '2024-12-18', body: 'Text.' },
            { lang: 'ru', key: 'a', title: 'ж'.repeat(400), place: 'Астана', date: '2024-12-18', body: 'Текст.' },
          ]),
        },
      ],
      { publish: true },
    );
    assert.ok(imported.ok);
    for (const title of ['a'.repeat(401), '😀'.repeat(301)]) {
      const refused = await newsroom().create(editor, { ...draft, title_ru: title });
      assert.deepEqual(!refused.ok && refused.kind === 'invalid' ? refused.problems : [], [
        { field: 'title_ru', message: 'field.headlineTooLong' },
      ]);
    }
    assert.equal((await newsroom().officeList()).length, 2);
  });

  it('creates a draft that the public cannot see', async () => {
    const created = await newsroom().create(editor, draft);
    assert.ok(created.ok);
    const { id, slug } = created;
    assert.equal(slug, '2024-12-17-seventh-ministerial-council-meeting-held-online');
    await assert.rejects(newsroom().published(slug), { code: 'RECORD_NOT_FOUND' });
    const links = (await newsroom().get(id)).links.map((l) => `${l.kind}:${l.id}`).sort();
    assert.deepEqual(links, ['body:ministerial', 'state:AZ', 'state:KZ']);
  });

  it('goes through review: the reviewer sends it back with a comment, then approves', async () => {
    const { id } = await drafted();
    const v = () =>
      newsroom()
        .get(id)
        .then((r) => r.version);
    assert.equal(
      (await newsroom().act(editor, id, await v(), 'approve', { comment: null, publishAt: null })).ok,
      false,
      'an editor cannot approve',
    );
    assert.ok((await newsroom().act(editor, id, await v(), 'submit', { comment: null, publishAt: null })).ok);
    const noComment = await newsroom().act(reviewer, id, await v(), 'send-back', { comment: null, publishAt: null });
    assert.deepEqual(noComment, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'comment', message: 'field.required' }],
    });
    assert.ok(
      (
        await newsroom().act(reviewer, id, await v(), 'send-back', {
          comment: 'Add the lead in Russian.',
          publishAt: null,
        })
      ).ok,
    );
    assert.ok((await newsroom().update(editor, id, await v(), { ...draft, lead_ru: 'Совет принял заявление.' })).ok);
    assert.ok((await newsroom().act(editor, id, await v(), 'submit', { comment: null, publishAt: null })).ok);
    assert.ok((await newsroom().act(reviewer, id, await v(), 'approve', { comment: null, publishAt: null })).ok);
    assert.equal((await newsroom().get(id)).status, 'approved');
    const events = (await newsroom().events(id)).map((e) => `${e.action}${e.comment ? `: ${e.comment}` : ''}`);
    assert.deepEqual(events, ['create', 'submit', 'send-back: Add the lead in Russian.', 'edit', 'submit', 'approve']);
  });

  it('schedules for a time to come, and is public once it arrives', async () => {
    const { id, slug } = await approved();
    const v = (await newsroom().get(id)).version;
    const past = await newsroom().act(editor, id, v, 'schedule', { comment: null, publishAt: '2024-12-17T08:00:00Z' });
    assert.deepEqual(past, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'publish_at', message: 'field.timeInPast' }],
    });
    assert.ok(
      (await newsroom().act(editor, id, v, 'schedule', { comment: null, publishAt: '2024-12-17T12:00:00Z' })).ok,
    );
    await assert.rejects(newsroom().published(slug));
    assert.equal((await newsroom().publicList('en', { page: 1 })).total, 0);
    clock.advance(3 * 60 * 60_000);
    assert.equal((await newsroom().published(slug)).id, id);
    assert.equal((await newsroom().publicList('ru', { page: 1 })).total, 1);
  });

  it('corrects a published release only with a note, in the open', async () => {
    const { id, slug } = await published();
    const v = (await newsroom().get(id)).version;
    const silent = await newsroom().update(editor, id, v, {
      ...draft,
      body_en: 'The Council met online on 17 December.',
    });
    assert.deepEqual(silent, {
      ok: false,
      kind: 'invalid',
      problems: [{ field: 'correction', message: 'field.correctionNote' }],
    });
    const corrected = await newsroom().update(editor, id, v, {
      ...draft,
      lead_ru: 'Совет принял заявление.',
      body_en: 'The Council met online on 17 December.',
      correction: 'Added the date of the meeting.',
    });
    assert.ok(corrected.ok);
    const r = await newsroom().published(slug);
    assert.equal(r.status, 'published', 'promoted when its time came, and still public after the correction');
    assert.ok(r.correctedAt);
    assert.equal((await newsroom().events(id)).at(-1)?.comment, 'Added the date of the meeting.');
  });

  it('refuses a save from a stale version', async () => {
    const { id } = await published();
    const stale = (await newsroom().get(id)).version - 1;
    assert.deepEqual(await newsroom().update(editor, id, stale, { ...draft, correction: 'x' }), {
      ok: false,
      kind: 'conflict',
      problems: [{ field: 'version', message: 'field.stale' }],
    });
  });

  it('lists public releases by link, year and month', async () => {
    await published();
    assert.equal((await newsroom().publicList('en', { page: 1, link: { kind: 'state', id: 'AZ' } })).total, 1);
    assert.equal((await newsroom().publicList('en', { page: 1, link: { kind: 'state', id: 'CN' } })).total, 0);
    assert.equal((await newsroom().publicList('en', { page: 1, year: 2024, month: 12 })).total, 1);
    assert.equal((await newsroom().publicList('en', { page: 1, year: 2024, month: 11 })).total, 0);
    assert.deepEqual(await newsroom().months('en'), ['2024-12']);
  });

  it('keeps a Russian-only release off the English list', async () => {
    await published();
    const ru = await newsroom().create(
      editor,
      { title_ru: 'Только по-русски', place_ru: 'Астана', date: '2024-12-10', body_ru: 'Текст.' },
      { publish: true },
    );
    assert.ok(ru.ok);
    assert.equal((await newsroom().publicList('en', { page: 1 })).total, 1);
    assert.equal((await newsroom().publicList('ru', { page: 1 })).total, 2);
  });

  it('gives a recorded release the Russian of an English–Russian pair imported for it, instead of skipping the pair', async () => {
    const en = {
      lang: 'en',
      key: 'forum',
      title: 'Forum in Astana',
      place: 'Astana',
      date: '2024-10-08',
      body: 'Astana, 8 October 2024 — The forum opened.',
    };
    const first = await newsroom().importFiles(editor, [{ name: 'en.json', content: JSON.stringify([en]) }], {
      publish: true,
    });
    assert.ok(first.ok && first.created.length === 1);
    const id = first.created[0]!.id;
    assert.equal((await newsroom().get(id)).body.en, 'The forum opened.', 'the dateline is not printed twice');
    const pair = [
      en,
      {
        lang: 'ru',
        key: 'forum',
        title: 'Форум в Астане',
        place: 'Астана',
        date: '2024-10-08',
        body: 'Форум открылся.',
      },
    ];
    const second = await newsroom().importFiles(editor, [{ name: 'pair.json', content: JSON.stringify(pair) }], {
      publish: true,
    });
    assert.ok(second.ok, JSON.stringify(second));
    assert.deepEqual(second.created, []);
    assert.deepEqual(second.updated, [{ origin: 'pair.json[0] + pair.json[1]', id, langs: ['ru'] }]);
    const release = await newsroom().get(id);
    assert.equal(release.title.ru, 'Форум в Астане');
    assert.equal(release.body.ru, 'Форум открылся.');
    const third = await newsroom().importFiles(editor, [{ name: 'pair.json', content: JSON.stringify(pair) }]);
    assert.ok(third.ok && third.skipped.length === 1 && !third.updated, 'the same pair again changes nothing');
  });
});
