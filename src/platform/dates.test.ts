import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { firstDay, inForceOn, isIsoDate, isPartialDate, lastDay, periodEnd, periodStart } from './dates.ts';

describe('partial dates', () => {
  it('accept years, months and real days only', () => {
    assert.deepEqual(['2011', '2014-05', '2024-02-29'].map(isPartialDate), [true, true, true]);
    assert.deepEqual(['2023-02-29', '2024-13', '24-01-01', '2024-1-1', ''].map(isPartialDate), [
      false,
      false,
      false,
      false,
      false,
    ]);
    assert.equal(isIsoDate('2024-05'), false);
    assert.equal(isIsoDate('2024-05-31'), true);
    assert.equal(isIsoDate('2024-06-31'), false);
  });
  it('span their first and last days', () => {
    assert.equal(firstDay('2011'), '2011-01-01');
    assert.equal(lastDay('2011'), '2011-12-31');
    assert.equal(lastDay('2024-02'), '2024-02-29');
    assert.equal(lastDay('2023-02'), '2023-02-28');
    assert.equal(lastDay('2023-02-14'), '2023-02-14');
  });
});

describe('periods', () => {
  it('are in force on both end days', () => {
    const p = { from: '2020-09-24', until: '2022-10-13' };
    assert.equal(inForceOn(p, '2020-09-24'), true);
    assert.equal(inForceOn(p, '2022-10-13'), true);
    assert.equal(inForceOn(p, '2022-10-14'), false);
  });
  it('start where a source first shows them when the start is unknown', () => {
    assert.equal(periodStart({ from: null, fromAttested: '2004', until: null }), '2004-01-01');
    assert.equal(periodStart({ from: null, until: null }), null);
    assert.equal(periodEnd({ from: null, until: null, untilAttested: '2006' }), '2006-12-31');
  });
});
