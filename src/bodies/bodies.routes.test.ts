import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';

describe('bodies over HTTP', () => {
  const app = usePlatform({ readOnly: true });

  it('GET /api/bodies lists bodies with their names as of the date', async () => {
    const now = (await app().inject('/api/bodies')).json();
    const ministerial = now.items.find((b: { id: string }) => b.id === 'ministerial');
    assert.equal(ministerial.name, 'Council of Ministers of Foreign Affairs');
    assert.equal(ministerial.formerName, 'Ministerial Meeting');
    const before = (await app().inject('/api/bodies?asOf=2010-01-01&lang=ru')).json();
    assert.equal(
      before.items.find((b: { id: string }) => b.id === 'ministerial').name,
      'Совещание министров иностранных дел',
    );
    assert.ok(!before.items.some((b: { id: string }) => b.id === 'cica-fund'));
  });

  it('GET /api/bodies/{id}/meetings gives the numbered series', async () => {
    const body = (await app().inject('/api/bodies/summit/meetings?asOf=2023-01-01')).json();
    assert.deepEqual(
      body.items.map((m: { number: number }) => m.number),
      [1, 2, 3, 4, 5, 6],
    );
    assert.equal(body.items[5].title, 'Sixth CICA Summit');
    assert.equal(body.items[5].to, '2022-10-13');
    const ru = (await app().inject('/api/bodies/ministerial/meetings?lang=ru')).json();
    assert.ok(
      ru.items.some((m: { title: string }) => m.title === 'Седьмое заседание Совета министров иностранных дел СВМДА'),
    );
  });

  it('GET /api/bodies/{id}/meetings answers 404 for an unknown body and 400 for a bad id', async () => {
    const missing = await app().inject('/api/bodies/parliament/meetings');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, 'BODY_NOT_FOUND');
    const bad = await app().inject('/api/bodies/Bad_Id/meetings');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().problems[0].field, 'id');
  });

  it('the structure page groups bodies and lists the heads of the Secretariat', async () => {
    const res = await app().inject('/en/structure');
    for (const text of [
      'Governing bodies',
      'Senior Officials Committee',
      'Heads of the Secretariat',
      'Habibullo Mirzozoda',
      'Mirzoev',
    ]) {
      assert.ok(res.body.includes(text), text);
    }
  });

  it('a body page lists its meetings, newest first, with anchors', async () => {
    const res = await app().inject('/ru/structure/think-tank-forum');
    assert.equal(res.statusCode, 200);
    assert.ok(res.body.indexOf('id="ttf-12"') < res.body.indexOf('id="ttf-11"'));
    assert.ok(res.body.includes('12-й форум аналитических центров СВМДА'));
    assert.equal((await app().inject('/en/structure/nope')).statusCode, 404);
  });
});
