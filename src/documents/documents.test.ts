import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type Instrument,
  checkNewVersion,
  instrumentProblems,
  mayRead,
  nextSymbol,
  openPassages,
  readableBy,
  silenceOutcome,
  silenceProblems,
  treatyStatus,
} from './documents.ts';

describe('who reads a document', () => {
  it('shows anonymous visitors public documents, delegates of member states also member states’, staff all', () => {
    const members = (code: string) => code === 'KZ';
    assert.deepEqual(readableBy(null), ['public']);
    assert.deepEqual(readableBy({ role: 'delegate', stateCode: 'KZ' }, members), ['public', 'restricted']);
    assert.deepEqual(readableBy({ role: 'delegate', stateCode: 'US' }, members), ['public']);
    assert.deepEqual(readableBy({ role: 'delegate', stateCode: null }, members), ['public']);
    assert.equal(mayRead({ role: 'delegate', stateCode: 'US' }, 'restricted', members), false);
    for (const role of ['editor', 'reviewer', 'admin']) assert.equal(mayRead({ role }, 'internal'), true);
    assert.equal(mayRead({ role: 'delegate' }, 'internal'), false);
    assert.equal(mayRead(null, 'restricted'), false);
    assert.equal(mayRead(null, 'something-else'), false);
  });
});

describe('open passages of a draft', () => {
  it('counts each bracketed passage once', () => {
    assert.deepEqual(openPassages('We [reaffirm] our [commitment to] peace.'), { open: 2, unbalanced: false });
  });
  it('counts nested brackets as the one outer passage', () => {
    assert.equal(openPassages('[The States [shall] [should] cooperate.]').open, 1);
  });
  it('leaves Markdown links, references, footnotes and escaped brackets alone', () => {
    const text = 'See [the Act](https://example.org) and [the Charter][c], a note[^1] and \\[sic\\].\n\n[c]: https://x';
    assert.deepEqual(openPassages(text), { open: 0, unbalanced: false });
  });
  it('tells a bracket left open, and one closed that never opened', () => {
    assert.deepEqual(openPassages('Agreed text [still open'), { open: 0, unbalanced: true });
    assert.equal(openPassages('stray ] here').unbalanced, true);
  });
  it('counts spanning lines and Cyrillic alike', () => {
    assert.equal(openPassages('Государства [подтверждают\nсвою] приверженность [ … ]').open, 2);
  });
});

describe('a new version of a draft', () => {
  it('is numbered after the latest, when saved against it', () => {
    assert.deepEqual(checkNewVersion(0, 0), { ok: true, number: 1 });
    assert.deepEqual(checkNewVersion(2, 2), { ok: true, number: 3 });
  });
  it('is refused when saved against an older version', () => {
    assert.deepEqual(checkNewVersion(3, 2), { ok: false });
  });
});

describe('a silence procedure', () => {
  const circulated = { circulatedOn: '2024-03-14', deadline: '2024-03-19', brokenBy: null, brokenOn: null };

  it('adopts the text at its deadline when nobody breaks it', () => {
    assert.deepEqual(silenceOutcome(circulated, '2024-03-18'), { state: 'running', until: '2024-03-19' });
    assert.deepEqual(silenceOutcome(circulated, '2024-03-19'), { state: 'adopted', on: '2024-03-19' });
    assert.deepEqual(silenceOutcome(circulated, '2025-01-01'), { state: 'adopted', on: '2024-03-19' });
  });

  it('stops when a state breaks silence, from that day on', () => {
    const broken = { ...circulated, brokenBy: 'IN', brokenOn: '2024-03-17' };
    assert.deepEqual(silenceProblems(broken), []);
    assert.deepEqual(silenceOutcome(broken, '2024-03-16'), { state: 'running', until: '2024-03-19' });
    assert.deepEqual(silenceOutcome(broken, '2024-03-17'), { state: 'broken', on: '2024-03-17', by: 'IN' });
    assert.deepEqual(silenceOutcome(broken, '2024-04-01'), { state: 'broken', on: '2024-03-17', by: 'IN' });
  });

  it('may be broken on the deadline itself, but not after it', () => {
    assert.deepEqual(silenceProblems({ ...circulated, brokenBy: 'IN', brokenOn: '2024-03-19' }), []);
    assert.deepEqual(silenceProblems({ ...circulated, brokenBy: 'IN', brokenOn: '2024-03-20' }), [
      { field: 'brokenOn', reason: 'broken-after-deadline' },
    ]);
  });

  it('refuses a deadline before circulation, a break before it, and a break without its state or day', () => {
    assert.deepEqual(silenceProblems({ ...circulated, deadline: '2024-03-13' }), [
      { field: 'deadline', reason: 'deadline-before-circulation' },
    ]);
    assert.deepEqual(silenceProblems({ ...circulated, brokenBy: 'IN', brokenOn: '2024-03-01' }), [
      { field: 'brokenOn', reason: 'broken-before-circulation' },
    ]);
    assert.deepEqual(silenceProblems({ ...circulated, brokenOn: '2024-03-15' }), [
      { field: 'brokenBy', reason: 'broken-without-state' },
    ]);
    assert.deepEqual(silenceProblems({ ...circulated, brokenBy: 'IN' }), [
      { field: 'brokenOn', reason: 'state-without-date' },
    ]);
  });
});

