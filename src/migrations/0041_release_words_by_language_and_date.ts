// Frozen in time: uses Kysely<any>, never the app's types.
// PostgreSQL reads a word's releases newest first in windows of days (search.store.ts). With
// the language and the date in the full-text index beside the words (btree_gin, part of
// PostgreSQL's contrib, trusted, so the database's owner may create it), a window's matches
// come from this one index, exactly: no bitmap of a whole language's million entries ANDed
// with the words', no release read only to be thrown away. Partial: the record's own pages are
// few and keep the index over every entry.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`create extension if not exists btree_gin`.execute(db);
  await sql`create index if not exists search_entry_release_words_idx on search_entry
    using gin (lang, date, tsv) where type = 'release'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`drop index if exists search_entry_release_words_idx`.execute(db);
}
