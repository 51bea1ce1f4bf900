// Frozen in time: uses Kysely<any>, never the app's types.
// An import asks, for every item, whether a release of that title exists on
// that date; the (status, date) index cannot answer by date alone.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('press_release_date_idx').on('press_release').column('date').execute();
}
