import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it as nodeIt } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { type WebOptions, createPlatform } from '../../platform.ts';
import { type ServiceOptions, buildServices } from '../../services.ts';
import { fixedClock } from '../clock.ts';
import type { Db } from '../db/database.ts';
import type { Engine } from '../db/connect.ts';
import { diskFileStore } from '../files/disk.ts';
import type { FileStore } from '../files/files.ts';
import { ENGINES, POSTGRES_MISSING, type SuiteOptions, freshRecord, perTest } from './engines.ts';

export { rowCounts } from './engines.ts';

/** The day HTTP tests live on: after the 2024 handover, before the planned end of 2026. */
export const TEST_TODAY = '2025-06-01';

export type PlatformHandle = (() => FastifyInstance) & {
  db: () => Db;
  files: () => FileStore;
  queries: () => number;
  clock: ReturnType<typeof fixedClock>;
};

/**
 * The whole platform over a fresh record (SQLite unless asked), for `inject`; `db` and
 * `clock` reach behind it. Each test gets its own platform, record and clock, built in
 * `beforeEach`: what a test needs it makes itself (a `beforeEach` of the suite, or the
 * test). A suite whose tests only read may share one (`readOnly`, see SuiteOptions).
 */
export function usePlatform({
  engine = 'sqlite',
  readOnly = false,
  ...web
}: Partial<WebOptions> & ServiceOptions & { engine?: Engine } & SuiteOptions = {}): PlatformHandle {
  const current = perTest(
    readOnly,
    async () => {
      const record = await freshRecord(engine);
      const clock = fixedClock(TEST_TODAY);
      // Each test keeps its uploads in a folder of its own, removed with its record.
      const filesDir = mkdtempSync(join(tmpdir(), 'secretariat-files-'));
      const files = diskFileStore(filesDir);
      const app = await createPlatform(record.store, clock, { files, ...web });
      return { record, db: record.store.db, clock, app, files, filesDir };
    },
    async ({ app, record, filesDir }) => {
      await app.close();
      await record.dispose();
      rmSync(filesDir, { recursive: true, force: true });
    },
  );
  return Object.defineProperty(
    Object.assign(() => current().app, {
      db: () => current().db,
      files: () => current().files,
      queries: () => current().record.store.queries(),
    }),
    'clock',
    {
      get: () => current().clock,
    },
  ) as PlatformHandle;
}

/** The services over a platform's record, clock and files, for what a test does behind the pages. */
export const servicesOf = (app: PlatformHandle) => buildServices(app.db(), app.clock, { files: app.files() });

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
