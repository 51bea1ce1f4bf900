import './finance.messages.ts';
import type { Actor } from '../platform/access.ts';
import { type ChangeResult, createChanges } from '../platform/changes.ts';
import type { Clock } from '../platform/clock.ts';
import { readCsvLines, writeCsv } from '../platform/csv.ts';
import { isIsoDate } from '../platform/dates.ts';
import type { Db } from '../platform/db/database.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { newId } from '../platform/ids.ts';
import {
  CONTRIBUTION_KINDS,
  type ContributionKind,
  type Period,
  type RankEntry,
  type Totals,
  arrears,
  contributionProblems,
  contributorKey,
  isCurrency,
  rankingFor,
  receiptsByMonth,
  totals,
} from './finance.ts';
import { type BudgetRecord, type ContributionRecord, type RankRecord, createFinanceStore } from './finance.store.ts';

/** The ledger's columns, in the order the export writes and the import reads them. */
export const LEDGER_COLUMNS = [
  'id',
  'year',
  'state',
  'organization',
  'kind',
  'purpose_en',
  'purpose_ru',
  'description_en',
  'description_ru',
  'amount',
  'currency',
  'pledged_on',
  'received_on',
  'release',
  'sources',
  'confidence',
] as const;

/** What a reader may be shown of a contribution: without amounts unless they may see them. */
export function forReader(c: ContributionRecord, amountsVisible: boolean): ContributionRecord {
  return amountsVisible ? c : { ...c, amount: null, currency: null };
}

export type YearView = Readonly<{
  year: number;
  base: string;
  amountsVisible: boolean;
  budget: BudgetRecord | null;
  contributions: readonly ContributionRecord[];
  ranking: readonly RankEntry[];
  published: readonly RankRecord[];
  totals: Totals | null;
  receipts: readonly string[] | null;
  arrears: readonly ContributionRecord[] | null;
}>;

export type StateView = Readonly<{
  code: string;
  amountsVisible: boolean;
  base: string;
  contributions: readonly ContributionRecord[];
  ranks: readonly RankRecord[];
  byYear: ReadonlyArray<Readonly<{ year: number; totals: Totals }>> | null;
}>;

export type ContributionFilter = Readonly<{ year?: number; state?: string; kind?: ContributionKind }>;

type Hooks = Readonly<{ changed: () => Promise<void> }>;

/** A problem of an imported file: the line (the header is line 1) and the column it is in. */
export type ImportProblem = Readonly<{ line: number; column: string; message: string }>;
export type ImportResult =
  | Readonly<{ ok: true; created: number; updated: number }>
  | Readonly<{ ok: false; problems: readonly ImportProblem[] }>;

const DEFAULT_BASE = 'USD';

