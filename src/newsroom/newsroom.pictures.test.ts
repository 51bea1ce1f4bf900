// A release's pictures from the media library: chosen in the office form,
// refused by field when an id names no picture, shown on the public page,
// in the news list and the page's og:image, in the reader's language.
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import { signedInStaff } from '../platform/testing/accounts.ts';
import { describePlatformOnEachEngine, servicesOf } from '../platform/testing/app.ts';
import { Client } from '../platform/testing/client.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';

const form = {
  title_en: 'Senior Officials meet in Astana',
  place_en: 'Astana',
  body_en: 'The Committee of Senior Officials met.',
  title_ru: 'Комитет старших должностных лиц собрался в Астане',
  place_ru: 'Астана',
  body_ru: 'Комитет старших должностных лиц провёл заседание.',
  date: '2025-05-20',
};

describePlatformOnEachEngine('a release with pictures from the media library', (app, it) => {
  let editor: Client;
  let reviewer: Client;
  let pictures: string[];
  beforeEach(async () => {
    const staff = await signedInStaff(app);
    ({ editor, reviewer } = staff);
    const s = servicesOf(app);
    pictures = [];
    for (const [n, words] of [
      { en: 'The Committee in session', ru: 'Заседание Комитета' },
      { en: 'Delegates at the table', ru: 'Делегаты за столом' },
      { en: 'The family photograph', ru: 'Общее фото' },
    ].entries())
      pictures.push(await uploadSample(s.pictures, staff.actor, n, words));
  });

  async function publish(fields: Record<string, string>): Promise<string> {
    await editor.get('/en/office/releases/new');
    const res = await editor.post('/en/office/releases', { ...form, ...fields });
    assert.equal(res.statusCode, 303, res.body.slice(0, 300));
    const id = /\/office\/releases\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    for (const [who, action] of [
      [editor, 'submit'],
      [reviewer, 'approve'],
      [editor, 'publish'],
    ] as const) {
      let version = '';
      for (const w of [editor, reviewer]) {
        const found = /name="version" value="(\d+)"/.exec((await w.get(`/en/office/releases/${id}`)).body);
        if (found) version = found[1]!;
      }
      assert.equal((await who.post(`/en/office/releases/${id}/act`, { action, version })).statusCode, 303, action);
    }
    return /href="\/en\/news\/([a-z0-9-]+)"/.exec((await editor.get(`/en/office/releases/${id}`)).body)![1]!;
  }

  it('offers the library in the form and refuses an id of no picture, naming the field, saving nothing', async () => {
    const page = await editor.get('/en/office/releases/new');
    assert.match(page.body, /<select id="f-lead_picture" name="lead_picture"/);
    assert.match(page.body, new RegExp(`<option value="${pictures[0]}">The Committee in session`));
    assert.match(page.body, /<textarea id="f-gallery" name="gallery"/);
    const res = await editor.post('/en/office/releases', {
      ...form,
      lead_picture: pictures[0]!,
      gallery: `${pictures[1]}\nno-such-picture`,
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /id="f-gallery-error">No picture has the id no-such-picture\./);
    assert.doesNotMatch(res.body, /id="f-lead_picture-error"/);
    const ru = await editor.post('/ru/office/releases', { ...form, lead_picture: 'nothing-here' });
    assert.equal(ru.statusCode, 400);
    assert.match(ru.body, /id="f-lead_picture-error">Нет фотографии с идентификатором nothing-here\./);
    assert.equal((await app.db().selectFrom('press_release').select('id').execute()).length, 0);
  });

  it('shows the lead picture and the gallery in order on the page, in the list and as og:image, in each language', async () => {
    const slug = await publish({ lead_picture: pictures[0]!, gallery: `${pictures[2]}\n${pictures[1]}` });
    const en = (await new Client(app()).get(`/en/news/${slug}`)).body;
    assert.match(en, new RegExp(`<meta property="og:image" content="[^"]*/pictures/${pictures[0]}/1600\\.jpg"`));
    const lead = /<figure class="article-figure lead-picture">([\s\S]*?)<\/figure>/.exec(en)![1]!;
    assert.match(lead, new RegExp(`srcset="/pictures/${pictures[0]}/480\\.jpg 480w, [^"]*1600w"`));
    assert.match(lead, /alt="The Committee in session, seated at a long table"/);
    assert.match(
      lead,
      /<figcaption><span>The Committee in session<\/span><span class="credit">CICA Secretariat<\/span>/,
    );
    const gallery = /<section class="gallery"[\s\S]*?<\/section>/.exec(en)![0];
    assert.match(gallery, /<h2 id="gallery-heading">Photo gallery<\/h2>/);
    assert.ok(gallery.indexOf(pictures[2]!) < gallery.indexOf(pictures[1]!), 'the gallery keeps its order');
    assert.doesNotMatch(gallery, new RegExp(pictures[0]!));
    const ru = (await new Client(app()).get(`/ru/news/${slug}`)).body;
    assert.match(ru, /alt="Заседание Комитета за длинным столом"/);
    assert.match(ru, /<figcaption><span>Заседание Комитета<\/span>/);
    assert.match(ru, /<h2 id="gallery-heading">Фотогалерея<\/h2>/);
    const list = (await new Client(app()).get('/en/news')).body;
    assert.match(list, new RegExp(`<li class="news-item with-picture"><img src="/pictures/${pictures[0]}/960\\.jpg"`));
    assert.match(list, /sizes="\(max-width: 700px\) 100vw, 160px"/);
  });

  it('shows the lead picture and the gallery in the form’s preview, in each language, saving nothing', async () => {
    await editor.get('/en/office/releases/new');
    const res = await editor.post('/en/office/releases/preview', {
      ...form,
      lead_picture: pictures[0]!,
      gallery: `${pictures[2]}\n${pictures[1]}`,
    });
    assert.equal(res.statusCode, 200, res.body.slice(0, 300));
    const preview = /<section class="preview release-preview"[\s\S]*?<\/section>\s*<form/.exec(res.body)![0];
    const en = /<div class="preview-lang" lang="en">([\s\S]*?)<div class="preview-lang" lang="ru">/.exec(preview)![1]!;
    assert.match(en, new RegExp(`<figure class="article-figure lead-picture"><img src="/pictures/${pictures[0]}/`));
    assert.match(en, /<figcaption><span>The Committee in session<\/span>/);
    const gallery = /<section class="gallery"[\s\S]*?<\/section>/.exec(en)![0];
    assert.ok(gallery.indexOf(pictures[2]!) < gallery.indexOf(pictures[1]!), 'the gallery keeps its order');
    const ru = preview.slice(preview.indexOf('<div class="preview-lang" lang="ru">'));
    assert.match(ru, /<figcaption><span>Заседание Комитета<\/span>/);
    assert.match(ru, /<h2 id="gallery-heading">Фотогалерея<\/h2>/);
    assert.equal((await app.db().selectFrom('press_release').select('id').execute()).length, 0);
  });

  it('keeps the chosen pictures in the form for the next edit', async () => {
    await editor.get('/en/office/releases/new');
    const res = await editor.post('/en/office/releases', {
      ...form,
      lead_picture: pictures[1]!,
      gallery: pictures[0]!,
    });
    const id = /\/office\/releases\/([0-9a-f-]{36})/.exec(res.headers.location as string)![1]!;
    const office = (await editor.get(`/en/office/releases/${id}`)).body;
    assert.match(office, new RegExp(`<figure class="article-figure lead-picture"><img src="/pictures/${pictures[1]}/`));
    const edit = (await editor.get(`/en/office/releases/${id}/edit`)).body;
    assert.match(edit, new RegExp(`<option value="${pictures[1]}" selected>`));
    assert.match(edit, new RegExp(`<textarea id="f-gallery" name="gallery"[^>]*>${pictures[0]}</textarea>`));
  });
});
