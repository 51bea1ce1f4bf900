// Frozen in time: uses Kysely<any>, never the app's types.
// Replacing a release's entries looks them up by reference; without this index each
// lookup read every entry of the type (an import of 5,000 releases spent seconds on it).
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('search_entry_ref_idx').on('search_entry').columns(['type', 'ref_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('search_entry_ref_idx').execute();
}
