/**
 * Store tests run once per engine: SQLite always, PostgreSQL when the test
 * script started a throwaway server (TEST_POSTGRES_URL). Without one, the
 * PostgreSQL suites are reported as skipped, with the reason, never as passed.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it as nodeIt } from 'node:test';
import pg from 'pg';
import type { Engine, Store } from '../db/connect.ts';
import { openRecord } from '../../platform.ts';
import { connect } from '../db/connect.ts';
import { migrateToLatest } from '../db/migrate.ts';

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL;
export const POSTGRES_MISSING = 'no PostgreSQL server for this run (scripts/test.sh starts one when the PostgreSQL binaries are installed)';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

export type RecordOptions = { /** false: migrated but empty, for tests of loading itself. */ load?: boolean };

async function open(url: string, { load = true }: RecordOptions): Promise<Store> {
  if (load) return openRecord(url);
  const store = connect(url);
  await migrateToLatest(store.db);
  return store;
}

/** Where a new database can be made, with nothing in it yet (not even tables), and how to throw it away. */
export async function emptyDatabase(engine: Engine): Promise<{ url: string; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'secretariat-test-'));
    return { url: join(dir, 'record.sqlite'), dispose: async () => { rmSync(dir, { recursive: true, force: true }); } };
  }
  if (!POSTGRES_ADMIN_URL) throw new Error(POSTGRES_MISSING);
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    dispose: async () => {
      const cleanup = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name}`);
      await cleanup.end();
    },
  };
}

/** A new, migrated record loaded with the CICA pack, where it is, and how to throw it away. */
export async function freshRecord(engine: Engine, options: RecordOptions = {}): Promise<{ store: Store; url: string; dispose: () => Promise<void> }> {
  const database = await emptyDatabase(engine);
  const store = await open(database.url, options);
  return { store, url: database.url, dispose: async () => { await store.db.destroy(); await database.dispose(); } };
}

type It = (name: string, fn: () => Promise<void> | void) => void;

/**
 * `describe` once per engine, each with its own fresh record. The callback
 * gets a getter, since the record only exists once `before` has run, and its
 * own `it`: where an engine is missing, every test is reported as skipped.
 */
export function describeEachEngine(title: string, body: (record: () => Store & { url: string }, it: It, engine: Engine) => void, options: RecordOptions = {}): void {
  for (const engine of ENGINES) {
    const missing = engine === 'postgres' && !POSTGRES_ADMIN_URL;
    describe(`${engine}: ${title}`, () => {
      let current: Awaited<ReturnType<typeof freshRecord>> | undefined;
      if (!missing) {
        before(async () => { current = await freshRecord(engine, options); });
        after(async () => { await current?.dispose(); });
      }
      const it: It = missing
        ? (name, fn) => { nodeIt(name, { skip: POSTGRES_MISSING }, fn); }
        : (name, fn) => { nodeIt(name, fn); };
      body(() => {
        if (!current) throw new Error('the record is not open yet');
        return { ...current.store, url: current.url };
      }, it, engine);
    });
  }
}
