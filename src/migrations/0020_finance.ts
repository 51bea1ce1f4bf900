// Frozen in time: uses Kysely<any>, never the app's types.
// The budget of each year by chapter, the contributions states and organizations
// pledge and pay, the exchange rates the Secretariat records for converting them,
// and the rankings of contributors the Secretariat has published without amounts.
// Amounts are decimal text: exact on both engines, never a binary fraction.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired_at', 'text')
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('currency', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('meeting_id', 'text', (c) => c.references('activity.id'))
    // Document ids only, no foreign key: the documents register is being reshaped, an id survives it.
    .addColumn('budget_document_id', 'text')
    .addColumn('financial_report_id', 'text')
    .addColumn('audit_report_id', 'text')
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('budget_chapter')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('budget_id', 'text', (c) => c.notNull().references('budget.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text')
    .addColumn('amount', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('budget_chapter_budget_idx').on('budget_chapter').column('budget_id').execute();

  await db.schema
    .createTable('contribution')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired_at', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.references('state.code'))
    .addColumn('organization_id', 'text', (c) => c.references('organization.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('purpose_en', 'text')
    .addColumn('purpose_ru', 'text')
    .addColumn('description_en', 'text')
    .addColumn('description_ru', 'text')
    .addColumn('amount', 'text')
    .addColumn('currency', 'text')
    .addColumn('pledged_on', 'text')
    .addColumn('received_on', 'text')
    .addColumn('release_id', 'text', (c) => c.references('press_release.id'))
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contribution_year_idx').on('contribution').column('year').execute();

  await db.schema
    .createTable('exchange_rate')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('base_currency', 'text', (c) => c.notNull())
    .addColumn('rate', 'text', (c) => c.notNull())
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .addUniqueConstraint('exchange_rate_unique', ['year', 'currency', 'base_currency'])
    .execute();

  await db.schema
    .createTable('contributor_rank')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('retired_at', 'text')
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('rank', 'integer', (c) => c.notNull())
    .addColumn('state_code', 'text', (c) => c.references('state.code'))
    .addColumn('organization_id', 'text', (c) => c.references('organization.id'))
    .addColumn('sources', 'text', (c) => c.notNull())
    .addColumn('confidence', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['contributor_rank', 'exchange_rate', 'contribution', 'budget_chapter', 'budget']) {
    await db.schema.dropTable(table).execute();
  }
}
