import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PositionPeriod, postsHeldOn } from './people.ts';

const position = (id: string, from: string | null, until: string | null, personId = 'p1'): PositionPeriod => ({
  id,
  personId,
  post: 'secretary-general',
  from,
  until,
});

describe('posts held on a date', () => {
  const director = { ...position('ed', '2020-09-24', '2022-10-13'), post: 'executive-director' as const };
  const general = position('sg', '2022-10-13', null);

  it('on the day one post ends and the next begins, the next one holds', () => {
    assert.deepEqual(
      postsHeldOn([director, general], '2022-10-13').map((p) => p.id),
      ['sg'],
    );
  });

  it('the day before the handover, the earlier post holds', () => {
    assert.deepEqual(
      postsHeldOn([director, general], '2022-10-12').map((p) => p.id),
      ['ed'],
    );
  });

  it('before the first post and with no dates known, nothing is held', () => {
    assert.deepEqual(postsHeldOn([director, general], '2019-01-01'), []);
    assert.deepEqual(postsHeldOn([position('x', null, null)], '2024-01-01'), []);
  });

  it('an open post holds to the present; a year-precise post holds all year', () => {
    assert.deepEqual(
      postsHeldOn([general], '2030-01-01').map((p) => p.id),
      ['sg'],
    );
    assert.deepEqual(
      postsHeldOn([position('y', '2014', '2018')], '2018-12-31').map((p) => p.id),
      ['y'],
    );
  });

  it('two posts held side by side are both held, earliest first', () => {
    const head = { ...position('cep', '2021', null), post: 'cep-head' as const };
    assert.deepEqual(
      postsHeldOn([general, head], '2023-05-01').map((p) => p.id),
      ['cep', 'sg'],
    );
  });

  it("another person's post beginning that day does not end this one's", () => {
    const successor = position('next', '2022-10-13', null, 'p2');
    assert.deepEqual(
      postsHeldOn([director, successor], '2022-10-13').map((p) => p.id),
      ['ed', 'next'],
    );
  });
});
