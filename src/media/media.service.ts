/**
 * Media monitoring's use cases: importing coverage (read, recognize, link,
 * group into stories, all in one change per file), the review of what waits
 * for staff, and the read interface other pages use to show coverage.
 */
import { createHash } from 'node:crypto';
import { type Activity, type ActivityFilter, dimensionsOf } from '../activities/activities.ts';
import type { Body } from '../bodies/bodies.ts';
import type { PriorityArea } from '../cbm/cbm.ts';
import type { Person, Romanization } from '../people/people.ts';
import type { Actor } from '../platform/access.ts';
import { type Change, type ChangeResult, createChanges, refused } from '../platform/changes.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { type Generation, perGeneration } from '../platform/db/generation.ts';
import type { IsoDate } from '../platform/dates.ts';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import type { RecordPanel } from '../platform/records.ts';
import type { Bilingual } from '../platform/sourced.ts';
import type { CoverageItem } from '../platform/layout/coverage.tsx';
import { newId } from '../platform/ids.ts';
import type { State } from '../registry/registry.ts';
import type { ArticleDraft } from './articles.ts';
import { type Refusal, refuse } from './refusals.ts';
import { type EvidenceNames, evidenceLine, parseEvidence, sayEvidence } from './evidence.ts';
import {
  type ActivityEntry,
  type StorySignature,
  activityCalendar,
  addDays,
  decisionFor,
  eventDays,
  sameEvent,
  scoreActivities,
  widen,
} from './linking.ts';
import { type Analysis, type LinkStatus, analyse } from './media.ts';
import { type ArticleFilter, type MentionRow, createMediaStore } from './media.store.ts';
import { nameKey, scriptOf } from './names.ts';
import { type NamedEntry, type PersonEntry, type RecognitionIndex, buildIndex } from './recognize.ts';
import { nearDuplicate } from './simhash.ts';
import { BODY_WORDS, STATE_WORDS } from './vocabulary.ts';

export type MediaDeps = Readonly<{
  clock: Clock;
  /** After a write that public pages show (coverage, links): cached pages in every process learn of it. */
  changed?: () => Promise<void>;
  /** The generation of the office's records: the recognition index is kept until it moves. */
  records: Pick<Generation, 'current' | 'refresh'>;
  people: { persons(): Promise<Person[]> };
  registry: { states(): Promise<State[]> };
  bodies: { bodies(): Promise<Body[]> };
  cbm: { priorityAreas(): Promise<PriorityArea[]> };
  activities: {
    list(filter: ActivityFilter): Promise<Activity[]>;
    /** Every activity's title, a numbered meeting's from its body's series. */
    names(): Promise<Array<{ id: string; title: Bilingual }>>;
  };
  /**
   * Creates records through the office inside the monitor's own change, so a confirmed person is
   * checked and audited as any new person is, in the same transaction as the closed proposal.
   */
  office: {
    saveIn(
      c: Change,
      saves: ReadonlyArray<Readonly<{ type: string; input: Record<string, unknown> }>>,
    ): Promise<string[]>;
    announce(saved: ReadonlyArray<Readonly<{ type: string; id: string }>>): Promise<void>;
    list(type: string): Promise<ReadonlyArray<Readonly<Record<string, unknown>>>>;
  };
}>;

export type ImportFile = Readonly<{ name: string; bytes: Uint8Array }>;
export type ImportSummary = {
  imported: Array<{ file: string; id: string; title: string }>;
  duplicates: Array<{ file: string; title: string }>;
  /** `reason` in English (the CLI, the API); `refusal` for saying it in the reader's language. */
  refused: Array<{ file: string; reason: string; refusal: Refusal }>;
};

/** One article given through the API, in the JSON format the README documents. */
export type ApiArticle = Readonly<{
  source: string;
  url: string | null;
  title: string;
  lang: 'en' | 'ru';
  published: IsoDate | null;
  text?: string | undefined;
  html?: string | undefined;
}>;

/** The coverage of one article as `GET /api/coverage/{id}` answers it. */
export type Coverage = {
  id: string;
  source: string;
  url: string | null;
  title: string;
  lang: string;
  published: string | null;
  dateline: { place: string | null; from: string; to: string } | null;
  people: Array<{ id: string; name: string; seen: string[]; proposed: boolean; confidence: number }>;
  states: Array<{ code: string; seen: string[] }>;
  bodies: Array<{ id: string; seen: string[] }>;
  activities: Array<{ id: string; confidence: number; confirmed: boolean; status: LinkStatus; evidence: string[] }>;
  story: string | null;
  duplicateOf: string | null;
};

