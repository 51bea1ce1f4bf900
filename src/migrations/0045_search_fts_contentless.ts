// Frozen in time: uses Kysely<any>, never the app's types.
// SQLite only. FTS5 kept its own copy of every entry's title and body (search_fts_content),
// though search_entry holds them already: a second kilobyte an entry, written at a place set
// by the entry's date, so an import dirtied a page of it for nearly every release (a fifth of
// the 100,000-release import). The index becomes contentless (it keeps the word lists and the
// lengths bm25 needs, and can still delete a row: contentless_delete); search_entry says which
// index row is its own (fts_rowid), as search_fts's entry_id column did. The rows keep their ids.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const TOKENIZE = `tokenize = 'unicode61 remove_diacritics 0'`;

const sqlite = (db: Kysely<any>) => !(db.getExecutor().adapter instanceof PostgresAdapter);

export async function up(db: Kysely<any>): Promise<void> {
  if (!sqlite(db)) return;
  await sql`alter table search_entry add column fts_rowid integer`.execute(db);
  await sql`update search_entry set fts_rowid = f.rowid
    from (select rowid, entry_id from search_fts) as f where f.entry_id = search_entry.id`.execute(db);
  await sql`create unique index search_entry_fts_rowid_idx on search_entry (fts_rowid)`.execute(db);
  await sql
    .raw(
      `create virtual table search_fts_next using fts5(title, body, ${TOKENIZE}, content = '', contentless_delete = 1)`,
    )
    .execute(db);
  // The entry_id column had weight 0; the title still counts eight times the body.
  await sql`insert into search_fts_next(search_fts_next, rank) values ('rank', 'bm25(8.0, 1.0)')`.execute(db);
  // In id order FTS5 appends to its lists instead of flushing them for each row.
  await sql`insert into search_fts_next(rowid, title, body)
    select fts_rowid, title, body from search_entry where fts_rowid is not null order by fts_rowid`.execute(db);
  await sql`drop table search_fts`.execute(db);
  await sql`alter table search_fts_next rename to search_fts`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!sqlite(db)) return;
  await sql
    .raw(`create virtual table search_fts_next using fts5(entry_id unindexed, title, body, ${TOKENIZE})`)
    .execute(db);
  await sql`insert into search_fts_next(search_fts_next, rank) values ('rank', 'bm25(0, 8.0, 1.0)')`.execute(db);
  await sql`insert into search_fts_next(rowid, entry_id, title, body)
    select fts_rowid, id, title, body from search_entry where fts_rowid is not null order by fts_rowid`.execute(db);
  await sql`drop table search_fts`.execute(db);
  await sql`alter table search_fts_next rename to search_fts`.execute(db);
  await sql`drop index search_entry_fts_rowid_idx`.execute(db);
  await sql`alter table search_entry drop column fts_rowid`.execute(db);
}
