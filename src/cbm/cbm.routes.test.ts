import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';

describe('catalogue of CBMs over HTTP', () => {
  const app = usePlatform({ readOnly: true });

  it('GET /api/cbm/dimensions lists the five dimensions and the version in force', async () => {
    const body = (await app().inject('/api/cbm/dimensions?asOf=2022-01-01')).json();
    assert.deepEqual(
      body.items.map((d: { id: string }) => d.id),
      ['military-political', 'new-challenges', 'economic', 'environmental', 'human'],
    );
    assert.equal(body.catalogueVersion.id, 'catalogue-2021');
    assert.equal(
      body.items.reduce((n: number, d: { priorityAreas: number }) => n + d.priorityAreas, 0),
      18,
    );
  });

  it('GET /api/cbm/priority-areas gives the coordinators in force on the date', async () => {
    const body = (await app().inject('/api/cbm/priority-areas?asOf=2024-06-01&lang=ru')).json();
    assert.equal(body.items.length, 18);
    const ict = body.items.find((a: { id: string }) => a.id === 'ict-security');
    assert.equal(ict.coordinator.state.name, 'Россия');
    assert.deepEqual(
      ict.coCoordinators.map((c: { state: { code: string } }) => c.state.code),
      ['CN'],
    );
    const finance = body.items.find((a: { id: string }) => a.id === 'finance');
    assert.equal(finance.coordinator, null);
  });

  it('GET /api/cbm/priority-areas filters by dimension and refuses unknown parameters', async () => {
    const env = (await app().inject('/api/cbm/priority-areas?dimension=environmental')).json();
    assert.deepEqual(
      env.items.map((a: { id: string }) => a.id),
      ['environment-protection', 'disaster-management', 'sustainable-development'],
    );
    const bad = await app().inject('/api/cbm/priority-areas?asof=2024-01-01');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().problems[0].field, 'asof');
  });

  it('the catalogue page shows dimension, area, measures and coordinators', async () => {
    const res = await app().inject('/en/cbm');
    for (const text of [
      'Military-political dimension',
      'Security of and in the use of ICTs',
      'Invitation of observers to military exercises',
      'Co-coordinators',
    ]) {
      assert.ok(res.body.includes(text), text);
    }
    assert.equal((await app().inject('/en/cbm?asOf=2024-99-01')).statusCode, 400);
  });
});
