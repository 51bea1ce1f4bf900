// Frozen in time: uses Kysely<any>, never the app's types.
// PostgreSQL only. The record's own pages (states, bodies, people: a few hundred entries)
// were looked up through the one full-text index over every entry, which for a middle word
// read its every matching release and dropped them by type afterwards: 20 ms over a million
// releases. A partial index of the entries that are not releases answers the same question
// from those few (0.3 ms); the query says `type <> 'release'` so the planner can use it.
// SQLite reads the record's pages as a row range of its own (search.ts).
import { type Kysely, PostgresAdapter, sql } from 'kysely';

const postgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<any>): Promise<void> {
  if (!postgres(db)) return;
  await sql`create index if not exists search_entry_records_tsv_idx on search_entry
    using gin (tsv) where type <> 'release'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!postgres(db)) return;
  await sql`drop index if exists search_entry_records_tsv_idx`.execute(db);
}
