import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';

describe('registry over HTTP', () => {
  const app = usePlatform({ readOnly: true });

  it('GET /api/states lists members with code, name, status and since', async () => {
    const res = await app().inject('/api/states?status=member&asOf=2024-12-31');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.asOf, '2024-12-31');
    assert.equal(body.items.length, 28);
    assert.deepEqual(
      body.items.find((s: { code: string }) => s.code === 'KR'),
      { code: 'KR', name: 'Republic of Korea', status: 'member', since: '2006-06-17', attestedSince: null },
    );
  });

  it('GET /api/states answers for an earlier date and in Russian', async () => {
    const body = (await app().inject('/api/states?asOf=2005-01-01&lang=ru')).json();
    const korea = body.items.find((s: { code: string }) => s.code === 'KR');
    assert.equal(korea.status, 'observer');
    assert.equal(korea.name, 'Республика Корея');
  });

  it('GET /api/states without asOf answers for today', async () => {
    const body = (await app().inject('/api/states?status=observer')).json();
    assert.equal(body.asOf, '2025-06-01');
    assert.equal(body.items.length, 10);
  });

  for (const [query, field] of [
    ['asOf=2024-02-30', 'asOf'],
    ['asOf=yesterday', 'asOf'],
    ['status=guest', 'status'],
    ['colour=blue', 'colour'],
    ['lang=fr', 'lang'],
  ] as const) {
    it(`GET /api/states?${query} is refused with a 400 naming ${field}`, async () => {
      const res = await app().inject(`/api/states?${query}`);
      assert.equal(res.statusCode, 400);
      const body = res.json();
      assert.equal(body.error, 'BAD_REQUEST');
      assert.deepEqual(
        body.problems.map((p: { field: string }) => p.field),
        [field],
      );
    });
  }

  it("GET /api/states/:code gives a state's history, and 404 for an unknown one", async () => {
    const kz = (await app().inject('/api/states/KZ')).json();
    assert.equal(kz.name.ru, 'Казахстан');
    assert.equal(kz.chairTerms.length, 3);
    assert.ok(kz.coordinatorRoles.some((r: { priorityArea: string }) => r.priorityArea === 'military-political'));
    const missing = await app().inject('/api/states/XX');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error, 'STATE_NOT_FOUND');
  });

  it('the states page lists members in the alphabet of each language', async () => {
    const en = (await app().inject('/en/states')).body;
    assert.ok(en.indexOf('Afghanistan') < en.indexOf('Azerbaijan'));
    assert.ok(en.indexOf('Thailand') < en.indexOf('Türkiye'));
    const ru = (await app().inject('/ru/states')).body;
    assert.ok(ru.indexOf('Азербайджан') < ru.indexOf('Афганистан'), 'А-з before А-ф in Russian');
    assert.ok(ru.indexOf('Объединённые Арабские Эмираты') < ru.indexOf('Шри-Ланка'), 'О before Ш');
    assert.match(ru, /<html lang="ru">/);
  });

  it('the states page answers for a chosen date, and shows a bad date next to the field', async () => {
    const past = await app().inject('/en/states?asOf=2004-11-01');
    assert.equal(past.statusCode, 200);
    assert.match(past.body, /Member states<\/span> <span class="count"[^>]*>17</);
    const bad = await app().inject('/en/states?asOf=2004-13-01');
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /class="field-error"[^>]*>Enter a date as YYYY-MM-DD\./);
    assert.match(bad.body, /aria-invalid="true"/);
  });

  it('a state page shows status history, chairmanships and coordinator roles', async () => {
    const res = await app().inject('/en/states/KZ');
    assert.equal(res.statusCode, 200);
    for (const text of [
      'Status history',
      'Chairmanship',
      'Military-political confidence building measures',
      'Kairat Sarybay',
    ]) {
      assert.ok(res.body.includes(text), text);
    }
    const lower = await app().inject('/en/states/kz');
    assert.equal(lower.statusCode, 301);
    assert.equal(lower.headers.location, '/en/states/KZ');
    assert.equal((await app().inject('/ru/states/XX')).statusCode, 404);
  });

  it('a page escapes what it echoes back, so a quote cannot break out of an attribute', async () => {
    const res = await app().inject(`/en/states?asOf=${encodeURIComponent('"><script>alert(1)</script>')}`);
    assert.equal(res.statusCode, 400);
    assert.ok(!res.body.includes('"><script>'));
    assert.ok(res.body.includes('value="&#34;>'));
  });
});
