// Frozen in time: uses Kysely<any>, never the app's types.
// A person's portrait: a picture of the media library, chosen in the office.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('person')
    .addColumn('portrait_picture_id', 'text', (c) => c.references('picture.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('person').dropColumn('portrait_picture_id').execute();
}
