/**
 * The search index on both engines. Writing is the same; querying is each
 * engine's own, side by side here and nowhere else: FTS5 with bm25 and
 * on SQLite, tsvector with ts_rank on PostgreSQL. Snippets are cut here, the same for both (search.ts).
 */
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { Database, Db, SearchEntryTable } from '../platform/db/database.ts';
import { lockForTransaction } from '../platform/db/lock.ts';
import { inStatements } from '../platform/db/statements.ts';
import {
  COUNT_LIMIT,
  EXPANSION_LIMIT,
  beyondCount,
  SEARCH_TYPES,
  type SearchType,
  ftsQuery,
  indexWords,
  queryTerms,
  recordRowids,
  releaseRowids,
  releaseRowidsBetween,
  shownText,
  snippetsFor,
  tsQuery,
} from './search.ts';
import type { Hit } from './search.ts';

export type SearchFilter = Readonly<{
  tokens: readonly string[];
  lang: string;
  types?: readonly SearchType[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state?: string | undefined;
  dimension?: string | undefined;
  limit: number;
  offset: number;
  /** Counted up to here (COUNT_LIMIT unless a test asks for fewer); a page starting beyond is not read. */
  countLimit?: number | undefined;
}>;

/** The next free index row for an entry (see search.ts); `taken` remembers what this batch handed out already. */
async function nextRowid(db: Kysely<Database>, e: SearchEntryTable, taken: Map<number, number>): Promise<number> {
  const [low, high] = e.type === 'release' && e.date ? releaseRowids(e.date, e.lang) : recordRowids(e.lang);
  let top = taken.get(low);
  if (top === undefined) {
    // FTS5 keeps one row per document in its docsize table, keyed by rowid: a B-tree lookup there,
    // where the same range asked of search_fts itself walks the full-text index (a millisecond each).
    const row = await sql<{
      top: number | null;
    }>`select max(id) as top from search_fts_docsize where id between ${low} and ${high}`.execute(db);
    top = row.rows[0]?.top ?? low - 1;
  }
  if (top >= high) throw new Error(`the search index has no room left for ${e.date ?? 'records'}`);
  taken.set(low, top + 1);
  return top + 1;
}

/**
 * Replaces every entry of the given references inside the caller's transaction, which
 * must hold the index lock: an entry per language, or none once a record is gone.
 */
async function replaceIn(
  trx: Kysely<Database>,
  postgres: boolean,
  refs: ReadonlyArray<Readonly<{ type: SearchType; refId: string }>>,
  entries: readonly SearchEntryTable[],
  written?: Set<string>,
): Promise<void> {
  const byType = new Map<SearchType, string[]>();
  for (const r of refs) byType.set(r.type, [...(byType.get(r.type) ?? []), r.refId]);
  for (const [type, refIds] of byType) {
    for (let i = 0; i < refIds.length; i += 500) {
      const ids = (
        await trx
          .selectFrom('search_entry')
          .select('id')
          .where('type', '=', type)
          .where('ref_id', 'in', refIds.slice(i, i + 500))
          .execute()
      ).map((x) => x.id);
      if (ids.length === 0) continue;
      if (!postgres)
        await sql`delete from search_fts where rowid in (select fts_rowid from search_entry where id in (${sql.join(ids)}))`.execute(
          trx,
        );
      await trx.deleteFrom('search_entry').where('id', 'in', ids).execute();
    }
  }
  if (postgres) {
    await inStatements(entries, (part) => trx.insertInto('search_entry').values(part).execute());
    return;
  }
  const taken = new Map<number, number>();
  const rows: Array<{ rowid: number; e: SearchEntryTable }> = [];
  for (const e of entries) rows.push({ rowid: await nextRowid(trx, e, taken), e });
  await inStatements(
    rows.map(({ rowid, e }) => ({ ...e, fts_rowid: rowid })),
    (part) => trx.insertInto('search_entry').values(part).execute(),
  );
  // FTS5 writes its pending words to disk whenever a row's id is below the last one written in the
  // transaction: in id order, a batch alternating English and Russian ranges flushes once, not per row.
  // The index is contentless (migration 0045): it is given search_entry's text to index, and keeps none.
  rows.sort((a, b) => a.rowid - b.rowid);
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await sql`insert into search_fts (rowid, title, body) values ${sql.join(
      chunk.map(({ rowid, e }) => sql`(${rowid}, ${e.title}, ${e.body})`),
    )}`.execute(trx);
  }
  await addTerms(
    trx,
    entries.flatMap((e) => [e.title, e.body]),
    written,
  );
}

