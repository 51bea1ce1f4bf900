// Frozen in time: this migration uses Kysely<any>, never the app's types, so a later
// change to the code cannot change what it once did.
import type { Kysely, CreateTableBuilder } from 'kysely';

const sourced = <T extends string>(t: CreateTableBuilder<T, never>) =>
  t
    .addColumn('sources', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('confidence', 'text', (c) => c.notNull().defaultTo('H'));

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('state')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('official_name_en', 'text')
    .addColumn('official_name_ru', 'text')
    .execute();

  await db.schema
    .createTable('body')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('acronym_en', 'text')
    .addColumn('acronym_ru', 'text')
    .addColumn('former_name_en', 'text')
    .addColumn('former_name_ru', 'text')
    .addColumn('renamed_on', 'text')
    .addColumn('founded', 'text')
    .addColumn('role_en', 'text')
    .addColumn('role_ru', 'text')
    .addColumn('frequency_en', 'text')
    .addColumn('frequency_ru', 'text')
    .execute();

  await db.schema
    .createTable('meeting_series')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('body_id', 'text', (c) => c.notNull().references('body.id'))
    .addColumn('from_date', 'text')
    .addColumn('noun_en', 'text', (c) => c.notNull())
    .addColumn('head_ru', 'text', (c) => c.notNull())
    .addColumn('gender_ru', 'text', (c) => c.notNull())
    .addColumn('tail_ru', 'text', (c) => c.notNull())
    .execute();

  await sourced(
    db.schema
      .createTable('meeting')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('body_id', 'text', (c) => c.notNull().references('body.id'))
      .addColumn('number', 'integer')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull().defaultTo('held'))
      .addColumn('title_en', 'text')
      .addColumn('title_ru', 'text')
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('city_en', 'text')
      .addColumn('city_ru', 'text')
      .addColumn('country_code', 'text', (c) => c.references('state.code'))
      .addColumn('format', 'text')
      .addColumn('summary_en', 'text')
      .addColumn('summary_ru', 'text'),
  ).execute();
  await db.schema.createIndex('meeting_body_idx').on('meeting').columns(['body_id', 'start_date']).execute();

  await sourced(
    db.schema
      .createTable('state_status')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('from_date', 'text')
      .addColumn('from_attested', 'text')
      .addColumn('until_date', 'text')
      .addColumn('until_attested', 'text')
      .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();
  await db.schema.createIndex('state_status_state_idx').on('state_status').column('state_code').execute();

  await db.schema
    .createTable('organization')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('acronym_en', 'text')
    .addColumn('acronym_ru', 'text')
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .execute();

  await sourced(
    db.schema
      .createTable('organization_relation')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('organization_id', 'text', (c) => c.notNull().references('organization.id'))
      .addColumn('relation', 'text', (c) => c.notNull())
      .addColumn('instrument_en', 'text')
      .addColumn('instrument_ru', 'text')
      .addColumn('from_date', 'text')
      .addColumn('from_attested', 'text')
      .addColumn('until_date', 'text')
      .addColumn('place_en', 'text')
      .addColumn('place_ru', 'text')
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();

  await sourced(
    db.schema
      .createTable('chair_term')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
      .addColumn('from_date', 'text', (c) => c.notNull())
      .addColumn('until_date', 'text')
      .addColumn('planned_until', 'text')
      .addColumn('designated_on', 'text')
      .addColumn('handover_meeting_id', 'text', (c) => c.references('meeting.id'))
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();

  await db.schema
    .createTable('person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text')
    .addColumn('state_code', 'text', (c) => c.references('state.code'))
    .execute();

  await db.schema
    .createTable('person_name')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('script', 'text', (c) => c.notNull())
    .execute();

  await sourced(
    db.schema
      .createTable('position')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
      .addColumn('post', 'text', (c) => c.notNull())
      .addColumn('from_date', 'text')
      .addColumn('from_attested', 'text')
      .addColumn('until_date', 'text')
      .addColumn('until_attested', 'text')
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();

  await sourced(
    db.schema
      .createTable('catalogue_version')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('adopted_on', 'text', (c) => c.notNull())
      .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('title_ru', 'text', (c) => c.notNull())
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();

  await db.schema
    .createTable('dimension')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('priority_area')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('dimension_id', 'text', (c) => c.notNull().references('dimension.id'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_ru', 'text', (c) => c.notNull())
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .execute();

  await sourced(
    db.schema
      .createTable('measure')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('dimension_id', 'text', (c) => c.notNull().references('dimension.id'))
      .addColumn('priority_area_id', 'text', (c) => c.references('priority_area.id'))
      .addColumn('catalogue_version_id', 'text', (c) => c.notNull().references('catalogue_version.id'))
      .addColumn('code', 'text')
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('text_en', 'text', (c) => c.notNull())
      .addColumn('text_ru', 'text'),
  ).execute();

  await sourced(
    db.schema
      .createTable('coordinator_term')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('priority_area_id', 'text', (c) => c.notNull().references('priority_area.id'))
      .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('from_date', 'text')
      .addColumn('from_attested', 'text')
      .addColumn('until_date', 'text')
      .addColumn('until_attested', 'text')
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();
  await db.schema.createIndex('coordinator_term_area_idx').on('coordinator_term').column('priority_area_id').execute();
  await db.schema.createIndex('coordinator_term_state_idx').on('coordinator_term').column('state_code').execute();

  await sourced(
    db.schema
      .createTable('document')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('title_en', 'text', (c) => c.notNull())
      .addColumn('title_ru', 'text')
      .addColumn('date', 'text')
      .addColumn('place_en', 'text')
      .addColumn('place_ru', 'text')
      .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
      .addColumn('body_id', 'text', (c) => c.references('body.id'))
      .addColumn('priority_area_id', 'text', (c) => c.references('priority_area.id'))
      .addColumn('classification', 'text', (c) => c.notNull().defaultTo('public'))
      .addColumn('note_en', 'text')
      .addColumn('note_ru', 'text'),
  ).execute();

  await sourced(
    db.schema
      .createTable('document_action')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('document_id', 'text', (c) => c.notNull().references('document.id'))
      .addColumn('state_code', 'text', (c) => c.notNull().references('state.code'))
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('date', 'text')
      .addColumn('date_attested', 'text')
      .addColumn('reference', 'text'),
  ).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'document_action',
    'document',
    'coordinator_term',
    'measure',
    'priority_area',
    'dimension',
    'catalogue_version',
    'position',
    'person_name',
    'person',
    'chair_term',
    'organization_relation',
    'organization',
    'state_status',
    'meeting',
    'meeting_series',
    'body',
    'state',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
