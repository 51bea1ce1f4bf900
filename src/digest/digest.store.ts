/** Issues of the digest and their parts. */
import type { Insertable, Selectable } from 'kysely';
import type {
  Db,
  DigestContactTable,
  DigestEditionTable,
  DigestIssueTable,
  DigestPartTable,
} from '../platform/db/database.ts';
import type { DigestStatus } from './digest.ts';
import type { Part, ArticleRow } from './digest.ts';

/** An issue as stored; its status is one the workflow knows (the write path sets no other). */
export type IssueRow = Omit<Selectable<DigestIssueTable>, 'status'> & Readonly<{ status: DigestStatus }>;
export type PartTable = 'digest_flash' | 'digest_picture' | 'digest_partner';

export function createDigestStore(db: Db) {
  return {
    async issues(filter: { status?: DigestStatus; lang?: string } = {}): Promise<IssueRow[]> {
      let q = db.selectFrom('digest_issue').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      if (filter.lang) q = q.where('lang', '=', filter.lang);
      return (await q.orderBy('period_from', 'desc').orderBy('number', 'desc').execute()) as IssueRow[];
    },
    async issue(id: string): Promise<IssueRow | null> {
      return (
        ((await db.selectFrom('digest_issue').selectAll().where('id', '=', id).executeTakeFirst()) as
          | IssueRow
          | undefined) ?? null
      );
    },
    async byNumber(lang: string, number: number): Promise<IssueRow | null> {
      return (
        ((await db
          .selectFrom('digest_issue')
          .selectAll()
          .where('lang', '=', lang)
          .where('number', '=', number)
          .executeTakeFirst()) as IssueRow | undefined) ?? null
      );
    },
    async lastNumber(lang: string): Promise<number> {
      const row = await db
        .selectFrom('digest_issue')
        .select(({ fn }) => fn.max<number>('number').as('n'))
        .where('lang', '=', lang)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    async articles(issueId: string): Promise<ArticleRow[]> {
      const rows = await db
        .selectFrom('digest_article')
        .selectAll()
        .where('issue_id', '=', issueId)
        .orderBy('position')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        releaseId: r.release_id,
        position: r.position,
        teaser: Number(r.teaser) === 1,
        section: r.section,
        teaserPosition: r.teaser_position === null ? null : Number(r.teaser_position),
        teaserText: r.teaser_text,
        pullQuote: r.pull_quote,
        pictureId: r.picture_id,
      }));
    },
    async parts(table: PartTable, issueId: string): Promise<Part[]> {
      const rows = await db.selectFrom(table).selectAll().where('issue_id', '=', issueId).orderBy('position').execute();
      return rows.map((r) => ({ title: r.title, text: r.text, src: r.src, releaseId: r.release_id, place: r.place }));
    },
    async insertIssue(row: Insertable<DigestIssueTable>): Promise<void> {
      await db.insertInto('digest_issue').values(row).execute();
    },
    /** Writes only if nobody saved since `version`; says whether it did. */
    async updateIssue(id: string, version: number, values: Partial<Insertable<DigestIssueTable>>): Promise<boolean> {
      const result = await db
        .updateTable('digest_issue')
        .set({ ...values, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async replaceArticles(issueId: string, articles: readonly ArticleRow[]): Promise<void> {
      await db.deleteFrom('digest_article').where('issue_id', '=', issueId).execute();
      if (articles.length)
        await db
          .insertInto('digest_article')
          .values(
            articles.map((a) => ({
              id: a.id,
              issue_id: issueId,
              release_id: a.releaseId,
              position: a.position,
              teaser: a.teaser ? 1 : 0,
              section: a.section,
              teaser_position: a.teaserPosition,
              teaser_text: a.teaserText,
              pull_quote: a.pullQuote,
              picture_id: a.pictureId,
            })),
          )
          .execute();
    },
    async replaceParts(table: PartTable, issueId: string, parts: readonly Part[]): Promise<void> {
      await db.deleteFrom(table).where('issue_id', '=', issueId).execute();
      if (parts.length) {
        const rows: Array<Insertable<DigestPartTable>> = parts.map((p, i) => ({
          id: `${issueId}-${table}-${i + 1}`,
          issue_id: issueId,
          position: i + 1,
          title: p.title,
          text: p.text,
          src: p.src,
          release_id: p.releaseId,
          place: p.place,
        }));
        await db.insertInto(table).values(rows).execute();
      }
    },
    async editions(issueIds?: readonly string[]): Promise<EditionRow[]> {
      let q = db.selectFrom('digest_edition').selectAll();
      if (issueIds) {
        if (issueIds.length === 0) return [];
        q = q.where('issue_id', 'in', [...issueIds]);
      }
      return q.orderBy('issue_id').orderBy('edition').execute();
    },
    async insertEdition(row: Insertable<DigestEditionTable>): Promise<void> {
      await db.insertInto('digest_edition').values(row).execute();
    },
    async contact(lang: string): Promise<ContactRow | null> {
      return (await db.selectFrom('digest_contact').selectAll().where('lang', '=', lang).executeTakeFirst()) ?? null;
    },
    async insertContact(row: Insertable<DigestContactTable>): Promise<void> {
      await db.insertInto('digest_contact').values(row).execute();
    },
  };
}

export type EditionRow = Selectable<DigestEditionTable>;
export type ContactRow = Selectable<DigestContactTable>;
export type DigestStore = ReturnType<typeof createDigestStore>;
