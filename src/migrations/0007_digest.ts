// Frozen in time: uses Kysely<any>, never the app's types.
// "Voice of Asia": an issue of the digest and what it gathers.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('digest_issue')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_from', 'text', (c) => c.notNull())
    .addColumn('period_to', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('foreword_author', 'text')
    .addColumn('foreword_title', 'text')
    .addColumn('foreword_text', 'text')
    .addColumn('spotlight_release_id', 'text', (c) => c.references('press_release.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema
    .createIndex('digest_issue_number_idx')
    .on('digest_issue')
    .columns(['number', 'lang'])
    .unique()
    .execute();

  await db.schema
    .createTable('digest_article')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('issue_id', 'text', (c) => c.notNull().references('digest_issue.id'))
    .addColumn('release_id', 'text', (c) => c.notNull().references('press_release.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('teaser', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('digest_article_issue_idx').on('digest_article').column('issue_id').execute();

  for (const table of ['digest_flash', 'digest_picture', 'digest_partner']) {
    await db.schema
      .createTable(table)
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('issue_id', 'text', (c) => c.notNull().references('digest_issue.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('title', 'text')
      .addColumn('text', 'text')
      .addColumn('src', 'text')
      .addColumn('release_id', 'text', (c) => c.references('press_release.id'))
      .execute();
    await db.schema.createIndex(`${table}_issue_idx`).on(table).column('issue_id').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['digest_partner', 'digest_picture', 'digest_flash', 'digest_article', 'digest_issue'])
    await db.schema.dropTable(table).execute();
}
