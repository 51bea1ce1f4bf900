import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type WebOptions, createPlatform } from '../../platform.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import { freshRecord } from './engines.ts';

/** The day HTTP tests live on: after the 2024 handover, before the planned end of 2026. */
export const TEST_TODAY = '2025-06-01';

/** The whole platform over a fresh SQLite record, for `inject`; `db` and `clock` reach behind it. */
export function usePlatform(web: Partial<WebOptions> = {}): (() => FastifyInstance) & { db: () => Db; queries: () => number; clock: ReturnType<typeof fixedClock> } {
  let app: FastifyInstance | undefined;
  let db: Db | undefined;
  let queries: (() => number) | undefined;
  let dispose: (() => Promise<void>) | undefined;
  const clock = fixedClock(TEST_TODAY);
  before(async () => {
    const record = await freshRecord('sqlite');
    dispose = record.dispose;
    db = record.store.db;
    queries = record.store.queries;
    app = await createPlatform(record.store, clock, web);
  });
  after(async () => {
    await app?.close();
    await dispose?.();
  });
  const get = () => {
    if (!app) throw new Error('the platform is not built yet');
    return app;
  };
  return Object.assign(get, { db: () => db!, queries: () => queries!(), clock });
}
