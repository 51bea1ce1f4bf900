// Frozen in time: uses Kysely<any>, never the app's types.
// Media monitoring: outlets, the articles read from them, what was found in
// each, the stories they tell, their links to activities, the people they
// name that the record does not know yet, and the decisions staff made.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('media_source')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('country_code', 'text')
    .addColumn('lang', 'text')
    .addColumn('site', 'text')
    .addColumn('feed_url', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('media_story')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.references('activity.id'))
    .addColumn('date_from', 'text', (c) => c.notNull())
    .addColumn('date_to', 'text', (c) => c.notNull())
    // the places, people, states and bodies its articles name, as JSON: what the next article is compared with
    .addColumn('signature', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_story_dates_idx').on('media_story').columns(['date_from', 'date_to']).execute();
  await db.schema.createIndex('media_story_activity_idx').on('media_story').column('activity_id').execute();

  await db.schema
    .createTable('media_article')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('media_source.id'))
    .addColumn('url', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('published', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    // the same words from the same outlet again is the same article
    .addColumn('content_hash', 'text', (c) => c.notNull().unique())
    .addColumn('fingerprint', 'text')
    .addColumn('dateline_place', 'text')
    .addColumn('dateline_from', 'text')
    .addColumn('dateline_to', 'text')
    .addColumn('dateline_seen', 'text')
    .addColumn('story_id', 'text', (c) => c.references('media_story.id'))
    .addColumn('duplicate_of', 'text', (c) => c.references('media_article.id'))
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_article_published_idx').on('media_article').column('published').execute();
  await db.schema.createIndex('media_article_story_idx').on('media_article').column('story_id').execute();
  await db.schema.createIndex('media_article_url_idx').on('media_article').column('url').execute();

  await db.schema
    .createTable('media_proposed_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('post', 'text')
    // proposed, confirmed (a new person), merged (into a recorded person), rejected
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('person.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('media_proposed_person_status_idx')
    .on('media_proposed_person')
    .column('status')
    .execute();

  await db.schema
    .createTable('media_proposed_name')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('proposal_id', 'text', (c) => c.notNull().references('media_proposed_person.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('media_proposed_name_idx')
    .on('media_proposed_name')
    .columns(['proposal_id', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('media_mention')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('media_article.id'))
    // person, proposal, state, body, area
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('seen', 'text', (c) => c.notNull())
    .addColumn('posts', 'text', (c) => c.notNull())
    .addColumn('confidence', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('media_mention_article_idx').on('media_mention').column('article_id').execute();
  await db.schema.createIndex('media_mention_target_idx').on('media_mention').columns(['kind', 'target_id']).execute();

  await db.schema
    .createTable('media_link')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull().references('media_article.id'))
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id'))
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    // linked (above the threshold), proposed (waiting for review), confirmed, rejected
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('media_link_pair_idx')
    .on('media_link')
    .columns(['article_id', 'activity_id'])
    .unique()
    .execute();
  await db.schema.createIndex('media_link_activity_idx').on('media_link').columns(['activity_id', 'status']).execute();
  await db.schema.createIndex('media_link_status_idx').on('media_link').column('status').execute();

  // A match staff rejected (this spelling is not that person; this article does not report that
  // activity), kept so it is never proposed again.
  await db.schema
    .createTable('media_rejection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('media_rejection_idx')
    .on('media_rejection')
    .columns(['kind', 'subject', 'target_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'media_rejection',
    'media_link',
    'media_mention',
    'media_proposed_name',
    'media_proposed_person',
    'media_article',
    'media_story',
    'media_source',
  ])
    await db.schema.dropTable(table).execute();
}
