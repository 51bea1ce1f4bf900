/**
 * Regression tests for the bad input that once answered 500 (issue 10, item 4),
 * on both engines: each is now a 400 naming the field, in the reader's
 * language, and the record is unchanged.
 */
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import { Client, PASSWORD, seedAccounts } from '../testing/client.ts';
import { describePlatformOnEachEngine, rowCounts } from '../testing/app.ts';
import { createAccountsService } from '../../accounts/accounts.service.ts';

/** The smallest valid new record of each type whose Russian name once had to be given. */
const WITHOUT_RUSSIAN: Record<string, Record<string, string>> = {
  states: { code: 'ZQ', name_en: 'Zedland', name_ru: '', official_name_en: '', official_name_ru: '' },
  organizations: { name_en: 'Organization of Tests', name_ru: '', acronym_en: '', acronym_ru: '' },
  bodies: { kind: 'standing', position: '99', name_en: 'Council of Tests', name_ru: '' },
  dimensions: { position: '9', name_en: 'Sixth dimension', name_ru: '' },
  'priority-areas': { dimension_id: 'human', position: '9', name_en: 'Testing', name_ru: '', note_en: '', note_ru: '' },
  'catalogue-versions': {
    adopted_on: '2025-01-01',
    title_en: 'Catalogue of tests',
    title_ru: '',
    sources: 'test',
    confidence: 'H',
  },
};

