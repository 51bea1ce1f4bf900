/**
 * Media monitoring's tables, for both engines. Rows become the capability's
 * objects here and nowhere else. Lists of seen text and evidence are kept as
 * JSON text: they are read whole with their row, never queried into.
 */
import type { Generated, Kysely, Selectable } from 'kysely';
import type { Db } from '../platform/db/database.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { StorySignature } from './linking.ts';
import type { LinkStatus } from './media.ts';

type SourceRow = {
  id: string;
  name: string;
  country_code: string | null;
  lang: string | null;
  site: string | null;
  feed_url: string | null;
  version: Generated<number>;
};
type StoryRow = {
  id: string;
  activity_id: string | null;
  date_from: string;
  date_to: string;
  signature: string;
  title: string;
  created_at: string;
};
type ArticleRow = {
  id: string;
  source_id: string;
  url: string | null;
  title: string;
  lang: string;
  published: string | null;
  text: string;
  raw: string;
  format: string;
  content_hash: string;
  fingerprint: string | null;
  dateline_place: string | null;
  dateline_from: string | null;
  dateline_to: string | null;
  dateline_seen: string | null;
  story_id: string | null;
  duplicate_of: string | null;
  imported_at: string;
};
type ProposalRow = {
  id: string;
  name: string;
  post: string | null;
  status: string;
  person_id: string | null;
  created_at: string;
  version: Generated<number>;
};
type ProposedNameRow = { id: string; proposal_id: string; name: string };
type MentionRow = {
  id: string;
  article_id: string;
  kind: string;
  target_id: string;
  seen: string;
  posts: string;
  confidence: number;
};
type LinkRow = {
  id: string;
  article_id: string;
  activity_id: string;
  confidence: number;
  evidence: string;
  status: string;
  decided_at: string | null;
  version: Generated<number>;
};
type RejectionRow = { id: string; kind: string; subject: string; target_id: string; created_at: string };

export type MediaTables = {
  media_source: SourceRow;
  media_story: StoryRow;
  media_article: ArticleRow;
  media_proposed_person: ProposalRow;
  media_proposed_name: ProposedNameRow;
  media_mention: MentionRow;
  media_link: LinkRow;
  media_rejection: RejectionRow;
};
export type { ArticleRow, LinkRow, MentionRow, ProposalRow, SourceRow, StoryRow };

export type MentionKind = 'person' | 'proposal' | 'state' | 'body' | 'area';

export type Source = Readonly<{
  id: string;
  name: string;
  countryCode: string | null;
  lang: string | null;
  site: string | null;
  feedUrl: string | null;
}>;
export type Story = Readonly<{ id: string; activityId: string | null; signature: StorySignature; title: string }>;
export type Proposal = Readonly<{
  id: string;
  name: string;
  post: string | null;
  status: string;
  personId: string | null;
  names: string[];
  version: number;
}>;
export type ArticleFilter = Readonly<{
  activity?: string | undefined;
  person?: string | undefined;
  state?: string | undefined;
  area?: string | undefined;
  story?: string | undefined;
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  status?: LinkStatus | undefined;
  limit?: number | undefined;
}>;

const json = <T>(text: string): T => JSON.parse(text) as T;

