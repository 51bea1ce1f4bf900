/**
 * Store tests run once per engine: SQLite always, PostgreSQL when the test
 * script started a throwaway server (TEST_POSTGRES_URL). Without one, the
 * PostgreSQL suites are reported as skipped, with the reason, never as passed.
 *
 * The CICA pack is migrated and loaded once per engine per run, into a template
 * (scripts/with-templates.sh says where: TEST_TEMPLATE_SQLITE, TEST_TEMPLATE_PG);
 * every record a test gets is a copy of it: a file copy on SQLite, `CREATE DATABASE
 * … TEMPLATE` on PostgreSQL. A test file run by hand makes its own templates, once.
 */
import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, afterEach, before, beforeEach, describe, it as nodeIt } from 'node:test';
import type { Db } from '../db/database.ts';
import type { Engine, Store } from '../db/connect.ts';
import { connect } from '../db/connect.ts';
import { type RecordOptions, adminQuery, databaseName, databaseUrl, dropTemplate, makeTemplate } from './template.ts';

export type { RecordOptions } from './template.ts';

const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL;
export const POSTGRES_MISSING =
  'no PostgreSQL server for this run (scripts/test.sh starts one when the PostgreSQL binaries are installed)';

export const ENGINES: readonly Engine[] = ['sqlite', 'postgres'];

function admin(): string {
  if (!POSTGRES_ADMIN_URL) throw new Error(POSTGRES_MISSING);
  return POSTGRES_ADMIN_URL;
}

/** Templates this process made for itself, because the run gave it none: removed when it ends. */
const made = new Map<string, Promise<string>>();
const madeHere: Array<() => Promise<void>> = [];
after(async () => {
  for (const remove of madeHere.splice(0)) await remove();
});

/** Where the template of `engine` is: the run's, or one made here the first time it is asked for. */
function template(engine: Engine, options: RecordOptions): Promise<string> {
  const load = options.load ?? true;
  const given = load
    ? engine === 'sqlite'
      ? process.env.TEST_TEMPLATE_SQLITE
      : process.env.TEST_TEMPLATE_PG
    : undefined;
  if (given && (engine === 'postgres' || existsSync(given))) return Promise.resolve(given);
  const key = `${engine}:${load}`;
  let where = made.get(key);
  if (!where) {
    where = (async () => {
      if (engine === 'sqlite') {
        const dir = mkdtempSync(join(tmpdir(), 'secretariat-template-'));
        madeHere.push(async () => {
          rmSync(dir, { recursive: true, force: true });
        });
        const file = join(dir, 'template.sqlite');
        await makeTemplate(file, undefined, options);
        return file;
      }
      const url = databaseUrl(admin(), `template_${randomBytes(6).toString('hex')}`);
      await adminQuery(admin(), `create database "${databaseName(url)}"`);
      madeHere.push(() => dropTemplate(admin(), url));
      await makeTemplate(url, admin(), options);
      return url;
    })();
    made.set(key, where);
  }
  return where;
}

/** A new database, empty or a copy of a template, and how to throw it away. */
async function newDatabase(engine: Engine, copyOf?: string): Promise<{ url: string; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'secretariat-test-'));
    const file = join(dir, 'record.sqlite');
    if (copyOf) copyFileSync(copyOf, file);
    return {
      url: file,
      dispose: async () => {
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  await adminQuery(admin(), `create database ${name}${copyOf ? ` template "${databaseName(copyOf)}"` : ''}`);
  return { url: databaseUrl(admin(), name), dispose: () => adminQuery(admin(), `drop database if exists ${name}`) };
}

/** Where a new database can be made, with nothing in it yet (not even tables), and how to throw it away. */
export function emptyDatabase(engine: Engine): Promise<{ url: string; dispose: () => Promise<void> }> {
  return newDatabase(engine);
}

/** A new, migrated record loaded with the CICA pack (a copy of the template), where it is, and how to throw it away. */
export async function freshRecord(
  engine: Engine,
  options: RecordOptions = {},
): Promise<{ store: Store; url: string; dispose: () => Promise<void> }> {
  const database = await newDatabase(engine, await template(engine, options));
  const store = connect(database.url);
  return {
    store,
    url: database.url,
    dispose: async () => {
      await store.db.destroy();
      await database.dispose();
    },
  };
}

/** Rows in every table: equal before and after a refused request when it changed nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await db.introspection.getTables()) {
    if (
      table.name.startsWith('kysely_') ||
      table.name.startsWith('search_fts') ||
      table.name === 'session' ||
      table.name.startsWith('sign_in_') ||
      // Laying out a public PDF writes its job and the stored layout: derived from the record, not part of it.
      table.name === 'job' ||
      table.name === 'pdf_layout'
    )
      continue;
    const row = await db
      .selectFrom(table.name as never)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table.name] = Number((row as { n: string | number }).n);
  }
  return counts;
}

export type SuiteOptions = {
  /**
   * The suite's tests only read: they share one record, made in `before` (with whatever a
   * `before` of the suite adds to it), instead of one each. After each test the record is
   * checked to be as it was; a test that writes belongs in a suite without this.
   */
  readOnly?: boolean;
};

/**
 * One value for each test of the suite (`beforeEach`), or for the whole suite when it only
 * reads (`before`, and after each test a check that the record's rows are as they were).
 */
export function perTest<T extends { db: Db }>(
  readOnly: boolean,
  open: () => Promise<T>,
  close: (value: T) => Promise<void>,
): () => T {
  let current: T | undefined;
  let counts: Record<string, number> | undefined;
  if (readOnly) {
    before(async () => {
      current = await open();
    });
    after(async () => {
      if (current) await close(current);
      current = undefined;
    });
    beforeEach(async () => {
      counts = await rowCounts(current!.db);
    });
    afterEach(async () => {
      assert.deepEqual(
        await rowCounts(current!.db),
        counts,
        'a test of a read-only suite changed the record: give it a suite of its own, without readOnly',
      );
    });
  } else {
    beforeEach(async () => {
      current = await open();
    });
    afterEach(async () => {
      if (current) await close(current);
      current = undefined;
    });
  }
  return () => current ?? assert.fail('the record is not open yet');
}

type It = (name: string, fn: () => Promise<void> | void) => void;

/**
 * `describe` once per engine; each test gets a fresh record of its own, so any test
 * passes alone (`--test-name-pattern`), whatever ran before it (or, `readOnly`, the
 * suite's tests share one they only read). The callback gets a getter, since the record
 * only exists once the hooks have run, and its own `it`: where an engine is missing,
 * every test is reported as skipped.
 */
export function describeEachEngine(
  title: string,
  body: (record: () => Store & { url: string }, it: It, engine: Engine) => void,
  options: RecordOptions & SuiteOptions = {},
): void {
  const { readOnly = false, ...recordOptions } = options;
  for (const engine of ENGINES) {
    const missing = engine === 'postgres' && !POSTGRES_ADMIN_URL;
    describe(`${engine}: ${title}`, () => {
      const current = missing
        ? () => assert.fail(POSTGRES_MISSING)
        : perTest(
            readOnly,
            async () => {
              const record = await freshRecord(engine, recordOptions);
              return { ...record, db: record.store.db };
            },
            (record) => record.dispose(),
          );
      const it: It = missing
        ? (name, fn) => {
            nodeIt(name, { skip: POSTGRES_MISSING }, fn);
          }
        : (name, fn) => {
            nodeIt(name, fn);
          };
      body(() => ({ ...current().store, url: current().url }), it, engine);
    });
  }
}
