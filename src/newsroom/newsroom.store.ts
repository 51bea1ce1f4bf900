import { PostgresAdapter, sql } from 'kysely';
import { jsonArrayFrom as pgJsonArrayFrom } from 'kysely/helpers/postgres';
import { jsonArrayFrom as sqliteJsonArrayFrom } from 'kysely/helpers/sqlite';
import type { Db } from '../platform/db/database.ts';
import { inStatements } from '../platform/db/statements.ts';
import { newId } from '../platform/ids.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { LinkKind, ReleaseStatus } from './newsroom.ts';
import type { ProposedLink } from './newsroom.proposals.ts';
import type {
  Image,
  Link,
  ReleaseEvent,
  ReleaseEventAction,
  Release,
  ReleaseColumns,
  ReleasePictures,
} from './newsroom.ts';

/** A link found in a release's text, waiting for an editor, with the words it was found by. */
export type LinkProposal = Readonly<{ id: string; kind: LinkKind; targetId: string; seen: string[] }>;

const seenOf = (evidence: string | null): string[] => {
  try {
    const value: unknown = evidence ? JSON.parse(evidence) : [];
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
};

export type PublicFilter = Readonly<{
  now: string;
  lang: Lang;
  year?: number | undefined;
  month?: number | undefined;
  link?: Link | undefined;
  limit: number;
  offset: number;
}>;

/** A release made in this change, with all it is written with. */
export type NewRelease = Readonly<{
  row: ReleaseColumns & {
    id: string;
    slug: string;
    status: ReleaseStatus;
    created_at: string;
    updated_at: string;
    created_by: string | null;
    published_at: string | null;
  };
  links: readonly Link[];
  /** Links found in its text by the recognizer, waiting for an editor (see newsroom.proposals.ts). */
  proposals: readonly ProposedLink[];
  images: readonly Image[];
  pictures: ReleasePictures;
  event: Readonly<{ at: string; account_id: string | null; action: ReleaseEventAction; comment: string | null }>;
}>;

const proposalRow = (releaseId: string, p: ProposedLink) => ({
  id: newId(),
  release_id: releaseId,
  kind: p.kind,
  target_id: p.id,
  proposal: 'proposed',
  evidence: JSON.stringify(p.seen),
});

const pictureRows = (id: string, pictures: ReleasePictures) => [
  ...(pictures.lead ? [{ release_id: id, role: 'lead', position: 0, picture_id: pictures.lead }] : []),
  ...pictures.gallery.map((picture_id, i) => ({ release_id: id, role: 'gallery', position: i + 1, picture_id })),
];

export function createNewsroomStore(db: Db) {
  // biome-ignore lint/suspicious/noExplicitAny: rows of press_release as Kysely selects them, read column by column below
  type Row = Record<string, any>;
  type Details = Readonly<{ links: readonly Row[]; images: readonly Row[]; pictures: readonly Row[] }>;
  const toRelease = (r: Row, { links, images, pictures }: Details): Release => ({
    id: r.id,
    slug: r.slug,
    status: r.status as ReleaseStatus,
    place: { en: r.place_en, ru: r.place_ru },
    date: r.date,
    dateTo: r.date_to,
    title: { en: r.title_en, ru: r.title_ru },
    lead: { en: r.lead_en, ru: r.lead_ru },
    body: { en: r.body_en, ru: r.body_ru },
    contact: {
      name: r.contact_name,
      title: r.contact_title,
      nameRu: r.contact_name_ru ?? null,
      titleRu: r.contact_title_ru ?? null,
      email: r.contact_email,
      phone: r.contact_phone,
    },
    publishAt: r.publish_at,
    publishedAt: r.published_at,
    correctedAt: r.corrected_at,
    updatedAt: r.updated_at,
    version: r.version,
    createdBy: r.created_by ?? null,
    links: links.filter((l) => l.release_id === r.id).map((l) => ({ kind: l.kind as LinkKind, id: l.target_id })),
    images: images
      .filter((i) => i.release_id === r.id)
      .map((i) => ({ src: i.src, caption: { en: i.caption_en, ru: i.caption_ru } })),
    pictures: {
      lead: pictures.find((p) => p.release_id === r.id && p.role === 'lead')?.picture_id ?? null,
      gallery: pictures.filter((p) => p.release_id === r.id && p.role === 'gallery').map((p) => p.picture_id),
    },
  });
  const withDetails = async (rows: Row[]): Promise<Release[]> => {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id as string);
    const [links, images, pictures] = await Promise.all([
      db
        .selectFrom('release_link')
        .selectAll()
        .where('release_id', 'in', ids)
        // Proposals wait on the office page; nothing else sees them until an editor confirms one.
        .where('proposal', 'is', null)
        .orderBy('id')
        .execute(),
      db.selectFrom('release_image').selectAll().where('release_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('release_picture').selectAll().where('release_id', 'in', ids).orderBy('position').execute(),
    ]);
    return rows.map((r) => toRelease(r, { links, images, pictures }));
  };

  /**
   * One release and what hangs from it in one statement, its links, images and pictures as JSON
   * arrays beside its columns: an article page reads one a request, and each statement costs a
   * round trip to PostgreSQL and the driver's work.
   */
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const jsonArrayFrom = postgres ? pgJsonArrayFrom : sqliteJsonArrayFrom;
  const parsed = (v: unknown): Row[] => (typeof v === 'string' ? JSON.parse(v) : ((v as Row[] | null) ?? []));
  const one = async (column: 'id' | 'slug', value: string): Promise<Release | null> => {
    const row = await db
      .selectFrom('press_release as r')
      .selectAll('r')
      .select((eb) => [
        jsonArrayFrom(
          eb
            .selectFrom('release_link as l')
            .select(['l.release_id', 'l.kind', 'l.target_id'])
            .whereRef('l.release_id', '=', 'r.id')
            // As in withDetails: proposals are for the office page only.
            .where('l.proposal', 'is', null)
            .orderBy('l.id'),
        ).as('links_json'),
        jsonArrayFrom(
          eb
            .selectFrom('release_image as i')
            .select(['i.release_id', 'i.src', 'i.caption_en', 'i.caption_ru'])
            .whereRef('i.release_id', '=', 'r.id')
            .orderBy('i.position'),
        ).as('images_json'),
        jsonArrayFrom(
          eb
            .selectFrom('release_picture as p')
            .select(['p.release_id', 'p.role', 'p.picture_id'])
            .whereRef('p.release_id', '=', 'r.id')
            .orderBy('p.position'),
        ).as('pictures_json'),
      ])
      .where(`r.${column}`, '=', value)
      .executeTakeFirst();
    if (!row) return null;
    const { links_json, images_json, pictures_json, ...columns } = row;
    return toRelease(columns, {
      links: parsed(links_json),
      images: parsed(images_json),
      pictures: parsed(pictures_json),
    });
  };

  /** Published, or scheduled and due; the English list only holds releases written in English. */
  const publicQuery = (f: Pick<PublicFilter, 'now' | 'lang' | 'year' | 'month' | 'link'>) => {
    let q = db
      .selectFrom('press_release')
      .where((eb) =>
        eb.or([
          eb('status', '=', 'published'),
          eb.and([eb('status', '=', 'scheduled'), eb('publish_at', '<=', f.now)]),
        ]),
      );
    if (f.lang === 'en') q = q.where('title_en', 'is not', null);
    if (f.year) {
      const from = f.month ? `${f.year}-${String(f.month).padStart(2, '0')}-01` : `${f.year}-01-01`;
      const to = f.month
        ? f.month === 12
          ? `${f.year + 1}-01-01`
          : `${f.year}-${String(f.month + 1).padStart(2, '0')}-01`
        : `${f.year + 1}-01-01`;
      q = q.where('date', '>=', from).where('date', '<', to);
    }
    if (f.link) {
      const link = f.link;
      q = q.where(
        'id',
        'in',
        db
          .selectFrom('release_link')
          .select('release_id')
          .where('kind', '=', link.kind)
          .where('target_id', '=', link.id)
          .where('proposal', 'is', null),
      );
    }
    return q;
  };

  return {
    async get(id: string): Promise<Release | null> {
      return one('id', id);
    },
    async bySlug(slug: string): Promise<Release | null> {
      return one('slug', slug);
    },
    /** Which of these slugs the record holds: an import's first choices, asked at once. */
    async slugsTaken(slugs: readonly string[]): Promise<Set<string>> {
      const taken = new Set<string>();
      const wanted = [...new Set(slugs)];
      for (let i = 0; i < wanted.length; i += 500)
        for (const r of await db
          .selectFrom('press_release')
          .select('slug')
          .where('slug', 'in', wanted.slice(i, i + 500))
          .execute())
          taken.add(r.slug);
      return taken;
    },
    async slugTaken(slug: string): Promise<boolean> {
      return (
        (await db.selectFrom('press_release').select('id').where('slug', '=', slug).executeTakeFirst()) !== undefined
      );
    },
    async findDuplicate(lang: Lang, title: string, date: string): Promise<string | null> {
      const row = await db
        .selectFrom('press_release')
        .select('id')
        .where(lang === 'en' ? 'title_en' : 'title_ru', '=', title)
        .where('date', '=', date)
        .executeTakeFirst();
      return row?.id ?? null;
    },
    async list(filter: { status?: ReleaseStatus | undefined; limit: number }): Promise<Release[]> {
      let q = db.selectFrom('press_release').selectAll();
      if (filter.status) q = q.where('status', '=', filter.status);
      return withDetails(await q.orderBy('date', 'desc').orderBy('id').limit(filter.limit).execute());
    },
    async publicList(f: PublicFilter): Promise<{ items: Release[]; total: number }> {
      const [rows, count] = await Promise.all([
        publicQuery(f)
          .selectAll()
          .orderBy('date', 'desc')
          .orderBy('slug', 'desc')
          .limit(f.limit)
          .offset(f.offset)
          .execute(),
        publicQuery(f)
          .select(({ fn }) => fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: await withDetails(rows), total: Number(count.n) };
    },
    /** Public releases dated within a span (both days included), oldest first: what a digest gathers. */
    async publicBetween(f: Pick<PublicFilter, 'now' | 'lang'> & { from: string; to: string }): Promise<Release[]> {
      const rows = await publicQuery(f)
        .selectAll()
        .where('date', '>=', f.from)
        .where('date', '<=', f.to)
        .orderBy('date')
        .orderBy('slug')
        .execute();
      return withDetails(rows);
    },
    async byIds(ids: readonly string[]): Promise<Release[]> {
      if (ids.length === 0) return [];
      return withDetails(await db.selectFrom('press_release').selectAll().where('id', 'in', ids).execute());
    },
    /** Year-months with public releases, newest first, for the archive. */
    async publicMonths(f: Pick<PublicFilter, 'now' | 'lang'>): Promise<string[]> {
      // Counted by the database: a hundred thousand dates read into memory took most of a second.
      const rows = await publicQuery(f)
        .select(sql<string>`substr(date, 1, 7)`.as('month'))
        .distinct()
        .orderBy('month', 'desc')
        .execute();
      return rows.map((r) => r.month);
    },
    /** Public releases' addresses only, newest first, a page at a time: what a sitemap needs of each. */
    async publicSlugs(f: Pick<PublicFilter, 'now'> & { limit: number; offset: number }) {
      return publicQuery({ now: f.now, lang: 'ru' })
        .select(['slug', 'updated_at'])
        .orderBy('date', 'desc')
        .orderBy('slug', 'desc')
        .limit(f.limit)
        .offset(f.offset)
        .execute();
    },
    async publicCount(now: string): Promise<number> {
      const row = await publicQuery({ now, lang: 'ru' })
        .select(({ fn }) => fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Scheduled releases whose time has come. */
    async due(now: string): Promise<Array<{ id: string; version: number }>> {
      return db
        .selectFrom('press_release')
        .select(['id', 'version'])
        .where('status', '=', 'scheduled')
        .where('publish_at', '<=', now)
        .execute();
    },
    /** Ids of public releases after `after`, in id order, `limit` at a time. */
    async publicIds(now: string, after: string, limit: number): Promise<string[]> {
      const rows = await publicQuery({ now, lang: 'ru' })
        .select('id')
        .where('id', '>', after)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },
    /** Those of `ids` that are public releases. */
    async publicAmong(now: string, ids: readonly string[]): Promise<string[]> {
      if (ids.length === 0) return [];
      const rows = await publicQuery({ now, lang: 'ru' }).select('id').where('id', 'in', ids).execute();
      return rows.map((r) => r.id);
    },

    async idsLinking(kind: LinkKind): Promise<string[]> {
      const rows = await db
        .selectFrom('release_link')
        .select('release_id')
        .distinct()
        .where('kind', '=', kind)
        .where('proposal', 'is', null)
        .execute();
      return rows.map((r) => r.release_id);
    },

    /**
     * New releases with their links, images, pictures and first event, each table in
     * multi-row statements: an import writes hundreds at a time, and a statement a row
     * was most of its cost. Rows go in parent-first, as the foreign keys want.
     */
    async insertNew(releases: readonly NewRelease[]): Promise<void> {
      await inStatements(
        releases.map((r) => r.row),
        (part) => db.insertInto('press_release').values(part).execute(),
      );
      await inStatements(
        releases.flatMap((r) =>
          r.links.map((l) => ({ id: newId(), release_id: r.row.id, kind: l.kind, target_id: l.id })),
        ),
        (part) => db.insertInto('release_link').values(part).execute(),
      );
      await inStatements(
        releases.flatMap((r) => r.proposals.map((p) => proposalRow(r.row.id, p))),
        (part) => db.insertInto('release_link').values(part).execute(),
      );
      await inStatements(
        releases.flatMap((r) =>
          r.images.map((img, i) => ({
            id: newId(),
            release_id: r.row.id,
            position: i + 1,
            src: img.src,
            caption_en: img.caption.en,
            caption_ru: img.caption.ru,
          })),
        ),
        (part) => db.insertInto('release_image').values(part).execute(),
      );
      await inStatements(
        releases.flatMap((r) => pictureRows(r.row.id, r.pictures)),
        (part) => db.insertInto('release_picture').values(part).execute(),
      );
      await inStatements(
        releases.map((r) => ({ id: newId(), release_id: r.row.id, ...r.event })),
        (part) => db.insertInto('release_event').values(part).execute(),
      );
    },
    /** The titles of releases dated on any of `dates`, from an index alone (an import's duplicate check). */
    async titlesOn(
      dates: readonly string[],
    ): Promise<Array<{ date: string; title_en: string | null; title_ru: string | null }>> {
      const out = [];
      for (let i = 0; i < dates.length; i += 500)
        out.push(
          ...(await db
            .selectFrom('press_release')
            .select(['date', 'title_en', 'title_ru'])
            .where('date', 'in', dates.slice(i, i + 500))
            .execute()),
        );
      return out;
    },
    async update(
      id: string,
      version: number,
      values: Partial<ReleaseColumns> & Record<string, string | null>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('press_release')
        .set({ ...values, version: version + 1 })
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async replaceLinks(id: string, links: Link[]): Promise<void> {
      await db.deleteFrom('release_link').where('release_id', '=', id).where('proposal', 'is', null).execute();
      // A proposal the editor linked by hand in the form is settled: it would otherwise be offered twice.
      for (const kind of new Set(links.map((l) => l.kind)))
        await db
          .deleteFrom('release_link')
          .where('release_id', '=', id)
          .where('proposal', 'is not', null)
          .where('kind', '=', kind)
          .where(
            'target_id',
            'in',
            links.filter((l) => l.kind === kind).map((l) => l.id),
          )
          .execute();
      if (links.length)
        await db
          .insertInto('release_link')
          .values(links.map((l) => ({ id: newId(), release_id: id, kind: l.kind, target_id: l.id })))
          .execute();
    },
    /** Every link and proposal (waiting or dismissed) a release holds, for deciding what is new. */
    async heldLinks(id: string): Promise<Link[]> {
      const rows = await db
        .selectFrom('release_link')
        .select(['kind', 'target_id'])
        .where('release_id', '=', id)
        .execute();
      return rows.map((r) => ({ kind: r.kind as LinkKind, id: r.target_id }));
    },
    async addProposals(id: string, proposals: readonly ProposedLink[]): Promise<void> {
      if (proposals.length)
        await db
          .insertInto('release_link')
          .values(proposals.map((p) => proposalRow(id, p)))
          .execute();
    },
    /** The proposals waiting on a release, in the order they were found. */
    async proposals(id: string): Promise<LinkProposal[]> {
      const rows = await db
        .selectFrom('release_link')
        .select(['id', 'kind', 'target_id', 'evidence'])
        .where('release_id', '=', id)
        .where('proposal', '=', 'proposed')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kind: r.kind as LinkKind,
        targetId: r.target_id,
        seen: seenOf(r.evidence),
      }));
    },
    /** Settles proposals: confirmed ones become links, dismissed ones stay, marked, so they are not proposed again. */
    async settleProposals(id: string, ids: readonly string[], decision: 'confirm' | 'dismiss'): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('release_link')
        .set({ proposal: decision === 'confirm' ? null : 'dismissed' })
        .where('release_id', '=', id)
        .where('proposal', '=', 'proposed')
        .where('id', 'in', ids)
        .execute();
    },
    async replaceImages(id: string, images: Image[]): Promise<void> {
      await db.deleteFrom('release_image').where('release_id', '=', id).execute();
      if (images.length) {
        await db
          .insertInto('release_image')
          .values(
            images.map((img, i) => ({
              id: newId(),
              release_id: id,
              position: i + 1,
              src: img.src,
              caption_en: img.caption.en,
              caption_ru: img.caption.ru,
            })),
          )
          .execute();
      }
    },
    async replacePictures(id: string, pictures: ReleasePictures): Promise<void> {
      await db.deleteFrom('release_picture').where('release_id', '=', id).execute();
      const rows = pictureRows(id, pictures);
      if (rows.length) await db.insertInto('release_picture').values(rows).execute();
    },
    async addEvent(e: {
      releaseId: string;
      at: string;
      accountId: string | null;
      action: ReleaseEventAction;
      comment: string | null;
    }): Promise<void> {
      await db
        .insertInto('release_event')
        .values({
          id: newId(),
          release_id: e.releaseId,
          at: e.at,
          account_id: e.accountId,
          action: e.action,
          comment: e.comment,
        })
        .execute();
    },
    async events(id: string): Promise<ReleaseEvent[]> {
      const rows = await db
        .selectFrom('release_event')
        .leftJoin('account', 'account.id', 'release_event.account_id')
        .select(['release_event.at', 'release_event.action', 'release_event.comment', 'account.name'])
        .where('release_id', '=', id)
        .orderBy('release_event.at')
        .orderBy('release_event.id')
        .execute();
      return rows.map((r) => ({ at: r.at, action: r.action as ReleaseEventAction, comment: r.comment, actor: r.name }));
    },
  };
}

export type NewsroomStore = ReturnType<typeof createNewsroomStore>;
