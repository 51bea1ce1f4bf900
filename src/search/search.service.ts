/**
 * One search across the record: press releases, states, people, bodies,
 * priority areas and documents, in English and Russian. The index is kept by
 * listening to the newsroom and the office, and rebuilt whole at start-up.
 */
import type { ActivitiesService } from '../activities/activities.service.ts';
import { dimensionsOf, statesOf } from '../activities/activities.ts';
import type { BodiesService } from '../bodies/bodies.service.ts';
import type { CbmService } from '../cbm/cbm.service.ts';
import type { DocumentsService } from '../documents/documents.service.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import type { Release } from '../newsroom/newsroom.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { SpeechesService } from '../speeches/speeches.service.ts';
import { speechText } from '../speeches/speeches.ts';
import { allSpellings, personName } from '../people/people.ts';
import type { Person } from '../people/people.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db, SearchEntryTable } from '../platform/db/database.ts';
import { DomainError } from '../platform/errors.ts';
import { LANGS, type Lang, pick } from '../platform/i18n/i18n.ts';
import { plainText } from '../platform/markdown.ts';
import type { RegistryService } from '../registry/registry.service.ts';
import { type SearchType, entryBody, nameKeys, pagesOf, queryTokens } from './search.ts';
import { createSearchStore } from './search.store.ts';
import type { Hit } from './search.ts';

export type SearchDeps = Readonly<{
  clock: Clock;
  registry: Pick<RegistryService, 'states'>;
  bodies: Pick<BodiesService, 'bodies'>;
  cbm: Pick<CbmService, 'catalogueOn' | 'priorityAreas'>;
  people: Pick<PeopleService, 'persons'>;
  documents: Pick<DocumentsService, 'instruments' | 'workingPapers'>;
  activities: Pick<ActivitiesService, 'activity' | 'list'>;
  /** Given late: the newsroom tells search of its changes, and search reads releases back. */
  newsroom: () => Pick<NewsroomService, 'get' | 'publicIds' | 'publicAmong' | 'idsLinking'>;
  /** Given late, as the newsroom is: speeches tell search when an import has written some. */
  speeches?: () => Pick<SpeechesService, 'allPublished'>;
}>;

export type SearchQuery = Readonly<{
  q: string;
  lang: Lang;
  types?: readonly SearchType[] | undefined;
  from?: string | undefined;
  to?: string | undefined;
  state?: string | undefined;
  dimension?: string | undefined;
  page?: number | undefined;
}>;

export const RESULTS_PER_PAGE = 20;
// Activities are many and change one at a time: they are indexed on their own (reindexActivities).
const RECORD_TYPES: readonly SearchType[] = ['state', 'person', 'body', 'area', 'document'];
const list = (xs: readonly string[]) => (xs.length ? ` ${xs.join(' ')} ` : '');
const entry = (
  type: SearchType,
  refId: string,
  lang: Lang,
  e: Omit<SearchEntryTable, 'id' | 'type' | 'ref_id' | 'lang'>,
): SearchEntryTable => ({ id: `${type}:${refId}:${lang}`, type, ref_id: refId, lang, ...e });

