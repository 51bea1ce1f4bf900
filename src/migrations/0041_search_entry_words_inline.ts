// Frozen in time: uses Kysely<any>, never the app's types.
// PostgreSQL reads a common word's releases newest first along migration 0038's index and
// matches each entry's tsvector as it goes. Out of line in TOAST (1.5-2.2 KB, compressed)
// every entry cost three more page reads, about 14 µs of the 15 µs an entry took over the
// bench's million; kept in the row (storage main) and with the rows in that index's order,
// about 1 µs. CLUSTER writes the table once in that order and applies the new storage to the
// rows already there; new releases are appended, newest last, so the order holds as they
// come. It locks search_entry while it runs (2,000,000 entries: see README "Figures").
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_entry alter column tsv set storage main`.execute(db);
  await sql`cluster search_entry using search_entry_newest_idx`.execute(db);
  await sql`analyze search_entry`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_entry set without cluster`.execute(db);
  await sql`alter table search_entry alter column tsv set storage extended`.execute(db);
}
