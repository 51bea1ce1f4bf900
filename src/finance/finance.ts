/**
 * Finance rules: amounts as exact decimals, conversion only with rates the
 * Secretariat recorded, totals and rankings of contributors, arrears, and the
 * rankings the sources state without amounts. No I/O; the date is passed in.
 *
 * The counting rule: a contribution counts towards a year's totals and ranking
 * when it has an amount and has been received; a pledge not yet received is in
 * arrears once its pledge date has passed, and counts in no ranking.
 */
import './finance.messages.ts';
import type { IsoDate } from '../platform/dates.ts';

export const CONTRIBUTION_KINDS = ['assessed', 'voluntary', 'earmarked', 'in-kind'] as const;
export type ContributionKind = (typeof CONTRIBUTION_KINDS)[number];

/** Every ISO 4217 code the runtime knows (ICU's list), so no hand-kept table can drift. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));
export const isCurrency = (code: string): boolean => /^[A-Z]{3}$/.test(code) && CURRENCIES.has(code);

/** A non-negative amount, at most two decimals wider than any currency's minor unit needs. */
export const AMOUNT_PATTERN = /^\d{1,15}(\.\d{1,4})?$/;

/** Amounts are kept in ten-thousandths, as whole numbers: sums are exact. */
const SCALE = 10_000n;