export function createSearchService(db: Db, deps: SearchDeps) {
  const store = createSearchStore(db);

  async function areaDimensions(): Promise<Map<string, string>> {
    return new Map((await deps.cbm.priorityAreas()).map((a) => [a.id, a.dimensionId] as const));
  }

  async function peopleById(): Promise<Map<string, Person>> {
    return new Map((await deps.people.persons()).map((p) => [p.id, p] as const));
  }

  /** What a release is also found by: every spelling of the people it links, and their keys. */
  function linkedNames(links: readonly { kind: string; id: string }[], people: Map<string, Person>): string[] {
    const names = links.flatMap((l) => {
      const person = l.kind === 'person' ? people.get(l.id) : undefined;
      return person ? allSpellings(person) : [];
    });
    return names.length ? [...names, ...nameKeys(names)] : [];
  }

  async function releaseEntries(
    id: string,
    dimensions: Map<string, string>,
    people: Map<string, Person>,
  ): Promise<SearchEntryTable[]> {
    const r = await deps
      .newsroom()
      .get(id)
      .catch((error: unknown) => {
        if (error instanceof DomainError && error.code === 'RECORD_NOT_FOUND') return null;
        throw error;
      });
    return r ? entriesOf(r, dimensions, people) : [];
  }

  function entriesOf(r: Release, dimensions: Map<string, string>, people: Map<string, Person>): SearchEntryTable[] {
    const now = deps.clock.now();
    const publicNow =
      r.status === 'published' || (r.status === 'scheduled' && r.publishAt !== null && new Date(r.publishAt) <= now);
    if (!publicNow) return [];
    const states = r.links.filter((l) => l.kind === 'state').map((l) => l.id);
    const dims = [
      ...new Set(
        r.links
          .filter((l) => l.kind === 'area')
          .map((l) => dimensions.get(l.id))
          .filter((d): d is string => !!d),
      ),
    ];
    const hidden = linkedNames(r.links, people);
    return LANGS.flatMap((lang) => {
      // The Russian site lists releases not yet translated, in English; search finds them there too.
      const own = lang === 'ru' ? r.title.ru !== null : r.title.en !== null;
      const use = own ? lang : lang === 'ru' ? 'en' : null;
      if (!use) return [];
      const title = (use === 'en' ? r.title.en : r.title.ru) ?? '';
      const lead = (use === 'en' ? r.lead.en : r.lead.ru) ?? '';
      const body = (use === 'en' ? r.body.en : r.body.ru) ?? '';
      return [
        entry('release', r.id, lang, {
          title,
          body: entryBody(`${lead} ${plainText(body)}`.trim(), hidden),
          date: r.date,
          path: `/news/${r.slug}`,
          states: list(states),
          dimensions: list(dims),
        }),
      ];
    });
  }

  /** In-process, drains run one after another; across processes the index lock keeps writes apart. */
  let draining: Promise<number> = Promise.resolve(0);

  async function drainOnce(): Promise<number> {
    let done = 0;
    for (;;) {
      const batch = await store.queued(200);
      if (batch.length === 0) return done;
      const [dimensions, people] = await Promise.all([areaDimensions(), peopleById()]);
      const releases = batch.filter((b) => b.type === 'release');
      const entries: SearchEntryTable[] = [];
      for (const r of releases) entries.push(...(await releaseEntries(r.refId, dimensions, people)));
      await store.replace(releases, entries);
      await store.dequeue(batch);
      done += batch.length;
    }
  }

  /** Indexes everything queued, after the commits that queued it, and at start-up; returns how many. */
  async function drain(): Promise<number> {
    draining = draining.catch(() => 0).then(drainOnce);
    return draining;
  }

  return {
    /** Inside the transaction that changed a release: it will be indexed even if the process dies next. */
    async queue(trx: Db, type: 'release', refId: string): Promise<void> {
      await createSearchStore(trx).queue(type, refId, deps.clock.now().toISOString());
    },

    drain,

    /**
     * What indexes releases inside the transaction that wrote them (an import, a batch at
     * a time): they need no queue, since the index and the releases commit together. The
     * areas and people are read now, before that transaction holds SQLite's one connection.
     */
    async indexingReleases(): Promise<(trx: Db, releases: readonly Release[]) => Promise<void>> {
      const [dimensions, people, known] = await Promise.all([areaDimensions(), peopleById(), store.vocabulary()]);
      // Per transaction: what a rolled-back one wrote of the vocabulary is gone with it. The words
      // already recorded are not written again (most of a release's words, once the record is large).
      const vocabulary = new WeakMap<Db, Set<string>>();
      return async (trx, releases) => {
        if (releases.length === 0) return;
        const written = vocabulary.get(trx) ?? new Set<string>(known);
        vocabulary.set(trx, written);
        await createSearchStore(trx).replaceHere(
          releases.map((r) => ({ type: 'release' as const, refId: r.id })),
          releases.flatMap((r) => entriesOf(r, dimensions, people)),
          written,
        );
      };
    },

    /** A person's names changed: the releases that link people are found by their names, so they are indexed again. */
    async reindexReleasesLinkingPeople(): Promise<void> {
      const ids = await deps.newsroom().idsLinking('person');
      if (ids.length === 0) return;
      const at = deps.clock.now().toISOString();
      for (const id of ids) await store.queue('release', id, at);
      await drain();
    },

    /**
     * Brings the index in line with what is public: adds releases missing from
     * it, takes out those no longer public. Run at start-up; in steady state it
     * finds nothing to do, however many releases there are.
     */
    async reindexReleases(): Promise<void> {
      // Compared a page at a time, never whole: a million releases' ids twice over weighed
      // hundreds of megabytes at every start.
      const stale: string[] = [];
      const PAGE = 5000;
      const walk = async (
        page: (after: string) => Promise<string[]>,
        kept: (ids: readonly string[]) => Promise<string[]>,
      ) => {
        for (let after = ''; ; ) {
          const ids = await page(after);
          const keep = new Set(await kept(ids));
          for (const id of ids) if (!keep.has(id)) stale.push(id);
          if (ids.length < PAGE) return;
          after = ids[ids.length - 1]!;
        }
      };
      // Public releases missing from the index, then entries of releases no longer public.
      await walk(
        (after) => deps.newsroom().publicIds(after, PAGE),
        (ids) => store.indexedAmong('release', ids),
      );
      await walk(
        (after) => store.refsAfter('release', after, PAGE),
        (ids) => deps.newsroom().publicAmong(ids),
      );
      if (stale.length === 0) return;
      const [dimensions, people] = await Promise.all([areaDimensions(), peopleById()]);
      const entries: SearchEntryTable[] = [];
      for (const id of stale) entries.push(...(await releaseEntries(id, dimensions, people)));
      await store.replace(
        stale.map((refId) => ({ type: 'release' as const, refId })),
        entries,
      );
    },

    /** The record's own pages: few, so rebuilt whole whenever the office changes one. */
    async reindexRecords(): Promise<void> {
      const today = deps.clock.today();
      const [states, bodies, catalogue, persons, instruments, papers] = await Promise.all([
        deps.registry.states(),
        deps.bodies.bodies(),
        deps.cbm.catalogueOn(today),
        deps.people.persons(),
        deps.documents.instruments(),
        deps.documents.workingPapers(),
      ]);
      const entries: SearchEntryTable[] = [];
      for (const lang of LANGS) {
        for (const s of states)
          entries.push(
            entry('state', s.code, lang, {
              title: pick(lang, s.name.en, s.name.ru),
              body: s.code,
              date: null,
              path: `/states/${s.code}`,
              states: list([s.code]),
              dimensions: '',
            }),
          );
        for (const b of bodies) {
          const names = [b.acronym, b.formerName].map((x) => (x ? pick(lang, x.en, x.ru) : '')).join(' ');
          entries.push(
            entry('body', b.id, lang, {
              title: pick(lang, b.name.en, b.name.ru),
              body: `${names} ${b.role ? pick(lang, b.role.en, b.role.ru) : ''}`.trim(),
              date: null,
              path: `/structure/${b.id}`,
              states: '',
              dimensions: '',
            }),
          );
        }
        for (const d of catalogue.dimensions) {
          for (const a of d.areas) {
            const text = [a.area.note, ...a.measures.map((m) => m.text)]
              .map((x) => (x ? pick(lang, x.en, x.ru) : ''))
              .join(' ');
            const coordinators = [a.coordinator, ...a.coCoordinators].flatMap((c) => (c ? [c.stateCode] : []));
            entries.push(
              entry('area', a.area.id, lang, {
                title: pick(lang, a.area.name.en, a.area.name.ru),
                body: `${pick(lang, d.dimension.name.en, d.dimension.name.ru)} ${text}`.trim(),
                date: null,
                path: `/cbm#${a.area.id}`,
                states: list(coordinators),
                dimensions: list([d.dimension.id]),
              }),
            );
          }
        }
        for (const p of persons) {
          const name = personName(p);
          const spellings = allSpellings(p);
          entries.push(
            entry('person', p.id, lang, {
              title: pick(lang, name.en, name.ru),
              body: entryBody(
                spellings.filter((n) => n !== pick(lang, name.en, name.ru)).join(' · '),
                nameKeys(spellings),
              ),
              date: null,
              path: `/people/${p.id}`,
              states: list(p.stateCode ? [p.stateCode] : []),
              dimensions: '',
            }),
          );
        }
        for (const doc of [...instruments, ...papers]) {
          entries.push(
            entry('document', doc.id, lang, {
              title: pick(lang, doc.title.en, doc.title.ru),
              // Only public documents reach the index (the documents service hands no others), so their text may too.
              body: [
                doc.symbol,
                doc.note ? pick(lang, doc.note.en, doc.note.ru) : '',
                plainText(pick(lang, doc.text.en, doc.text.ru) ?? ''),
              ]
                .filter(Boolean)
                .join(' '),
              date: doc.date ? doc.date.padEnd(10, '-01').slice(0, 10) : null,
              path: `/documents/${doc.id}`,
              states: list(doc.actions.map((a) => a.stateCode)),
              dimensions: '',
            }),
          );
        }
      }
      const refs = (
        await Promise.all(
          RECORD_TYPES.map(async (type) => (await store.refsOfType(type)).map((refId) => ({ type, refId }))),
        )
      ).flat();
      const fresh = [
        ...new Map(
          entries.map((e) => [`${e.type}:${e.ref_id}`, { type: e.type as SearchType, refId: e.ref_id }]),
        ).values(),
      ];
      await store.replace([...refs, ...fresh], entries);
    },

    /** Every published speech's entries: few, and written in runs by the archive's import, so rebuilt whole. */
    async reindexSpeeches(): Promise<void> {
      const speeches = (await deps.speeches?.().allPublished()) ?? [];
      const people = await peopleById();
      const entries = speeches.flatMap((s) =>
        LANGS.flatMap((lang) => {
          if (lang === 'en' && !s.title.en) return [];
          const text = speechText(lang, s);
          const speaker = s.speaker.personId ? people.get(s.speaker.personId) : undefined;
          const names = speaker ? allSpellings(speaker) : s.speaker.name ? [s.speaker.name] : [];
          return [
            entry('speech', s.id, lang, {
              title: text.title,
              body: entryBody(
                `${text.occasion ?? ''} ${plainText(text.body)}`.trim(),
                names.length ? [...names, ...nameKeys(names)] : [],
              ),
              date: s.date,
              path: `/speeches/${s.slug}`,
              states: '',
              dimensions: '',
            }),
          ];
        }),
      );
      const refs = (await store.refsOfType('speech')).map((refId) => ({ type: 'speech' as const, refId }));
      await store.replace([...refs, ...speeches.map((s) => ({ type: 'speech' as const, refId: s.id }))], entries);
    },

    /** One activity's entries, or all of them (at start-up): the office tells which changed. */
    async reindexActivities(id?: string): Promise<void> {
      const [activities, areas] = await Promise.all([
        id ? deps.activities.activity(id).then((a) => (a ? [a] : [])) : deps.activities.list({}),
        areaDimensions(),
      ]);
      const entries = activities.flatMap((a) =>
        LANGS.map((lang) => {
          const text = [a.summary, a.outcome, a.city].map((x) => (x ? pick(lang, x.en, x.ru) : '')).join(' ');
          return entry('activity', a.id, lang, {
            title: pick(lang, a.title.en, a.title.ru),
            body: text.trim(),
            date: a.start,
            path: `/activities/${a.id}`,
            states: list(statesOf(a)),
            dimensions: list(dimensionsOf(a, areas)),
          });
        }),
      );
      const refs = id
        ? [{ type: 'activity' as const, refId: id }]
        : (await store.refsOfType('activity')).map((refId) => ({ type: 'activity' as const, refId }));
      await store.replace([...refs, ...activities.map((a) => ({ type: 'activity' as const, refId: a.id }))], entries);
    },

    /** `total` is counted up to COUNT_LIMIT (`more` when there are more), and pages go no further. */
    async search(
      query: SearchQuery,
    ): Promise<{ hits: Hit[]; total: number; more: boolean; page: number; pages: number }> {
      const page = Math.max(1, query.page ?? 1);
      const { hits, total, more } = await store.search({
        tokens: queryTokens(query.q),
        lang: query.lang,
        types: query.types,
        from: query.from,
        to: query.to,
        state: query.state,
        dimension: query.dimension,
        limit: RESULTS_PER_PAGE,
        offset: (page - 1) * RESULTS_PER_PAGE,
      });
      return { hits, total, more, page, pages: pagesOf(total, RESULTS_PER_PAGE) };
    },
  };
}

export type SearchService = ReturnType<typeof createSearchService>;
