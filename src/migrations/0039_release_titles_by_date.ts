// Frozen in time: uses Kysely<any>, never the app's types.
// An import asks, for every release it brings, whether one with the same headline is
// recorded on that day. Read from the table, that was a dozen rows a question over
// 100,000 releases, the slowest part of a large import; an index of the day's headlines
// answers from the index alone. It takes the place of the index on the date only, whose
// work the (date, slug) index of 0035 does as well.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('press_release_date_titles_idx')
    .on('press_release')
    .columns(['date', 'title_en', 'title_ru'])
    .execute();
  await db.schema.dropIndex('press_release_date_idx').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('press_release_date_idx').on('press_release').column('date').execute();
  await db.schema.dropIndex('press_release_date_titles_idx').execute();
}
