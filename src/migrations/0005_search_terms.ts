// Frozen in time: uses Kysely<any>, never the app's types.
// SQLite only. The index's rows now encode language, kind and date (see
// search/search.ts), and a table of the index's words lets a long beginning be
// asked as the words it begins. Emptying the index is enough: start-up
// rebuilds it (record pages whole, public releases by difference).
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`create table search_term (term text primary key) without rowid`.execute(db);
  await sql`delete from search_fts`.execute(db);
  await sql`delete from search_entry`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`drop table search_term`.execute(db);
}
