import type { Db } from '../platform/db/database.ts';
import { type Bilingual, type Provenance, bilingual, provenance } from '../platform/sourced.ts';
import type { Contribution, ContributionKind, Contributor, PublishedRank, Rate } from './finance.ts';

/** A release that announced a contribution, linked only once it is public. */
export type Announcement = Readonly<{ slug: string; title: Bilingual | null; date: string }>;

export type ContributionRecord = Contribution &
  Readonly<{
    purpose: Bilingual | null;
    description: Bilingual | null;
    release: Announcement | null;
    note: Bilingual | null;
    provenance: Provenance;
  }>;

export type BudgetRecord = Readonly<{
  id: string;
  year: number;
  /** Null where the record does not know it. */
  currency: string | null;
  approvedOn: string | null;
  meetingId: string | null;
  documents: Readonly<{ budget: string | null; financialReport: string | null; auditReport: string | null }>;
  chapters: ReadonlyArray<Readonly<{ title: Bilingual; amount: string }>>;
  note: Bilingual | null;
  provenance: Provenance;
}>;

export type RankRecord = PublishedRank & Readonly<{ provenance: Provenance }>;

const contributorOf = (r: { state_code: string | null; organization_id: string | null }): Contributor =>
  r.state_code !== null ? { kind: 'state', code: r.state_code } : { kind: 'organization', id: r.organization_id ?? '' };

export function createFinanceStore(db: Db) {
  return {
    async contributions(filter: { from?: number; to?: number } = {}): Promise<ContributionRecord[]> {
      let q = db
        .selectFrom('contribution as c')
        .leftJoin('press_release as r', (j) => j.onRef('r.id', '=', 'c.release_id').on('r.status', '=', 'published'))
        .selectAll('c')
        .select(['r.slug as release_slug', 'r.title_en as release_title_en', 'r.title_ru as release_title_ru'])
        .select('r.date as release_date')
        .where('c.retired_at', 'is', null);
      if (filter.from !== undefined) q = q.where('c.year', '>=', filter.from);
      if (filter.to !== undefined) q = q.where('c.year', '<=', filter.to);
      const rows = await q.orderBy('c.year').orderBy('c.pledged_on').orderBy('c.id').execute();
      return rows.map((r) => ({
        id: r.id,
        year: Number(r.year),
        contributor: contributorOf(r),
        kind: r.kind as ContributionKind,
        amount: r.amount,
        currency: r.currency,
        pledgedOn: r.pledged_on,
        receivedOn: r.received_on,
        purpose: bilingual(r.purpose_en, r.purpose_ru),
        description: bilingual(r.description_en, r.description_ru),
        release:
          r.release_slug && r.release_date
            ? {
                slug: r.release_slug,
                title: bilingual(r.release_title_en, r.release_title_ru),
                date: r.release_date,
              }
            : null,
        note: bilingual(r.note_en, r.note_ru),
        provenance: provenance(r),
      }));
    },

    async rates(): Promise<Rate[]> {
      const rows = await db.selectFrom('exchange_rate').selectAll().orderBy('year').orderBy('currency').execute();
      return rows.map((r) => ({ year: Number(r.year), currency: r.currency, base: r.base_currency, rate: r.rate }));
    },

    async publishedRanks(): Promise<RankRecord[]> {
      const rows = await db
        .selectFrom('contributor_rank')
        .selectAll()
        .where('retired_at', 'is', null)
        .orderBy('year')
        .orderBy('rank')
        .execute();
      return rows.map((r) => ({
        year: Number(r.year),
        rank: Number(r.rank),
        contributor: contributorOf(r),
        sources: r.sources,
        provenance: provenance(r),
      }));
    },

    async budget(year: number): Promise<BudgetRecord | null> {
      const b = await db
        .selectFrom('budget')
        .selectAll()
        .where('year', '=', year)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      if (!b) return null;
      const chapters = await db
        .selectFrom('budget_chapter')
        .selectAll()
        .where('budget_id', '=', b.id)
        .orderBy('position')
        .orderBy('id')
        .execute();
      return {
        id: b.id,
        year: Number(b.year),
        currency: b.currency,
        approvedOn: b.approved_on,
        meetingId: b.meeting_id,
        documents: {
          budget: b.budget_document_id,
          financialReport: b.financial_report_id,
          auditReport: b.audit_report_id,
        },
        chapters: chapters.map((c) => ({ title: { en: c.title_en, ru: c.title_ru }, amount: c.amount })),
        note: bilingual(b.note_en, b.note_ru),
        provenance: provenance(b),
      };
    },

    /** Every year the record holds a budget, a contribution or a published ranking for, newest first. */
    async years(): Promise<number[]> {
      const [a, b, c] = await Promise.all([
        db.selectFrom('budget').select('year').where('retired_at', 'is', null).execute(),
        db.selectFrom('contribution').select('year').where('retired_at', 'is', null).execute(),
        db.selectFrom('contributor_rank').select('year').where('retired_at', 'is', null).execute(),
      ]);
      return [...new Set([...a, ...b, ...c].map((r) => Number(r.year)))].sort((x, y) => y - x);
    },

    async stateExists(code: string): Promise<boolean> {
      return (await db.selectFrom('state').select('code').where('code', '=', code).executeTakeFirst()) !== undefined;
    },
    async organizationExists(id: string): Promise<boolean> {
      return (await db.selectFrom('organization').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },
    async releaseExists(id: string): Promise<boolean> {
      return (await db.selectFrom('press_release').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
    },
  };
}

export type FinanceStore = ReturnType<typeof createFinanceStore>;
