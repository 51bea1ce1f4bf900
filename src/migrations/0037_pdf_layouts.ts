// Frozen in time: uses Kysely<any>, never the app's types.
// PDF layouts are laid out by background jobs and kept in the file store: one row per
// document (`subject`) and version of its data (`stamp`, a hash of what the layout reads),
// naming the stored bytes once they exist and the job making them meanwhile. A job's
// failure keeps a stable code beside its text, so the office says it in the reader's language.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pdf_layout')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('stamp', 'text', (c) => c.notNull())
    .addColumn('file_key', 'text')
    .addColumn('job_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pdf_layout_pk', ['subject', 'stamp'])
    .execute();
  await db.schema.alterTable('job').addColumn('error_code', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('job').dropColumn('error_code').execute();
  await db.schema.dropTable('pdf_layout').execute();
}
