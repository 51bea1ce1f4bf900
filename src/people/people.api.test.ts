import assert from 'node:assert/strict';
import { describePlatformOnEachEngine } from '../platform/testing/app.ts';

type Summary = { id: string; name: string; names: { en: string; ru: string | null }; variants: { name: string }[] };

describePlatformOnEachEngine('people over HTTP', (app, it) => {
  it('GET /api/people lists everyone with both names and the other recorded spellings', async () => {
    const res = await app().inject('/api/people');
    assert.equal(res.statusCode, 200);
    const items: Summary[] = res.json().items;
    const sarybay = items.find((p) => p.id === 'kairat-sarybay');
    assert.ok(sarybay);
    assert.equal(sarybay.name, 'Kairat Sarybay');
    assert.equal(sarybay.names.en, 'Kairat Sarybay');
    assert.ok(sarybay.variants.some((v) => v.name === 'Kairat Sarybai'));
    assert.ok(
      sarybay.variants.every((v) => v.name !== sarybay.names.en),
      'the main name is not repeated among the variants',
    );
    const names = items.map((p) => p.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
  });

  it('GET /api/people?lang=ru gives the Russian name where one is recorded, else the English', async () => {
    await app
      .db()
      .updateTable('person')
      .set({ name_ru: 'Кайрат Сарыбай' })
      .where('id', '=', 'kairat-sarybay')
      .execute();
    const items: Summary[] = (await app().inject('/api/people?lang=ru')).json().items;
    const sarybay = items.find((p) => p.id === 'kairat-sarybay')!;
    assert.equal(sarybay.name, 'Кайрат Сарыбай');
    assert.deepEqual(sarybay.names, { en: 'Kairat Sarybay', ru: 'Кайрат Сарыбай' });
    const english = items.find((p) => p.names.ru === null);
    if (english) assert.equal(english.name, english.names.en);
  });

  it('GET /api/people/:id gives every post over time, earliest first', async () => {
    const res = await app().inject('/api/people/kairat-sarybay');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.on, null);
    assert.deepEqual(
      body.posts.map((p: { post: string }) => p.post),
      ['executive-director', 'secretary-general'],
    );
    assert.equal(body.posts[0].from, '2020-09-24');
    assert.equal(body.posts[0].until, '2022-10-13');
    assert.equal(body.posts[1].title, 'Secretary General');
  });

  it('GET /api/people/:id?on= gives the posts held that day, the new one on a handover day', async () => {
    const posts = async (on: string) =>
      (await app().inject(`/api/people/kairat-sarybay?on=${on}`)).json().posts.map((p: { post: string }) => p.post);
    assert.deepEqual(await posts('2021-06-01'), ['executive-director']);
    assert.deepEqual(await posts('2022-10-13'), ['secretary-general']);
    assert.deepEqual(await posts('2019-01-01'), []);
    const ru = (await app().inject('/api/people/kairat-sarybay?on=2024-01-01&lang=ru')).json();
    assert.equal(ru.on, '2024-01-01');
    assert.equal(ru.posts[0].title, 'Генеральный секретарь');
  });

  it('an unknown person is a 404 with a plain message in the language asked for', async () => {
    const en = await app().inject('/api/people/nobody-at-all');
    assert.equal(en.statusCode, 404);
    assert.equal(en.json().error, 'PERSON_NOT_FOUND');
    assert.equal(en.json().message, 'There is no person with this id on the record.');
    const ru = await app().inject('/api/people/nobody-at-all?lang=ru');
    assert.equal(ru.statusCode, 404);
    assert.equal(ru.json().message, 'Человека с таким идентификатором в базе нет.');
  });

  it('a retired person is not on the record', async () => {
    await app
      .db()
      .updateTable('person')
      .set({ retired_at: '2025-01-01T00:00:00Z' })
      .where('id', '=', 'jandos-asanov')
      .execute();
    assert.equal((await app().inject('/api/people/jandos-asanov')).statusCode, 404);
    const items: Summary[] = (await app().inject('/api/people')).json().items;
    assert.ok(!items.some((p) => p.id === 'jandos-asanov'));
  });

  for (const [url, field] of [
    ['/api/people/kairat-sarybay?on=2022-02-30', 'on'],
    ['/api/people/kairat-sarybay?on=yesterday', 'on'],
    ['/api/people/kairat-sarybay?on=', 'on'],
    ['/api/people/kairat-sarybay?asOf=2024-01-01', 'asOf'],
    ['/api/people/kairat-sarybay?lang=fr', 'lang'],
    ['/api/people?lang=de', 'lang'],
    ['/api/people?colour=blue', 'colour'],
    ['/api/people/..%2Fetc', 'id'],
  ] as const) {
    it(`GET ${url} is refused with a 400 naming ${field}`, async () => {
      const res = await app().inject(url);
      assert.equal(res.statusCode, 400);
      const body = res.json();
      assert.equal(body.error, 'BAD_REQUEST');
      assert.deepEqual(
        body.problems.map((p: { field: string }) => p.field),
        [field],
      );
    });
  }

  it('a bad date is explained in the language asked for', async () => {
    const res = await app().inject('/api/people/kairat-sarybay?on=2024-13-01&lang=ru');
    assert.equal(res.statusCode, 400);
    assert.deepEqual(res.json().problems, [{ field: 'on', message: 'Введите дату в формате ГГГГ-ММ-ДД.' }]);
  });

  it('the people API is in the published description', async () => {
    const spec = (await app().inject('/api/docs/json')).json();
    assert.ok(spec.paths['/api/people']);
    assert.ok(spec.paths['/api/people/{id}']);
  });
});
