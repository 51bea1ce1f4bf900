// Frozen in time: uses Kysely<any>, never the app's types.
// The news list reads releases newest first a page at a time, and counts them and their
// months: with 100,000 releases each of those read every row (two seconds a page). One
// index gives the order; the other holds all the count and the months need, so neither
// reads the releases themselves.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('press_release_date_slug_idx').on('press_release').columns(['date', 'slug']).execute();
  await db.schema
    .createIndex('press_release_public_idx')
    .on('press_release')
    .columns(['status', 'date', 'publish_at', 'title_en'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('press_release_public_idx').execute();
  await db.schema.dropIndex('press_release_date_slug_idx').execute();
}
