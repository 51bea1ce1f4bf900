/**
 * The whole platform over one database: opened, migrated, loaded with the CICA
 * pack when empty, and every capability mounted. The server and the tests both
 * start here, so what is tested is what runs.
 */
import { sql } from 'kysely';
import { pictureAddress, sizeFor, srcsetOf } from './pictures/pictures.ts';
import type { FastifyInstance } from 'fastify';
import { accountsCapability } from './accounts/accounts.routes.tsx';
import { activitiesCapability } from './activities/activities.routes.tsx';
import { digestCapability } from './digest/digest.routes.tsx';
import { picturesCapability } from './pictures/pictures.routes.tsx';
import { bodiesCapability } from './bodies/bodies.routes.tsx';
import { officeCapability } from './office/office.routes.tsx';
import { peopleCapability } from './people/people.routes.tsx';
import { newsroomCapability } from './newsroom/newsroom.routes.tsx';
import { searchCapability } from './search/search.routes.tsx';
import { cbmCapability } from './cbm/cbm.routes.tsx';
import { chairmanshipCapability } from './chairmanship/chairmanship.routes.tsx';
import { documentsCapability } from './documents/documents.routes.tsx';
import { peopleApiCapability } from './people/people.api.routes.ts';
import { homeCapability } from './home/home.routes.tsx';
import { mediaCapability } from './media/media.routes.tsx';
import { financeCapability } from './finance/finance.routes.tsx';
import { capsulesCapability } from './capsules/capsules.routes.tsx';
import { archiveCapability } from './archive/archive.routes.tsx';
import { speechesCapability } from './speeches/speeches.routes.tsx';
import { CICA_PACK_DIR, isLoaded, loadPack, readPack } from './packs/load.ts';
import { type Clock, yieldToEventLoop } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { diskFileStore } from './platform/files/disk.ts';
import type { FileStore } from './platform/files/files.ts';
import { jobsCapability } from './jobs/jobs.routes.tsx';
import { type ConnectOptions, type Store, connect } from './platform/db/connect.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { type AppDeps, buildApp } from './platform/http/app.ts';
import { type MetricsOptions, createMetrics } from './platform/http/metrics.ts';
import { purgeOnChange } from './platform/http/purge.ts';
import { startPeriodic } from './platform/periodic.ts';
import { registryCapability } from './registry/registry.routes.tsx';
import { type ServiceOptions, buildServices } from './services.ts';

export const CAPABILITIES = [
  homeCapability,
  registryCapability,
  chairmanshipCapability,
  bodiesCapability,
  peopleCapability,
  cbmCapability,
  documentsCapability,
  peopleApiCapability,
  newsroomCapability,
  speechesCapability,
  activitiesCapability,
  digestCapability,
  financeCapability,
  capsulesCapability,
  picturesCapability,
  searchCapability,
  mediaCapability,
  archiveCapability,
  accountsCapability,
  jobsCapability,
  officeCapability,
];

/** Opens the record, creating and loading it on first use. */
export async function openRecord(
  databaseUrl: string,
  packDir: string = CICA_PACK_DIR,
  options: ConnectOptions = {},
): Promise<Store & { loadedPack: boolean }> {
  const store = connect(databaseUrl, options);
  await migrateToLatest(store.db);
  // Without statistics SQLite's planner guesses, and over 100,000 releases it guessed a sort of
  // every row for a page of ten (a second). PostgreSQL keeps its own (autovacuum).
  if (store.engine === 'sqlite') await sql`pragma optimize = 0x10002`.execute(store.db);
  const loadedPack = !(await isLoaded(store.db));
  if (loadedPack) await loadPack(store.db, await readPack(packDir));
  return { ...store, loadedPack };
}

/**
 * `waitForIndex: false` (the server) answers at once while the search index
 * catches up in the background, /healthz saying 503 "starting" until it has.
 */
export type WebOptions = Pick<AppDeps, 'publicUrl' | 'trustProxy' | 'logger' | 'sharedCaching'> & {
  /** Who may read /metrics; without it the platform serves no /metrics. */
  metrics: Omit<MetricsOptions, 'pool' | 'queueDepth'>;
  /** Asked (POST) to drop every page a CDN keeps, after each change of the record. */
  cdnPurgeUrl: string | undefined;
  /**
   * Periodic work (scheduled publishing, the search queue) done once across processes:
   * the PostgreSQL URL whose advisory lock elects the process that does it, or null on
   * SQLite (this process does it). Left out, reads publish what is due, as one process may.
   */
  periodic: string | null;
  /** The PostgreSQL URL whose pg-boss queue runs background work; left out, this process runs it. */
  jobsOn: string | null;
  files: FileStore;
  /** How adopted documents are numbered (DOCUMENT_SYMBOL_PATTERN). */
  symbolPattern: string;
};

