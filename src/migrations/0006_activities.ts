// Frozen in time: uses Kysely<any>, never the app's types.
// Activities, the people at them, what came of them, and the annual action plan.
// Lists of states and organizations are space-separated codes in one column:
// they are read whole with their activity, and counted by the report in memory.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('action_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull().unique())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text')
    .addColumn('approved_on', 'text')
    .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('plan_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('action_plan.id'))
    .addColumn('priority_area_id', 'text', (c) => c.references('priority_area.id'))
    .addColumn('dimension_id', 'text', (c) => c.references('dimension.id'))
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text')
    .addColumn('planned_from', 'text', (c) => c.notNull())
    .addColumn('planned_until', 'text')
    .addColumn('place_en', 'text')
    .addColumn('place_ru', 'text')
    .addColumn('format', 'text')
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('note_en', 'text')
    .addColumn('note_ru', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('plan_item_plan_idx').on('plan_item').column('plan_id').execute();

  await db.schema
    .createTable('activity')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('title_ru', 'text')
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text')
    .addColumn('city_en', 'text')
    .addColumn('city_ru', 'text')
    .addColumn('country_code', 'text', (c) => c.references('state.code'))
    .addColumn('format', 'text')
    .addColumn('body_id', 'text', (c) => c.references('body.id'))
    .addColumn('meeting_id', 'text', (c) => c.references('meeting.id'))
    .addColumn('dimension_id', 'text', (c) => c.references('dimension.id'))
    .addColumn('areas', 'text')
    .addColumn('organizers', 'text')
    .addColumn('hosts', 'text')
    .addColumn('participants', 'text')
    .addColumn('participant_count', 'integer')
    .addColumn('plan_item_id', 'text', (c) => c.references('plan_item.id'))
    .addColumn('summary_en', 'text')
    .addColumn('summary_ru', 'text')
    .addColumn('outcome_en', 'text')
    .addColumn('outcome_ru', 'text')
    .addColumn('retired_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('activity_start_idx').on('activity').column('start_date').execute();
  await db.schema.createIndex('activity_plan_item_idx').on('activity').column('plan_item_id').execute();

  await db.schema
    .createTable('activity_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('person.id'))
    .addColumn('state_code', 'text', (c) => c.references('state.code'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text')
    .addColumn('title_ru', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('activity_person_activity_idx').on('activity_person').column('activity_id').execute();

  await db.schema
    .createTable('activity_outcome')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('activity_id', 'text', (c) => c.notNull().references('activity.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.references('document.id'))
    .addColumn('text_en', 'text')
    .addColumn('text_ru', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('activity_outcome_activity_idx').on('activity_outcome').column('activity_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['activity_outcome', 'activity_person', 'activity', 'plan_item', 'action_plan'])
    await db.schema.dropTable(table).execute();
}
