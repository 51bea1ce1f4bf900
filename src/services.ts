/** The composition root: every capability's service, built once over one store. */
import type { RecordPanel } from './platform/records.ts';
import { createAccountsService } from './accounts/accounts.service.ts';
import { createActivitiesService, meetingReader } from './activities/activities.service.ts';
import { createDigestService } from './digest/digest.service.ts';
import { createOfficeService } from './office/office.service.ts';
import { createNewsroomService } from './newsroom/newsroom.service.ts';
import { type SearchService, createSearchService } from './search/search.service.ts';
import { type Clock, systemClock } from './platform/clock.ts';
import { createGeneration } from './platform/db/generation.ts';
import { createJobs } from './platform/jobs/jobs.ts';
import { LAYOUT_KINDS, defineJobKinds } from './jobs/jobs.kinds.ts';
import { createLayouts } from './platform/jobs/layouts.ts';
import { createBodiesService } from './bodies/bodies.service.ts';
import { createBodiesStore } from './bodies/bodies.store.ts';
import { createCbmService } from './cbm/cbm.service.ts';
import { createCbmStore } from './cbm/cbm.store.ts';
import { createChairmanshipService } from './chairmanship/chairmanship.service.ts';
import { createChairmanshipStore } from './chairmanship/chairmanship.store.ts';
import { createDocumentsService } from './documents/documents.service.ts';
import { createMediaService } from './media/media.service.ts';
import { DEFAULT_SYMBOL_PATTERN } from './documents/documents.ts';
import { createPicturesService } from './pictures/pictures.service.ts';
import { createArchiveService } from './archive/archive.service.ts';
import { createSpeechesService } from './speeches/speeches.service.ts';
import { createPeopleService } from './people/people.service.ts';
import { createPeopleStore } from './people/people.store.ts';
import type { Db } from './platform/db/database.ts';
import { diskFileStore } from './platform/files/disk.ts';
import type { FileStore } from './platform/files/files.ts';
import { createRegistryService } from './registry/registry.service.ts';
import { createRegistryStore } from './registry/registry.store.ts';
import { createSourcesService } from './sources/sources.service.ts';
import { createSourcesStore } from './sources/sources.store.ts';
import type { RecordsOf } from './platform/records.ts';
import { activitiesRecords } from './activities/activities.records.ts';
import { bodiesRecords } from './bodies/bodies.records.ts';
import { cbmRecords } from './cbm/cbm.records.ts';
import { chairmanshipRecords } from './chairmanship/chairmanship.records.ts';
import { documentsRecords } from './documents/documents.records.ts';
import { mediaRecords } from './media/media.records.ts';
import { peopleRecords } from './people/people.records.ts';
import { picturesRecords } from './pictures/pictures.records.ts';
import { registryRecords } from './registry/registry.records.ts';
import { financeRecords } from './finance/finance.records.ts';
import { createFinanceService } from './finance/finance.service.ts';
import { capsulesRecords } from './capsules/capsules.records.ts';
import { createCapsulesService } from './capsules/capsules.service.ts';
import type { CapsuleKey } from './capsules/capsules.seal.ts';

/** Every record type staff edit, from the capabilities that own them, in the office's order. */
export const RECORDS: readonly RecordsOf[] = [
  registryRecords,
  chairmanshipRecords,
  bodiesRecords,
  peopleRecords,
  cbmRecords,
  documentsRecords,
  activitiesRecords,
  financeRecords,
  capsulesRecords,
  mediaRecords,
  picturesRecords,
];

/** Office records that belong to an activity or the plan, and change nothing else the search index shows. */
const ACTIVITY_PARTS = new Set(['activity-people', 'activity-outcomes', 'action-plans', 'plan-items']);

/** Office records that change how a person is named, and so how the releases linking them are found. */
const PEOPLE_PARTS = new Set(['people', 'person-names']);

/**
 * What the services are given from outside the record, read at the edge: the capsule key
 * from its file, the file store, the pattern of document symbols; `jobsOn`, the PostgreSQL
 * URL whose pg-boss queue runs background work, or null for this process (SQLite, and tests).
 */
export type ServiceOptions = Readonly<{
  capsuleKey?: CapsuleKey | null;
  capsuleKeyPath?: string;
  /** Where uploaded files live; without one, files go under data/files of the working folder. */
  files?: FileStore;
  symbolPattern?: string;
  jobsOn?: string | null;
  /** Seconds before a failed job is tried again, for every kind (tests); without it each kind's own. */
  jobRetryDelaySeconds?: number;
  log?: (message: string, error?: unknown) => void;
}>;

