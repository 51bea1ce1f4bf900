import { afterEach, beforeEach, describe, it as nodeIt } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type WebOptions, createPlatform } from '../../platform.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { Engine } from '../db/connect.ts';
import { ENGINES, POSTGRES_MISSING, freshRecord } from './engines.ts';

/** The day HTTP tests live on: after the 2024 handover, before the planned end of 2026. */
export const TEST_TODAY = '2025-06-01';

export type PlatformHandle = (() => FastifyInstance) & {
  db: () => Db;
  queries: () => number;
  clock: ReturnType<typeof fixedClock>;
};

/**
 * The whole platform over a fresh record (SQLite unless asked), for `inject`; `db` and
 * `clock` reach behind it. Each test gets its own platform, record and clock, built in
 * `beforeEach`: what a test needs it makes itself (a `beforeEach` of the suite, or the test).
 */
export function usePlatform({
  engine = 'sqlite',
  ...web
}: Partial<WebOptions> & { engine?: Engine } = {}): PlatformHandle {
  let app: FastifyInstance | undefined;
  let db: Db | undefined;
  let queries: (() => number) | undefined;
  let dispose: (() => Promise<void>) | undefined;
  let clock: ReturnType<typeof fixedClock> | undefined;
  beforeEach(async () => {
    const record = await freshRecord(engine);
    dispose = record.dispose;
    db = record.store.db;
    queries = record.store.queries;
    clock = fixedClock(TEST_TODAY);
    app = await createPlatform(record.store, clock, web);
  });
  afterEach(async () => {
    await app?.close();
    await dispose?.();
    app = db = queries = dispose = clock = undefined;
  });
  const get = () => {
    if (!app) throw new Error('the platform is not built yet');
    return app;
  };
  return Object.defineProperty(Object.assign(get, { db: () => db!, queries: () => queries!() }), 'clock', {
    get: () => {
      if (!clock) throw new Error('the platform is not built yet');
      return clock;
    },
  }) as PlatformHandle;
}

type It = (name: string, fn: () => Promise<void> | void) => void;

/** `describe` once per engine over the whole platform; without a PostgreSQL server its tests are skipped, saying why. */
export function describePlatformOnEachEngine(
  title: string,
  body: (app: PlatformHandle, it: It, engine: Engine) => void,
): void {
  for (const engine of ENGINES) {
    const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
    // Skipped whole where the engine is missing, so its hooks never run against nothing.
    describe(`${engine}: ${title}`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
      const it: It = (name, fn) => {
        nodeIt(name, fn);
      };
      body(missing ? (null as unknown as PlatformHandle) : usePlatform({ engine }), it, engine);
    });
  }
}

/** Rows in every table: equal before and after a refused request when it changed nothing. */
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await db.introspection.getTables()) {
    if (
      table.name.startsWith('kysely_') ||
      table.name.startsWith('search_fts') ||
      table.name === 'session' ||
      table.name.startsWith('sign_in_')
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
