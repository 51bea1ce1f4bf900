/**
 * The record every test starts from, made once: the CICA pack migrated and loaded
 * into a SQLite file or a PostgreSQL database that is then only ever copied
 * (scripts/test-template.ts makes them for a whole run; engines.ts copies them).
 */
import pg from 'pg';
import { sql } from 'kysely';
import { openRecord } from '../../platform.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

export type RecordOptions = { /** false: migrated but empty, for tests of loading itself. */ load?: boolean };

/** The database a PostgreSQL URL names. */
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

/** The same server as `adminUrl`, another database. */
export function databaseUrl(adminUrl: string, name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** One statement on the server's maintenance database (CREATE and DROP DATABASE cannot run in a pool's transaction). */
export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(text);
  } finally {
    await admin.end();
  }
}

/**
 * Migrates and loads the CICA pack (or only migrates) into `where`, a SQLite file or
 * a PostgreSQL database that exists and is empty, and leaves it ready to be copied:
 * the SQLite file whole, its write-ahead log checkpointed and gone; the PostgreSQL
 * database with every connection closed, marked as a template nobody may connect to
 * (CREATE DATABASE … TEMPLATE refuses a template that has a connection).
 */
export async function makeTemplate(
  where: string,
  adminUrl: string | undefined,
  { load = true }: RecordOptions = {},
): Promise<void> {
  const store = load ? await openRecord(where) : connect(where);
  try {
    if (!load) await migrateToLatest(store.db);
    if (store.engine === 'sqlite') {
      await sql`pragma wal_checkpoint(truncate)`.execute(store.db);
      await sql`pragma journal_mode = delete`.execute(store.db);
    }
  } finally {
    await store.db.destroy();
  }
  if (store.engine === 'postgres') {
    if (!adminUrl) throw new Error("a PostgreSQL template needs the server's admin URL");
    await adminQuery(adminUrl, `alter database "${databaseName(where)}" with is_template true allow_connections false`);
  }
}

/** Throws a PostgreSQL template away (it must stop being one first). */
export async function dropTemplate(adminUrl: string, url: string): Promise<void> {
  const name = databaseName(url);
  await adminQuery(adminUrl, `alter database "${name}" with is_template false`).catch(() => {});
  await adminQuery(adminUrl, `drop database if exists "${name}"`);
}
