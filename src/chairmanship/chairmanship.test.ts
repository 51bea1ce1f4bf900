import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type ChairTerm,
  chairOn,
  hasSuccessor,
  isPastPlannedEnd,
  isRenewal,
  termsPastPlannedEnd,
  troikaOn,
} from './chairmanship.ts';

const term = (
  id: string,
  stateCode: string,
  from: string,
  until: string | null,
  extra: Partial<ChairTerm> = {},
): ChairTerm => ({
  id,
  stateCode,
  from,
  until,
  plannedUntil: null,
  designatedOn: null,
  handoverMeetingId: null,
  ...extra,
});

// The shape of CICA's real history: a renewed Kazakh term, an open last term, a late designation.
const terms = [
  term('kz-2002', 'KZ', '2002-06-04', '2010-06-08'),
  term('tr-2010', 'TR', '2010-06-08', '2014-05-20'),
  term('cn-2014', 'CN', '2014-05-20', '2018-09-24', { designatedOn: '2012-09-12' }),
  term('tj-2018', 'TJ', '2018-09-24', '2020-09-24'),
  term('kz-2020', 'KZ', '2020-09-24', '2022-10-13'),
  term('kz-2022', 'KZ', '2022-10-13', '2024-12-17', { designatedOn: '2022-10-13' }),
  term('az-2024', 'AZ', '2024-12-17', null, { plannedUntil: '2026', designatedOn: '2024-03-19' }),
];
const ids = (t: ReturnType<typeof troikaOn>) => [t.previous?.id ?? null, t.current?.id ?? null, t.incoming?.id ?? null];

describe('troikaOn', () => {
  it('on 3 December 2019 is China, Tajikistan and Kazakhstan', () => {
    assert.deepEqual(ids(troikaOn(terms, '2019-12-03')), ['cn-2014', 'tj-2018', 'kz-2020']);
  });

  it('on a handover day the incoming chair holds, and the outgoing one becomes previous', () => {
    assert.deepEqual(ids(troikaOn(terms, '2024-12-17')), ['kz-2022', 'az-2024', null]);
    assert.deepEqual(ids(troikaOn(terms, '2024-12-16')), ['tj-2018', 'kz-2022', 'az-2024']);
  });

  it('does not make a renewed term its own predecessor', () => {
    const t = troikaOn(terms, '2023-06-01');
    assert.equal(t.current?.id, 'kz-2022');
    assert.equal(t.previous?.id, 'tj-2018');
  });

  it('shows no incoming chair before one is designated', () => {
    assert.equal(troikaOn(terms, '2023-06-01').incoming, null);
    assert.equal(troikaOn(terms, '2024-03-19').incoming?.id, 'az-2024');
  });

  it('takes a next term with no known designation date as incoming', () => {
    assert.equal(troikaOn(terms, '2012-01-01').incoming, null, 'China was designated only on 12 September 2012');
    assert.equal(troikaOn(terms, '2015-01-01').incoming?.id, 'tj-2018');
  });

  it('before any term knows only the first chair', () => {
    assert.deepEqual(ids(troikaOn(terms, '2000-01-01')), [null, null, 'kz-2002']);
  });

  it('on the first day of the first term has no previous chair', () => {
    assert.deepEqual(ids(troikaOn(terms, '2002-06-04')), [null, 'kz-2002', 'tr-2010']);
  });

  it('keeps an open term current past its planned end while no successor is recorded', () => {
    assert.deepEqual(ids(troikaOn(terms, '2027-01-15')), ['kz-2022', 'az-2024', null]);
    assert.deepEqual(ids(troikaOn(terms, '2030-01-01')), ['kz-2022', 'az-2024', null]);
    assert.equal(troikaOn(terms, '2026-12-31').current?.id, 'az-2024');
  });

  it('hands over to a successor recorded after the planned end, on the day it takes over', () => {
    const late = [...terms, term('xx-2027', 'XX', '2027-03-01', null, { designatedOn: '2027-02-01' })];
    assert.deepEqual(ids(troikaOn(late, '2027-01-15')), ['kz-2022', 'az-2024', null]);
    assert.deepEqual(ids(troikaOn(late, '2027-02-01')), ['kz-2022', 'az-2024', 'xx-2027']);
    assert.deepEqual(ids(troikaOn(late, '2027-03-01')), ['az-2024', 'xx-2027', null]);
  });

  it('does not depend on the order the terms are given in', () => {
    assert.deepEqual(ids(troikaOn([...terms].reverse(), '2019-12-03')), ['cn-2014', 'tj-2018', 'kz-2020']);
  });

  it('handles a gap between terms', () => {
    const gap = [term('a', 'AA', '2000-01-01', '2001-01-01'), term('b', 'BB', '2002-01-01', '2003-01-01')];
    assert.deepEqual(ids(troikaOn(gap, '2001-06-01')), ['a', null, 'b']);
  });
});

describe('chairOn and isRenewal', () => {
  it('finds the chair on a date inside a term', () => {
    assert.equal(chairOn(terms, '2016-01-01')?.stateCode, 'CN');
  });
  it('marks the second consecutive term of a state as a renewal', () => {
    assert.equal(isRenewal(terms, terms[5]!), true);
    assert.equal(isRenewal(terms, terms[4]!), false);
  });
});

describe('terms past their planned end', () => {
  const azerbaijan = terms.at(-1)!;

  it('are not overdue up to the last day of the planned year', () => {
    assert.equal(isPastPlannedEnd(azerbaijan, '2026-12-31'), false);
    assert.deepEqual(termsPastPlannedEnd(terms, '2026-12-31'), []);
  });

  it('are listed from the next day while no successor is recorded', () => {
    assert.equal(isPastPlannedEnd(azerbaijan, '2027-01-01'), true);
    assert.deepEqual(termsPastPlannedEnd(terms, '2027-01-15'), [
      { kind: 'chair-term', term: azerbaijan, plannedUntil: '2026' },
    ]);
  });

  it('read a month as its last day', () => {
    const t = term('a', 'AA', '2020-01-01', null, { plannedUntil: '2026-10' });
    assert.equal(isPastPlannedEnd(t, '2026-10-31'), false);
    assert.equal(isPastPlannedEnd(t, '2026-11-01'), true);
  });

  it('are not listed once a successor is recorded, even before it takes over', () => {
    const next = term('xx-2027', 'XX', '2027-03-01', null);
    assert.equal(hasSuccessor([...terms, next], azerbaijan), true);
    assert.deepEqual(termsPastPlannedEnd([...terms, next], '2027-01-15'), []);
  });

  it('leave out ended terms and open terms with no planned end', () => {
    const open = term('b', 'BB', '2020-01-01', null);
    assert.equal(isPastPlannedEnd(open, '2099-01-01'), false);
    assert.equal(isPastPlannedEnd(terms[0]!, '2099-01-01'), false);
  });
});
