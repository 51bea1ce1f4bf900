// Frozen in time: uses Kysely<any>, never the app's types.
// "Voice of Asia" as a magazine: each article filed in a section the editor
// chooses, teasers ordered and rewritten, pictures, partner pages placed among
// the sections, frozen editions, and the contact block as a record.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('digest_article')
    .addColumn('section', 'text') // null: the month of its dateline
    .execute();
  await db.schema.alterTable('digest_article').addColumn('teaser_position', 'integer').execute();
  await db.schema.alterTable('digest_article').addColumn('teaser_text', 'text').execute();
  await db.schema.alterTable('digest_article').addColumn('pull_quote', 'text').execute();
  await db.schema
    .alterTable('digest_article')
    .addColumn('picture_id', 'text', (c) => c.references('picture.id'))
    .execute();
  // Teasers chosen before keep the order they had: that of the articles.
  await db.updateTable('digest_article').set({ teaser_position: sql`position` }).where('teaser', '=', 1).execute();
  await db.schema
    .alterTable('digest_issue')
    .addColumn('cover_picture_id', 'text', (c) => c.references('picture.id'))
    .execute();
  // the section a part follows (partner pages); null: at the end
  for (const table of ['digest_flash', 'digest_picture', 'digest_partner'])
    await db.schema.alterTable(table).addColumn('place', 'text').execute();

  await db.schema
    .createTable('digest_edition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('digest_issue.id'))
    .addColumn('edition', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('snapshot', 'text', (c) => c.notNull())
    .addColumn('pdf_key', 'text')
    .execute();
  await db.schema
    .createIndex('digest_edition_issue_idx')
    .on('digest_edition')
    .columns(['issue_id', 'edition'])
    .unique()
    .execute();

  await db.schema
    .createTable('digest_contact')
    .addColumn('lang', 'text', (c) => c.primaryKey())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('web', 'text', (c) => c.notNull())
    .addColumn('social', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('digest_contact').execute();
  await db.schema.dropTable('digest_edition').execute();
  for (const table of ['digest_flash', 'digest_picture', 'digest_partner'])
    await db.schema.alterTable(table).dropColumn('place').execute();
  await db.schema.alterTable('digest_issue').dropColumn('cover_picture_id').execute();
  for (const column of ['picture_id', 'pull_quote', 'teaser_text', 'teaser_position', 'section'])
    await db.schema.alterTable('digest_article').dropColumn(column).execute();
}
