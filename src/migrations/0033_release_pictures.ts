// Frozen in time: uses Kysely<any>, never the app's types.
// A release's pictures from the media library: its lead picture and its gallery, in order.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('release_picture')
    .addColumn('release_id', 'text', (c) => c.notNull().references('press_release.id').onDelete('cascade'))
    // 'lead' (one at most, position 0) or 'gallery' (positions from 1)
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('picture_id', 'text', (c) => c.notNull().references('picture.id'))
    .addPrimaryKeyConstraint('release_picture_pk', ['release_id', 'role', 'position'])
    .execute();
  await db.schema.createIndex('release_picture_picture_idx').on('release_picture').column('picture_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('release_picture').execute();
}