/**
 * SQLite: remembers the words of new index rows (see ftsQuery); a word no row holds any more
 * does no harm. `written` holds the words this transaction wrote already, so a batch does not
 * write its vocabulary again: it lives no longer than the transaction, so a rollback forgets it too.
 */
export async function addTerms(db: Kysely<Database>, texts: readonly string[], written?: Set<string>): Promise<void> {
  const words: string[] = [];
  const seen = written ?? new Set<string>();
  for (const text of texts)
    for (const word of indexWords(text))
      if (!seen.has(word)) {
        seen.add(word);
        words.push(word);
      }
  await inStatements(
    words.map((term) => ({ term })),
    (part) =>
      db
        .insertInto('search_term')
        .values(part)
        .onConflict((oc) => oc.doNothing())
        .execute(),
  );
}

/**
 * Runs `read` on one connection with the planner's sequential scans off, put back after
 * (a session setting: a transaction would pin the primary and keep a public search off the
 * replica). `set_config` is a select, so the routing driver still sends it to the replica.
 */
async function withoutSequentialScans<T>(db: Kysely<Database>, read: (c: Kysely<Database>) => Promise<T>): Promise<T> {
  const run = async (c: Kysely<Database>) => {
    await sql`select set_config('enable_seqscan', 'off', false)`.execute(c);
    try {
      return await read(c);
    } finally {
      await sql`reset enable_seqscan`.execute(c);
    }
  };
  // A store made over a transaction already holds its one connection.
  return db.isTransaction ? run(db) : db.connection().execute(run);
}

