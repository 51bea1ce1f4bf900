// Frozen in time: uses Kysely<any>, never the app's types.
// PostgreSQL: search_entry (type, lang) is the start of migration 0038's (type, lang, date, id),
// which serves every look-up it served. Kept, the planner ANDed a middle-frequency word's
// full-text bitmap with this index's bitmap of the language's million releases (210 of the
// 395 ms of a count), though a word's matches are nearly all of one language anyway.
// SQLite's search reads FTS5 row ranges and keeps the index.
import { type Kysely, PostgresAdapter } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema.dropIndex('search_entry_type_idx').ifExists().execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema
    .createIndex('search_entry_type_idx')
    .ifNotExists()
    .on('search_entry')
    .columns(['type', 'lang'])
    .execute();
}
