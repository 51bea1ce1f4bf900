import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createAccountsService } from '../accounts/accounts.service.ts';
import type { Actor } from '../platform/access.ts';
import { usePlatform } from '../platform/testing/app.ts';
import { latinWords } from '../platform/testing/latin.ts';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { buildServices } from '../services.ts';
import { CEREMONY_EN, CEREMONY_RU } from './media.fixture.ts';

const pdfText = (pdf: Buffer) => {
  const file = join(mkdtempSync(join(tmpdir(), 'coverage-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

/**
 * An office upload of coverage: answered at once with its job's page, then, once the job
 * is over, the summary of what it wrote, as the import page shows it.
 */
async function uploaded(
  client: Client,
  lang: 'en' | 'ru',
  fields: Record<string, string>,
  files: Parameters<Client['postFiles']>[2],
) {
  const posted = await client.postFiles(`/${lang}/office/coverage/import`, fields, files);
  assert.equal(posted.statusCode, 303, posted.body);
  const follow = String(posted.headers.location);
  assert.match(follow, new RegExp(`^/${lang}/office/jobs/[0-9a-f-]{36}$`));
  for (let i = 0; i < 400; i++) {
    const page = await client.get(follow);
    if (/data-state="(done|failed)"/.test(page.body)) break;
    await new Promise((r) => setTimeout(r, 25));
  }
  return client.get(`/${lang}/office/coverage/import?job=${follow.split('/').pop()}`);
}

describe('coverage over HTTP', () => {
  const app = usePlatform();
  let token: string;
  let editor: Client;
  let reviewer: Client;
  let activity: string;
  beforeEach(async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    token = await createAccountsService(app.db(), app.clock).createToken(emails.editor, 'monitor');
    editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    reviewer = new Client(app());
    await reviewer.signIn(emails.reviewer, PASSWORD);
    const s = buildServices(app.db(), app.clock);
    const actor = (await s.accounts.actorByEmail(emails.editor)) as Actor;
    // The pack records the ceremony these articles report; the record names two who spoke at it.
    activity = 'hq-foundation-stone-2024';
    for (const person of ['kairat-sarybay'])
      assert.ok(
        (await s.office.create(actor, 'activity-people', { activity_id: activity, person_id: person, role: 'speaker' }))
          .ok,
      );
  });

  const post = (body: unknown, auth = `Bearer ${token}`) =>
    app().inject({
      method: 'POST',
      url: '/api/coverage',
      headers: { 'content-type': 'application/json', authorization: auth },
      payload: JSON.stringify(body),
    });
  const get = (url: string) => app().inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const item = (a: { title: string; published: string; text: string }, lang: 'en' | 'ru', source = 'Astana Daily') => ({
    source,
    url: `https://news.example/${lang}/ceremony`,
    title: a.title,
    lang,
    published: a.published,
    text: a.text,
  });

  it('imports articles given as JSON and answers each in the documented shape', async () => {
    const res = await post([item(CEREMONY_EN, 'en'), item(CEREMONY_RU, 'ru', 'Kazinform test')]);
    assert.equal(res.statusCode, 200, res.body);
    const summary = res.json();
    assert.equal(summary.imported.length, 2);
    const one = await get(`/api/coverage/${summary.imported[1].id}`);
    assert.equal(one.statusCode, 200);
    const c = one.json();
    assert.deepEqual(Object.keys(c), [
      'id',
      'source',
      'url',
      'title',
      'lang',
      'published',
      'dateline',
      'people',
      'states',
      'bodies',
      'activities',
      'story',
      'duplicateOf',
    ]);
    assert.deepEqual(c.dateline, { place: 'Астана', from: '2024-06-26', to: '2024-06-26' });
    assert.deepEqual(c.people.find((p: { id: string }) => p.id === 'kairat-sarybay')?.seen, ['Кайрат Сарыбай']);
    assert.equal(c.activities[0]?.id, activity);
    const en = (await get(`/api/coverage/${summary.imported[0].id}`)).json();
    assert.equal(en.story, c.story, 'the English and the Russian report share one story');

    const listed = (await get(`/api/coverage?story=${c.story}`)).json();
    assert.equal(listed.items.length, 2);
    assert.equal((await get('/api/coverage?state=KZ&from=2024-06-01&to=2024-06-30')).json().items.length, 2);
    assert.equal((await get('/api/coverage?from=2024-07-01')).json().items.length, 0);
  });

  it('refuses bad items with their reasons, a bad query naming the field, and requests without a token', async () => {
    const bad = await post([{ ...item(CEREMONY_EN, 'en'), text: undefined }]);
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /text/);
    const refused = await post([{ ...item(CEREMONY_EN, 'en'), published: null, text: 'Headline only' }]);
    assert.deepEqual(refused.json().refused, [{ file: 'item 1', reason: 'the article has no text' }]);
    const query = await get('/api/coverage?from=2024-02-30');
    assert.equal(query.statusCode, 400);
    assert.match(query.body, /from/);
    assert.equal((await post([item(CEREMONY_EN, 'en')], 'Bearer sec_nonsense')).statusCode, 401);
    assert.equal((await get('/api/coverage/nope')).statusCode, 404);
  });

  it('says every refusal reason of an import in Russian on the Russian import page', async () => {
    const file = (name: string, text: string | Uint8Array) => ({
      field: 'files',
      name,
      bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    });
    const bad = [
      file('empty.txt', ''),
      file('binary.txt', new Uint8Array([1, 2, 0, 4, 5])),
      file('broken.rss', '<rss><channel><item><title>A</title></channel></rss>'),
      file('doctype.rss', '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "b">]><rss/>'),
      file('nofeed.xml', '<?xml version="1.0"?><catalog><book/></catalog>'),
      file('nodate.txt', 'A headline\ndate 2024-02-30\n\nSome text long enough to be an article about a meeting held.'),
      file('short.txt', 'A headline\n\nToo short.'),
      file('menu.html', '<html><head><title>Menu</title></head><body><nav>Home</nav></body></html>'),
      file('fields.md', '---\ntitle: [unclosed\n---\nText'),
    ];
    const page = await uploaded(editor, 'ru', { source: 'Новости Астаны' }, bad);
    assert.equal(page.statusCode, 200, page.body);
    const main = page.body.slice(page.body.indexOf('<h2'), page.body.indexOf('</main>'));
    assert.match(main, /empty\.txt<\/span>: <span lang="ru">файл пуст<\/span>/);
    assert.match(main, /nodate\.txt<\/span>: <span lang="ru">даты «2024-02-30» не существует<\/span>/);
    assert.equal((main.match(/<li>/g) ?? []).length, bad.length, 'each file is refused with its reason');
    assert.deepEqual(latinWords(main), [], 'no stray English among the reasons');
    // the English page says the same reasons in English
    const en = await uploaded(editor, 'en', { source: 'Astana News' }, bad.slice(0, 1));
    assert.match(en.body, /empty\.txt<\/span>: <span lang="en">the file is empty<\/span>/);
  });

  it('lets an editor confirm a link from the queue with one button, and shows a reviewer no buttons', async () => {
    const weak = {
      title: 'Students hear about the new building',
      published: '2024-06-27',
      text: 'Kairat Sarybay spoke to students about a ceremony held in Astana on June 26 at the site of a new office building for the organisation, and answered their questions.',
    };
    const id = (await post([item(weak, 'en', 'Campus News')])).json().imported[0].id;
    // the Russian queue says the evidence in Russian; the article's own words keep their language
    const ru = (await editor.get('/ru/office/coverage')).body;
    assert.match(ru, /<span>даты совпадают \(26 июня 2024 г.\)<\/span>: <q lang="en">held in Astana on June 26<\/q>/);
    assert.match(ru, /<span>участники мероприятия<\/span>: <span lang="ru">Кайрат Сарыбай<\/span>/);
    // from the first heading on: the line above it names the Atom format, as every Russian page may
    const main = ru.slice(ru.indexOf('<h2'), ru.indexOf('</main>'));
    assert.deepEqual(latinWords(main), [], 'no stray English on the Russian queue');
    const page = await editor.get('/en/office/coverage');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Students hear about the new building/);
    const action = /action="(\/en\/office\/coverage\/links\/[^"]+)"/.exec(page.body)?.[1];
    assert.ok(action);
    assert.doesNotMatch((await reviewer.get('/en/office/coverage')).body, /value="confirm"/);
    const done = await editor.post(action, { decision: 'confirm' });
    assert.equal(done.statusCode, 303);
    const c = (await get(`/api/coverage/${id}`)).json();
    assert.deepEqual(
      c.activities.map((a: { id: string; confirmed: boolean }) => [a.id, a.confirmed]),
      [[activity, true]],
    );
    assert.match((await editor.get('/ru/office/coverage')).body, /Проверять нечего/);
    const again = await editor.post(action, { decision: 'confirm' });
    assert.equal(again.statusCode, 404);
  });

  it('shows new coverage on a page that was kept in memory before the import', async () => {
    await app().inject({ method: 'GET', url: '/en/states/KZ' });
    const kept = await app().inject({ method: 'GET', url: '/en/states/KZ' });
    assert.equal(kept.headers['x-cache'], 'hit');
    assert.doesNotMatch(kept.body, /id="coverage"/);
    assert.equal((await post([item(CEREMONY_EN, 'en')])).statusCode, 200);
    const after = await app().inject({ method: 'GET', url: '/en/states/KZ' });
    assert.notEqual(after.headers['x-cache'], 'hit');
    assert.match(after.body, /<h2 id="coverage">In the media<\/h2>/);
  });

  it('moves the record’s generation with an import made outside the server (as the command line makes one)', async () => {
    const s = buildServices(app.db(), app.clock);
    const actor = (await s.accounts.actorByEmail('editor@cica.test')) as Actor;
    await s.generation.refresh();
    const before = s.generation.current();
    const result = await s.media.importItems(actor, [{ ...item(CEREMONY_EN, 'en'), published: CEREMONY_EN.published }]);
    assert.equal(result.imported.length, 1);
    assert.ok(s.generation.current() > before);
  });

  it("lists the coverage on the activity's, the people's, the states' and the priority areas' pages", async () => {
    const tourism = {
      ...CEREMONY_EN,
      title: 'A <b>capsule</b> for 2049',
      text: `${CEREMONY_EN.text} Officials also spoke of tourism between member states.`,
    };
    assert.equal((await post([item(tourism, 'en'), item(CEREMONY_RU, 'ru', 'Kazinform test')])).statusCode, 200);
    for (const path of [
      `/activities/${activity}`,
      '/people/kairat-sarybay',
      '/states/KZ',
      '/activities/timeline/area/tourism',
    ]) {
      const en = (await app().inject({ method: 'GET', url: `/en${path}` })).body;
      assert.match(en, /<h2 id="coverage">In the media<\/h2>/, path);
      // the outlet's headline is its text, in its language, and its link says it leaves the site
      assert.match(
        en,
        /<a href="https:\/\/news.example\/en\/ceremony" rel="external noopener nofollow"><span lang="en">A &lt;b>capsule&lt;\/b> for 2049<\/span><span class="external-note"> \(another site\)<\/span><\/a>/,
        path,
      );
      assert.match(en, /<span translate="no">Astana Daily<\/span><span>, 27 June 2024<\/span>/, path);
      const ru = (await app().inject({ method: 'GET', url: `/ru${path}` })).body;
      assert.match(ru, /Публикации в СМИ/, path);
      assert.match(ru, /\(другой сайт\)/, path);
      assert.deepEqual(
        latinWords(
          ru.slice(ru.indexOf('<section class="coverage"'), ru.indexOf('</section>', ru.indexOf('id="coverage"'))),
        ),
        [],
        path,
      );
    }
    // the implementation report counts the coverage by month, outlet and dimension, on the page and in the CSV
    const report = (await app().inject({ method: 'GET', url: '/en/activities/report?from=2024-01-01&to=2024-12-31' }))
      .body;
    assert.match(report, /<h2 id="coverage-counts">Coverage in the media<\/h2>/);
    assert.match(report, /<title>June 2024: 2<\/title>/);
    assert.match(report, /<title>Astana Daily: 1<\/title>/);
    const csv = (await app().inject({ method: 'GET', url: '/en/activities/report.csv?from=2024-01-01&to=2024-12-31' }))
      .body;
    assert.match(csv, /"coverage-month","2024-06","2024-06",2/);
    assert.match(csv, /"coverage-outlet","Kazinform test","Kazinform test",1/);
    const ruReport = (await app().inject({ method: 'GET', url: '/ru/activities/report?from=2024-01-01&to=2024-12-31' }))
      .body;
    assert.match(ruReport, /Публикации по изданиям/);
    assert.match(ruReport, /<title>июнь 2024 г.: 2<\/title>/);
    // and the PDF has the same section, in either language
    for (const [lang, heading, month] of [
      ['en', 'Coverage in the media', 'June 2024'],
      ['ru', 'Публикации в СМИ', 'июнь 2024'],
    ] as const) {
      const pdf = await app().inject({
        method: 'GET',
        url: `/${lang}/activities/report.pdf?from=2024-01-01&to=2024-12-31`,
      });
      assert.equal(pdf.statusCode, 200);
      const text = pdfText(pdf.rawPayload).replace(/\s+/g, ' ');
      assert.ok(text.includes(heading), `${lang}: ${heading}`);
      assert.match(text, new RegExp(`${month}( г\\.)? 2 `), `${lang}: the month's count`);
      assert.match(text, /Kazinform test 1 /, `${lang}: the outlet's count`);
    }
    // the Russian article names no priority area: the area's page lists the English one only
    const area = (await app().inject({ method: 'GET', url: '/en/activities/timeline/area/tourism' })).body;
    assert.doesNotMatch(area, /капсулу времени/);
    const untouched = (await app().inject({ method: 'GET', url: '/en/states/IN' })).body;
    assert.doesNotMatch(untouched, /id="coverage"/, 'a page with no coverage shows no empty section');
  });

  it('shows staff reviewing a proposed person each post written beside the name, with the outlet and the day', async () => {
    const text = (name: string) =>
      `Astana, 3 October 2024 — Ambassador of Azerbaijan ${name} opened the seventh meeting of the Youth Council, which gathered young delegates.`;
    await post([
      { ...item({ title: 'Youth Council meets', published: '2024-10-03', text: text('Rustam Quliyev') }, 'en') },
    ]);
    const en = (await editor.get('/en/office/coverage')).body;
    assert.match(
      en,
      /<q lang="en">Ambassador of Azerbaijan<\/q> <small><span translate="no">Astana Daily<\/span><span>, 3 October 2024<\/span><\/small>/,
    );
    const ru = (await editor.get('/ru/office/coverage')).body;
    assert.match(ru, /3 октября 2024/);
    assert.match(ru, /<option value="gost-7-79">ГОСТ 7.79<\/option>/);
    assert.deepEqual(latinWords(ru.slice(ru.indexOf('<h2'), ru.indexOf('</main>'))), []);

    // the reviewer picks the system the spellings follow; one not on the list is refused and changes nothing
    const action = /action="(\/en\/office\/coverage\/people\/[^"]+)"/.exec(en)?.[1];
    assert.ok(action);
    assert.match(
      en,
      /<select id="romanization-[^"]+" name="romanization"><option value="" selected>not known<\/option>/,
    );
    assert.equal((await editor.post(action, { decision: 'confirm', romanization: 'klingon' })).statusCode, 400);
    assert.equal(
      (await editor.post(action, { decision: 'confirm', romanization: 'kazakh-latin-2021' })).statusCode,
      303,
    );
    const s = buildServices(app.db(), app.clock);
    const person = (await s.people.persons()).find((p) => p.name.en === 'Rustam Quliyev');
    assert.ok(person);
    // the people's API gives each spelling's system, null where not known (the pack records none)
    const api = (await app().inject({ method: 'GET', url: '/api/people/kairat-sarybay' })).json();
    assert.ok(api.variants.length > 0);
    for (const v of api.variants) assert.equal(v.romanization, null, v.name);
  });

  it("shows on a person's office record the posts coverage wrote beside their name, through the office's panels", async () => {
    await post([item(CEREMONY_EN, 'en'), { ...item(CEREMONY_RU, 'ru'), url: 'javascript:alert(1)' }]);
    const en = (await editor.get('/en/office/records/people/kairat-sarybay')).body;
    assert.match(en, /<h2 id="panel-0">Posts seen in the coverage<\/h2>/);
    assert.match(en, /<td lang="en"><span>Secretary General<\/span><\/td><td><span>27 June 2024<\/span><\/td>/);
    assert.match(
      en,
      /<a href="https:\/\/news.example\/en\/ceremony" rel="external noopener nofollow">Time capsule sealed/,
    );
    assert.match(en, /<td translate="no"><span>Astana Daily<\/span><\/td>/);
    assert.doesNotMatch(en, /javascript:/, 'an address that is no web address is not linked');
    const ru = (await editor.get('/ru/office/records/people/kairat-sarybay')).body;
    assert.match(ru, /Должности по публикациям СМИ/);
    // a person no article names has no panel
    assert.doesNotMatch((await editor.get('/en/office/records/people/jandos-asanov')).body, /id="panel-0"/);
  });

  it('gives staff an Atom feed of the coverage, with outside text as text', async () => {
    await post([{ ...item(CEREMONY_EN, 'en'), title: 'A <b>bold</b> headline' }]);
    const feed = await editor.get('/en/office/coverage/feed.atom');
    assert.equal(feed.statusCode, 200);
    assert.match(feed.headers['content-type'] as string, /atom/);
    assert.match(feed.body, /Astana Daily: A &lt;b&gt;bold&lt;\/b&gt; headline/);
  });
});
