import assert from 'node:assert/strict';
import { describePlatformOnEachEngine } from '../platform/testing/app.ts';

type Doc = { id: string; kind: string; title: string; titleLang: string; date: string | null; url: string };

describePlatformOnEachEngine('documents over HTTP', (app, it) => {
  it('GET /api/documents lists public documents with kind, title and date, dated ones oldest first', async () => {
    const res = await app().inject('/api/documents');
    assert.equal(res.statusCode, 200);
    const items: Doc[] = res.json().items;
    const act = items.find((d) => d.id === 'almaty-act');
    assert.ok(act);
    assert.equal(act.kind, 'act');
    assert.equal(act.title, 'Almaty Act');
    assert.equal(act.date, '2002-06-04');
    assert.equal(act.url, '/en/documents/almaty-act');
    const dates = items.map((d) => d.date);
    const firstUndated = dates.indexOf(null);
    if (firstUndated >= 0)
      assert.ok(
        dates.slice(firstUndated).every((d) => d === null),
        'undated ones come last',
      );
    const dated = dates.filter((d): d is string => d !== null);
    assert.deepEqual(dated, [...dated].sort());
  });

  it('in Russian a title says which language it is in', async () => {
    const items: Doc[] = (await app().inject('/api/documents?lang=ru')).json().items;
    const act = items.find((d) => d.id === 'almaty-act')!;
    assert.deepEqual([act.title, act.titleLang], ['Алматинский акт', 'ru']);
    const declaration = items.find((d) => d.id === 'declaration-1999')!;
    assert.equal(declaration.titleLang, 'en');
    assert.match(declaration.title, /^Declaration on the Principles/);
  });

  it('filters by kind and by the state that acted on an instrument', async () => {
    const conventions: Doc[] = (await app().inject('/api/documents?kind=convention')).json().items;
    assert.ok(conventions.length > 0);
    assert.ok(conventions.every((d) => d.kind === 'convention'));
    const kz = (await app().inject('/api/documents?state=KZ')).json().items;
    assert.ok(kz.some((d: Doc) => d.id === 'convention-privileges'));
    assert.ok(
      kz.every((d: { actions: { state: string }[] }) => d.actions.some((a) => a.state === 'KZ')),
      'only documents Kazakhstan acted on',
    );
    assert.deepEqual((await app().inject('/api/documents?state=ZZ')).json().items, []);
  });

  it('a restricted document is not listed', async () => {
    await app
      .db()
      .updateTable('document')
      .set({ classification: 'restricted' })
      .where('id', '=', 'almaty-act')
      .execute();
    const items: Doc[] = (await app().inject('/api/documents')).json().items;
    assert.ok(!items.some((d) => d.id === 'almaty-act'));
  });

  for (const [query, field] of [
    ['kind=poem', 'kind'],
    ['state=kz', 'state'],
    ['state=KAZ', 'state'],
    ['lang=fr', 'lang'],
    ['asOf=2024-01-01', 'asOf'],
  ] as const) {
    it(`GET /api/documents?${query} is refused with a 400 naming ${field}`, async () => {
      const res = await app().inject(`/api/documents?${query}`);
      assert.equal(res.statusCode, 400);
      assert.deepEqual(
        res.json().problems.map((p: { field: string }) => p.field),
        [field],
      );
    });
  }
});
