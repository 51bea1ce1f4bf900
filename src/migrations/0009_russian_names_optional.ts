// Frozen in time: uses Kysely<any>, never the app's types.
// A Russian name or title may be missing (the site then says the English one
// stands in); these six columns had been NOT NULL, so leaving the Russian
// field of an office form empty failed on save.
import { type Kysely, SqliteAdapter, sql } from 'kysely';

const COLUMNS: ReadonlyArray<readonly [table: string, column: string]> = [
  ['state', 'name_ru'],
  ['body', 'name_ru'],
  ['organization', 'name_ru'],
  ['catalogue_version', 'title_ru'],
  ['dimension', 'name_ru'],
  ['priority_area', 'name_ru'],
];

export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) {
    for (const [table, column] of COLUMNS)
      await sql`alter table ${sql.table(table)} alter column ${sql.ref(column)} drop not null`.execute(db);
    return;
  }
  // SQLite cannot drop a NOT NULL constraint: each table is rebuilt with the same
  // definition less the constraint (sqlite.org/lang_altertable.html, "other kinds of
  // table schema changes"). Kysely runs SQLite migrations outside a transaction,
  // so foreign keys can be switched off for the rebuild and checked after it.
  await sql`pragma foreign_keys = off`.execute(db);
  try {
    await db.transaction().execute(async (trx) => {
      for (const [table, column] of COLUMNS) {
        const found = await sql<{
          type: string;
          sql: string;
        }>`select type, sql from sqlite_master where tbl_name = ${table} and sql is not null`.execute(trx);
        const create = found.rows.find((r) => r.type === 'table')!.sql;
        const loosened = create.replace(new RegExp(`("${column}" text) not null`, 'i'), '$1');
        if (loosened === create) throw new Error(`${table}.${column}: NOT NULL not found in ${create}`);
        await sql.raw(loosened.replace(/^create table "?\w+"?/i, `create table "${table}__new"`)).execute(trx);
        await sql`insert into ${sql.table(`${table}__new`)} select * from ${sql.table(table)}`.execute(trx);
        await sql`drop table ${sql.table(table)}`.execute(trx);
        await sql`alter table ${sql.table(`${table}__new`)} rename to ${sql.table(table)}`.execute(trx);
        for (const index of found.rows.filter((r) => r.type === 'index')) await sql.raw(index.sql).execute(trx);
      }
      const broken = await sql`pragma foreign_key_check`.execute(trx);
      if (broken.rows.length > 0)
        throw new Error(`foreign keys broken by the rebuild: ${JSON.stringify(broken.rows.slice(0, 3))}`);
    });
  } finally {
    await sql`pragma foreign_keys = on`.execute(db);
  }
}