export function buildServices(db: Db, clock: Clock = systemClock, options: ServiceOptions = {}) {
  const files = options.files ?? diskFileStore('data/files');
  const { jobsOn = null, log } = options;
  const jobs = createJobs(db, () => clock.now(), jobsOn, log, options.jobRetryDelaySeconds);
  // PDFs are laid out by jobs into the file store, once per version of their data.
  const layouts = createLayouts(db, { jobs, files, now: () => clock.now(), kinds: LAYOUT_KINDS });
  const chairmanship = createChairmanshipService(createChairmanshipStore(db));
  const bodies = createBodiesService(createBodiesStore(db), meetingReader(db));
  const cbm = createCbmService(createCbmStore(db));
  const people = createPeopleService(createPeopleStore(db));
  const sources = createSourcesService(createSourcesStore(db));
  const registry = createRegistryService({ store: createRegistryStore(db), chairmanship, cbm, people, bodies });
  const accounts = createAccountsService(db, clock);
  // Search listens to the newsroom and the office; they are given its ear once it exists.
  // Every change moves the record's generation, which tells cached pages they are stale.
  let search: SearchService | undefined;
  const generation = createGeneration(db, () => clock.now());
  // The office's records alone (people, states, bodies, areas among them): media's recognition index
  // depends on nothing else, so an import of releases does not make it read them again.
  const officeGeneration = createGeneration(db, () => clock.now(), 'generation.office');
  const documents = createDocumentsService(db, {
    clock,
    bodies,
    registry,
    files,
    symbolPattern: options.symbolPattern ?? DEFAULT_SYMBOL_PATTERN,
    changed: async () => {
      await search?.reindexRecords();
      await generation.bump();
    },
  });
  const office = createOfficeService(db, clock, RECORDS, {
    changed: async (type, id) => {
      if (type === 'activities') await search?.reindexActivities(id);
      else if (!ACTIVITY_PARTS.has(type)) await search?.reindexRecords();
      if (PEOPLE_PARTS.has(type)) await search?.reindexReleasesLinkingPeople();
      await officeGeneration.bump();
      await generation.bump();
    },
  });
  const pictures = createPicturesService(
    db,
    { clock, files, references: office },
    { changed: () => generation.bump() },
  );
  const newsroom = createNewsroomService(
    db,
    clock,
    office,
    {
      written: async (trx, id) => {
        await search?.queue(trx, 'release', id);
      },
      importing: async () => (search ? search.indexingReleases() : async () => {}),
      changed: async () => {
        await search?.drain();
        await generation.bump();
      },
    },
    pictures,
    // Media monitoring's recognizer proposes what plain imported releases are about; media is built
    // below (it reads activities, which read the newsroom), and is asked only once an import runs.
    () => media.recognizer(),
  );
  const activities = createActivitiesService(db, { clock, cbm, bodies, people, office, newsroom: () => newsroom });
  search = createSearchService(db, {
    clock,
    registry,
    bodies,
    cbm,
    people,
    documents,
    activities,
    newsroom: () => newsroom,
    speeches: () => speeches,
  });
  const digest = createDigestService(
    db,
    { clock, bodies, newsroom: () => newsroom, pictures, files, layouts },
    { changed: () => generation.bump() },
  );
  const media = createMediaService(db, {
    clock,
    changed: () => generation.bump(),
    records: officeGeneration,
    people,
    registry,
    bodies,
    cbm,
    activities,
    office,
  });
  const finance = createFinanceService(db, clock, { changed: () => generation.bump() });
  const capsules = createCapsulesService(
    db,
    clock,
    options.capsuleKey ?? null,
    { changed: () => generation.bump() },
    options.capsuleKeyPath,
  );
  defineJobKinds(jobs, {
    newsroom,
    search,
    accounts,
    digest,
    media,
    layouts,
    files,
    clock,
    report: { activities, bodies, cbm, registry, media },
  });
  const speeches = createSpeechesService(db, office, {
    changed: async () => {
      await search?.reindexSpeeches();
      await generation.bump();
    },
  });
  const archive = createArchiveService(db, { clock, newsroom, speeches, people, media, refs: office });
  return {
    jobs,
    layouts,
    registry,
    chairmanship,
    bodies,
    cbm,
    people,
    documents,
    sources,
    accounts,
    office,
    newsroom,
    search,
    activities,
    digest,
    pictures,
    media,
    /** Read-only panels a capability adds to another type's office record page. */
    recordPanels: [media.postsPanel] as readonly RecordPanel[],
    finance,
    capsules,
    speeches,
    archive,
    generation,
    files,
  };
}

export type Services = ReturnType<typeof buildServices>;
