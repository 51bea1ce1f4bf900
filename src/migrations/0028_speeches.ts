// Frozen in time: uses Kysely<any>, never the app's types.
// Speeches and statements: what the head of the Secretariat (or another
// speaker) said, where and on what occasion, in English and Russian.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('speech')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('place_en', 'text')
    .addColumn('place_ru', 'text')
    .addColumn('title_en', 'text')
    .addColumn('title_ru', 'text')
    .addColumn('occasion_en', 'text')
    .addColumn('occasion_ru', 'text')
    // the speaker as the record knows them, with the post they held that day; the name as written otherwise
    .addColumn('speaker_id', 'text', (c) => c.references('person.id'))
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_post', 'text')
    .addColumn('body_en', 'text')
    .addColumn('body_ru', 'text')
    .addColumn('published_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('speech_date_idx').on('speech').column('date').execute();
  await db.schema.createIndex('speech_speaker_idx').on('speech').column('speaker_id').execute();
}
