// Frozen in time: uses Kysely<any>, never the app's types.
// The archive of the Secretariat's earlier sites: each imported item under
// its key (its first old address), the old addresses that lead to it, and
// what the import found for staff to look at (dates that disagree, posts
// the record does not have the person in on the day).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('archive_item')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('file', 'text', (c) => c.notNull())
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text')
    .execute();
  await db.schema.createIndex('archive_item_item_idx').on('archive_item').column('item_id').execute();

  await db.schema
    .createTable('archive_address')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('item_key', 'text', (c) => c.notNull().references('archive_item.key'))
    .execute();
  await db.schema.createIndex('archive_address_item_idx').on('archive_address').column('item_key').execute();

  await db.schema
    .createTable('archive_flag')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('item_key', 'text', (c) => c.notNull().references('archive_item.key'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // what was seen and what the record holds, as JSON: the office page says it in the reader's language
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('archive_flag_status_idx').on('archive_flag').column('status').execute();
}
