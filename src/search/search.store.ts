/**
 * The search index on both engines. Writing is the same; querying is each
 * engine's own, side by side here and nowhere else: FTS5 with bm25 and
 * snippet() on SQLite, tsvector with ts_rank and ts_headline on PostgreSQL.
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database, Db, SearchEntryTable } from '../platform/db/database.ts';
import { MARK_END, MARK_START, type SearchType, ftsQuery, tsQuery } from './search.ts';

export type SearchFilter = Readonly<{
  tokens: readonly string[]; lang: string; types?: readonly SearchType[] | undefined;
  from?: string | undefined; to?: string | undefined; state?: string | undefined; dimension?: string | undefined;
  limit: number; offset: number;
}>;

export type Hit = Readonly<{ type: SearchType; refId: string; title: string; snippet: string; date: string | null; path: string }>;

export function createSearchStore(database: Db) {
  const db = database as Kysely<Database>;
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  const filtered = (f: SearchFilter) => {
    let q = db.selectFrom('search_entry as e').where('e.lang', '=', f.lang);
    if (f.types?.length) q = q.where('e.type', 'in', f.types);
    if (f.from) q = q.where('e.date', '>=', f.from);
    if (f.to) q = q.where('e.date', '<=', f.to);
    if (f.state) q = q.where('e.states', 'like', `% ${f.state} %`);
    if (f.dimension) q = q.where('e.dimensions', 'like', `% ${f.dimension} %`);
    return q;
  };

  return {
    /** Replaces every entry of the given references: an entry per language, or none once a record is gone. */
    async replace(refs: ReadonlyArray<Readonly<{ type: SearchType; refId: string }>>, entries: readonly SearchEntryTable[]): Promise<void> {
      await db.transaction().execute(async (trx) => {
        for (const r of refs) {
          const ids = (await trx.selectFrom('search_entry').select('id').where('type', '=', r.type).where('ref_id', '=', r.refId).execute()).map((x) => x.id);
          if (ids.length === 0) continue;
          if (!postgres) await sql`delete from search_fts where entry_id in (${sql.join(ids)})`.execute(trx);
          await trx.deleteFrom('search_entry').where('id', 'in', ids).execute();
        }
        for (let i = 0; i < entries.length; i += 200) {
          const chunk = entries.slice(i, i + 200);
          if (chunk.length === 0) continue;
          await trx.insertInto('search_entry').values(chunk as SearchEntryTable[]).execute();
          if (!postgres) {
            await sql`insert into search_fts (entry_id, title, body) values ${sql.join(chunk.map((e) => sql`(${e.id}, ${e.title}, ${e.body})`))}`.execute(trx);
          }
        }
      });
    },

    async refsOfType(type: SearchType): Promise<string[]> {
      return [...new Set((await db.selectFrom('search_entry').select('ref_id').where('type', '=', type).execute()).map((r) => r.ref_id))];
    },

    async search(f: SearchFilter): Promise<{ hits: Hit[]; total: number }> {
      if (f.tokens.length === 0) return { hits: [], total: 0 };
      if (postgres) {
        const query = sql`to_tsquery('simple', ${tsQuery(f.tokens)})`;
        const base = filtered(f).where(sql<boolean>`e.tsv @@ ${query}`);
        const [rows, count] = await Promise.all([
          base.select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path',
            sql<string>`ts_headline('simple', e.body, ${query}, ${`StartSel=${MARK_START},StopSel=${MARK_END},MaxWords=30,MinWords=12,MaxFragments=1`})`.as('snippet')])
            .orderBy(sql`ts_rank(e.tsv, ${query})`, 'desc').orderBy('e.date', 'desc').orderBy('e.id').limit(f.limit).offset(f.offset).execute(),
          base.select(({ fn }) => fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
        ]);
        return { hits: rows.map((r) => ({ type: r.type as SearchType, refId: r.ref_id, title: r.title, snippet: r.snippet, date: r.date, path: r.path })), total: Number(count.n) };
      }
      const match = ftsQuery(f.tokens);
      const base = filtered(f).innerJoin(sql<{ entry_id: string }>`search_fts`.as('f'), 'f.entry_id', 'e.id').where(sql<boolean>`search_fts match ${match}`);
      const [rows, count] = await Promise.all([
        base.select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path', sql<string>`snippet(search_fts, 2, ${MARK_START}, ${MARK_END}, '…', 24)`.as('snippet')])
          .orderBy(sql`bm25(search_fts, 0, 8.0, 1.0)`).orderBy('e.date', 'desc').orderBy('e.id').limit(f.limit).offset(f.offset).execute(),
        base.select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
      ]);
      return { hits: rows.map((r) => ({ type: r.type as SearchType, refId: r.ref_id, title: r.title, snippet: r.snippet, date: r.date, path: r.path })), total: Number(count.n) };
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
