// Frozen in time: uses Kysely<any>, never the app's types.
// The sources the record's facts cite, so readers get citations (title, publisher,
// date, link) where staff see the keys.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('source')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text')
    .addColumn('title_en', 'text')
    .addColumn('title_ru', 'text')
    .addColumn('publisher_en', 'text')
    .addColumn('publisher_ru', 'text')
    .addColumn('date', 'text')
    .execute();
}