describe('symbols', () => {
  const on = { body: 'ministerial', year: '2024', kind: 'statement' };
  it('numbers from one within a body and a year', () => {
    assert.equal(nextSymbol('CICA/{BODY}/{year}/{n}', on, []), 'CICA/MINISTERIAL/2024/1');
    assert.equal(
      nextSymbol('CICA/{BODY}/{year}/{n}', on, [
        'CICA/MINISTERIAL/2024/1',
        'CICA/MINISTERIAL/2024/4',
        'CICA/SOC/2024/9',
      ]),
      'CICA/MINISTERIAL/2024/5',
    );
  });
  it('never gives a number twice, even when a gap was left by a retired document', () => {
    assert.equal(nextSymbol('{body}-{n}-{year}', on, ['ministerial-2-2024']), 'ministerial-3-2024');
    assert.equal(nextSymbol('{body}-{n}-{year}', on, ['ministerial-2-2023']), 'ministerial-1-2024');
  });
  it('treats the pattern’s own characters literally', () => {
    assert.equal(nextSymbol('A.{n}(x)', on, ['A.7(x)', 'AB7(x)']), 'A.8(x)');
  });
});

const ratified = (stateCode: string, date: string | null, dateAttested: string | null = null): Instrument => ({
  stateCode,
  action: 'ratification',
  date,
  dateAttested,
});

describe('the status of an instrument on a date', () => {
  const rule = { required: 3, daysAfter: 30, lateDaysAfter: 30 };
  const instruments = [
    { stateCode: 'KZ', action: 'signature', date: '2010-06-08', dateAttested: null },
    ratified('KZ', '2011-11-28'),
    ratified('IN', '2012-03-01'),
    { stateCode: 'TR', action: 'accession', date: '2013-05-10', dateAttested: null },
    ratified('CN', '2015-01-15'),
  ] satisfies Instrument[];

  it('enters into force the given days after the last instrument needed', () => {
    const before = treatyStatus(rule, instruments, [], '2013-06-08');
    assert.equal(before.inForce, false);
    assert.equal(before.count, 3);
    assert.equal(before.stillNeeded, 0);
    assert.deepEqual(before.parties, []);
    const on = treatyStatus(rule, instruments, [], '2013-06-09');
    assert.equal(on.inForce, true);
    assert.equal(on.inForceOn, '2013-06-09');
    assert.deepEqual(on.parties, ['IN', 'KZ', 'TR']);
  });

  it('makes a late joiner a party the given days after its own instrument', () => {
    const early = treatyStatus(rule, instruments, [], '2015-02-13');
    assert.equal(early.states.find((s) => s.stateCode === 'CN')?.partySince, null);
    const later = treatyStatus(rule, instruments, [], '2015-02-14');
    assert.equal(later.states.find((s) => s.stateCode === 'CN')?.partySince, '2015-02-14');
    assert.equal(later.states.find((s) => s.stateCode === 'KZ')?.partySince, '2013-06-09');
    assert.equal(later.states.find((s) => s.stateCode === 'KZ')?.signed, '2010-06-08');
  });

  it('makes a state that joins between the last instrument and the entry into force a party from the entry into force', () => {
    const close = [...instruments.slice(0, 4), ratified('CN', '2013-05-20')];
    const status = treatyStatus({ ...rule, lateDaysAfter: 90 }, close, [], '2013-08-17');
    assert.equal(status.states.find((s) => s.stateCode === 'CN')?.partySince, null);
    assert.equal(
      treatyStatus({ ...rule, lateDaysAfter: 10 }, close, [], '2013-08-20').states.find((s) => s.stateCode === 'CN')
        ?.partySince,
      '2013-06-09',
    );
  });

  it('counts a state once, however many instruments it deposits', () => {
    const twice = [ratified('KZ', '2011-11-28'), { ...ratified('KZ', '2012-01-01'), action: 'approval' as const }];
    assert.equal(treatyStatus(rule, twice, [], '2020-01-01').count, 1);
  });

  it('shows a count the sources attest beside the named states, never inventing names', () => {
    const convention = [ratified('KZ', '2011-11-28'), ratified('JO', null, '2024-12-02')];
    const status = treatyStatus(
      { required: 14, daysAfter: null, lateDaysAfter: null },
      convention,
      [{ count: 11, asOf: '2024-12-02', sources: 'SEED3' }],
      '2025-06-01',
    );
    assert.equal(status.count, 11);
    assert.equal(status.identified, 2);
    assert.equal(status.stillNeeded, 3);
    assert.equal(status.inForce, false);
    assert.deepEqual(
      status.states.map((s) => s.stateCode),
      ['JO', 'KZ'],
    );
    const earlier = treatyStatus({ required: 14, daysAfter: null, lateDaysAfter: null }, convention, [], '2024-12-01');
    assert.equal(earlier.count, 1);
  });

  it('says honestly what an attested count tells: how many more are needed, and never a day', () => {
    const rule14 = { required: 14, daysAfter: 30, lateDaysAfter: null };
    const two = [ratified('KZ', '2011-11-28'), ratified('JO', null, '2024-12-02')];
    const status = treatyStatus(rule14, two, [{ count: 11, asOf: '2024-12-02', sources: 'SEED3' }], '2025-06-01');
    assert.equal(status.stillNeeded, 3);
    assert.equal(status.inForce, false);
    assert.equal(status.maybeInForce, false);
    assert.equal(status.entersOn, null);
  });

  it('may be in force, on a day not known, when an attested count reaches the number', () => {
    const named = [ratified('KZ', '2011-11-28'), ratified('IN', '2012-03-01')];
    const status = treatyStatus(rule, named, [{ count: 3, asOf: '2014-01-01', sources: 'S' }], '2015-01-01');
    assert.equal(status.count, 3);
    assert.equal(status.stillNeeded, 0);
    assert.equal(status.inForce, false);
    assert.equal(status.inForceOn, null);
    assert.equal(status.entersOn, null);
    assert.equal(status.maybeInForce, true);
    assert.deepEqual(status.parties, []);
  });

  it('gives no day when an instrument that completes the number is dated only to its year or month', () => {
    const partial = [ratified('KZ', '2011-11-28'), ratified('IN', '2012-03-01'), ratified('TR', null, '2013-05')];
    const status = treatyStatus(rule, partial, [], '2014-01-01');
    assert.equal(status.count, 3);
    assert.equal(status.maybeInForce, true);
    assert.equal(status.inForceOn, null);
    const yearOnly = treatyStatus(rule, [...partial.slice(0, 2), ratified('TR', null, '2013')], [], '2014-01-01');
    assert.equal(yearOnly.maybeInForce, true);
    assert.equal(yearOnly.inForceOn, null);
  });

  it('tells the day ahead when the number is reached but the days after have not run', () => {
    const status = treatyStatus(rule, instruments, [], '2013-05-20');
    assert.equal(status.stillNeeded, 0);
    assert.equal(status.inForce, false);
    assert.equal(status.maybeInForce, false);
    assert.equal(status.entersOn, '2013-06-09');
  });

  it('says nothing of entry into force where the rule is not known', () => {
    const status = treatyStatus(
      { required: null, daysAfter: null, lateDaysAfter: null },
      instruments,
      [],
      '2020-01-01',
    );
    assert.equal(status.inForce, false);
    assert.equal(status.stillNeeded, null);
    assert.equal(status.inForceOn, null);
  });
});

