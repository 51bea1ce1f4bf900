// Frozen in time: uses Kysely<any>, never the app's types.
// A person's portrait, and the Secretariat's emblem: pictures of the media library, chosen in the office.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('person')
    .addColumn('portrait_picture_id', 'text', (c) => c.references('picture.id'))
    .execute();
  // One row, the Secretariat's own: what the site and the digest show of the organization.
  // The pack writes it (packs/load.ts): a record migrated but not loaded stays empty.
  await db.schema
    .createTable('secretariat')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('emblem_picture_id', 'text', (c) => c.references('picture.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('secretariat').execute();
  await db.schema.alterTable('person').dropColumn('portrait_picture_id').execute();
}
