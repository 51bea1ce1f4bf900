import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';

describe('chairmanship over HTTP', () => {
  const app = usePlatform({ readOnly: true });

  it('GET /api/troika?date=2019-12-03 gives China, Tajikistan and Kazakhstan', async () => {
    const res = await app().inject('/api/troika?date=2019-12-03');
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.date, '2019-12-03');
    assert.deepEqual(
      [body.previous.state, body.current.state, body.incoming.state],
      [
        { code: 'CN', name: 'China' },
        { code: 'TJ', name: 'Tajikistan' },
        { code: 'KZ', name: 'Kazakhstan' },
      ],
    );
    assert.deepEqual(Object.keys(body.current).sort(), [
      'designatedOn',
      'from',
      'handoverMeeting',
      'id',
      'plannedTo',
      'state',
      'to',
    ]);
    assert.equal(body.current.from, '2018-09-24');
    assert.equal(body.current.to, '2020-09-24');
  });

  it('GET /api/troika answers null seats where the record has no chair', async () => {
    const body = (await app().inject('/api/troika?date=2001-01-01&lang=ru')).json();
    assert.equal(body.previous, null);
    assert.equal(body.current, null);
    assert.equal(body.incoming.state.name, 'Казахстан');
  });

  it('GET /api/troika without a date answers for today', async () => {
    const body = (await app().inject('/api/troika')).json();
    assert.equal(body.date, '2025-06-01');
    assert.equal(body.current.state.code, 'AZ');
  });

  it('GET /api/troika refuses a bad date or an unknown parameter, naming it', async () => {
    for (const [query, field] of [
      ['date=2019-12-32', 'date'],
      ['date=03.12.2019', 'date'],
      ['day=2019-12-03', 'day'],
    ]) {
      const res = await app().inject(`/api/troika?${query}`);
      assert.equal(res.statusCode, 400, query);
      assert.equal(res.json().problems[0].field, field);
    }
  });

  it('GET /api/chairmanship lists all terms, or those begun by asOf', async () => {
    assert.equal((await app().inject('/api/chairmanship')).json().items.length, 7);
    const early = (await app().inject('/api/chairmanship?asOf=2010-06-08')).json();
    assert.deepEqual(
      early.items.map((t: { state: { code: string } }) => t.state.code),
      ['KZ', 'TR'],
    );
    assert.equal((await app().inject('/api/chairmanship?asOf=2010')).statusCode, 400);
  });

  it('the chairmanship page shows the troika for the date asked in the form', async () => {
    const res = await app().inject('/ru/chairmanship?date=2019-12-03');
    assert.equal(res.statusCode, 200);
    const seats = [...res.body.matchAll(/data-seat="([^"]+)"[\s\S]*?<span class="state-code"[^>]*>(\w\w)</g)].map(
      (m) => [m[1], m[2]],
    );
    assert.deepEqual(seats, [
      ['chair.previous', 'CN'],
      ['chair.current', 'TJ'],
      ['chair.incoming', 'KZ'],
    ]);
    assert.match(res.body, /«Тройка» на 3 декабря 2019 г\./);
  });

  it('the chairmanship page marks a renewed term', async () => {
    const res = await app().inject('/en/chairmanship');
    assert.equal((res.body.match(/class="tag"[^>]*>renewed</g) ?? []).length, 1);
  });

  it('on 15 January 2027, past the planned end of 2026, Azerbaijan still chairs and the page says no successor is recorded', async () => {
    const api = (await app().inject('/api/troika?date=2027-01-15')).json();
    assert.equal(api.current.state.code, 'AZ');
    assert.equal(api.previous.state.code, 'KZ');
    assert.equal(api.incoming, null);
    const en = await app().inject('/en/chairmanship?date=2027-01-15');
    const seat = /data-seat="chair.current"[\s\S]*?<\/div>/.exec(en.body)?.[0] ?? '';
    assert.match(seat, />AZ</);
    assert.match(seat, /term planned to end in 2026; no successor recorded/);
    const ru = await app().inject('/ru/chairmanship?date=2027-01-15');
    assert.match(ru.body, /окончание срока планировалось на 2026 г\.; преемник не указан/);
  });

  it('before the planned end has passed, the term reads as planned', async () => {
    const res = await app().inject('/en/chairmanship?date=2026-06-01');
    assert.match(res.body, /until 2026 \(planned\)/);
    assert.doesNotMatch(res.body, /no successor recorded/);
  });
});
