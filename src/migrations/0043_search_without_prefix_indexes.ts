// Frozen in time: uses Kysely<any>, never the app's types.
// SQLite only. FTS5's prefix indexes (`prefix = '2 3 4 5'`) wrote every word of a text
// five times, two thirds of an import's indexing. A beginning is asked as the words of
// the index's vocabulary it begins (search_term), and FTS5 reads a short beginning
// itself in a few milliseconds at 100,000 releases (decision 033). The rows keep their ids,
// which encode language, kind and date.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 0'`;

async function rebuild(db: Kysely<any>, options: string): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql
    .raw(`create virtual table search_fts_next using fts5(entry_id unindexed, title, body, ${TOKENIZE}${options})`)
    .execute(db);
  await sql`insert into search_fts_next(search_fts_next, rank) values ('rank', 'bm25(0, 8.0, 1.0)')`.execute(db);
  // In id order FTS5 appends to its lists instead of flushing them for each row.
  await sql`insert into search_fts_next(rowid, entry_id, title, body)
    select rowid, entry_id, title, body from search_fts order by rowid`.execute(db);
  await sql`drop table search_fts`.execute(db);
  await sql`alter table search_fts_next rename to search_fts`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rebuild(db, '');
}

export async function down(db: Kysely<any>): Promise<void> {
  await rebuild(db, `, prefix = '2 3 4 5'`);
}
