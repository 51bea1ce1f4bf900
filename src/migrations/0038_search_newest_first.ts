// Frozen in time: uses Kysely<any>, never the app's types.
// PostgreSQL's search lists releases newest first. A common word is in a good share of a
// million releases: its page is found by reading the language's releases newest first along
// this index and matching each, stopping once the page is full, rather than sorting every
// match from the full-text index. Which way is cheaper for a word is the planner's choice,
// made from the statistics of the tsvector's words, kept for ten times as many words as by default.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema
    .createIndex('search_entry_newest_idx')
    .ifNotExists()
    .on('search_entry')
    .columns(['type', 'lang', 'date', 'id'])
    .execute();
  await sql`alter table search_entry alter column tsv set statistics 1000`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await sql`alter table search_entry alter column tsv set statistics -1`.execute(db);
  await db.schema.dropIndex('search_entry_newest_idx').execute();
}