export function parseAmount(text: string): bigint | null {
  if (!AMOUNT_PATTERN.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * SCALE + BigInt(fraction.padEnd(4, '0'));
}

/** An amount as decimal text: `1234.5` for 12345000n, no trailing zeros. */
export function formatAmount(value: bigint): string {
  const whole = value / SCALE;
  const fraction = (value % SCALE).toString().padStart(4, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

/** A rate as recorded: how many units of the base currency one unit of the currency is worth. */
export const RATE_PATTERN = /^\d{1,9}(\.\d{1,9})?$/;
const RATE_SCALE = 1_000_000_000n;

function parseRate(text: string): bigint | null {
  if (!RATE_PATTERN.test(text)) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  const value = BigInt(whole) * RATE_SCALE + BigInt(fraction.padEnd(9, '0'));
  return value === 0n ? null : value;
}

export type Rate = Readonly<{ year: number; currency: string; base: string; rate: string }>;

/** Who gave: a state by its code, or an organization by its id. */
export type Contributor = Readonly<{ kind: 'state'; code: string } | { kind: 'organization'; id: string }>;
export const contributorKey = (c: Contributor): string => (c.kind === 'state' ? c.code : `org:${c.id}`);

export type Contribution = Readonly<{
  id: string;
  year: number;
  contributor: Contributor;
  kind: ContributionKind;
  /** Decimal text; for a contribution in kind, its estimated value, when known. */
  amount: string | null;
  currency: string | null;
  pledgedOn: IsoDate | null;
  receivedOn: IsoDate | null;
}>;

/**
 * An amount in `base`, using the rate recorded for the contribution's year
 * (or the inverse rate when only that one is recorded); null when there is none.
 * Rounded half up to the ten-thousandth.
 */
export function convert(
  amount: string,
  currency: string,
  year: number,
  base: string,
  rates: readonly Rate[],
): bigint | null {
  const value = parseAmount(amount);
  if (value === null) return null;
  if (currency === base) return value;
  const direct = rates.find((r) => r.year === year && r.currency === currency && r.base === base);
  const directRate = direct ? parseRate(direct.rate) : null;
  if (directRate !== null) return (value * directRate + RATE_SCALE / 2n) / RATE_SCALE;
  const inverse = rates.find((r) => r.year === year && r.currency === base && r.base === currency);
  const inverseRate = inverse ? parseRate(inverse.rate) : null;
  if (inverseRate !== null) return (value * RATE_SCALE + inverseRate / 2n) / inverseRate;
  return null;
}

/** A contribution that counts: received and with an amount. */
const counts = (c: Contribution): c is Contribution & { amount: string; currency: string } =>
  c.receivedOn !== null && c.amount !== null && c.currency !== null;

export type Period = Readonly<{ from: number; to: number }>;
const within = (c: Contribution, p: Period) => c.year >= p.from && c.year <= p.to;

export type ContributorTotal = Readonly<{
  contributor: Contributor;
  /** What was received, in each currency it came in, as decimal text. */
  byCurrency: Readonly<Record<string, string>>;
  /** The sum in the base currency, or null when a currency it came in has no recorded rate for its year. */
  converted: string | null;
}>;

export type Totals = Readonly<{
  base: string;
  byContributor: readonly ContributorTotal[];
  /** What was received in the period, in each currency. */
  byCurrency: Readonly<Record<string, string>>;
  converted: string | null;
  /** "KZT 2024": a currency and year with no recorded rate to the base, so some sums are left unconverted. */
  missingRates: readonly string[];
}>;

/** What each contributor gave in a period, by currency and converted with the recorded rates. */
export function totals(
  contributions: readonly Contribution[],
  period: Period,
  base: string,
  rates: readonly Rate[],
): Totals {
  const missing = new Set<string>();
  const byKey = new Map<
    string,
    { contributor: Contributor; byCurrency: Map<string, bigint>; converted: bigint | null }
  >();
  const all = new Map<string, bigint>();
  let grand: bigint | null = 0n;
  for (const c of contributions.filter((x) => within(x, period)).filter(counts)) {
    const key = contributorKey(c.contributor);
    const entry = byKey.get(key) ?? { contributor: c.contributor, byCurrency: new Map(), converted: 0n };
    byKey.set(key, entry);
    const value = parseAmount(c.amount) ?? 0n;
    entry.byCurrency.set(c.currency, (entry.byCurrency.get(c.currency) ?? 0n) + value);
    all.set(c.currency, (all.get(c.currency) ?? 0n) + value);
    const converted = convert(c.amount, c.currency, c.year, base, rates);
    if (converted === null) missing.add(`${c.currency} ${c.year}`);
    entry.converted = entry.converted === null || converted === null ? null : entry.converted + converted;
    grand = grand === null || converted === null ? null : grand + converted;
  }
  const asText = (m: Map<string, bigint>) =>
    Object.fromEntries([...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, formatAmount(v)]));
  return {
    base,
    byContributor: [...byKey.values()].map((e) => ({
      contributor: e.contributor,
      byCurrency: asText(e.byCurrency),
      converted: e.converted === null ? null : formatAmount(e.converted),
    })),
    byCurrency: asText(all),
    converted: grand === null ? null : formatAmount(grand),
    missingRates: [...missing].sort(),
  };
}

/** A ranking as the Secretariat published it: a place, without an amount ("4th largest in 2024"). */
export type PublishedRank = Readonly<{ year: number; rank: number; contributor: Contributor; sources: string }>;

export type RankEntry = Readonly<{
  rank: number;
  contributor: Contributor;
  /** In the base currency; null where the place is a published fact without an amount, or the amount is not for this reader. */
  total: string | null;
  /** `published`: a ranking the sources state; `ledger`: ranked here from the recorded amounts. */
  basis: 'published' | 'ledger';
  sources: string | null;
}>;

/**
 * Contributors ranked by what they gave in the period, in the base currency,
 * largest first; equal totals share a place and the next place is skipped
 * (1, 2, 2, 4). A contributor whose sum cannot be converted is left out of the
 * ranking rather than placed on a guess (its currencies show in `missingRates`).
 */
export function rankFromLedger(t: Totals): RankEntry[] {
  const ranked = t.byContributor
    .filter((e): e is ContributorTotal & { converted: string } => e.converted !== null)
    .map((e) => ({ e, value: parseAmount(e.converted) ?? 0n }))
    .sort(
      (a, b) =>
        (b.value > a.value ? 1 : b.value < a.value ? -1 : 0) ||
        contributorKey(a.e.contributor).localeCompare(contributorKey(b.e.contributor)),
    );
  return ranked.map(({ e, value }) => ({
    rank: 1 + ranked.filter((o) => o.value > value).length,
    contributor: e.contributor,
    total: e.converted,
    basis: 'ledger' as const,
    sources: null,
  }));
}

/**
 * The ranking a reader sees. A ranking the sources state for the year is a
 * recorded fact and is shown as it stands, never replaced by one computed from a
 * partial ledger; beside each place, the ledger's total when the reader may see
 * amounts and the ledger has one. Without a published ranking, readers who may
 * see amounts get the ledger's ranking, and the public gets none (places computed
 * from amounts would publish what the amounts are not public to say).
 */
export function rankingFor(
  input: Readonly<{ period: Period; published: readonly PublishedRank[]; totals: Totals; amountsVisible: boolean }>,
): RankEntry[] {
  const { period, published, totals: t, amountsVisible } = input;
  const stated = period.from === period.to ? published.filter((p) => p.year === period.from) : [];
  if (stated.length > 0) {
    const ledger = new Map(t.byContributor.map((e) => [contributorKey(e.contributor), e.converted]));
    return [...stated]
      .sort((a, b) => a.rank - b.rank || contributorKey(a.contributor).localeCompare(contributorKey(b.contributor)))
      .map((p) => ({
        rank: p.rank,
        contributor: p.contributor,
        total: amountsVisible ? (ledger.get(contributorKey(p.contributor)) ?? null) : null,
        basis: 'published' as const,
        sources: p.sources,
      }));
  }
  return amountsVisible ? rankFromLedger(t) : [];
}

/** Pledges not received by `today` whose pledge date has passed: what each contributor still owes. */
export function arrears(contributions: readonly Contribution[], today: IsoDate): Contribution[] {
  return contributions
    .filter((c) => c.pledgedOn !== null && c.pledgedOn <= today && c.receivedOn === null)
    .sort((a, b) => (a.pledgedOn ?? '').localeCompare(b.pledgedOn ?? '') || a.id.localeCompare(b.id));
}

/** What was received in each month of a year (1–12), in the base currency; unconvertible receipts left out. */
export function receiptsByMonth(
  contributions: readonly Contribution[],
  year: number,
  base: string,
  rates: readonly Rate[],
): string[] {
  const months = Array.from({ length: 12 }, () => 0n);
  for (const c of contributions.filter(counts)) {
    if (!c.receivedOn?.startsWith(`${year}-`)) continue;
    const value = convert(c.amount, c.currency, c.year, base, rates);
    const month = Number(c.receivedOn.slice(5, 7)) - 1;
    if (value !== null && month >= 0 && month < 12) months[month] = (months[month] ?? 0n) + value;
  }
  return months.map(formatAmount);
}

export type ContributionProblem = Readonly<{
  field: 'amount' | 'currency' | 'received_on' | 'state_code' | 'description_en' | 'purpose_en';
  message:
    | 'finance.amountFormat'
    | 'finance.currency'
    | 'finance.currencyWithoutAmount'
    | 'finance.receivedBeforePledge'
    | 'finance.oneContributor'
    | 'finance.inKindDescription'
    | 'finance.earmarkedPurpose';
}>;

/** The rules a contribution keeps across its fields, whichever way it arrives (a form, a CSV row). */
export function contributionProblems(v: Readonly<Record<string, string | number | null>>): ContributionProblem[] {
  const problems: ContributionProblem[] = [];
  const text = (k: string) => (v[k] === null || v[k] === undefined || v[k] === '' ? null : String(v[k]));
  const amount = text('amount');
  const currency = text('currency');
  if (amount !== null && parseAmount(amount) === null)
    problems.push({ field: 'amount', message: 'finance.amountFormat' });
  if (currency !== null && !isCurrency(currency)) problems.push({ field: 'currency', message: 'finance.currency' });
  if (amount !== null && currency === null)
    problems.push({ field: 'currency', message: 'finance.currencyWithoutAmount' });
  const pledged = text('pledged_on');
  const received = text('received_on');
  if (pledged !== null && received !== null && received < pledged)
    problems.push({ field: 'received_on', message: 'finance.receivedBeforePledge' });
  if ((text('state_code') === null) === (text('organization_id') === null))
    problems.push({ field: 'state_code', message: 'finance.oneContributor' });
  if (v.kind === 'in-kind' && text('description_en') === null)
    problems.push({ field: 'description_en', message: 'finance.inKindDescription' });
  if (v.kind === 'earmarked' && text('purpose_en') === null)
    problems.push({ field: 'purpose_en', message: 'finance.earmarkedPurpose' });
  return problems;
}
