import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { DOMParser, type Element } from '@xmldom/xmldom';
import { usePlatform } from '../platform/testing/app.ts';
import { signedInStaff } from '../platform/testing/accounts.ts';
import type { Client } from '../platform/testing/client.ts';

const form = {
  title_en: 'Ministerial Council meets online',
  place_en: 'Baku',
  lead_en: 'Ministers adopted a statement on the anniversary.',
  body_en: 'The Council met **online**.\n\nIt adopted the [statement](https://www.s-cica.org).',
  title_ru: 'Совет министров провёл заседание онлайн',
  place_ru: 'Баку',
  body_ru: 'Совет провёл заседание **онлайн**.',
  date: '2025-05-20',
  contact_name: 'Akbota Batyrkhan',
  contact_title: 'Public Relations Officer',
  contact_email: 'a.batyrkhan@s-cica.org',
  contact_phone: '+7 (777) 036-26-58',
  image_1_src: '/static/favicon.svg',
  image_1_caption_en: 'The emblem',
  image_1_caption_ru: 'Эмблема',
};

describe('newsroom over HTTP', () => {
  const app = usePlatform();
  let editor: Client;
  let reviewer: Client;
  beforeEach(async () => {
    ({ editor, reviewer } = await signedInStaff(app));
  });

  /** The release of `form`, about Azerbaijan, Kazakhstan and the Council, written by the editor as a draft: its id. */
  async function drafted(): Promise<string> {
    const res = await editor.post('/en/office/releases', { ...form, states: ['AZ', 'KZ'], bodies: ['ministerial'] });
    assert.equal(res.statusCode, 303);
    return /\/office\/releases\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
  }
  // Each page carries the version in its workflow forms; a role with nothing to do has none.
  const versionOf = async (id: string) => {
    for (const who of [editor, reviewer]) {
      const found = /name="version" value="(\d+)"/.exec((await who.get(`/en/office/releases/${id}`)).body);
      if (found) return found[1]!;
    }
    throw new Error('no version on either page');
  };
  /** The draft, submitted by the editor, approved by the reviewer and published by the editor. */
  async function published(): Promise<string> {
    const id = await drafted();
    for (const [who, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [editor, 'publish'],
    ] as const) {
      assert.equal(
        (await who.post(`/en/office/releases/${id}/act`, { action, version: await versionOf(id) })).statusCode,
        303,
        action,
      );
    }
    return id;
  }

  it('previews a release from the form, in both languages, without saving it', async () => {
    await editor.get('/en/office/releases/new');
    const res = await editor.post('/en/office/releases/preview', { ...form, states: ['KZ'] });
    assert.equal(res.statusCode, 200);
    assert.match(res.body, /<h2 id="preview">Preview<\/h2><p class="notice" role="status">Not saved yet/);
    assert.match(res.body, /<div class="preview-lang" lang="en">[\s\S]*<h1>Ministerial Council meets online<\/h1>/);
    assert.match(res.body, /<strong class="dateline">Baku, 20 May 2025 —<\/strong>/);
    assert.match(
      res.body,
      /<div class="preview-lang" lang="ru">[\s\S]*<h1>Совет министров провёл заседание онлайн<\/h1>/,
    );
    assert.match(
      res.body,
      /<p>The Council met <strong>online<\/strong>\.<\/p>/,
      'the body is rendered as it will read',
    );
    assert.match(
      res.body,
      /name="title_en"[^>]*value="Ministerial Council meets online"/,
      'the form keeps what was typed',
    );
    assert.match(res.body, /<input type="checkbox" name="states" value="KZ" checked\/>/);
    assert.equal((await editor.get('/en/office/releases')).body.includes('Ministerial Council meets online'), false);
    const bad = await editor.post('/en/office/releases/preview', { ...form, title_en: '  ', title_ru: '' });
    assert.equal(bad.statusCode, 400);
    assert.doesNotMatch(bad.body, /id="preview"/);
  });

  it('gives the media contact in Russian on the Russian page, and in English on the English one', async () => {
    const res = await editor.post('/en/office/releases', {
      ...form,
      contact_name_ru: 'Акбота Батырхан',
      contact_title_ru: 'сотрудник по связям с общественностью',
    });
    const id = /\/office\/releases\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    for (const [who, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [editor, 'publish'],
    ] as const)
      await who.post(`/en/office/releases/${id}/act`, { action, version: await versionOf(id) });
    const slug = /href="\/en\/news\/([a-z0-9-]+)"/.exec((await editor.get(`/en/office/releases/${id}`)).body)![1]!;
    const ru = (await app().inject(`/ru/news/${slug}`)).body;
    assert.match(ru, /<strong>Акбота Батырхан<\/strong><span>, сотрудник по связям с общественностью<\/span>/);
    const en = (await app().inject(`/en/news/${slug}`)).body;
    assert.match(en, /<strong>Akbota Batyrkhan<\/strong><span>, Public Relations Officer<\/span>/);
  });

  it("refuses a release without a title, beside the field, in the editor's language", async () => {
    await editor.get('/ru/office/releases/new');
    const res = await editor.post('/ru/office/releases', { ...form, title_en: '', title_ru: '', date: '2025-02-30' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /id="f-title_en-error">Укажите заголовок хотя бы на одном языке\./);
    assert.match(res.body, /id="f-date-error">Введите дату в формате ГГГГ-ММ-ДД\./);
  });

  it('lets an editor write a release with links and an image; it stays off the site as a draft', async () => {
    const res = await editor.post('/en/office/releases', { ...form, states: ['AZ', 'KZ'], bodies: ['ministerial'] });
    assert.equal(res.statusCode, 303);
    assert.match(res.headers.location as string, /\/office\/releases\/[0-9a-f-]{36}/);
    assert.equal((await app().inject('/en/news')).body.includes('Ministerial Council meets online'), false);
  });

  it('adds no picture by address in the form, but keeps those a release has, or removes them when asked', async () => {
    const id = await drafted();
    const edit = (await editor.get(`/en/office/releases/${id}/edit`)).body;
    assert.doesNotMatch(edit, /<input id="f-image_/, 'no field to add one');
    assert.match(edit, /<legend>Pictures by address, from before the media library<\/legend>/);
    assert.match(edit, /<input type="hidden" name="image_1_src" value="\/static\/favicon.svg"\/>/);
    const ru = (await editor.get(`/ru/office/releases/${id}/edit`)).body;
    assert.match(ru, /<legend>Изображения по адресу, добавленные до медиатеки<\/legend>/);
    const fields = (body: string) =>
      Object.fromEntries(
        [...body.matchAll(/<input type="hidden" name="(image_1_[a-z_]+|version)" value="([^"]*)"/g)].map((m) => [
          m[1]!,
          m[2]!.replace(/&#x2F;|&#47;/g, '/'),
        ]),
      );
    const save = (extra: Record<string, string>) =>
      editor.post(`/en/office/releases/${id}`, {
        ...Object.fromEntries(Object.entries(form).filter(([k]) => !k.startsWith('image_'))),
        states: ['AZ', 'KZ'],
        ...extra,
      });
    const again = await editor.get(`/en/office/releases/${id}/edit`);
    assert.equal((await save(fields(again.body))).statusCode, 303);
    const images = async () =>
      (await app.db().selectFrom('release_image').select('src').where('release_id', '=', id).execute()).map(
        (r) => r.src,
      );
    assert.deepEqual(await images(), ['/static/favicon.svg']);
    const third = await editor.get(`/en/office/releases/${id}/edit`);
    assert.equal((await save({ ...fields(third.body), images_drop: 'yes' })).statusCode, 303);
    assert.deepEqual(await images(), []);
    assert.doesNotMatch((await editor.get(`/en/office/releases/${id}/edit`)).body, /Pictures by address/);
  });

  it('moves through review: submit, approve, publish — each by its role', async () => {
    const id = await drafted();
    const page = await editor.get(`/en/office/releases/${id}`);
    assert.match(page.body, /Submit for review/);
    assert.doesNotMatch(page.body, />Approve</);
    const version = () => versionOf(id);
    assert.equal(
      (await editor.post(`/en/office/releases/${id}/act`, { action: 'submit', version: await version() })).statusCode,
      303,
    );
    assert.equal(
      (await editor.post(`/en/office/releases/${id}/act`, { action: 'approve', version: await version() })).statusCode,
      409,
      'an editor may not approve',
    );
    const review = await reviewer.get(`/en/office/releases/${id}`);
    assert.match(review.body, />Approve</);
    const noComment = await reviewer.post(`/en/office/releases/${id}/act`, {
      action: 'send-back',
      version: await version(),
    });
    assert.equal(noComment.statusCode, 400);
    assert.match(noComment.body, /id="comment-error">This field is required\./);
    assert.equal(
      (await reviewer.post(`/en/office/releases/${id}/act`, { action: 'approve', version: await version() }))
        .statusCode,
      303,
    );
    assert.equal(
      (await editor.post(`/en/office/releases/${id}/act`, { action: 'publish', version: await version() })).statusCode,
      303,
    );
    const workflow = (await reviewer.get(`/en/office/releases/${id}`)).body;
    assert.match(workflow, /submitted for review[\s\S]*approved[\s\S]*published/);
  });

  it('shows the release on the news page, its article, print view, feeds, sitemap and API', async () => {
    await published();
    const list = await app().inject('/en/news');
    assert.match(
      list.body,
      /Baku, 20 May 2025<\/p><h2 class="news-title"><a href="\/en\/news\/2025-05-20-ministerial-council-meets-online"/,
    );
    const article = await app().inject('/ru/news/2025-05-20-ministerial-council-meets-online');
    assert.equal(article.statusCode, 200);
    assert.match(article.body, /<strong class="dateline">Баку, 20 мая 2025 г\. —<\/strong>/);
    assert.match(article.body, /Совет провёл заседание <strong>онлайн<\/strong>\./);
    assert.match(article.body, /<meta property="og:type" content="article"\/>/);
    assert.match(article.body, /<figcaption>Эмблема<\/figcaption>/);
    // The contact is a person and a post the record knows: the Russian page names both in Russian.
    assert.match(
      article.body,
      /<strong>Акбота Батырхан<\/strong><span>, сотрудник по связям с общественностью<\/span>/,
    );
    const print = await app().inject('/en/news/2025-05-20-ministerial-council-meets-online/print');
    assert.match(print.body, /class="print-view"/);
    assert.match(print.body, /Media contact[\s\S]*Akbota Batyrkhan[\s\S]*a\.batyrkhan@s-cica\.org/);
    assert.doesNotMatch(print.body, /class="mainnav"/);
    const rss = await app().inject('/en/news/feed.rss');
    assert.match(rss.headers['content-type'] as string, /application\/rss\+xml/);
    assert.match(rss.body, /<title>Ministerial Council meets online<\/title>/);
    const atom = await app().inject('/ru/news/feed.atom');
    assert.match(atom.body, /Совет министров провёл заседание онлайн/);
    const sitemap = await app().inject('/sitemap.xml');
    assert.match(
      sitemap.body,
      /<loc>http:\/\/localhost:80\/en\/news\/2025-05-20-ministerial-council-meets-online<\/loc>|\/en\/news\/2025-05-20-ministerial-council-meets-online<\/loc>/,
    );
    assert.match(sitemap.body, /hreflang="ru"/);
    // The same addresses are served in parts, as the index of a large site names them.
    const part = await app().inject('/sitemap/news-1.xml');
    assert.equal(part.statusCode, 200);
    assert.match(
      part.body,
      /\/en\/news\/2025-05-20-ministerial-council-meets-online<\/loc><lastmod>\d{4}-\d\d-\d\d<\/lastmod>/,
    );
    assert.doesNotMatch(part.body, /\/en\/states\//);
    assert.match((await app().inject('/sitemap/pages.xml')).body, /\/en\/states\/AZ<\/loc>/);
    for (const absent of ['/sitemap/news-2.xml', '/sitemap/news-0.xml', '/sitemap/other.xml'])
      assert.equal((await app().inject(absent)).statusCode, 404, absent);
    const api = (await app().inject('/api/press-releases?lang=ru')).json();
    assert.equal(api.total, 1);
    assert.equal(api.items[0].dateline, 'Баку, 20 мая 2025 г. —');
  });

  it('lists the release on the page and feed of each state and body it concerns', async () => {
    await published();
    const links = await app().inject('/api/press-releases?kind=body&id=ministerial');
    assert.equal(links.json().total, 1);
    const az = await app().inject('/en/news/about/state/AZ');
    assert.equal(az.statusCode, 200);
    assert.match(az.body, /News: Azerbaijan/);
    assert.match((await app().inject('/en/news/about/state/AZ/feed.atom')).body, /Ministerial Council meets online/);
    assert.doesNotMatch((await app().inject('/en/news/about/state/CN')).body, /Ministerial Council meets online/);
    assert.equal((await app().inject('/en/news/about/state/XX')).statusCode, 404);
  });

  it('publishes a correction in the open', async () => {
    const id = await published();
    const edit = await editor.get(`/en/office/releases/${id}/edit`);
    const version = /name="version" value="(\d+)"/.exec(edit.body)![1]!;
    const silent = await editor.post(`/en/office/releases/${id}`, {
      ...form,
      version,
      states: 'AZ',
      bodies: 'ministerial',
      body_en: 'The Council met online on 20 May.',
    });
    assert.equal(silent.statusCode, 400);
    assert.match(silent.body, /Say what the correction changes/);
    const ok = await editor.post(`/en/office/releases/${id}`, {
      ...form,
      version,
      states: 'AZ',
      bodies: 'ministerial',
      body_en: 'The Council met online on 20 May.',
      correction: 'Added the date.',
    });
    assert.equal(ok.statusCode, 303);
    const article = await app().inject('/en/news/2025-05-20-ministerial-council-meets-online');
    assert.match(article.body, /Corrected on 1 June 2025: Added the date\./);
  });

  it('answers unknown releases and bad filters plainly', async () => {
    assert.equal((await app().inject('/en/news/no-such-release')).statusCode, 404);
    assert.equal((await app().inject('/api/press-releases?month=13')).json().problems[0].field, 'month');
    assert.equal((await app().inject('/api/press-releases?colour=red')).statusCode, 400);
  });

  it('imports releases through the API with a token, all or nothing, skipping duplicates', async () => {
    const { createAccountsService } = await import('../accounts/accounts.service.ts');
    const token = await createAccountsService(app.db(), app.clock).createToken('editor@cica.test', 'importer');
    const post = (payload: unknown, headers: Record<string, string> = {}, query = '') =>
      app().inject({
        method: 'POST',
        url: `/api/press-releases${query}`,
        payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...headers },
      });
    const items = [
      {
        lang: 'en',
        title: 'Think Tank Forum meets in Shanghai',
        place: 'Shanghai',
        date: '2024-10-24',
        dateTo: '2024-10-25',
        body: 'The 12th forum met.',
        bodies: ['think-tank-forum'],
      },
      { lang: 'ru', title: 'Слёт волонтёров', place: 'Астана', date: '2024-10-03', body: 'Прошёл слёт.' },
    ];
    const refused = await post([
      ...items,
      { lang: 'en', title: 'Bad', place: 'X', date: '2024-13-01', body: 'x', states: ['XX'] },
    ]);
    assert.equal(refused.statusCode, 400);
    assert.deepEqual(refused.json().problems, [
      { field: 'request.json [2].date', message: 'expected a date as YYYY-MM-DD' },
    ]);
    assert.equal(
      (await app().inject('/api/press-releases?year=2024&month=10')).json().total,
      0,
      'nothing half-imported',
    );

    const created = await post(items, {}, '?publish=true');
    assert.equal(created.statusCode, 201);
    assert.equal(created.json().created.length, 2);
    const again = await post(items, {}, '?publish=true');
    assert.deepEqual(again.json().created, []);
    assert.equal(again.json().skipped.length, 2);
    assert.equal((await app().inject('/api/press-releases?year=2024&month=10&lang=ru')).json().total, 2);

    const markdown = await post(
      '---\nlang: en\ntitle: Markdown release\nplace: Astana\ndate: 2024-09-01\n---\nBody in **Markdown**.\n',
      { 'content-type': 'text/markdown' },
    );
    assert.equal(markdown.statusCode, 201);

    const noToken = await app().inject({
      method: 'POST',
      url: '/api/press-releases',
      payload: '[]',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(noToken.statusCode, 401);
    const badToken = await post(items, { authorization: 'Bearer sec_nonsense' });
    assert.equal(badToken.statusCode, 401);
    const byCookie = await editor.post('/api/press-releases', {});
    assert.equal(byCookie.statusCode, 401, 'a browser session cannot write through the API');
  });

  it('gives a title with markup in it to feed readers as text, and the body as sanitized HTML', async () => {
    const { createAccountsService } = await import('../accounts/accounts.service.ts');
    const token = await createAccountsService(app.db(), app.clock).createToken('editor@cica.test', 'feeds');
    const title = '<script>alert(1)</script> & "x"';
    const lead = 'Ministers <b>met</b> & agreed';
    const created = await app().inject({
      method: 'POST',
      url: '/api/press-releases?publish=true',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      payload: JSON.stringify([
        {
          lang: 'en',
          title,
          lead,
          place: 'Astana',
          date: '2025-05-30',
          body: 'They met **today**. <script>alert(2)</script><img src=x onerror=alert(3)>',
        },
      ]),
    });
    assert.equal(created.statusCode, 201);
    const read = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml');
    const child = (parent: Element, name: string) => parent.getElementsByTagName(name)[0]!;

    const atom = read((await app().inject('/en/news/feed.atom')).body);
    const entry = Array.from(atom.getElementsByTagName('entry')).find((e) => child(e, 'title').textContent === title);
    assert.ok(entry, 'an entry whose title reads as the title was typed');
    assert.equal(child(entry, 'title').getAttribute('type'), 'text');
    assert.equal(child(entry, 'summary').getAttribute('type'), 'text');
    assert.equal(child(entry, 'summary').textContent, lead);
    assert.equal(child(entry, 'content').getAttribute('type'), 'html');
    const html = child(entry, 'content').textContent!;
    assert.match(html, /<strong>today<\/strong>/);
    assert.doesNotMatch(html, /script|onerror|<img/);

    const rss = read((await app().inject('/en/news/feed.rss')).body);
    const item = Array.from(rss.getElementsByTagName('item')).find((e) => child(e, 'title').textContent === title);
    assert.ok(item, 'an item whose title reads as the title was typed');
    // RSS descriptions are HTML by the specification: the lead is HTML that shows it as text.
    assert.equal(child(item, 'description').textContent, 'Ministers &lt;b&gt;met&lt;/b&gt; &amp; agreed');
    assert.doesNotMatch(child(item, 'content:encoded').textContent!, /script|onerror|<img/);
  });
});
