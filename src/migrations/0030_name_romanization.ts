// Frozen in time: uses Kysely<any>, never the app's types.
// The romanization system a spelling of a name follows (BGN/PCGN, ISO 9, …), where
// the reviewer who recorded it knew; null where nobody said.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_name').addColumn('romanization', 'text').execute();
}