export type CoverageCounts = Readonly<{
  total: number;
  byMonth: ReadonlyArray<{ key: string; count: number }>;
  byOutlet: ReadonlyArray<{ key: string; count: number }>;
  byDimension: ReadonlyArray<{ key: string; count: number }>;
}>;

/** Normalized words of an outlet's article: the same article imported again has the same hash. */
const contentHash = (source: string, a: Pick<ArticleDraft, 'title' | 'text'>) =>
  createHash('sha256').update(`${source}\n${a.title}\n${a.text}`.toLowerCase().replace(/\s+/g, ' ')).digest('hex');

/**
 * A spelling seen in coverage as people's `person_name` records it: its language and script,
 * and no `origin`, since it is the form a source gives, not the Secretariat's own rendering.
 */
const LANG_OF_SCRIPT = { Cyrl: 'ru', Latn: 'en', Hans: 'zh', Arab: 'ar', Zyyy: 'und' } as const;
/** A spelling as a recorded name variant; the romanization system only where it is a Latin rendering. */
const spellingOf = (name: string, romanization: Romanization | null = null) => {
  const script = scriptOf(name);
  return { name, lang: LANG_OF_SCRIPT[script], script, ...(romanization && script === 'Latn' ? { romanization } : {}) };
};

const rejectionKey = (kind: string, subject: string, target: string) => `${kind}|${subject}|${target}`;
const spellingKey = (name: string) =>
  name
    .split(/\s+/)
    .map((w) => nameKey(w))
    .sort()
    .join(' ');