export function createSearchStore(database: Db) {
  const db = database as Kysely<Database>;
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;

  const filtered = (f: SearchFilter, on: Kysely<Database> = db) => {
    let q = on.selectFrom('search_entry as e').where('e.lang', '=', f.lang);
    if (f.types?.length) q = q.where('e.type', 'in', f.types);
    if (f.from) q = q.where('e.date', '>=', f.from);
    if (f.to) q = q.where('e.date', '<=', f.to);
    if (f.state) q = q.where('e.states', 'like', `% ${f.state} %`);
    if (f.dimension) q = q.where('e.dimensions', 'like', `% ${f.dimension} %`);
    return q;
  };

  return {
    /** Replaces every entry of the given references: an entry per language, or none once a record is gone. */
    async replace(
      refs: ReadonlyArray<Readonly<{ type: SearchType; refId: string }>>,
      entries: readonly SearchEntryTable[],
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        // Two replacements of one reference at once would both insert its entries.
        await lockForTransaction(trx, 'search-index');
        await replaceIn(trx, postgres, refs, entries);
      });
    },

    /**
     * The same, inside the transaction this store was made over (an import indexing what it
     * writes); `written` is what the transaction's earlier batches wrote of the vocabulary.
     */
    async replaceHere(
      refs: ReadonlyArray<Readonly<{ type: SearchType; refId: string }>>,
      entries: readonly SearchEntryTable[],
      written?: Set<string>,
    ): Promise<void> {
      await lockForTransaction(db, 'search-index');
      await replaceIn(db, postgres, refs, entries, written);
    },

    /**
     * SQLite: every word the index's vocabulary holds (see addTerms). Words are never taken out
     * of it, so what is read here before a transaction is still there inside it. PostgreSQL keeps none.
     */
    async vocabulary(): Promise<Set<string>> {
      if (postgres) return new Set();
      return new Set((await db.selectFrom('search_term').select('term').execute()).map((r) => r.term));
    },

    /** Inside the caller's transaction: the reference is to be (re)indexed, whatever happens after the commit. */
    async queue(type: SearchType, refId: string, at: string): Promise<void> {
      await db
        .insertInto('search_outbox')
        .values({ type, ref_id: refId, queued_at: at })
        .onConflict((oc) => oc.columns(['type', 'ref_id']).doUpdateSet({ queued_at: at }))
        .execute();
    },
    async queued(limit: number): Promise<Array<{ type: SearchType; refId: string; queuedAt: string }>> {
      const rows = await db
        .selectFrom('search_outbox')
        .selectAll()
        .orderBy('queued_at')
        .orderBy('ref_id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ type: r.type as SearchType, refId: r.ref_id, queuedAt: r.queued_at }));
    },
    /** Takes done work off the queue, unless it was queued again meanwhile. */
    async dequeue(done: ReadonlyArray<Readonly<{ type: SearchType; refId: string; queuedAt: string }>>): Promise<void> {
      // One transaction for the batch: one commit (and one sync to disk) rather than one for each entry.
      const run = async (d: Db) => {
        for (const x of done)
          await d
            .deleteFrom('search_outbox')
            .where('type', '=', x.type)
            .where('ref_id', '=', x.refId)
            .where('queued_at', '=', x.queuedAt)
            .execute();
      };
      if (db.isTransaction) await run(db);
      else await (db as Kysely<Database>).transaction().execute(run);
    },

    /** The references of a type the index holds after `after`, in order, `limit` at a time. */
    async refsAfter(type: SearchType, after: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('search_entry')
        .select('ref_id')
        .distinct()
        .where('type', '=', type)
        .where('ref_id', '>', after)
        .orderBy('ref_id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.ref_id);
    },
    /** Those of `refIds` the index holds entries for. */
    async indexedAmong(type: SearchType, refIds: readonly string[]): Promise<string[]> {
      if (refIds.length === 0) return [];
      const rows = await db
        .selectFrom('search_entry')
        .select('ref_id')
        .distinct()
        .where('type', '=', type)
        .where('ref_id', 'in', refIds)
        .execute();
      return rows.map((r) => r.ref_id);
    },

    async refsOfType(type: SearchType): Promise<string[]> {
      return [
        ...new Set(
          (await db.selectFrom('search_entry').select('ref_id').where('type', '=', type).execute()).map(
            (r) => r.ref_id,
          ),
        ),
      ];
    },

    /**
     * The record's pages (few) ranked by relevance, then releases newest
     * first; releases are counted up to the count's limit (`more` when there are
     * more), and a page beyond it is not read.
     */
    async search(f: SearchFilter): Promise<{ hits: Hit[]; total: number; more: boolean }> {
      if (f.tokens.length === 0) return { hits: [], total: 0, more: false };
      const countLimit = f.countLimit ?? COUNT_LIMIT;
      const readPage = !beyondCount(f.offset, countLimit);
      const wantsRecords = !f.types || f.types.some((t) => t !== 'release');
      const wantsReleases = !f.types || f.types.includes('release');
      const recordTypes = f.types?.filter((t) => t !== 'release');
      const snippet = snippetsFor(f.tokens);
      const terms = queryTerms(f.tokens);
      type Row = { type: string; ref_id: string; title: string; body: string; date: string | null; path: string };
      const toHit = (r: Row): Hit => ({
        type: r.type as SearchType,
        refId: r.ref_id,
        title: r.title,
        snippet: snippet(shownText(r.body)),
        date: r.date,
        path: r.path,
      });
      // `releaseCount` is at most countLimit + 1: past the limit the total is the limit, and there are more.
      const answer = (records: Row[], releases: Row[], releaseCount: number) => ({
        hits: [...(f.offset === 0 ? records : []), ...releases].map(toHit),
        total: Math.min(records.length + releaseCount, countLimit),
        more: records.length + releaseCount > countLimit,
      });

      if (postgres) {
        const query = sql`to_tsquery('simple', ${tsQuery(terms)})`;
        const base = (types?: readonly SearchType[], on: Kysely<Database> = db) =>
          filtered({ ...f, types }, on).where(sql<boolean>`e.tsv @@ ${query}`);
        // `type <> 'release'`, written as a literal, lets the planner take the record's own partial
        // index (migration 0046) instead of reading every matching release and dropping it.
        const records = wantsRecords
          ? await base(recordTypes?.length ? recordTypes : SEARCH_TYPES.filter((t) => t !== 'release'))
              .where('e.type', '<>', sql.lit('release'))
              .select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path', 'e.body'])
              .orderBy(sql`ts_rank(e.tsv, ${query})`, 'desc')
              .orderBy('e.id')
              .execute()
          : [];
        // The page and the count are two reads, each with the plan that suits it. The page is the
        // newest matches: the planner walks the language's part of the table newest first for a
        // common or middle word, and sorts a rare word's few matches. The count needs any
        // countLimit + 1 matches, in no order: the full-text index's matches are read in the
        // table's order until there are enough (ordered, a middle word's every match was read to
        // sort them: 13,730 for one of rank 1,000 over a million releases, 36 ms against 6).
        // Unordered, a very common word would be counted by a sequential scan, which starts
        // wherever the last one stopped (synchronized scans), often in the other language, and
        // reads a million entries before the first match: seconds. So the two reads run on one
        // connection with sequential scans off, and put back after.
        const releases = wantsReleases
          ? await withoutSequentialScans(db, async (c) => {
              const page = readPage
                ? await base(['release'], c)
                    .select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path', 'e.body'])
                    .orderBy('e.date', 'desc')
                    .orderBy('e.id', 'desc')
                    .offset(f.offset)
                    .limit(f.limit)
                    .execute()
                : [];
              const counted = await c
                .selectFrom(
                  base(['release'], c)
                    .select(sql<number>`1`.as('one'))
                    .limit(countLimit + 1)
                    .as('m'),
                )
                .select(sql<number>`count(*)::int`.as('n'))
                .executeTakeFirstOrThrow();
              return { page, counted: Number(counted.n) };
            })
          : { page: [], counted: 0 };
        return answer(records, releases.page, releases.counted);
      }

      const expansions = new Map<string, string[]>();
      for (const t of terms.flat()) {
        const words = (
          await db
            .selectFrom('search_term')
            .select('term')
            .where('term', '>=', t)
            .where('term', '<', `${t}\u{10FFFF}`)
            .orderBy('term')
            .limit(EXPANSION_LIMIT + 1)
            .execute()
        ).map((r) => r.term);
        if (words.length <= EXPANSION_LIMIT) expansions.set(t, words);
      }
      const match = ftsQuery(terms, expansions);
      // Language, kind and dates are rowid ranges (see search.ts): FTS5 applies them as it reads,
      // but only when they are written into the statement; as bound parameters FTS5 reads the
      // word's whole list (a common word: 200 ms instead of 0.2). They are numbers we computed.
      const within = ([low, high]: readonly [number, number]) =>
        sql<boolean>`search_fts match ${match} and f.rowid between ${sql.lit(Math.trunc(low))} and ${sql.lit(Math.trunc(high))}`;
      const joined = (range: readonly [number, number], types?: readonly SearchType[]) => {
        let q = db
          .selectFrom(sql<{ rowid: number }>`search_fts`.as('f'))
          .innerJoin('search_entry as e', 'e.fts_rowid', 'f.rowid')
          .where(within(range));
        if (types?.length) q = q.where('e.type', 'in', types);
        if (f.state) q = q.where('e.states', 'like', `% ${f.state} %`);
        if (f.dimension) q = q.where('e.dimensions', 'like', `% ${f.dimension} %`);
        return q;
      };
      let recordQuery = joined(recordRowids(f.lang), recordTypes);
      if (f.from) recordQuery = recordQuery.where('e.date', '>=', f.from);
      if (f.to) recordQuery = recordQuery.where('e.date', '<=', f.to);
      const records = wantsRecords
        ? await recordQuery
            .select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path', 'e.body'])
            .orderBy(sql`rank`)
            .execute()
        : [];
      let releases: typeof records = [];
      let releaseCount = 0;
      if (wantsReleases) {
        const range = releaseRowidsBetween(f.lang, f.from, f.to);
        // Without filters on the entries, counting reads the word's list alone.
        const counted =
          f.state || f.dimension
            ? db.selectFrom(
                joined(range)
                  .select('e.id')
                  .limit(countLimit + 1)
                  .as('m'),
              )
            : db.selectFrom(
                db
                  .selectFrom(sql<{ rowid: number }>`search_fts`.as('f'))
                  .where(within(range))
                  .select('f.rowid')
                  .limit(countLimit + 1)
                  .as('m'),
              );
        [releases, releaseCount] = await Promise.all([
          readPage
            ? joined(range)
                .select(['e.type', 'e.ref_id', 'e.title', 'e.date', 'e.path', 'e.body'])
                .orderBy(sql`f.rowid`)
                .limit(f.limit)
                .offset(f.offset)
                .execute()
            : [],
          counted
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
            .then((r) => Number(r.n)),
        ]);
      }
      return answer(records, releases, releaseCount);
    },
  };
}

export type SearchStore = ReturnType<typeof createSearchStore>;
