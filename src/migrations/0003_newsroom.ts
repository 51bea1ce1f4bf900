// Frozen in time: uses Kysely<any>, never the app's types.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('press_release')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('place_en', 'text')
    .addColumn('place_ru', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text')
    .addColumn('title_en', 'text')
    .addColumn('title_ru', 'text')
    .addColumn('lead_en', 'text')
    .addColumn('lead_ru', 'text')
    .addColumn('body_en', 'text')
    .addColumn('body_ru', 'text')
    .addColumn('contact_name', 'text')
    .addColumn('contact_title', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('publish_at', 'text')
    .addColumn('published_at', 'text')
    .addColumn('corrected_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('account.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('press_release_status_date_idx')
    .on('press_release')
    .columns(['status', 'date'])
    .execute();

  await db.schema
    .createTable('release_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('press_release.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('release_link_target_idx').on('release_link').columns(['kind', 'target_id']).execute();
  await db.schema.createIndex('release_link_release_idx').on('release_link').column('release_id').execute();

  await db.schema
    .createTable('release_image')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('press_release.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('src', 'text', (c) => c.notNull())
    .addColumn('caption_en', 'text')
    .addColumn('caption_ru', 'text')
    .execute();

  await db.schema
    .createTable('release_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('press_release.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('account_id', 'text', (c) => c.references('account.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .execute();
  await db.schema.createIndex('release_event_release_idx').on('release_event').column('release_id').execute();

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['api_token', 'release_event', 'release_image', 'release_link', 'press_release'])
    await db.schema.dropTable(t).execute();
}
