// Frozen in time: uses Kysely<any>, never the app's types.
// The one migration that differs by engine: full-text search is each engine's own.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('path', 'text', (c) => c.notNull())
    .addColumn('states', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('dimensions', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.createIndex('search_entry_type_idx').on('search_entry').columns(['type', 'lang']).execute();

  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // 'simple': no stemming, so PostgreSQL finds what SQLite's unicode61 tokenizer finds.
    await sql`alter table search_entry add column tsv tsvector generated always as (
      setweight(to_tsvector('simple', title), 'A') || setweight(to_tsvector('simple', body), 'B')) stored`.execute(db);
    await sql`create index search_entry_tsv_idx on search_entry using gin (tsv)`.execute(db);
  } else {
    // Prefix indexes make a query for a word's beginning ("казах" → Казахстан) one lookup, not a merge of every word so begun.
    await sql`create virtual table search_fts using fts5(entry_id unindexed, title, body, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3 4 5')`.execute(
      db,
    );
    // Titles weigh eight times the body; set as the table's rank so ORDER BY rank stays FTS5's fast path.
    await sql`insert into search_fts(search_fts, rank) values ('rank', 'bm25(0, 8.0, 1.0)')`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) await sql`drop table search_fts`.execute(db);
  await db.schema.dropTable('search_entry').execute();
}