export function createMediaStore(db: Db) {
  const m = (d: Db) => d as unknown as Kysely<MediaTables>;
  const q = m(db);

  const toStory = (r: StoryRow): Story => ({
    id: r.id,
    activityId: r.activity_id,
    title: r.title,
    signature: { from: r.date_from, to: r.date_to, ...json<Omit<StorySignature, 'from' | 'to'>>(r.signature) },
  });
  const toSource = (r: Selectable<SourceRow>): Source => ({
    id: r.id,
    name: r.name,
    countryCode: r.country_code,
    lang: r.lang,
    site: r.site,
    feedUrl: r.feed_url,
  });

  return {
    db: m,

    async sources(): Promise<Source[]> {
      return (await q.selectFrom('media_source').selectAll().orderBy('name').execute()).map(toSource);
    },
    async sourceByName(trx: Db, name: string): Promise<Source | null> {
      const r = await m(trx).selectFrom('media_source').selectAll().where('name', '=', name).executeTakeFirst();
      return r ? toSource(r) : null;
    },
    async insertSource(trx: Db, row: Omit<SourceRow, 'version'>): Promise<void> {
      await m(trx).insertInto('media_source').values(row).execute();
    },

    async hashesTaken(trx: Db, hashes: readonly string[]): Promise<Set<string>> {
      if (hashes.length === 0) return new Set();
      const rows = await m(trx)
        .selectFrom('media_article')
        .select('content_hash')
        .where('content_hash', 'in', [...hashes])
        .execute();
      return new Set(rows.map((r) => r.content_hash));
    },
    async urlsTaken(trx: Db, sourceId: string, urls: readonly string[]): Promise<Set<string>> {
      if (urls.length === 0) return new Set();
      const rows = await m(trx)
        .selectFrom('media_article')
        .select('url')
        .where('source_id', '=', sourceId)
        .where('url', 'in', [...urls])
        .execute();
      return new Set(rows.map((r) => r.url!));
    },

    /** Fingerprints of articles published in a span: the reprints of a story come within days of it. */
    async fingerprints(
      trx: Db,
      from: IsoDate,
      to: IsoDate,
    ): Promise<Array<{ id: string; fingerprint: string; duplicateOf: string | null; storyId: string | null }>> {
      const rows = await m(trx)
        .selectFrom('media_article')
        .select(['id', 'fingerprint', 'duplicate_of', 'story_id'])
        .where('published', '>=', from)
        .where('published', '<=', to)
        .where('fingerprint', 'is not', null)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        fingerprint: r.fingerprint!,
        duplicateOf: r.duplicate_of,
        storyId: r.story_id,
      }));
    },

    async storiesMeeting(trx: Db, from: IsoDate, to: IsoDate): Promise<Story[]> {
      const rows = await m(trx)
        .selectFrom('media_story')
        .selectAll()
        .where('date_from', '<=', to)
        .where('date_to', '>=', from)
        .execute();
      return rows.map(toStory);
    },
    async storyOfActivity(trx: Db, activityId: string): Promise<Story | null> {
      const r = await m(trx)
        .selectFrom('media_story')
        .selectAll()
        .where('activity_id', '=', activityId)
        .orderBy('created_at')
        .executeTakeFirst();
      return r ? toStory(r) : null;
    },
    async insertStory(trx: Db, row: StoryRow): Promise<void> {
      await m(trx).insertInto('media_story').values(row).execute();
    },
    async updateStory(trx: Db, id: string, signature: StorySignature, activityId: string | null): Promise<void> {
      const { from, to, ...rest } = signature;
      await m(trx)
        .updateTable('media_story')
        .set({ signature: JSON.stringify(rest), date_from: from, date_to: to, activity_id: activityId })
        .where('id', '=', id)
        .execute();
    },

    async insertArticle(trx: Db, row: ArticleRow): Promise<void> {
      await m(trx).insertInto('media_article').values(row).execute();
    },
    async insertMentions(trx: Db, rows: MentionRow[]): Promise<void> {
      if (rows.length) await m(trx).insertInto('media_mention').values(rows).execute();
    },
    async insertLinks(trx: Db, rows: Omit<LinkRow, 'version'>[]): Promise<void> {
      if (rows.length) await m(trx).insertInto('media_link').values(rows).execute();
    },

    /**
     * What changes whenever the people waiting for review change (a proposal made, decided or merged, a
     * spelling added), read with two counts: monitoring's own writes do not move the record's generation.
     */
    async proposalsStamp(): Promise<string> {
      const [people, names] = await Promise.all([
        q
          .selectFrom('media_proposed_person')
          .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('version').as('v')])
          .where('status', '=', 'proposed')
          .executeTakeFirstOrThrow(),
        q
          .selectFrom('media_proposed_name')
          .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.max('id').as('last')])
          .executeTakeFirstOrThrow(),
      ]);
      return `${people.n}:${people.v ?? 0}:${names.n}:${names.last ?? ''}`;
    },
    async proposals(trx: Db, status?: string, limit?: number): Promise<Proposal[]> {
      let query = m(trx).selectFrom('media_proposed_person').selectAll();
      if (status) query = query.where('status', '=', status);
      if (limit !== undefined) query = query.limit(limit);
      const rows = await query.orderBy('created_at').orderBy('id').execute();
      const names = rows.length
        ? await m(trx)
            .selectFrom('media_proposed_name')
            .select(['proposal_id', 'name'])
            .where(
              'proposal_id',
              'in',
              rows.map((r) => r.id),
            )
            .orderBy('id')
            .execute()
        : [];
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        post: r.post,
        status: r.status,
        personId: r.person_id,
        version: r.version,
        names: names.filter((n) => n.proposal_id === r.id).map((n) => n.name),
      }));
    },
    /**
     * Articles published in a span that report an activity (linked or confirmed), one row per
     * article and activity, with the outlet: what the report's coverage counts are made of.
     */
    async reportingIn(
      from: IsoDate,
      to: IsoDate,
    ): Promise<Array<{ id: string; published: string; source: string; activityId: string | null }>> {
      const rows = await q
        .selectFrom('media_article as a')
        .innerJoin('media_source as s', 's.id', 'a.source_id')
        .leftJoin('media_link as l', (j) =>
          j.onRef('l.article_id', '=', 'a.id').on('l.status', 'in', ['linked', 'confirmed']),
        )
        .select(['a.id', 'a.published', 's.name', 'l.activity_id'])
        .where('a.published', '>=', from)
        .where('a.published', '<=', to)
        .execute();
      return rows.map((r) => ({ id: r.id, published: r.published!, source: r.name, activityId: r.activity_id }));
    },

    /** The name each proposal was first seen under, by id. */
    async proposalNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await q
        .selectFrom('media_proposed_person')
        .select(['id', 'name'])
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((r) => [r.id, r.name]));
    },
    async insertProposal(trx: Db, row: Omit<ProposalRow, 'version'>): Promise<void> {
      await m(trx).insertInto('media_proposed_person').values(row).execute();
    },
    async addProposedName(trx: Db, row: ProposedNameRow): Promise<boolean> {
      const taken = await m(trx)
        .selectFrom('media_proposed_name')
        .select('id')
        .where('proposal_id', '=', row.proposal_id)
        .where('name', '=', row.name)
        .executeTakeFirst();
      if (taken) return false;
      await m(trx).insertInto('media_proposed_name').values(row).execute();
      return true;
    },
    async moveMentions(trx: Db, proposalId: string, personId: string): Promise<void> {
      await m(trx)
        .updateTable('media_mention')
        .set({ kind: 'person', target_id: personId })
        .where('kind', '=', 'proposal')
        .where('target_id', '=', proposalId)
        .execute();
    },

    async rejections(trx: Db): Promise<Set<string>> {
      const rows = await m(trx).selectFrom('media_rejection').select(['kind', 'subject', 'target_id']).execute();
      return new Set(rows.map((r) => `${r.kind}|${r.subject}|${r.target_id}`));
    },
    async insertRejection(trx: Db, row: RejectionRow): Promise<void> {
      await m(trx).insertInto('media_rejection').values(row).execute();
    },

    async link(trx: Db, id: string): Promise<Selectable<LinkRow> | null> {
      return (await m(trx).selectFrom('media_link').selectAll().where('id', '=', id).executeTakeFirst()) ?? null;
    },
    async proposal(trx: Db, id: string): Promise<Selectable<ProposalRow> | null> {
      return (
        (await m(trx).selectFrom('media_proposed_person').selectAll().where('id', '=', id).executeTakeFirst()) ?? null
      );
    },
    async setStoryActivity(trx: Db, storyId: string, activityId: string): Promise<void> {
      await m(trx)
        .updateTable('media_story')
        .set({ activity_id: activityId })
        .where('id', '=', storyId)
        .where('activity_id', 'is', null)
        .execute();
    },

    async article(id: string, trx: Db = db): Promise<(ArticleRow & { source_name: string }) | null> {
      return (
        (await m(trx)
          .selectFrom('media_article as a')
          .innerJoin('media_source as s', 's.id', 'a.source_id')
          .selectAll('a')
          .select('s.name as source_name')
          .where('a.id', '=', id)
          .executeTakeFirst()) ?? null
      );
    },
    async mentionsOf(articleIds: readonly string[]): Promise<MentionRow[]> {
      if (articleIds.length === 0) return [];
      return q
        .selectFrom('media_mention')
        .selectAll()
        .where('article_id', 'in', [...articleIds])
        .execute();
    },
    async linksOf(articleIds: readonly string[]): Promise<Selectable<LinkRow>[]> {
      if (articleIds.length === 0) return [];
      return q
        .selectFrom('media_link')
        .selectAll()
        .where('article_id', 'in', [...articleIds])
        .orderBy('confidence', 'desc')
        .execute();
    },

    /** The posts written beside a person's or a proposal's name, mention by mention, with where and when. */
    async postsSeen(
      kind: 'person' | 'proposal',
      targetIds: readonly string[],
    ): Promise<
      Array<{
        targetId: string;
        posts: string[];
        source: string;
        published: string | null;
        article: { id: string; title: string; url: string | null; lang: string };
      }>
    > {
      if (targetIds.length === 0) return [];
      const rows = await q
        .selectFrom('media_mention as mm')
        .innerJoin('media_article as a', 'a.id', 'mm.article_id')
        .innerJoin('media_source as s', 's.id', 'a.source_id')
        .select(['mm.target_id', 'mm.posts', 's.name', 'a.published', 'a.id', 'a.title', 'a.url', 'a.lang'])
        .where('mm.kind', '=', kind)
        .where('mm.target_id', 'in', [...targetIds])
        .where('mm.posts', '!=', '[]')
        .orderBy('a.published')
        .orderBy('a.id')
        .execute();
      return rows.map((r) => ({
        targetId: r.target_id,
        posts: json<string[]>(r.posts),
        source: r.name,
        published: r.published,
        article: { id: r.id, title: r.title, url: r.url, lang: r.lang },
      }));
    },

    /** Articles by what they are linked to or mention, newest first. */
    async articles(filter: ArticleFilter): Promise<Array<ArticleRow & { source_name: string }>> {
      let query = q
        .selectFrom('media_article as a')
        .innerJoin('media_source as s', 's.id', 'a.source_id')
        .selectAll('a')
        .select('s.name as source_name');
      if (filter.activity || filter.status) {
        query = query.where((eb) =>
          eb.exists(
            eb
              .selectFrom('media_link as l')
              .select('l.id')
              .whereRef('l.article_id', '=', 'a.id')
              .$if(filter.activity !== undefined, (w) => w.where('l.activity_id', '=', filter.activity!))
              .$if(filter.status !== undefined, (w) => w.where('l.status', '=', filter.status!))
              .$if(filter.status === undefined, (w) => w.where('l.status', 'in', ['linked', 'confirmed'])),
          ),
        );
      }
      for (const [kind, value] of [
        ['person', filter.person],
        ['state', filter.state],
        ['area', filter.area],
      ] as const) {
        if (value)
          query = query.where((eb) =>
            eb.exists(
              eb
                .selectFrom('media_mention as mm')
                .select('mm.id')
                .whereRef('mm.article_id', '=', 'a.id')
                .where('mm.kind', 'in', kind === 'person' ? ['person', 'proposal'] : [kind])
                .where('mm.target_id', '=', value),
            ),
          );
      }
      if (filter.story) query = query.where('a.story_id', '=', filter.story);
      if (filter.from) query = query.where('a.published', '>=', filter.from);
      if (filter.to) query = query.where('a.published', '<=', filter.to);
      return query
        .orderBy('a.published', 'desc')
        .orderBy('a.id')
        .limit(filter.limit ?? 200)
        .execute();
    },

    /** Links waiting for review, with what the reviewer needs to judge them, the surest first. */
    async waitingLinks(limit: number) {
      return q
        .selectFrom('media_link as l')
        .innerJoin('media_article as a', 'a.id', 'l.article_id')
        .innerJoin('media_source as s', 's.id', 'a.source_id')
        .select([
          'l.id',
          'l.activity_id',
          'l.confidence',
          'l.evidence',
          'l.version',
          'a.id as article_id',
          'a.title',
          'a.published',
          'a.url',
          'a.lang',
          's.name as source_name',
        ])
        .where('l.status', '=', 'proposed')
        .orderBy('l.confidence', 'desc')
        .orderBy('l.id')
        .limit(limit)
        .execute();
    },
    async countWaiting(): Promise<{ links: number; people: number }> {
      const [links, people] = await Promise.all([
        q
          .selectFrom('media_link')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'proposed')
          .executeTakeFirstOrThrow(),
        q
          .selectFrom('media_proposed_person')
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .where('status', '=', 'proposed')
          .executeTakeFirstOrThrow(),
      ]);
      return { links: Number(links.n), people: Number(people.n) };
    },
  };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