export function createFinanceService(db: Db, clock: Clock, hooks: Hooks = { changed: async () => {} }) {
  const store = createFinanceStore(db);
  const changes = createChanges(db, clock);

  async function period(p: Period, base: string) {
    const [all, rates, published] = await Promise.all([
      store.contributions({ from: p.from, to: p.to }),
      store.rates(),
      store.publishedRanks(),
    ]);
    return { all, rates, published, totals: totals(all, p, base, rates) };
  }

  return {
    years: () => store.years(),

    /** A year's budget, contributions, ranking and, for readers who may see amounts, totals, receipts and arrears. */
    async year(year: number, o: Readonly<{ amountsVisible: boolean; base?: string | undefined }>): Promise<YearView> {
      const budget = await store.budget(year);
      const base = o.base ?? budget?.currency ?? DEFAULT_BASE;
      const p = { from: year, to: year };
      const { all, rates, published, totals: t } = await period(p, base);
      const ranking = rankingFor({ period: p, published, totals: t, amountsVisible: o.amountsVisible });
      return {
        year,
        base,
        amountsVisible: o.amountsVisible,
        budget:
          o.amountsVisible || !budget
            ? budget
            : { ...budget, chapters: budget.chapters.map((c) => ({ ...c, amount: '' })) },
        contributions: all.map((c) => forReader(c, o.amountsVisible)),
        ranking,
        published: published.filter((r) => r.year === year),
        totals: o.amountsVisible ? t : null,
        receipts: o.amountsVisible ? receiptsByMonth(all, year, base, rates) : null,
        arrears: o.amountsVisible ? (arrears(all, clock.today()) as ContributionRecord[]) : null,
      };
    },

    async state(code: string, o: Readonly<{ amountsVisible: boolean; base?: string | undefined }>): Promise<StateView> {
      const base = o.base ?? DEFAULT_BASE;
      const [all, rates, published] = await Promise.all([store.contributions(), store.rates(), store.publishedRanks()]);
      const mine = all.filter((c) => contributorKey(c.contributor) === code);
      const years = [...new Set(mine.map((c) => c.year))].sort((a, b) => a - b);
      return {
        code,
        base,
        amountsVisible: o.amountsVisible,
        contributions: mine.map((c) => forReader(c, o.amountsVisible)),
        ranks: published.filter((r) => contributorKey(r.contributor) === code),
        byYear: o.amountsVisible
          ? years.map((y) => ({ year: y, totals: totals(mine, { from: y, to: y }, base, rates) }))
          : null,
      };
    },

    /** The API's answer: the contributions asked for, and the ranking of the year (or of every year, over all of them). */
    async contributions(
      filter: ContributionFilter,
      o: Readonly<{ amountsVisible: boolean; base?: string | undefined }>,
    ): Promise<{ items: ContributionRecord[]; ranking: RankEntry[]; base: string }> {
      const years = await store.years();
      const p =
        filter.year !== undefined
          ? { from: filter.year, to: filter.year }
          : { from: Math.min(...years, 0), to: Math.max(...years, 0) };
      const budget = filter.year !== undefined ? await store.budget(filter.year) : null;
      const base = o.base ?? budget?.currency ?? DEFAULT_BASE;
      const { all, rates, published } = await period(p, base);
      const ofKind = filter.kind ? all.filter((c) => c.kind === filter.kind) : all;
      const t = totals(ofKind, p, base, rates);
      // A kind of contribution has no published ranking: the sources rank contributors over everything they gave.
      const ranking = rankingFor({
        period: p,
        published: filter.kind ? [] : published,
        totals: t,
        amountsVisible: o.amountsVisible,
      }).filter((r) => !filter.state || contributorKey(r.contributor) === filter.state);
      const items = ofKind
        .filter((c) => !filter.state || contributorKey(c.contributor) === filter.state)
        .map((c) => forReader(c, o.amountsVisible));
      return { items, ranking, base };
    },

    async budget(year: number, amountsVisible: boolean): Promise<BudgetRecord | null> {
      const b = await store.budget(year);
      if (!b || amountsVisible) return b;
      return { ...b, chapters: b.chapters.map((c) => ({ ...c, amount: '' })) };
    },

    /** The whole ledger as CSV, the columns `importCsv` reads back. */
    async ledgerCsv(): Promise<string> {
      const all = await store.contributions();
      const ids = await db.selectFrom('contribution').select(['id', 'release_id']).execute();
      const releases = new Map(ids.map((r) => [r.id, r.release_id]));
      return writeCsv(
        all.map((c) => [
          c.id,
          c.year,
          c.contributor.kind === 'state' ? c.contributor.code : '',
          c.contributor.kind === 'organization' ? c.contributor.id : '',
          c.kind,
          c.purpose?.en ?? '',
          c.purpose?.ru ?? '',
          c.description?.en ?? '',
          c.description?.ru ?? '',
          c.amount ?? '',
          c.currency ?? '',
          c.pledgedOn ?? '',
          c.receivedOn ?? '',
          releases.get(c.id) ?? '',
          c.provenance.sources.join(', '),
          c.provenance.confidence,
        ]),
        { columns: LEDGER_COLUMNS, bom: true },
      );
    },

    /**
     * Reads a ledger file back: a line with an id the record has updates that
     * contribution, any other line adds one. One bad line refuses the whole file,
     * naming its line and column; nothing is saved.
     */
    async importCsv(actor: Actor, text: string): Promise<ImportResult> {
      let lines: ReturnType<typeof readCsvLines>;
      try {
        lines = readCsvLines(text);
      } catch (e) {
        const err = e as { lines?: number; code?: string; record?: unknown[]; columns?: unknown };
        return { ok: false, problems: [{ line: Number(err.lines ?? 1), column: 'file', message: 'field.format' }] };
      }
      const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
      const columns = header.split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
      if (columns.join(',') !== LEDGER_COLUMNS.join(','))
        return { ok: false, problems: [{ line: 1, column: 'file', message: 'finance.import.header' }] };
      if (lines.length === 0)
        return { ok: false, problems: [{ line: 2, column: 'file', message: 'finance.import.empty' }] };

      const problems: ImportProblem[] = [];
      const rows: Array<{ line: number; id: string | null; values: Record<string, string | number | null> }> = [];
      for (const { line, cells } of lines) {
        const v = (k: (typeof LEDGER_COLUMNS)[number]) => (cells[k] === undefined || cells[k] === '' ? null : cells[k]);
        const say = (column: string, message: string) => problems.push({ line, column, message });
        const year = v('year');
        if (year === null || !/^\d{4}$/.test(year)) say('year', year === null ? 'field.required' : 'field.number');
        const kind = v('kind');
        if (!kind || !(CONTRIBUTION_KINDS as readonly string[]).includes(kind))
          say('kind', kind ? 'field.choice' : 'field.required');
        for (const d of ['pledged_on', 'received_on'] as const) {
          const date = v(d);
          if (date !== null && !isIsoDate(date)) say(d, 'field.date');
        }
        const state = v('state');
        const organization = v('organization');
        if (state !== null && !(await store.stateExists(state))) say('state', 'finance.import.unknownState');
        if (organization !== null && !(await store.organizationExists(organization)))
          say('organization', 'finance.import.unknownOrganization');
        const release = v('release');
        if (release !== null && !(await store.releaseExists(release))) say('release', 'finance.import.unknownRelease');
        const confidence = v('confidence');
        if (!confidence || !['H', 'M', 'L'].includes(confidence))
          say('confidence', confidence ? 'field.choice' : 'field.required');
        if (!v('sources')) say('sources', 'field.required');
        const values = {
          year: year === null ? null : Number(year),
          state_code: state,
          organization_id: organization,
          kind,
          purpose_en: v('purpose_en'),
          purpose_ru: v('purpose_ru'),
          description_en: v('description_en'),
          description_ru: v('description_ru'),
          amount: v('amount'),
          currency: v('currency'),
          pledged_on: v('pledged_on'),
          received_on: v('received_on'),
          release_id: release,
          sources: v('sources'),
          confidence,
        };
        const column: Record<string, string> = {
          state_code: 'state',
          organization_id: 'organization',
          received_on: 'received_on',
        };
        for (const p of contributionProblems(values)) say(column[p.field] ?? p.field, p.message);
        const id = v('id');
        if (id !== null && !/^[0-9a-z][0-9a-z-]{0,99}$/i.test(id)) say('id', 'field.format');
        rows.push({ line, id, values });
      }
      if (problems.length) return { ok: false, problems: problems.slice(0, 50) };

      const result: ChangeResult<{ id: string; created: number; updated: number }> = await changes(actor, async (c) => {
        let created = 0;
        let updated = 0;
        for (const row of rows) {
          const before = row.id
            ? await c.trx.selectFrom('contribution').selectAll().where('id', '=', row.id).executeTakeFirst()
            : undefined;
          const values = row.values as never as Record<string, string | number | null>;
          if (before) {
            const changed = Object.entries(values).some(
              ([k, x]) =>
                (before as Record<string, unknown>)[k] !== x &&
                String((before as Record<string, unknown>)[k] ?? '') !== String(x ?? ''),
            );
            if (!changed) continue;
            await c.versioned('contribution', 'id', before.id, Number(before.version), values);
            await c.audit({
              action: 'update',
              recordType: 'contributions',
              recordId: before.id,
              before: pickValues(before),
              after: values,
            });
            updated++;
          } else {
            const id = row.id ?? newId();
            await c.trx
              .insertInto('contribution')
              .values({ id, ...values } as never)
              .execute();
            await c.audit({ action: 'create', recordType: 'contributions', recordId: id, before: null, after: values });
            created++;
          }
        }
        return { ok: true, id: '', created, updated };
      });
      if (!result.ok)
        return {
          ok: false,
          problems: result.problems.map((p: FieldProblem) => ({ line: 1, column: p.field, message: p.message })),
        };
      if (result.created + result.updated > 0) await hooks.changed();
      return { ok: true, created: result.created, updated: result.updated };
    },

    /** Whether a base currency asked for is one: a query's `in=` is hostile until it is. */
    isCurrency,
  };
}

function pickValues(row: object): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [k, v] of Object.entries(row))
    if (k !== 'version') out[k] = v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
  return out;
}

export type FinanceService = ReturnType<typeof createFinanceService>;
