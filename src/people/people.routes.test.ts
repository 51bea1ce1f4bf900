import assert from 'node:assert/strict';
import { seedActivities } from '../activities/activities.fixture.ts';
import type { Actor } from '../platform/access.ts';
import { type PlatformHandle, describePlatformOnEachEngine } from '../platform/testing/app.ts';
import { seedAccounts } from '../platform/testing/client.ts';
import { buildServices } from '../services.ts';

async function editorOf(app: PlatformHandle): Promise<Actor> {
  const emails = await seedAccounts(app.db(), app.clock);
  const a = await app
    .db()
    .selectFrom('account')
    .selectAll()
    .where('email', '=', emails.editor)
    .executeTakeFirstOrThrow();
  return { id: a.id, email: a.email, name: a.name, role: 'editor', stateCode: null };
}

/** A published release that links Kairat Sarybay but whose text does not name him. */
async function releaseLinkingSarybay(
  app: PlatformHandle,
  editor: Actor,
  title = { en: 'The Secretariat receives a delegation', ru: 'Секретариат принял делегацию' },
): Promise<void> {
  const created = await buildServices(app.db(), app.clock).newsroom.create(
    editor,
    {
      title_en: title.en,
      title_ru: title.ru,
      place_en: 'Astana',
      place_ru: 'Астана',
      date: '2025-05-20',
      body_en: 'Talks on the calendar of the chairmanship.',
      body_ru: 'Обсуждён календарь председательства.',
      people: ['kairat-sarybay'],
    },
    { publish: true },
  );
  assert.ok(created.ok);
}

const section = (html: string, id: string) =>
  new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

describePlatformOnEachEngine('a person’s profile', (app, it) => {
  it('names the Secretary General in both scripts and lists his posts over time', async () => {
    await app
      .db()
      .insertInto('person_name')
      .values({ id: 'ks-ru', person_id: 'kairat-sarybay', name: 'Кайрат Сарыбай', lang: 'ru', script: 'Cyrl' })
      .execute();
    const en = await app().inject('/en/people/kairat-sarybay');
    assert.equal(en.statusCode, 200);
    assert.match(en.body, /<h1>Kairat Sarybay<\/h1>/);
    assert.match(en.body, /lang="ru">Кайрат Сарыбай</);
    assert.match(en.body, /Also written<\/dt>\s*<dd><span lang="en">Kairat Sarybai</);
    const posts = section(en.body, 'posts');
    assert.ok(posts.indexOf('Executive Director') < posts.indexOf('Secretary General'), 'earliest post first');
    assert.match(en.body, /Kazakhstan/);

    const ru = await app().inject('/ru/people/kairat-sarybay');
    assert.match(ru.body, /<h1>Кайрат Сарыбай<\/h1>/);
    assert.match(section(ru.body, 'posts'), /Генеральный секретарь/);
  });

  it('shows no empty section where nothing is attended or written', async () => {
    const bare = await app().inject('/en/people/kairat-sarybay');
    assert.equal(section(bare.body, 'attended'), '', 'nothing attended: no section');
    assert.equal(section(bare.body, 'news'), '', 'no news: no section');
  });

  it('lists the activities the person attended and the releases that link them', async () => {
    const editor = await editorOf(app);
    await seedActivities(buildServices(app.db(), app.clock), editor);
    await releaseLinkingSarybay(app, editor);
    const page = await app().inject('/en/people/kairat-sarybay');
    assert.match(section(page.body, 'attended'), /href="\/en\/activities\/[^"]+"/);
    assert.match(section(page.body, 'news'), /The Secretariat receives a delegation/);
  });

  it('answers 404 for a person not on the record and 400 for an address that is no id', async () => {
    assert.equal((await app().inject('/en/people/nobody-here')).statusCode, 404);
    assert.equal((await app().inject('/en/people/%2e%2e%2fetc')).statusCode, 400);
  });

  it('is reached from the Secretariat’s page', async () => {
    const res = await app().inject('/en/structure');
    assert.match(res.body, /href="\/en\/people\/kairat-sarybay"/);
  });

  it('search finds him from any spelling, in either script, and leads to the profile', async () => {
    for (const lang of ['en', 'ru'] as const)
      for (const q of ['Сарыбай', 'Sarybai', 'Sarybay', 'K. Sarybay']) {
        const res = await app().inject(`/${lang}/search?q=${encodeURIComponent(q)}&type=person`);
        assert.match(res.body, new RegExp(`href="/${lang}/people/kairat-sarybay"`), `${q} on ${lang}`);
      }
  });

  it('counts one result in words that agree with the number, in English and Russian', async () => {
    const q = `${encodeURIComponent('Сарыбай')}&type=person`;
    assert.match((await app().inject(`/en/search?q=${q}`)).body, /1 result for “Сарыбай”/);
    assert.match((await app().inject(`/ru/search?q=${q}`)).body, /1 результат по запросу «Сарыбай»/);
  });

  it('counts two results, releases that link him by name only, in English and Russian', async () => {
    const editor = await editorOf(app);
    await releaseLinkingSarybay(app, editor);
    await releaseLinkingSarybay(app, editor, {
      en: 'The Secretary General meets students',
      ru: 'Генеральный секретарь встретился со студентами',
    });
    const q = `${encodeURIComponent('Сарыбай')}&type=release`;
    assert.match((await app().inject(`/en/search?q=${q}`)).body, /2 results for “Сарыбай”/);
    assert.match((await app().inject(`/ru/search?q=${q}`)).body, /2 результата по запросу «Сарыбай»/);
  });
});