export async function createPlatform(
  store: Store,
  clock: Clock,
  web: Partial<WebOptions> & { waitForIndex?: boolean } & ServiceOptions = {},
): Promise<FastifyInstance> {
  const { waitForIndex = true } = web;
  const defaults = readConfig({});
  let jobLog = (message: string, error?: unknown) => console.error(message, error);
  const services = buildServices(store.db, clock, {
    ...web,
    files: web.files ?? diskFileStore(defaults.FILES_DIR),
    symbolPattern: web.symbolPattern ?? defaults.DOCUMENT_SYMBOL_PATTERN,
    jobsOn: web.jobsOn ?? null,
    log: (message, error) => jobLog(message, error),
  });
  store.replica?.follow(services.generation.current);
  // Sealed capsules with no key to open them: refuse to start rather than find out on their opening day.
  await services.capsules.checkKey();
  let ready = false;
  // The index follows every change made through the services; at start-up it takes in what a
  // crash left queued (search_outbox), then is made whole.
  // SQLite answers synchronously: between steps the event loop gets its turn, so /healthz answers meanwhile.
  const catchUp = async () => {
    for (const step of [
      services.search.drain,
      services.search.reindexRecords,
      services.search.reindexReleases,
      services.search.reindexActivities,
      services.search.reindexSpeeches,
    ]) {
      await step();
      await yieldToEventLoop();
    }
    ready = true;
  };
  if (waitForIndex) await catchUp();
  const cookieSecret = await services.accounts.cookieSecret();
  // What is left out is what an empty environment configures: links to localhost, no proxy believed.
  const { PUBLIC_URL, TRUST_PROXY } = readConfig({});
  const { publicUrl = PUBLIC_URL, trustProxy = TRUST_PROXY, logger = false } = web;
  const metrics = web.metrics
    ? createMetrics({ ...web.metrics, pool: store.pool, queueDepth: services.jobs.depth })
    : null;
  if (web.cdnPurgeUrl) purgeOnChange(services.generation, web.cdnPurgeUrl);
  let log = (name: string, error: unknown) => console.error(`periodic work failed: ${name}`, error);
  const periodic =
    web.periodic === undefined
      ? null
      : startPeriodic(
          web.periodic,
          [
            { name: 'scheduled publishing', everyMs: 5000, run: services.newsroom.publishOnSchedule() },
            { name: 'search queue', everyMs: 10_000, run: services.search.drain },
          ],
          { onError: (name, error) => log(name, error) },
        );
  const app = await buildApp(
    {
      services,
      actors: services.accounts,
      generation: services.generation,
      clock,
      cookieSecret,
      publicUrl,
      trustProxy,
      logger,
      ready: () => ready,
      ...(periodic ? { leading: periodic.leading } : {}),
      ...(web.sharedCaching ? { sharedCaching: web.sharedCaching } : {}),
      ...(metrics ? { observeCache: metrics.observeCache, instrument: metrics.instrument } : {}),
      ...(store.readsFromReplica ? { readsFromReplica: store.readsFromReplica } : {}),
      emblem: async () => {
        const picture = await services.pictures.emblem();
        const size = picture ? sizeFor(picture.sizes, 480) : null;
        return picture && size
          ? { src: pictureAddress(picture.id, size.width), srcset: srcsetOf(picture.id, picture.sizes) }
          : null;
      },
    },
    CAPABILITIES,
  );
  jobLog = (message, error) => app.log.error(error, `background work failed: ${message}`);
  await services.jobs.start();
  app.addHook('onClose', services.jobs.stop);
  if (periodic) {
    log = (name, error) => app.log.error(error, `periodic work failed: ${name}`);
    app.addHook('onClose', periodic.stop);
  }
  if (!waitForIndex) {
    await app.ready();
    // Begun on a later turn of the event loop, once the server has had its chance to listen.
    setImmediate(
      () => void catchUp().catch((error: unknown) => app.log.error(error, 'the search index could not catch up')),
    );
  }
  return app;
}