describe('a state’s instrument', () => {
  it('is refused before the text was adopted', () => {
    assert.deepEqual(
      instrumentProblems('2010-06-08', [], { stateCode: 'KZ', action: 'ratification', date: '2010-06-07' }),
      [{ field: 'date', reason: 'before-adoption' }],
    );
    assert.deepEqual(
      instrumentProblems('2010-06-08', [], { stateCode: 'KZ', action: 'signature', date: '2010-06-08' }),
      [],
    );
  });
  it('is refused when the state has already consented, by whichever instrument', () => {
    const existing = [{ stateCode: 'KZ', action: 'ratification' as const }];
    assert.deepEqual(instrumentProblems(null, existing, { stateCode: 'KZ', action: 'accession', date: null }), [
      { field: 'state_code', reason: 'twice' },
    ]);
    assert.deepEqual(instrumentProblems(null, existing, { stateCode: 'KZ', action: 'signature', date: null }), []);
    assert.deepEqual(instrumentProblems(null, existing, { stateCode: 'IN', action: 'ratification', date: null }), []);
  });
});

describe('comparing two versions word by word', () => {
  it('keeps what is the same and marks words added and removed, in Russian too', async () => {
    const { compareTexts, changeCounts } = await import('./documents.compare.ts');
    const runs = compareTexts(
      'Государства подтверждают [свою] приверженность.',
      'Государства вновь подтверждают приверженность.',
    );
    assert.deepEqual(runs, [
      { change: 'same', text: 'Государства ' },
      { change: 'added', text: 'вновь ' },
      { change: 'same', text: 'подтверждают ' },
      { change: 'removed', text: '[свою] ' },
      { change: 'same', text: 'приверженность.' },
    ]);
    assert.deepEqual(changeCounts(runs), { added: 1, removed: 1 });
    assert.deepEqual(compareTexts('same text', 'same text'), [{ change: 'same', text: 'same text' }]);
  });
});
