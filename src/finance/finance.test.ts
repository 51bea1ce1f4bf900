import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  type Contribution,
  type PublishedRank,
  type Rate,
  arrears,
  contributionProblems,
  convert,
  formatAmount,
  parseAmount,
  rankFromLedger,
  rankingFor,
  receiptsByMonth,
  totals,
} from './finance.ts';

let n = 0;
const gift = (over: Partial<Contribution> & { code?: string } = {}): Contribution => ({
  id: `c${++n}`,
  year: 2024,
  contributor: { kind: 'state', code: over.code ?? 'KZ' },
  kind: 'voluntary',
  amount: '100',
  currency: 'USD',
  pledgedOn: '2024-01-10',
  receivedOn: '2024-02-01',
  ...over,
});
const rate = (currency: string, value: string, year = 2024, base = 'USD'): Rate => ({
  year,
  currency,
  base,
  rate: value,
});
const Y2024 = { from: 2024, to: 2024 };

describe('amounts', () => {
  it('are exact decimals: 0.1 + 0.2 is 0.3', () => {
    assert.equal(formatAmount((parseAmount('0.1') ?? 0n) + (parseAmount('0.2') ?? 0n)), '0.3');
  });
  it('refuse negative, non-numeric and over-precise text', () => {
    for (const bad of ['-5', 'ten', '1e6', '1.23456', '', '1,000']) assert.equal(parseAmount(bad), null, bad);
  });
});

describe('conversion with recorded rates only', () => {
  it('uses the rate of the contribution year, or its inverse', () => {
    assert.equal(convert('1000', 'KZT', 2024, 'USD', [rate('KZT', '0.002')]), parseAmount('2'));
    assert.equal(convert('2', 'USD', 2024, 'KZT', [rate('KZT', '0.002')]), parseAmount('1000'));
  });
  it('answers null, never a guess, when no rate is recorded for that year', () => {
    assert.equal(convert('1000', 'KZT', 2023, 'USD', [rate('KZT', '0.002', 2024)]), null);
  });
});

describe('totals and rankings', () => {
  it('ranks mixed currencies by their converted sums, ties sharing a place', () => {
    const ledger = [
      gift({ code: 'KZ', amount: '500000', currency: 'KZT' }), // 1000 USD
      gift({ code: 'CN', amount: '1000' }),
      gift({ code: 'TR', amount: '900', currency: 'EUR' }), // 990 USD
      gift({ code: 'KR', amount: '400' }),
      gift({ code: 'KR', amount: '590' }),
    ];
    const t = totals(ledger, Y2024, 'USD', [rate('KZT', '0.002'), rate('EUR', '1.1')]);
    assert.deepEqual(t.byCurrency, { EUR: '900', KZT: '500000', USD: '1990' });
    assert.equal(t.converted, '3980');
    assert.deepEqual(
      rankFromLedger(t).map((r) => [r.rank, r.contributor.kind === 'state' ? r.contributor.code : '', r.total]),
      [
        [1, 'CN', '1000'],
        [1, 'KZ', '1000'],
        [3, 'KR', '990'],
        [3, 'TR', '990'],
      ],
    );
  });

  it('leaves out of the ranking a contributor whose currency has no rate, naming the gap', () => {
    const t = totals([gift({ code: 'KZ', currency: 'KZT' }), gift({ code: 'CN' })], Y2024, 'USD', []);
    assert.deepEqual(t.missingRates, ['KZT 2024']);
    assert.equal(t.converted, null);
    assert.deepEqual(
      rankFromLedger(t).map((r) => r.rank),
      [1],
    );
  });

  it('counts over a period of years, each converted at its own year rate', () => {
    const t = totals(
      [gift({ year: 2023, currency: 'EUR', receivedOn: '2023-05-01' }), gift({ year: 2024, currency: 'EUR' })],
      { from: 2023, to: 2024 },
      'USD',
      [rate('EUR', '1', 2023), rate('EUR', '2', 2024)],
    );
    assert.equal(t.converted, '300');
  });

  it('counts neither pledges not yet received nor contributions without an amount', () => {
    const t = totals(
      [gift({ receivedOn: null }), gift({ kind: 'in-kind', amount: null, currency: null })],
      Y2024,
      'USD',
      [],
    );
    assert.deepEqual(t.byContributor, []);
  });
});

