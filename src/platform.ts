/**
 * The whole platform over one database: opened, migrated, loaded with the CICA
 * pack when empty, and every capability mounted. The server and the tests both
 * start here, so what is tested is what runs.
 */
import type { FastifyInstance } from 'fastify';
import { accountsCapability } from './accounts/accounts.routes.tsx';
import { activitiesCapability } from './activities/activities.routes.tsx';
import { digestCapability } from './digest/digest.routes.tsx';
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
import { archiveCapability } from './archive/archive.routes.tsx';
import { speechesCapability } from './speeches/speeches.routes.tsx';
import { CICA_PACK_DIR, isLoaded, loadPack, readPack } from './packs/load.ts';
import { type Clock, yieldToEventLoop } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { type Store, connect } from './platform/db/connect.ts';
import { migrateToLatest } from './platform/db/migrate.ts';
import { type AppDeps, buildApp } from './platform/http/app.ts';
import { registryCapability } from './registry/registry.routes.tsx';
import { buildServices } from './services.ts';

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
  searchCapability,
  mediaCapability,
  archiveCapability,
  accountsCapability,
  officeCapability,
];

/** Opens the record, creating and loading it on first use. */
export async function openRecord(
  databaseUrl: string,
  packDir: string = CICA_PACK_DIR,
): Promise<Store & { loadedPack: boolean }> {
  const store = connect(databaseUrl);
  await migrateToLatest(store.db);
  const loadedPack = !(await isLoaded(store.db));
  if (loadedPack) await loadPack(store.db, await readPack(packDir));
  return { ...store, loadedPack };
}

/**
 * `waitForIndex: false` (the server) answers at once while the search index
 * catches up in the background, /healthz saying 503 "starting" until it has.
 */
export type WebOptions = Pick<AppDeps, 'publicUrl' | 'trustProxy' | 'logger'>;

export async function createPlatform(
  store: Store,
  clock: Clock,
  web: Partial<WebOptions> & { waitForIndex?: boolean } = {},
): Promise<FastifyInstance> {
  const { waitForIndex = true } = web;
  const services = buildServices(store.db, clock);
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
    },
    CAPABILITIES,
  );
  if (!waitForIndex) {
    await app.ready();
    // Begun on a later turn of the event loop, once the server has had its chance to listen.
    setImmediate(
      () => void catchUp().catch((error: unknown) => app.log.error(error, 'the search index could not catch up')),
    );
  }
  return app;
}
