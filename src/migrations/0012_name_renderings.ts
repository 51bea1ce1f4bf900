// Frozen in time: uses Kysely<any>, never the app's types.
// Where no source gives a person's name in Cyrillic, the Secretariat writes its
// own rendering; staff and readers must be able to tell it from a sourced form.
// null: the spelling as sources give it; 'secretariat': the Secretariat's rendering.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person_name').addColumn('origin', 'text').execute();
}