describe('rank-only facts', () => {
  const published: PublishedRank[] = ['KZ', 'CN', 'TR', 'KR'].map((code, i) => ({
    year: 2024,
    rank: i + 1,
    contributor: { kind: 'state', code },
    sources: 'SEED3',
  }));

  it('a published ranking stands as stated, with no amount invented for it', () => {
    const t = totals([], Y2024, 'USD', []);
    const r = rankingFor({ period: Y2024, published, totals: t, amountsVisible: true });
    assert.deepEqual(
      r.map((e) => [e.rank, e.contributor.kind === 'state' && e.contributor.code, e.total, e.basis]),
      [
        [1, 'KZ', null, 'published'],
        [2, 'CN', null, 'published'],
        [3, 'TR', null, 'published'],
        [4, 'KR', null, 'published'],
      ],
    );
  });

  it('a recorded amount does not move a published place; readers who may see amounts see it beside', () => {
    const t = totals([gift({ code: 'KR', amount: '50000' })], Y2024, 'USD', []);
    const staff = rankingFor({ period: Y2024, published, totals: t, amountsVisible: true });
    assert.deepEqual(
      staff.find((e) => e.rank === 4),
      { rank: 4, contributor: { kind: 'state', code: 'KR' }, total: '50000', basis: 'published', sources: 'SEED3' },
    );
    const pub = rankingFor({ period: Y2024, published, totals: t, amountsVisible: false });
    assert.equal(pub.find((e) => e.rank === 4)?.total, null);
  });

  it('the public gets no ranking computed from amounts; a period has no published ranking', () => {
    const t = totals([gift()], { from: 2023, to: 2024 }, 'USD', []);
    assert.deepEqual(rankingFor({ period: { from: 2023, to: 2024 }, published, totals: t, amountsVisible: false }), []);
    assert.equal(
      rankingFor({ period: { from: 2023, to: 2024 }, published, totals: t, amountsVisible: true })[0]?.basis,
      'ledger',
    );
  });
});

describe('arrears', () => {
  it('are pledges past their date and not received, oldest first', () => {
    const late = gift({ pledgedOn: '2024-03-01', receivedOn: null });
    const older = gift({ pledgedOn: '2024-01-01', receivedOn: null });
    const future = gift({ pledgedOn: '2024-12-01', receivedOn: null });
    const paid = gift();
    assert.deepEqual(
      arrears([late, future, paid, older], '2024-06-01').map((c) => c.id),
      [older.id, late.id],
    );
  });
  it('a pledge is in arrears from its pledge date on, not the day before', () => {
    const due = gift({ pledgedOn: '2024-03-01', receivedOn: null });
    assert.equal(arrears([due], '2024-02-29').length, 0);
    assert.equal(arrears([due], '2024-03-01').length, 1);
  });
});

describe('receipts by month', () => {
  it('places each receipt in the month it was received, converted', () => {
    const months = receiptsByMonth(
      [gift({ receivedOn: '2024-11-19', amount: '10', currency: 'EUR' }), gift({ receivedOn: '2024-02-01' })],
      2024,
      'USD',
      [rate('EUR', '1.5')],
    );
    assert.equal(months[10], '15');
    assert.equal(months[1], '100');
    assert.equal(months[0], '0');
  });
});

describe('a contribution across its fields', () => {
  const ok = { kind: 'voluntary', state_code: 'KR', amount: '10', currency: 'USD' };
  it('refuses a negative amount, a currency that is not ISO 4217 and a receipt before the pledge', () => {
    assert.deepEqual(
      contributionProblems({
        ...ok,
        amount: '-1',
        currency: 'XYZ',
        pledged_on: '2024-05-02',
        received_on: '2024-05-01',
      }).map((p) => p.field),
      ['amount', 'currency', 'received_on'],
    );
  });
  it('asks for one contributor, a description for a gift in kind and a purpose for an earmarked one', () => {
    assert.deepEqual(
      contributionProblems({ kind: 'in-kind', amount: null, currency: null }).map((p) => p.message),
      ['finance.oneContributor', 'finance.inKindDescription'],
    );
    assert.deepEqual(
      contributionProblems({ ...ok, kind: 'earmarked' }).map((p) => p.message),
      ['finance.earmarkedPurpose'],
    );
    assert.deepEqual(contributionProblems(ok), []);
  });
});
