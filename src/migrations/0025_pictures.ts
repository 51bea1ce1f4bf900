// Frozen in time: uses Kysely<any>, never the app's types.
// The media library: pictures kept in the file store in several widths, with
// what a reader and a caption need in both languages.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('picture')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // the widths made from the upload, as JSON [{ width, height, key }], narrowest first
    .addColumn('sizes', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('alt_en', 'text', (c) => c.notNull())
    .addColumn('alt_ru', 'text')
    .addColumn('caption_en', 'text')
    .addColumn('caption_ru', 'text')
    .addColumn('credit', 'text')
    .addColumn('shown_on', 'text')
    .addColumn('activity_id', 'text', (c) => c.references('activity.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('picture_shown_on_idx').on('picture').column('shown_on').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('picture').execute();
}
