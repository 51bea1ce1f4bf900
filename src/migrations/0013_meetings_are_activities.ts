// Frozen in time: uses Kysely<any>, never the app's types.
// A numbered meeting of a body is an activity (decision 013): its rows move from
// `meeting` into `activity`, which gains the meeting's number, its kind and the
// provenance meetings carried; every reference to a meeting now points at the
// activity, and `meeting` is dropped. A meeting that already had an activity
// (`activity.meeting_id`) becomes that activity, so nothing is stored twice.
import { type Kysely, SqliteAdapter, sql } from 'kysely';

/** Tables whose column pointed at `meeting.id`. */
const REFERRING: ReadonlyArray<readonly [table: string, column: string]> = [
  ['state_status', 'meeting_id'],
  ['chair_term', 'handover_meeting_id'],
  ['catalogue_version', 'meeting_id'],
  ['document', 'meeting_id'],
  ['action_plan', 'meeting_id'],
];

export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  // Kysely runs a PostgreSQL migration in a transaction of its own, a SQLite one
  // outside any, so that foreign keys can be switched off for the rebuild.
  const atomically = (run: (trx: Kysely<any>) => Promise<void>) => (sqlite ? db.transaction().execute(run) : run(db));
  if (sqlite) await sql`pragma foreign_keys = off`.execute(db);
  try {
    await atomically(async (trx) => {
      await trx.schema.alterTable('activity').addColumn('meeting_number', 'integer').execute();
      await trx.schema.alterTable('activity').addColumn('meeting_kind', 'text').execute();
      // null: recorded by the Secretariat itself in the office, the record being its own source.
      await trx.schema.alterTable('activity').addColumn('sources', 'text').execute();
      await trx.schema.alterTable('activity').addColumn('confidence', 'text').execute();
      // A numbered meeting takes its title from its body's series; only others need one of their own.
      if (sqlite) await loosenTitleSqlite(trx);
      else await loosenPostgres(trx);

      // A meeting that already has its activity lends it its series facts and its provenance.
      await sql`update activity set
          meeting_number = (select m.number from meeting m where m.id = activity.meeting_id),
          meeting_kind = (select m.kind from meeting m where m.id = activity.meeting_id),
          sources = (select m.sources from meeting m where m.id = activity.meeting_id),
          confidence = (select m.confidence from meeting m where m.id = activity.meeting_id)
        where meeting_id is not null`.execute(trx);
      for (const [table, column] of REFERRING)
        await sql`update ${sql.table(table)} set ${sql.ref(column)} =
            (select a.id from activity a where a.meeting_id = ${sql.ref(`${table}.${column}`)})
          where exists (select 1 from activity a where a.meeting_id = ${sql.ref(`${table}.${column}`)})`.execute(trx);
      await sql`update audit_entry set record_type = 'activities',
            record_id = coalesce((select a.id from activity a where a.meeting_id = audit_entry.record_id), record_id)
          where record_type = 'meetings'`.execute(trx);

      // Every other meeting becomes an activity of its own, keeping its id, so links to it still hold.
      await sql`insert into activity (id, kind, status, title_en, title_ru, start_date, end_date, city_en, city_ru,
            country_code, format, body_id, meeting_id, summary_en, summary_ru, retired_at, version,
            meeting_number, meeting_kind, sources, confidence)
          select m.id, 'meeting', m.status, m.title_en, m.title_ru, m.start_date, m.end_date, m.city_en, m.city_ru,
            m.country_code, m.format, m.body_id, null, m.summary_en, m.summary_ru, m.retired_at, m.version,
            m.number, m.kind, m.sources, m.confidence
          from meeting m where not exists (select 1 from activity a where a.meeting_id = m.id)`.execute(trx);

      if (sqlite) await repointSqlite(trx);
      else await repointPostgres(trx);
      await trx.schema.dropTable('meeting').execute();
      await trx.schema.createIndex('activity_body_idx').on('activity').columns(['body_id', 'start_date']).execute();
      if (sqlite) {
        const broken = await sql`pragma foreign_key_check`.execute(trx);
        if (broken.rows.length > 0)
          throw new Error(`foreign keys broken by the move: ${JSON.stringify(broken.rows.slice(0, 3))}`);
      }
    });
  } finally {
    if (sqlite) await sql`pragma foreign_keys = on`.execute(db);
  }
}

/** The references to meetings stop being checked against `meeting` before they are pointed at activities. */
async function loosenPostgres(trx: Kysely<any>): Promise<void> {
  const found = await sql<{ table: string; name: string }>`
    select conrelid::regclass::text as table, conname as name from pg_constraint
    where contype = 'f' and confrelid = 'meeting'::regclass`.execute(trx);
  for (const c of found.rows)
    await sql`alter table ${sql.table(c.table)} drop constraint ${sql.ref(c.name)}`.execute(trx);
  await sql`alter table activity alter column title_en drop not null`.execute(trx);
}

async function repointPostgres(trx: Kysely<any>): Promise<void> {
  for (const [table, column] of REFERRING)
    await sql`alter table ${sql.table(table)} add foreign key (${sql.ref(column)}) references activity (id)`.execute(
      trx,
    );
  await sql`alter table activity drop column meeting_id`.execute(trx);
}

/**
 * SQLite cannot change a constraint or drop a referenced column in place: a table
 * is rebuilt from its own definition, changed (sqlite.org/lang_altertable.html,
 * "other kinds of table schema changes"), with foreign keys off meanwhile.
 */
async function rebuild(
  trx: Kysely<any>,
  table: string,
  change: (create: string) => string,
  dropped: string | null = null,
): Promise<void> {
  const found = await sql<{ type: string; sql: string }>`
    select type, sql from sqlite_master where tbl_name = ${table} and sql is not null`.execute(trx);
  const create = found.rows.find((r) => r.type === 'table')!.sql;
  const changed = change(create);
  if (changed === create) throw new Error(`${table}: nothing to change in ${create}`);
  const columns = (await sql<{ name: string }>`select name from pragma_table_info(${table})`.execute(trx)).rows
    .map((r) => r.name)
    .filter((name) => name !== dropped);
  const list = sql.join(columns.map((c) => sql.ref(c)));
  await sql.raw(changed.replace(/^create table "?\w+"?/i, `create table "${table}__new"`)).execute(trx);
  await sql`insert into ${sql.table(`${table}__new`)} (${list}) select ${list} from ${sql.table(table)}`.execute(trx);
  await sql`drop table ${sql.table(table)}`.execute(trx);
  await sql`alter table ${sql.table(`${table}__new`)} rename to ${sql.table(table)}`.execute(trx);
  for (const index of found.rows.filter((r) => r.type === 'index')) await sql.raw(index.sql).execute(trx);
}

const loosenTitleSqlite = (trx: Kysely<any>) =>
  rebuild(trx, 'activity', (create) => create.replace(/"title_en" text not null/i, '"title_en" text'));

async function repointSqlite(trx: Kysely<any>): Promise<void> {
  for (const [table] of REFERRING)
    await rebuild(trx, table, (create) =>
      create.replaceAll('references "meeting" ("id")', 'references "activity" ("id")'),
    );
  await rebuild(
    trx,
    'activity',
    (create) => create.replace(/, "meeting_id" text references "meeting" \("id"\)/i, ''),
    'meeting_id',
  );
}
