// Frozen in time: uses Kysely<any>, never the app's types.
// A release's media contact in Russian as well: the name as Russian-language
// sources write it and the title translated; the English columns stay as they were.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('press_release').addColumn('contact_name_ru', 'text').execute();
  await db.schema.alterTable('press_release').addColumn('contact_title_ru', 'text').execute();
}
