// A picture's credit in each language: the Russian on Russian pages and in a Russian
// digest, the English standing in (marked as English) only where the Russian is unknown.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { signedInStaff } from '../platform/testing/accounts.ts';
import { describePlatformOnEachEngine, servicesOf } from '../platform/testing/app.ts';
import { Client } from '../platform/testing/client.ts';
import { samplePhoto, uploadSample } from './pictures.fixture.ts';

describePlatformOnEachEngine('a picture’s credit in English and in Russian', (app, it) => {
  let actor: Actor;
  let editor: Client;
  beforeEach(async () => {
    ({ editor, actor } = await signedInStaff(app));
  });
  const services = () => servicesOf(app);

  it('shows the Russian credit on Russian pages and the English, marked, where the Russian is unknown', async () => {
    const s = services();
    const both = await uploadSample(s.pictures, actor, 0, undefined, 'Секретариат СВМДА');
    const english = await uploadSample(s.pictures, actor, 1);
    const made = await s.newsroom.create(
      actor,
      {
        date: '2024-12-17',
        place_en: 'Baku',
        place_ru: 'Баку',
        title_en: 'Ministers meet online',
        title_ru: 'Министры провели встречу онлайн',
        body_en: 'The Ministerial Council met online.',
        body_ru: 'Совет министров провёл заседание онлайн.',
        lead_picture: both,
        gallery: [english],
      },
      { publish: true },
    );
    assert.ok(made.ok, JSON.stringify(made));
    const ru = (await new Client(app()).get(`/ru/news/${made.slug}`)).body;
    assert.match(ru, /<span class="credit">Секретариат СВМДА<\/span>/);
    assert.match(
      ru,
      /<span class="credit" lang="en" title="Автор снимка пока не указан по-русски: показано по-английски.">CICA Secretariat<\/span>/,
    );
    const en = (await new Client(app()).get(`/en/news/${made.slug}`)).body;
    assert.doesNotMatch(en, /Секретариат СВМДА/);
    assert.equal(en.match(/<span class="credit">CICA Secretariat<\/span>/g)?.length, 2);
    const library = (await editor.get('/ru/office/pictures')).body;
    assert.match(library, /<label for="f-credit_ru">Автор снимка \(по-русски\)<\/label>/);
    assert.match(library, /<span class="credit">Секретариат СВМДА<\/span>/);
  });

  it('takes the Russian credit from the upload form, and refuses one too long, naming the field', async () => {
    await editor.get('/en/office/pictures');
    const long = await editor.postFiles(
      '/ru/office/pictures',
      { alt_en: 'The hall', credit: 'CICA Secretariat', credit_ru: 'С'.repeat(201) },
      [{ field: 'file', name: 'hall.jpg', bytes: await samplePhoto(2), type: 'image/jpeg' }],
    );
    assert.equal(long.statusCode, 400);
    assert.match(long.body, /id="f-credit_ru-error"/);
    assert.equal((await app.db().selectFrom('picture').select('id').execute()).length, 0);
    const ok = await editor.postFiles(
      '/en/office/pictures',
      { alt_en: 'The hall', credit: 'CICA Secretariat', credit_ru: 'Секретариат СВМДА' },
      [{ field: 'file', name: 'hall.jpg', bytes: await samplePhoto(2), type: 'image/jpeg' }],
    );
    assert.ok(ok.statusCode < 400, ok.body.slice(0, 300));
    const row = await app.db().selectFrom('picture').select(['credit', 'credit_ru']).executeTakeFirstOrThrow();
    assert.deepEqual(row, { credit: 'CICA Secretariat', credit_ru: 'Секретариат СВМДА' });
  });

  it('prints the Russian credit in a Russian digest', async () => {
    const s = services();
    const both = await uploadSample(s.pictures, actor, 0, undefined, 'Секретариат СВМДА');
    const made = await s.newsroom.create(
      actor,
      {
        date: '2024-12-17',
        place_ru: 'Баку',
        title_ru: 'Министры провели встречу онлайн',
        body_ru: 'Совет министров провёл заседание онлайн.',
        lead_picture: both,
      },
      { publish: true },
    );
    assert.ok(made.ok);
    const issue = await s.digest.preview({ from: '2024-10-01', to: '2024-12-31', lang: 'ru' });
    const file = join(mkdtempSync(join(tmpdir(), 'credit-')), 'issue.pdf');
    writeFileSync(file, await s.digest.pdf(issue));
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    assert.match(text, /Секретариат СВМДА/);
    // The contact block lists a social account named "CICA Secretariat"; the credit is not there.
    assert.doesNotMatch(text.replace(/^Социальные сети:.*$/gm, ''), /CICA Secretariat/);
  });
});