describePlatformOnEachEngine('bad input answers 400 and changes nothing', (app, it) => {
  let editor: Client;
  let token = '';
  beforeEach(async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    token = await createAccountsService(app.db(), app.clock).createToken(emails.editor, 'hostile-input');
  });

  const importReleases = (payload: string, type = 'application/json', query = '') =>
    app().inject({
      method: 'POST',
      url: `/api/press-releases${query}`,
      payload,
      headers: { 'content-type': type, authorization: `Bearer ${token}` },
    });

  it('saves a record whose optional Russian name is left empty, for every type that once refused it', async () => {
    for (const [type, fields] of Object.entries(WITHOUT_RUSSIAN)) {
      const res = await editor.post(`/en/office/records/${type}`, fields);
      assert.equal(res.statusCode, 303, `${type}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    }
  });

  it('refuses a version that is not a number, or is beyond what the record stores', async () => {
    const before = await rowCounts(app.db());
    for (const version of ['abc', '99999999999', '-1', '1e3']) {
      const res = await editor.post('/en/office/records/states/KZ', {
        version,
        name_en: 'Kazakhstan',
        name_ru: 'Казахстан',
      });
      assert.equal(res.statusCode, 400, `version=${version}`);
      assert.match(res.body, /This value is not valid\./);
    }
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('refuses whole numbers beyond 32 bits in every number field, naming it', async () => {
    const before = await rowCounts(app.db());
    const cases: Array<[string, Record<string, string>, string]> = [
      ['bodies', { ...WITHOUT_RUSSIAN.bodies!, position: '4294967296' }, 'position'],
      ['dimensions', { ...WITHOUT_RUSSIAN.dimensions!, position: '-99999999999' }, 'position'],
      ['action-plans', { year: '99999999999', title_en: 'Plan' }, 'year'],
    ];
    for (const [type, fields, field] of cases) {
      const res = await editor.post(`/ru/office/records/${type}`, fields);
      assert.equal(res.statusCode, 400, `${type}.${field}`);
      assert.match(res.body, new RegExp(`id="f-${field}-error">Введите целое число`), `${type}.${field}`);
    }
    const compile = await editor.post('/en/office/digest', {
      from: '2024-10-01',
      to: '2024-12-31',
      lang: 'en',
      number: '99999999999',
    });
    assert.equal(compile.statusCode, 400);
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('refuses a NUL character in any text, query or form, naming where it was', async () => {
    const before = await rowCounts(app.db());
    const form = await editor.post('/en/office/records/organizations', { name_en: 'Bad\u0000name' });
    assert.equal(form.statusCode, 400);
    assert.match(form.body, /name_en.*Text may not contain a NUL character\./s);
    const query = await app().inject('/api/search?q=a%00b');
    assert.equal(query.statusCode, 400);
    assert.deepEqual(query.json().problems, [{ field: 'q', message: 'Text may not contain a NUL character.' }]);
    const json = await importReleases(
      JSON.stringify([{ lang: 'en', title: 'x\u0000', place: 'Astana', date: '2024-01-01', body: 'x' }]),
    );
    assert.equal(json.statusCode, 400);
    assert.equal(json.json().problems[0].field, '[0].title');
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('tells API problems as text in the asked language, never as a message key', async () => {
    const res = await importReleases(
      JSON.stringify([{ lang: 'en', title: 'T', place: 'P', date: '2024-01-01', body: 'b', states: ['XX'] }]),
      'application/json',
      '?lang=ru',
    );
    assert.equal(res.statusCode, 400);
    for (const p of res.json().problems as Array<{ message: string }>)
      assert.doesNotMatch(p.message, /^[a-z]+\.[a-zA-Z.]+$/, p.message);
    const bad = await app().inject('/api/activities/report?from=2024-02-30');
    for (const p of bad.json().problems as Array<{ message: string }>)
      assert.doesNotMatch(p.message, /^[a-z]+\.[a-zA-Z.]+$/, p.message); // A choice outside the allowed set is answered with the choices, not with the validator's own sentence.
    const french = await app().inject({ url: '/api/states?lang=fr', headers: { 'accept-language': 'ru' } });
    assert.deepEqual(french.json().problems, [{ field: 'lang', message: 'Выберите одно из значений: en, ru.' }]);
    const status = await app().inject('/api/activities?status=nope');
    assert.deepEqual(status.json().problems, [
      { field: 'status', message: 'Choose one of: planned, held, cancelled.' },
    ]);
  });

  it('lists every problem of an import item at once, references included', async () => {
    const res = await importReleases(
      JSON.stringify([
        { lang: 'en', title: 'T', place: 'P', date: '2024-01-01', dateTo: '2023-01-01', body: 'b', states: ['XX'] },
      ]),
    );
    assert.equal(res.statusCode, 400);
    const fields = (res.json().problems as Array<{ field: string }>).map((p) => p.field).sort();
    assert.deepEqual(fields, ['request.json[0] date_to', 'request.json[0] states']);
  });

  it('refuses JSON with __proto__ or constructor keys, saying why', async () => {
    const before = await rowCounts(app.db());
    for (const payload of [
      '[{"lang":"en","__proto__":{"admin":true}}]',
      '{"constructor":{"prototype":{"admin":true}}}',
    ]) {
      const res = await importReleases(payload);
      assert.equal(res.statusCode, 400);
      assert.match(res.json().message, /is not allowed in JSON input/);
    }
    assert.equal(({} as { admin?: boolean }).admin, undefined);
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('refuses front matter that is not YAML, running none of it', async () => {
    const before = await rowCounts(app.db());
    const marker = globalThis as { secretariatPwned?: boolean };
    for (const opening of ['---js', '---javascript', '---coffee']) {
      const res = await importReleases(
        `${opening}\n{ lang: (globalThis.secretariatPwned = true, "en"), title: "x", place: "y", date: "2024-01-01" }\n---\nBody.\n`,
        'text/markdown',
      );
      assert.equal(res.statusCode, 400, opening);
      assert.match(res.json().problems[0].message, /front matter must be YAML/);
    }
    const tagged = await importReleases(
      '---\nlang: en\ntitle: !!js/function "function () { globalThis.secretariatPwned = true }"\nplace: Astana\ndate: 2024-01-01\n---\nBody.\n',
      'text/markdown',
    );
    assert.equal(tagged.statusCode, 400);
    assert.match(tagged.json().problems[0].message, /may not use YAML tags/);
    assert.equal(marker.secretariatPwned, undefined);
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('answers what the attack of 1 December found with a 4xx, never a 5xx (regressions)', async () => {
    const visitor = new Client(app());
    await visitor.get('/en/office/sign-in');
    const random = Array.from({ length: 2900 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz0123456789'[(i * 7919) % 36]).join(
      '',
    );
    const longEmail = await visitor.post('/en/office/sign-in', { email: random, password: 'x' });
    assert.ok(longEmail.statusCode >= 400 && longEmail.statusCode < 500, `long e-mail: ${longEmail.statusCode}`);
    assert.equal((await app().inject('/en/activities/calendar?month=9999-12')).statusCode, 400);
    const word = Array.from({ length: 9000 }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 31) % 26]).join('');
    const headline = (title: string) =>
      importReleases(
        JSON.stringify([{ lang: 'en', title, place: 'Astana', date: '2024-03-01', body: 'b' }]),
        'application/json',
        '?publish=true',
      );
    // A headline past what the indexes hold is refused, naming it; the longest allowed gets a short address.
    const tooLong = await headline(word);
    assert.equal(tooLong.statusCode, 400);
    assert.match(tooLong.body, /title/);
    const longTitle = await headline(word.slice(0, 400));
    assert.equal(longTitle.statusCode, 201);
    const slug = longTitle.json().created[0].slug as string;
    assert.ok(slug.length <= 71, slug);
    assert.equal((await app().inject(`/en/news/${slug}`)).statusCode, 200);
    const top = await editor.post('/en/office/digest', {
      from: '2024-01-01',
      to: '2024-03-31',
      lang: 'en',
      number: '2147483647',
    });
    assert.equal(top.statusCode, 303);
    const next = await editor.post('/en/office/digest', { from: '2024-04-01', to: '2024-06-30', lang: 'en' });
    assert.equal(next.statusCode, 400, 'the next number would not fit');
    const decade = await editor.post('/en/office/digest', { from: '2010-01-01', to: '2020-12-31', lang: 'ru' });
    assert.equal(decade.statusCode, 400, 'an issue covers at most a year');
  });

  it('creates one release from 50 identical imports sent at once, skipping 49, with no 5xx', async () => {
    const payload = JSON.stringify([
      {
        lang: 'en',
        title: 'Fifty at once',
        place: 'Astana',
        date: '2024-05-05',
        body: 'The same release, sent fifty times.',
      },
    ]);
    const answers = await Promise.all(Array.from({ length: 50 }, () => importReleases(payload)));
    assert.deepEqual(
      [...new Set(answers.map((a) => a.statusCode))],
      [201],
      answers.find((a) => a.statusCode !== 201)?.body,
    );
    assert.equal(
      answers.reduce((n, a) => n + a.json().created.length, 0),
      1,
    );
    assert.equal(
      answers.reduce((n, a) => n + a.json().skipped.length, 0),
      49,
    );
  });
});
