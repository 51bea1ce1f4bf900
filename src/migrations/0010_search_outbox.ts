// Frozen in time: uses Kysely<any>, never the app's types.
// What the search index still has to take in: written in the same transaction
// as the change itself, so a crash between the commit and the indexing leaves
// the work recorded, and the next start finishes it.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('search_outbox')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('ref_id', 'text', (c) => c.notNull())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('search_outbox_pk', ['type', 'ref_id'])
    .execute();
}