export function createMediaService(db: Db, deps: MediaDeps) {
  const store = createMediaStore(db);
  const write = createChanges(db, deps.clock);
  // Coverage is on public pages (activities, people, states, areas): what is written moves the generation.
  const change: typeof write = async (actor, run) => {
    const result = await write(actor, run);
    if (result.ok) await deps.changed?.();
    return result;
  };

  // The recorded people as a recognition index, for suggesting whom a proposal may be. Built again
  // when the people change (their count and the newest id say so), not on every page of the queue.
  let suggester: { key: string; index: ReturnType<typeof buildIndex>; names: Map<string, Bilingual> } | null = null;
  async function suggestions(
    names: readonly (readonly string[])[],
  ): Promise<Array<{ id: string; name: Bilingual } | null>> {
    const persons = await deps.people.persons();
    const key = `${persons.length}:${
      persons
        .map((p) => p.id)
        .sort()
        .at(-1) ?? ''
    }`;
    if (suggester?.key !== key) {
      suggester = {
        key,
        index: buildIndex({
          people: persons.map((p) => ({
            id: p.id,
            names: [p.name.en, ...(p.name.ru ? [p.name.ru] : []), ...p.names.map((n) => n.name)],
          })),
          states: [],
          bodies: [],
          areas: [],
        }),
        names: new Map(persons.map((p) => [p.id, p.name])),
      };
    }
    const { index, names: byId } = suggester;
    return names.map((spellings) => {
      const best = index.recognize(spellings.join('. ')).people.sort((a, b) => b.confidence - a.confidence)[0];
      return best ? { id: best.personId, name: byId.get(best.personId) ?? { en: best.personId, ru: null } } : null;
    });
  }

  /** The record's people (and those waiting for review), states, bodies and areas as one recognition index. */
  async function recognitionIndex(trx: Db): Promise<RecognitionIndex> {
    const [persons, states, bodies, areas, proposals] = await Promise.all([
      deps.people.persons(),
      deps.registry.states(),
      deps.bodies.bodies(),
      deps.cbm.priorityAreas(),
      store.proposals(trx, 'proposed'),
    ]);
    const people: PersonEntry[] = [
      ...persons.map((p) => ({
        id: p.id,
        names: [p.name.en, ...(p.name.ru ? [p.name.ru] : []), ...p.names.map((n) => n.name)],
      })),
      ...proposals.map((p) => ({ id: p.id, names: p.names, proposed: true })),
    ];
    const stateEntries: NamedEntry[] = states.map((s) => ({
      id: s.code,
      names: [
        s.name.en,
        ...(s.name.ru ? [s.name.ru] : []),
        ...(s.officialName ? [s.officialName.en, ...(s.officialName.ru ? [s.officialName.ru] : [])] : []),
        ...(STATE_WORDS[s.code] ?? []).filter((w) => w !== w.toUpperCase()),
      ],
      abbreviations: (STATE_WORDS[s.code] ?? []).filter((w) => w === w.toUpperCase()),
    }));
    const bodyEntries: NamedEntry[] = bodies.map((b) => ({
      id: b.id,
      names: [
        b.name.en,
        ...(b.name.ru ? [b.name.ru] : []),
        ...(b.formerName ? [b.formerName.en, ...(b.formerName.ru ? [b.formerName.ru] : [])] : []),
        ...(BODY_WORDS[b.id]?.names ?? []),
      ],
      abbreviations: [
        ...(b.acronym ? [b.acronym.en, ...(b.acronym.ru ? [b.acronym.ru] : [])] : []),
        ...(BODY_WORDS[b.id]?.abbreviations ?? []),
      ],
    }));
    const areaEntries: NamedEntry[] = areas.map((a) => ({
      id: a.id,
      names: [a.name.en, ...(a.name.ru ? [a.name.ru] : [])],
    }));
    return buildIndex({ people, states: stateEntries, bodies: bodyEntries, areas: areaEntries });
  }

  // The index other imports recognize in, kept while the office's records hold and the people waiting for
  // review are as they were (monitoring's own writes move no generation): an import of releases in 40 files
  // asked for it 40 times, and each import moves the record's generation, not the office's.
  const keptIndex = perGeneration(deps.records, () => recognitionIndex(db));

  /** What recognition and linking need from the record, read once per import. */
  async function context(trx: Db) {
    const [index, persons, activities, rejections, attended] = await Promise.all([
      recognitionIndex(trx),
      deps.people.persons(),
      deps.activities.list({}),
      store.rejections(trx),
      // who took part in each activity, read through the office: the activities service lists no participants
      deps.office.list('activity-people'),
    ]);
    const peopleOf = new Map<string, string[]>();
    for (const row of attended) {
      const list = peopleOf.get(String(row.activity_id)) ?? [];
      list.push(String(row.person_id));
      peopleOf.set(String(row.activity_id), list);
    }
    const entries: ActivityEntry[] = activities
      .filter((a) => a.status !== 'cancelled')
      .map((a) => ({
        id: a.id,
        title: `${a.title.en} ${a.title.ru ?? ''}`,
        from: a.start,
        to: a.end ?? a.start,
        places: a.city ? [a.city.en, ...(a.city.ru ? [a.city.ru] : [])] : [],
        stateCodes: [...new Set([...a.participants, ...a.hosts, ...a.organizers])],
        bodyId: a.bodyId,
        personIds: peopleOf.get(a.id) ?? [],
      }));
    return {
      index,
      calendar: activityCalendar(entries),
      rejections,
      personName: new Map(persons.map((p) => [p.id, p.name.en])),
    };
  }

  type Context = Awaited<ReturnType<typeof context>>;

  /** One article written: its source, what was found, its proposals, links and story. */
  async function writeArticle(
    c: Change,
    ctx: Context,
    sourceId: string,
    draft: ArticleDraft,
    hash: string,
    a: Analysis,
  ): Promise<string> {
    const id = newId();
    const { trx, at } = c;
    // names that match nobody: a proposal each, or a new spelling of a waiting one
    const mentions: MentionRow[] = [];
    for (const p of a.findings.people) {
      if (ctx.rejections.has(rejectionKey('person', spellingKey(p.seen[0]!), p.personId))) continue;
      mentions.push({
        id: newId(),
        article_id: id,
        kind: p.proposed ? 'proposal' : 'person',
        target_id: p.personId,
        seen: JSON.stringify(p.seen),
        posts: JSON.stringify(p.posts),
        confidence: p.confidence,
      });
      if (p.proposed)
        for (const seen of p.seen)
          if (seen.includes(' '))
            await store.addProposedName(trx, { id: newId(), proposal_id: p.personId, name: seen });
    }
    const proposedIds: string[] = [];
    for (const u of a.findings.unknown) {
      if (ctx.rejections.has(rejectionKey('name', spellingKey(u.name), '*'))) continue;
      const proposalId = newId();
      await store.insertProposal(trx, {
        id: proposalId,
        name: u.name,
        post: u.post,
        status: 'proposed',
        person_id: null,
        created_at: at,
      });
      await store.addProposedName(trx, { id: newId(), proposal_id: proposalId, name: u.name });
      await c.audit({
        action: 'create',
        recordType: 'media-proposed-person',
        recordId: proposalId,
        before: null,
        after: { name: u.name, post: u.post, status: 'proposed', article_id: id },
      });
      // the next article in this import finds the proposal under any spelling
      ctx.index.addPerson({ id: proposalId, names: [u.name], proposed: true });
      proposedIds.push(proposalId);
      mentions.push({
        id: newId(),
        article_id: id,
        kind: 'proposal',
        target_id: proposalId,
        seen: JSON.stringify([u.seen]),
        posts: JSON.stringify(u.post ? [u.post] : []),
        confidence: 0.5,
      });
    }
    for (const [kind, list] of [
      ['state', a.findings.states],
      ['body', a.findings.bodies],
      ['area', a.findings.areas],
    ] as const)
      for (const f of list)
        mentions.push({
          id: newId(),
          article_id: id,
          kind,
          target_id: f.id,
          seen: JSON.stringify(f.seen),
          posts: '[]',
          confidence: 1,
        });

    const signature = { ...a.signature, personIds: [...a.signature.personIds, ...proposedIds] };

    // a reprint of an article already in the record, within the days a wire story is reprinted
    let duplicateOf: string | null = null;
    let storyId: string | null = null;
    if (a.fingerprint && draft.published) {
      const near = (await store.fingerprints(trx, addDays(draft.published, -7), addDays(draft.published, 7))).find(
        (f) => nearDuplicate(f.fingerprint, a.fingerprint),
      );
      if (near) {
        duplicateOf = near.duplicateOf ?? near.id;
        storyId = near.storyId;
      }
    }

    const links = scoreActivities(signature, ctx.calendar.candidates(signature)).filter(
      (l) => !ctx.rejections.has(rejectionKey('link', hash, l.activityId)),
    );
    const linked = links.find((l) => decisionFor(l.confidence) === 'linked');

    if (!storyId) {
      const days = eventDays(signature);
      if (days) {
        const own = linked ? await store.storyOfActivity(trx, linked.activityId) : null;
        const story =
          own ??
          (await store.storiesMeeting(trx, addDays(days.from, -1), addDays(days.to, 1))).find(
            (s) =>
              (!linked || s.activityId === null || s.activityId === linked.activityId) &&
              sameEvent(s.signature, signature),
          ) ??
          null;
        if (story) {
          storyId = story.id;
          await store.updateStory(
            trx,
            story.id,
            widen(story.signature, signature),
            story.activityId ?? linked?.activityId ?? null,
          );
        } else {
          storyId = newId();
          const { from, to } = days;
          const fresh: StorySignature = {
            from,
            to,
            places: signature.places,
            personIds: signature.personIds,
            stateCodes: signature.stateCodes,
            bodyIds: signature.bodyIds,
          };
          const { from: _f, to: _t, ...rest } = fresh;
          await store.insertStory(trx, {
            id: storyId,
            activity_id: linked?.activityId ?? null,
            date_from: from,
            date_to: to,
            signature: JSON.stringify(rest),
            title: draft.title,
            created_at: at,
          });
        }
      }
    }

    await store.insertArticle(trx, {
      id,
      source_id: sourceId,
      url: draft.url,
      title: draft.title,
      lang: draft.lang,
      published: draft.published,
      text: draft.text,
      raw: draft.raw,
      format: draft.format,
      content_hash: hash,
      fingerprint: a.fingerprint,
      dateline_place: a.dateline?.place ?? null,
      dateline_from: a.dateline?.from ?? null,
      dateline_to: a.dateline?.to ?? null,
      dateline_seen: a.dateline?.seen ?? null,
      story_id: storyId,
      duplicate_of: duplicateOf,
      imported_at: at,
    });
    await store.insertMentions(trx, mentions);
    await store.insertLinks(
      trx,
      links.map((l) => ({
        id: newId(),
        article_id: id,
        activity_id: l.activityId,
        confidence: l.confidence,
        evidence: JSON.stringify(l.evidence),
        status: decisionFor(l.confidence)!,
        decided_at: null,
      })),
    );
    await c.audit({
      action: 'create',
      recordType: 'media-article',
      recordId: id,
      before: null,
      after: {
        title: draft.title,
        url: draft.url,
        published: draft.published,
        story_id: storyId,
        duplicate_of: duplicateOf,
      },
    });
    return id;
  }

  async function sourceIn(c: Change, name: string): Promise<string> {
    const found = await store.sourceByName(c.trx, name);
    if (found) return found.id;
    const id = newId();
    // An outlet not yet in the registry is added by its name, audited as the office would; staff
    // complete its country, language and addresses in the registry (office record type media-sources).
    const row = { id, name, country_code: null, lang: null, site: null, feed_url: null };
    await store.insertSource(c.trx, row);
    await c.audit({
      action: 'create',
      recordType: 'media-sources',
      recordId: id,
      before: null,
      after: { ...row, version: 1 },
    });
    return id;
  }

  /**
   * Imports the articles of each file: a file is read whole or refused whole,
   * and each file's articles are written in one change, so nothing is
   * half-imported. An article already in the record is counted a duplicate.
   */
  async function importDrafts(
    actor: Actor,
    groups: ReadonlyArray<{ file: string; source: string; drafts: ArticleDraft[] }>,
    summary: ImportSummary,
    onProgress?: (done: number, total: number) => void,
  ): Promise<ImportSummary> {
    const ctx = await context(db);
    let done = 0;
    for (const group of groups) {
      const result = await change(actor, async (c) => {
        const sourceId = await sourceIn(c, group.source);
        const hashes = group.drafts.map((d) => contentHash(group.source, d));
        const taken = await store.hashesTaken(c.trx, hashes);
        const urls = await store.urlsTaken(
          c.trx,
          sourceId,
          group.drafts.map((d) => d.url).filter((u): u is string => !!u),
        );
        const written: Array<{ id: string; title: string }> = [];
        const duplicates: string[] = [];
        for (const [i, draft] of group.drafts.entries()) {
          if (taken.has(hashes[i]!) || (draft.url && urls.has(draft.url))) {
            duplicates.push(draft.title);
            continue;
          }
          taken.add(hashes[i]!);
          if (draft.url) urls.add(draft.url);
          const id = await writeArticle(c, ctx, sourceId, draft, hashes[i]!, analyse(draft, ctx.index));
          written.push({ id, title: draft.title });
        }
        return { ok: true, written, duplicates } as const;
      });
      if (result.ok) {
        summary.imported.push(...result.written.map((w) => ({ file: group.file, ...w })));
        summary.duplicates.push(...result.duplicates.map((title) => ({ file: group.file, title })));
      } else
        summary.refused.push({
          file: group.file,
          ...refuse({ code: 'not-written', detail: result.kind === 'refused' ? result.reason : result.kind }),
        });
      onProgress?.(++done, groups.length);
    }
    return summary;
  }

  return {
    /**
     * The record's people, states, bodies and areas as one recognition index, for
     * another import (the archive's) to find them in its texts. People still
     * waiting for review are in it too, marked `proposed`.
     */
    async recognizer(): Promise<RecognitionIndex> {
      // Another process may have changed the office's records: one small read says so.
      await deps.records.refresh();
      return keptIndex(await store.proposalsStamp());
    },

    sources: store.sources,

    /** The office page of a person shows the posts coverage wrote beside their name, as evidence of the post on the day. */
    postsPanel: {
      type: 'people',
      async panel(id: string, lang: Lang) {
        const seen = await store.postsSeen('person', [id]);
        if (seen.length === 0) return null;
        const script = (text: string) => (scriptOf(text) === 'Cyrl' ? 'ru' : 'en');
        return {
          title: t(lang, 'media.postsPanel'),
          columns: [
            t(lang, 'media.postsPanel.post'),
            t(lang, 'media.postsPanel.date'),
            t(lang, 'media.postsPanel.article'),
            t(lang, 'media.postsPanel.outlet'),
          ],
          rows: seen.flatMap((s) =>
            s.posts.map((post) => [
              { text: post, lang: script(post) },
              { text: s.published ? formatDate(lang, s.published) : t(lang, 'media.postsPanel.undated') },
              {
                text: s.article.title,
                lang: s.article.lang,
                // an address an outlet gave: linked only if it is a web address
                href: s.article.url && /^https?:\/\//i.test(s.article.url) ? s.article.url : undefined,
              },
              { text: s.source, verbatim: true },
            ]),
          ),
        };
      },
    } satisfies RecordPanel,

    async importFiles(
      actor: Actor,
      files: readonly ImportFile[],
      options: { source: string; onProgress?: (done: number, total: number) => void },
    ): Promise<ImportSummary> {
      const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
      const groups: Array<{ file: string; source: string; drafts: ArticleDraft[] }> = [];
      // The readers (a DOM, feed and encoding libraries) load with the first import, not with every process.
      const { readArticles } = await import('./articles.ts');
      for (const f of files) {
        const read = readArticles(f.name, f.bytes);
        if (read.ok) groups.push({ file: f.name, source: options.source, drafts: read.articles });
        else summary.refused.push({ file: f.name, reason: read.reason, refusal: read.refusal });
      }
      return importDrafts(actor, groups, summary, options.onProgress);
    },

    /** Articles given as JSON (the API): each item is read as the matching file would be. */
    async importItems(actor: Actor, items: readonly ApiArticle[]): Promise<ImportSummary> {
      const summary: ImportSummary = { imported: [], duplicates: [], refused: [] };
      const groups: Array<{ file: string; source: string; drafts: ArticleDraft[] }> = [];
      const { readArticles } = await import('./articles.ts');
      for (const [i, item] of items.entries()) {
        const file = `item ${i + 1}`;
        const body = item.html ?? item.text ?? '';
        const header = [item.title, ...(item.published ? [`date ${item.published}`] : []), ''].join('\n');
        const read = item.html
          ? readArticles(`${file}.html`, new TextEncoder().encode(body))
          : readArticles(`${file}.txt`, new TextEncoder().encode(header + body));
        if (!read.ok) {
          summary.refused.push({ file, reason: read.reason, refusal: read.refusal });
          continue;
        }
        groups.push({
          file,
          source: item.source,
          drafts: read.articles.map((d) => ({
            ...d,
            url: item.url ?? d.url,
            title: item.title,
            lang: item.lang,
            published: item.published ?? d.published,
          })),
        });
      }
      return importDrafts(actor, groups, summary);
    },

    /** One article's coverage, as the API answers it. */
    async coverage(id: string): Promise<Coverage | null> {
      const row = await store.article(id);
      if (!row) return null;
      return (await present([row]))[0]!;
    },

    async articles(filter: ArticleFilter): Promise<Coverage[]> {
      return present(await store.articles(filter));
    },

    /** The read interface for activity, person and state pages: what was written about it, newest first. */
    async coverageOf(
      subject: { activity: string } | { person: string } | { state: string } | { area: string },
      limit = 50,
    ): Promise<CoverageItem[]> {
      const rows = await store.articles({ ...subject, limit });
      return rows.map((r) => ({
        id: r.id,
        source: r.source_name,
        published: r.published,
        title: r.title,
        url: r.url,
        lang: r.lang,
      }));
    },

    /**
     * Coverage counts for the implementation report: articles published in the span by month and
     * by outlet, and, of those that report an activity, by the activity's dimension. An article
     * reporting two activities of one dimension counts once there.
     */
    async coverageCounts(from: IsoDate, to: IsoDate): Promise<CoverageCounts> {
      const [rows, activities, areas] = await Promise.all([
        store.reportingIn(from, to),
        deps.activities.list({}),
        deps.cbm.priorityAreas(),
      ]);
      // the report's own rule: an activity serves its areas' dimensions and its own
      const areaDimensions = new Map(areas.map((a) => [a.id, a.dimensionId]));
      const dimensions = new Map(activities.map((a) => [a.id, dimensionsOf(a, areaDimensions)]));
      const tally = (pairs: Array<[key: string, article: string]>) => {
        const sets = new Map<string, Set<string>>();
        for (const [key, article] of pairs) sets.set(key, (sets.get(key) ?? new Set()).add(article));
        return [...sets].map(([key, set]) => ({ key, count: set.size }));
      };
      const byCount = (a: { key: string; count: number }, b: { key: string; count: number }) =>
        b.count - a.count || (a.key < b.key ? -1 : 1);
      return {
        total: new Set(rows.map((r) => r.id)).size,
        byMonth: tally(rows.map((r) => [r.published.slice(0, 7), r.id])).sort((a, b) => (a.key < b.key ? -1 : 1)),
        byOutlet: tally(rows.map((r) => [r.source, r.id])).sort(byCount),
        byDimension: tally(
          rows.flatMap(
            (r): Array<[string, string]> =>
              (r.activityId ? (dimensions.get(r.activityId) ?? []) : []).map((d) => [d, r.id]),
          ),
        ).sort(byCount),
      };
    },

    /** What waits for staff: links between the thresholds and names that match nobody. */
    async queue(lang: Lang, limit = 100) {
      const [links, proposals, counts] = await Promise.all([
        store.waitingLinks(limit),
        store.proposals(db, 'proposed', limit),
        store.countWaiting(),
      ]);
      const names = await evidenceNames(links.map((l) => l.evidence));
      const people = proposals;
      const [suggested, posts] = await Promise.all([
        suggestions(people.map((p) => p.names)),
        store.postsSeen(
          'proposal',
          people.map((p) => p.id),
        ),
      ]);
      const titles = new Map((await deps.activities.names()).map((n) => [n.id, n.title]));
      return {
        counts,
        links: links.map((l) => ({
          id: l.id,
          version: l.version,
          activityId: l.activity_id,
          activityTitle: {
            en: titles.get(l.activity_id)?.en ?? l.activity_id,
            ru: titles.get(l.activity_id)?.ru ?? null,
          },
          confidence: l.confidence,
          evidence: parseEvidence(l.evidence).map((e) => sayEvidence(lang, e, names)),
          article: {
            id: l.article_id,
            title: l.title,
            published: l.published,
            url: l.url,
            source: l.source_name,
            lang: l.lang,
          },
        })),
        people: people.map((p, i) => ({
          ...p,
          postsSeen: posts
            .filter((x) => x.targetId === p.id)
            .flatMap((x) => x.posts.map((post) => ({ post, source: x.source, published: x.published }))),
          suggestion: suggested[i] ?? null,
        })),
      };
    },

    /** Confirms or rejects a link; a rejected one is never proposed again for that article. */
    async decideLink(actor: Actor, id: string, decision: 'confirm' | 'reject'): Promise<ChangeResult> {
      return change(actor, async (c) => {
        const link = await store.link(c.trx, id);
        if (!link) return c.refuse(refused('link-not-found'));
        // an automatic link may still be confirmed or undone; a decision made is not made twice
        if (link.status === 'confirmed' || link.status === 'rejected') return c.refuse(refused('link-decided'));
        const status: LinkStatus = decision === 'confirm' ? 'confirmed' : 'rejected';
        await c.versioned('media_link', 'id', id, link.version, { status, decided_at: c.at });
        if (decision === 'reject') {
          const article = await store.article(link.article_id, c.trx);
          await store.insertRejection(c.trx, {
            id: newId(),
            kind: 'link',
            subject: article!.content_hash,
            target_id: link.activity_id,
            created_at: c.at,
          });
        } else {
          const article = await store.article(link.article_id, c.trx);
          if (article?.story_id) await store.setStoryActivity(c.trx, article.story_id, link.activity_id);
        }
        await c.audit({
          action: 'update',
          recordType: 'media-link',
          recordId: id,
          before: { status: link.status },
          after: { status, activity_id: link.activity_id, article_id: link.article_id },
        });
        return { ok: true, id };
      });
    },

    /**
     * A proposed person decided: `confirm` makes them a person of the record,
     * `merge` makes their spellings recorded names of `personId`, `reject`
     * keeps their spellings from being proposed again. The person, the names
     * and the closed proposal are one change: all are written, or none.
     */
    async decidePerson(
      actor: Actor,
      id: string,
      decision:
        | { kind: 'confirm'; romanization?: Romanization | null }
        | { kind: 'merge'; personId: string; romanization?: Romanization | null }
        | { kind: 'reject' },
    ): Promise<ChangeResult> {
      const saved: Array<{ type: string; id: string }> = [];
      const result = await change(actor, async (c) => {
        const proposal = (await store.proposals(c.trx)).find((p) => p.id === id);
        if (proposal?.status !== 'proposed') return c.refuse(refused('proposal-not-open'));
        let personId: string | null = null;
        if (decision.kind !== 'reject') {
          const main = decision.kind === 'confirm' ? [proposal.name] : [];
          const names = proposal.names.filter((n) => !main.includes(n));
          if (decision.kind === 'confirm') {
            const cyrillic = scriptOf(proposal.name) === 'Cyrl';
            const [created] = await deps.office.saveIn(c, [
              { type: 'people', input: { name_en: proposal.name, ...(cyrillic ? { name_ru: proposal.name } : {}) } },
            ]);
            personId = created!;
            saved.push({ type: 'people', id: personId });
          } else personId = decision.personId;
          const ids = await deps.office.saveIn(
            c,
            names.map((name) => ({
              type: 'person-names',
              input: { person_id: personId, ...spellingOf(name, decision.romanization ?? null) },
            })),
          );
          saved.push(...ids.map((x) => ({ type: 'person-names', id: x })));
        }
        const status = decision.kind === 'confirm' ? 'confirmed' : decision.kind === 'merge' ? 'merged' : 'rejected';
        await c.versioned('media_proposed_person', 'id', id, proposal.version, { status, person_id: personId });
        if (personId) await store.moveMentions(c.trx, id, personId);
        else
          for (const name of proposal.names)
            await store.insertRejection(c.trx, {
              id: newId(),
              kind: 'name',
              subject: spellingKey(name),
              target_id: '*',
              created_at: c.at,
            });
        await c.audit({
          action: 'update',
          recordType: 'media-proposed-person',
          recordId: id,
          before: { status: 'proposed' },
          after: { status, person_id: personId, names: proposal.names },
        });
        return { ok: true, id };
      });
      if (result.ok) await deps.office.announce(saved);
      return result;
    },
  };

  /** The names evidence is said with: people (and proposals, by the name first seen), states and bodies. */
  async function evidenceNames(evidenceJson: readonly string[]): Promise<EvidenceNames> {
    // only the people the evidence names: a queue of thousands must not read every proposal
    const ids = new Set<string>();
    for (const text of evidenceJson)
      for (const e of parseEvidence(text))
        if (typeof e !== 'string' && e.kind === 'people') for (const id of e.ids) ids.add(id);
    const [persons, proposals, states, bodies] = await Promise.all([
      deps.people.persons(),
      store.proposalNames([...ids]),
      deps.registry.states(),
      deps.bodies.bodies(),
    ]);
    const people = new Map<string, Bilingual>([
      ...[...proposals].map(([id, name]): [string, Bilingual] => [id, { en: name, ru: null }]),
      ...persons.filter((p) => ids.has(p.id)).map((p): [string, Bilingual] => [p.id, p.name]),
    ]);
    const stateNames = new Map(states.map((x) => [x.code, x.name]));
    const bodyNames = new Map(bodies.map((b) => [b.id, b.name]));
    return {
      person: (id) => people.get(id) ?? null,
      state: (code) => stateNames.get(code) ?? null,
      body: (id) => bodyNames.get(id) ?? null,
    };
  }

  async function present(rows: Awaited<ReturnType<typeof store.articles>>): Promise<Coverage[]> {
    const ids = rows.map((r) => r.id);
    const [mentions, links, proposals, persons] = await Promise.all([
      store.mentionsOf(ids),
      store.linksOf(ids),
      store.proposals(db),
      deps.people.persons(),
    ]);
    const names = await evidenceNames(links.map((l) => l.evidence));
    const proposalById = new Map(proposals.map((p) => [p.id, p]));
    const personById = new Map(persons.map((p) => [p.id, p]));
    return rows.map((r) => {
      const own = mentions.filter((m) => m.article_id === r.id);
      const of = (kind: string) => own.filter((m) => m.kind === kind);
      const people = own
        .filter((m) => m.kind === 'person' || m.kind === 'proposal')
        .map((m) => {
          const proposal = m.kind === 'proposal' ? proposalById.get(m.target_id) : undefined;
          return {
            id: m.target_id,
            name: proposal?.name ?? personById.get(m.target_id)?.name.en ?? m.target_id,
            seen: JSON.parse(m.seen) as string[],
            proposed: m.kind === 'proposal',
            confidence: m.confidence,
          };
        });
      return {
        id: r.id,
        source: r.source_name,
        url: r.url,
        title: r.title,
        lang: r.lang,
        published: r.published,
        dateline: r.dateline_from ? { place: r.dateline_place, from: r.dateline_from, to: r.dateline_to! } : null,
        people,
        states: of('state').map((m) => ({ code: m.target_id, seen: JSON.parse(m.seen) as string[] })),
        bodies: of('body').map((m) => ({ id: m.target_id, seen: JSON.parse(m.seen) as string[] })),
        activities: links
          .filter((l) => l.article_id === r.id && l.status !== 'rejected')
          .map((l) => ({
            id: l.activity_id,
            confidence: l.confidence,
            confirmed: l.status === 'confirmed',
            status: l.status as LinkStatus,
            evidence: parseEvidence(l.evidence).map((e) => evidenceLine('en', e, names)),
          })),
        story: r.story_id,
        duplicateOf: r.duplicate_of,
      };
    });
  }
}

export type MediaService = ReturnType<typeof createMediaService>;
