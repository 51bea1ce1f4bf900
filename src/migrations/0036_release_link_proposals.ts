// Frozen in time: uses Kysely<any>, never the app's types.
// A release imported as plain text gets states, bodies and people proposed from its
// words. They wait beside its links, marked, until an editor confirms or dismisses
// them: `proposal` is null for a link, 'proposed' while it waits, 'dismissed' once
// turned down (kept, so the same words do not propose it again); `evidence` is the
// words found, as a JSON array.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('release_link').addColumn('proposal', 'text').execute();
  await db.schema.alterTable('release_link').addColumn('evidence', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.deleteFrom('release_link').where('proposal', 'is not', null).execute();
  await db.schema.alterTable('release_link').dropColumn('evidence').execute();
  await db.schema.alterTable('release_link').dropColumn('proposal').execute();
}
