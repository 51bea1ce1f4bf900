/**
 * Newsroom use cases: write, review and publish press releases, correct them
 * in the open, and read them back for the site. Every change is versioned,
 * kept as a workflow event and audited in the same transaction.
 */
import './newsroom.messages.ts';
import { newId } from '../platform/ids.ts';
import {
  type AuditNote,
  type Change,
  type ChangeResult,
  conflict,
  createChanges,
  invalid,
  refused,
} from '../platform/changes.ts';
import type { Actor } from '../platform/access.ts';
import { type Clock, yieldToEventLoop } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import type { AuditedKind, References } from '../platform/records.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import {
  type LinkKind,
  type ReleaseAction,
  type ReleaseStatus,
  editMode,
  effectiveStatus,
  isPublic,
  slugFor,
  textOf,
  transition,
} from './newsroom.ts';
import { type ReleaseInput, archivedReleaseInput, releaseInput } from './newsroom.schema.ts';
import { type FileProblem, type SourceFile, groupIntoReleases, parseReleaseFile } from './newsroom.import.ts';
import { type NewRelease, type NewsroomStore, createNewsroomStore } from './newsroom.store.ts';
import type { Link, Release, ReleaseColumns, ReleasePictures } from './newsroom.ts';
import { withBulkCache } from '../platform/db/bulk.ts';
import { lockForTransaction } from '../platform/db/lock.ts';
import {
  type ProposedLink,
  type Recognizer,
  namesItsSubjects,
  openingsOf,
  proposalsFrom,
  textsOf,
} from './newsroom.proposals.ts';

/** The lock that writers of new releases hold: duplicates and slugs are checked under it. */
const RELEASE_WRITES = 'press-release-writes';

export type ImportResult =
  | {
      ok: true;
      created: Array<{ origin: string; id: string; slug: string }>;
      skipped: Array<{ origin: string; existing: string }>;
      /** Releases already in the record that the import gave another language (or a new text in one). */
      updated?: Array<{ origin: string; id: string; langs: Lang[] }>;
    }
  | { ok: false; problems: FileProblem[] };

export type ReleaseResult = ChangeResult<{ id: string; slug: string }>;

export const PAGE_SIZE = 20;
const REF: Record<LinkKind, 'state' | 'person' | 'body' | 'area' | 'activity' | 'document'> = {
  state: 'state',
  person: 'person',
  body: 'body',
  area: 'area',
  activity: 'activity',
  document: 'document',
};
const LINK_FIELDS: ReadonlyArray<
  readonly [keyof Pick<ReleaseInput, 'states' | 'people' | 'bodies' | 'areas' | 'activities' | 'documents'>, LinkKind]
> = [
  ['states', 'state'],
  ['people', 'person'],
  ['bodies', 'body'],
  ['areas', 'area'],
  ['activities', 'activity'],
  ['documents', 'document'],
];

const columnsOf = (r: ReleaseInput): ReleaseColumns => ({
  place_en: r.place_en,
  place_ru: r.place_ru,
  date: r.date,
  date_to: r.date_to,
  title_en: r.title_en,
  title_ru: r.title_ru,
  lead_en: r.lead_en,
  lead_ru: r.lead_ru,
  body_en: r.body_en,
  body_ru: r.body_ru,
  contact_name: r.contact_name,
  contact_title: r.contact_title,
  contact_name_ru: r.contact_name_ru,
  contact_title_ru: r.contact_title_ru,
  contact_email: r.contact_email,
  contact_phone: r.contact_phone,
});
const linksOf = (r: ReleaseInput): Link[] =>
  LINK_FIELDS.flatMap(([field, kind]) => [...new Set(r[field])].map((id) => ({ kind, id })));

/** What other capabilities learn of the newsroom's changes (the search index listens). */
export type NewsroomHooks = {
  /** Inside the transaction that changed a release, so what listens cannot miss it (search queues it). */
  written: (trx: Db, releaseId: string) => Promise<void>;
  /**
   * Before an import's transaction: what listens reads what it needs then (on SQLite the
   * transaction holds the one connection) and answers what takes each batch inside it.
   */
  importing: () => Promise<(trx: Db, releases: readonly Release[]) => Promise<void>>;
  /** After the commit. */
  changed: () => Promise<void>;
};
/** What the newsroom asks of the media library: which of these picture ids name no picture. */
export type PictureLibrary = Readonly<{ missing: (ids: readonly string[]) => Promise<string[]> }>;
const picturesOf = (r: ReleaseInput): ReleasePictures => ({ lead: r.lead_picture, gallery: [...new Set(r.gallery)] });

const NO_HOOKS: NewsroomHooks = {
  written: async () => {},
  importing: async () => async () => {},
  changed: async () => {},
};

/** Releases an import writes before handing them on to be indexed, inside its transaction. */
const IMPORT_BATCH = 500;

/** New releases an import has made and not yet written, with their audit notes. */
type NewReleases = { releases: NewRelease[]; notes: AuditNote[] };

/** How often a reader's request checks for scheduled releases whose time has come. */
const PROMOTE_EVERY_MS = 5_000;

export function createNewsroomService(
  db: Db,
  clock: Clock,
  refs: References,
  hooks: NewsroomHooks = NO_HOOKS,
  library: PictureLibrary = { missing: async (ids) => [...ids] },
  /** Media monitoring's reader of the record's names, built afresh for each import that needs it. */
  recognizer: () => Promise<Recognizer | null> = async () => null,
) {
  const store = createNewsroomStore(db);
  const change = createChanges(db, clock);
  let promotedAt = 0;
  let promoteOnRead = true;

  /** Scheduled releases go out at their time: the first read after it marks them published. */
  async function promoteDue(): Promise<void> {
    if (promoteOnRead) await publishDue();
  }

  async function publishDue(): Promise<void> {
    const now = clock.now();
    if (now.getTime() - promotedAt < PROMOTE_EVERY_MS) return;
    promotedAt = now.getTime();
    for (const { id, version } of await store.due(now.toISOString())) {
      // No one presses a button here: the change is the record's own, with no actor.
      const done = await change(null, async (c) => {
        await c.versioned('press_release', 'id', id, version, { status: 'published', updated_at: c.at });
        await createNewsroomStore(c.trx).addEvent({
          releaseId: id,
          at: c.at,
          accountId: null,
          action: 'publish',
          comment: null,
        });
        await c.audit({
          action: 'update',
          recordType: 'press-releases',
          recordId: id,
          before: { status: 'scheduled', version },
          after: { status: 'published', version: version + 1 },
        });
        await hooks.written(c.trx, id);
        return { ok: true, id };
      });
      if (done.ok) await hooks.changed();
    }
  }

  async function check(
    input: unknown,
    { archived = false, known = refs }: { archived?: boolean; known?: References } = {},
  ): Promise<{ ok: true; value: ReleaseInput } | { ok: false; problems: FieldProblem[] }> {
    const parsed = (archived ? archivedReleaseInput : releaseInput).safeParse(input);
    const problems: FieldProblem[] = parsed.success
      ? []
      : parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message }));
    // References are checked even beside other problems, so one answer lists everything to mend.
    const given = (parsed.success ? parsed.data : input) as Partial<Record<(typeof LINK_FIELDS)[number][0], unknown>>;
    for (const [field, kind] of LINK_FIELDS) {
      const ids = given[field];
      if (!Array.isArray(ids) || problems.some((p) => p.field.startsWith(field))) continue;
      for (const id of ids)
        if (typeof id === 'string' && !(await known.exists(REF[kind], id)))
          problems.push({ field, message: 'field.unknownRef' });
    }
    if (parsed.success)
      for (const field of ['lead_picture', 'gallery'] as const) {
        const ids =
          field === 'gallery' ? parsed.data.gallery : parsed.data.lead_picture ? [parsed.data.lead_picture] : [];
        const missing = ids.length ? await library.missing(ids) : [];
        if (missing.length) problems.push({ field, message: 'pictures.unknown', params: { ids: missing.join(', ') } });
      }
    return parsed.success && problems.length === 0 ? { ok: true, value: parsed.data } : { ok: false, problems };
  }

  /** A slug no release has, nor any in `reserved` (the rest of an import batch). */
  /** Inside a transaction that holds RELEASE_WRITES, so no other writer takes the same slug meanwhile. */
  async function uniqueSlug(
    tx: NewsroomStore,
    title: string,
    date: string,
    reserved: Set<string> = new Set(),
    recorded?: ReadonlySet<string>,
  ): Promise<string> {
    const base = slugFor(title, date);
    // `recorded`: which of an import's first-choice slugs the record held when it began.
    const taken = async (slug: string) =>
      reserved.has(slug) || (recorded && slug === base ? recorded.has(slug) : await tx.slugTaken(slug));
    let slug = base;
    for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`;
    reserved.add(slug);
    return slug;
  }

  /**
   * A new release, its links, images, pictures, first event and audit entry, written
   * inside the caller's change; or, given a `batch`, kept there to be written with the
   * rest of an import's batch by `writeBatch`.
   */
  async function writeNew(
    c: Change,
    r: ReleaseInput,
    slug: string,
    publish: boolean,
    {
      batch,
      publishedAt = c.at,
      proposals = [],
    }: { batch?: NewReleases; publishedAt?: string; proposals?: readonly ProposedLink[] } = {},
  ): Promise<string> {
    const id = newId();
    const status: ReleaseStatus = publish ? 'published' : 'draft';
    const made: NewRelease = {
      row: {
        id,
        slug,
        status,
        ...columnsOf(r),
        created_at: c.at,
        updated_at: c.at,
        created_by: c.actor?.id ?? null,
        published_at: publish ? publishedAt : null,
      },
      links: linksOf(r),
      proposals,
      images: r.images.map((i) => ({ src: i.src, caption: { en: i.caption_en, ru: i.caption_ru } })),
      pictures: picturesOf(r),
      event: { at: c.at, account_id: c.actor?.id ?? null, action: publish ? 'publish' : 'create', comment: null },
    };
    const note: AuditNote = {
      action: 'create',
      recordType: 'press-releases',
      recordId: id,
      before: null,
      after: { ...columnsOf(r), status, slug },
    };
    if (batch) {
      batch.releases.push(made);
      batch.notes.push(note);
      return id;
    }
    await createNewsroomStore(c.trx).insertNew([made]);
    await c.audit(note);
    await hooks.written(c.trx, id);
    return id;
  }

  /** Writes what `writeNew` kept in `batch` and empties it; the caller indexes the releases. */
  async function writeBatch(c: Change, batch: NewReleases): Promise<string[]> {
    const ids = batch.releases.map((r) => r.row.id);
    await createNewsroomStore(c.trx).insertNew(batch.releases.splice(0));
    await c.auditAll(batch.notes.splice(0));
    return ids;
  }

  const snapshot = (r: Release) => ({
    ...columnsOfRelease(r),
    status: r.status,
    version: r.version,
    publish_at: r.publishAt,
  });

  return {
    async create(
      actor: Actor,
      input: unknown,
      { publish = false }: { publish?: boolean } = {},
    ): Promise<ReleaseResult> {
      const checked = await check(input);
      if (!checked.ok) return invalid(checked.problems);
      const r = checked.value;
      const result = await change(actor, async (c) => {
        await lockForTransaction(c.trx, RELEASE_WRITES);
        const slug = await uniqueSlug(createNewsroomStore(c.trx), r.title_en ?? r.title_ru ?? 'release', r.date);
        return { ok: true, id: await writeNew(c, r, slug, publish), slug };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    /**
     * Imports releases from files: every item is checked first, and if any is
     * refused nothing is written; otherwise all new ones are written in one
     * transaction. A release already in the record (same title, language and
     * date) is skipped, not duplicated.
     */
    async importFiles(
      actor: Actor,
      files: readonly SourceFile[],
      { publish = false, onProgress }: { publish?: boolean; onProgress?: (done: number, total: number) => void } = {},
    ): Promise<ImportResult> {
      if (editMode('draft', actor.role) === null)
        return {
          ok: false,
          problems: [{ file: '', field: '', message: 'only editors and administrators import releases' }],
        };
      const parsed = files.map(parseReleaseFile);
      const problems: FileProblem[] = parsed.flatMap((p) => p.problems);
      const releases = groupIntoReleases(parsed.flatMap((p) => p.items));
      const checked: Array<{ origin: string; value: ReleaseInput }> = [];
      for (const { origin, input } of releases) {
        const result = await check(input);
        if (result.ok) checked.push({ origin, value: result.value });
        else for (const p of result.problems) problems.push({ file: origin, field: p.field, message: p.message });
      }
      if (problems.length) return { ok: false, problems };

      // Duplicates and slugs are decided inside the writing transaction, under the lock,
      // so identical imports sent at once create one release and skip the rest.
      const wroteMany = await hooks.importing();
      // Read before the transaction (on SQLite it holds the one connection), and only when an item needs it.
      const index = checked.some((c) => !namesItsSubjects(linksOf(c.value))) ? await recognizer() : null;
      // A headline and lead are among a release's texts and its opening both: each text is read once.
      const readTexts = new WeakMap<ReleaseInput, Map<string, ReturnType<Recognizer['recognize']>>>();
      const read = (v: ReleaseInput) => (text: string) => {
        const texts = readTexts.get(v) ?? new Map<string, ReturnType<Recognizer['recognize']>>();
        readTexts.set(v, texts);
        const known = texts.get(text);
        if (known) return known;
        const r = index!.recognize(text);
        texts.set(text, r);
        return r;
      };
      const found = (v: ReleaseInput) => textsOf(v).map(read(v));
      const openings = (v: ReleaseInput) => openingsOf(v).map(read(v));
      const result = await withBulkCache(db, () =>
        change(actor, async (c) => {
          await lockForTransaction(c.trx, RELEASE_WRITES);
          const tx = createNewsroomStore(c.trx);
          const skipped: Array<{ origin: string; existing: string }> = [];
          const created: Array<{ origin: string; id: string; slug: string }> = [];
          const updated: Array<{ origin: string; id: string; langs: Lang[] }> = [];
          const seen = new Set<string>();
          const reserved = new Set<string>();
          // Written and indexed a batch at a time in this transaction, read back as the transaction has them.
          const batch: NewReleases = { releases: [], notes: [] };
          const handOn = async () => {
            if (batch.releases.length) await wroteMany(c.trx, await tx.byIds(await writeBatch(c, batch)));
          };
          // The titles already recorded on the import's days, read at once from an index: a
          // release's duplicate is then looked up only when one is there to find.
          const recorded = new Set(
            (await tx.titlesOn([...new Set(checked.map((x) => x.value.date))])).flatMap((row) =>
              (['en', 'ru'] as const).flatMap((l) => {
                const t = row[`title_${l}`];
                return t === null ? [] : [`${l}\u0000${t}\u0000${row.date}`];
              }),
            ),
          );
          const recordedSlugs = await tx.slugsTaken(
            checked.map(({ value }) => slugFor((value.title_en ?? value.title_ru)!, value.date)),
          );
          const duplicateOf = async (l: Lang, title: string, date: string) =>
            recorded.has(`${l}\u0000${title}\u0000${date}`) ? tx.findDuplicate(l, title, date) : null;
          for (const [i, { origin, value }] of checked.entries()) {
            const lang = value.title_en ? 'en' : 'ru';
            const title = (value.title_en ?? value.title_ru)!;
            const key = `${lang}\u0000${title}\u0000${value.date}`;
            const other = lang === 'en' ? 'ru' : 'en';
            const otherTitle = value[`title_${other}`];
            const existing = seen.has(key)
              ? 'this import'
              : ((await duplicateOf(lang, title, value.date)) ??
                (otherTitle ? await duplicateOf(other, otherTitle, value.date) : null));
            if (existing) {
              // An English–Russian pair for a release already recorded gives it the language it lacks
              // (or a new text in it) instead of being skipped whole, the Russian lost without a word.
              const known = existing === 'this import' ? null : await tx.get(existing);
              const langs = known
                ? (['en', 'ru'] as const).filter(
                    (l) =>
                      value[`title_${l}`] &&
                      (known.title[l] !== value[`title_${l}`] ||
                        known.body[l] !== value[`body_${l}`] ||
                        known.lead[l] !== value[`lead_${l}`]),
                  )
                : [];
              if (!known || langs.length === 0) {
                skipped.push({ origin, existing });
                continue;
              }
              const columns: Record<string, string | null> = {};
              for (const l of langs)
                for (const f of ['title', 'lead', 'body', 'place'] as const)
                  columns[`${f}_${l}`] = value[`${f}_${l}`] ?? null;
              if (!(await tx.update(known.id, known.version, { ...columns, updated_at: c.at }))) c.refuse(conflict());
              await c.audit({
                action: 'update',
                recordType: 'press-releases',
                recordId: known.id,
                before: Object.fromEntries(
                  Object.keys(columns).map((k) => [k, columnsOfRelease(known)[k as keyof ReleaseColumns] ?? null]),
                ),
                after: columns,
              });
              if (index && !namesItsSubjects(known.links))
                await tx.addProposals(
                  known.id,
                  proposalsFrom(known.links, found(value), await tx.heldLinks(known.id), openings(value)),
                );
              updated.push({ origin, id: known.id, langs: [...langs] });
              continue;
            }
            seen.add(key);
            const slug = await uniqueSlug(tx, title, value.date, reserved, recordedSlugs);
            const proposals = index ? proposalsFrom(linksOf(value), found(value), [], openings(value)) : [];
            created.push({ origin, id: await writeNew(c, value, slug, publish, { batch, proposals }), slug });
            if (batch.releases.length >= IMPORT_BATCH) await handOn();
            onProgress?.(i + 1, checked.length);
            // A long import lets other requests answer now and then (SQLite works synchronously).
            if (i % 50 === 49) await yieldToEventLoop();
          }
          await handOn();
          return { ok: true, created, skipped, updated };
        }),
      );
      if (!result.ok) return { ok: false, problems: result.problems.map((p) => ({ file: '', ...p })) };
      const { created, skipped, updated } = result;
      if (created.length || updated.length) await hooks.changed();
      return { ok: true, created, skipped, ...(updated.length ? { updated } : {}) };
    },

    /** A release's input checked as a save checks it (schema and references), writing nothing. */
    check,

    /** The links found in a release's text at import, waiting for an editor. */
    proposals: (id: string) => store.proposals(id),

    /**
     * Confirms proposals (they become the release's links, public with it) or
     * dismisses them (never proposed again): one by its id, or all waiting.
     * The release's version moves on, so a form opened before is refused as stale
     * rather than saving over the links.
     */
    async settleProposals(
      actor: Actor,
      id: string,
      version: number,
      decision: 'confirm' | 'dismiss',
      which: string,
    ): Promise<ReleaseResult> {
      if (editMode('draft', actor.role) === null) return refused('role-may-not');
      const release = await store.get(id);
      if (!release) throw new DomainError('RECORD_NOT_FOUND', `no release ${id}`);
      const waiting = await store.proposals(id);
      const chosen = which === 'all' ? waiting : waiting.filter((p) => p.id === which);
      if (chosen.length === 0) return invalid([{ field: 'proposal', message: 'nr.proposals.gone' }]);
      const result = await change(actor, async (c) => {
        await c.versioned('press_release', 'id', id, version, { updated_at: c.at });
        await createNewsroomStore(c.trx).settleProposals(
          id,
          chosen.map((p) => p.id),
          decision,
        );
        const linksNow = (extra: typeof chosen) =>
          [...release.links.map((l) => `${l.kind}:${l.id}`), ...extra.map((p) => `${p.kind}:${p.targetId}`)].join(', ');
        await c.audit({
          action: 'update',
          recordType: 'press-releases',
          recordId: id,
          before: { links: linksNow([]), proposals: waiting.map((p) => `${p.kind}:${p.targetId}`).join(', ') },
          after: {
            links: linksNow(decision === 'confirm' ? chosen : []),
            proposals: waiting
              .filter((p) => !chosen.includes(p))
              .map((p) => `${p.kind}:${p.targetId}`)
              .join(', '),
          },
        });
        await hooks.written(c.trx, id);
        return { ok: true, id, slug: release.slug };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    /**
     * Writes a checked release inside a change another capability runs (the
     * archive writes releases and their old addresses in one transaction).
     * `publishedOn` is the day an earlier site published it. The caller takes
     * the release-writes lock first and calls `changed` after the commit.
     */
    async writeWithin(
      c: Change,
      r: ReleaseInput,
      { publish, publishedOn, reserved }: { publish: boolean; publishedOn: string | null; reserved: Set<string> },
    ): Promise<{ id: string; slug: string }> {
      const slug = await uniqueSlug(
        createNewsroomStore(c.trx),
        r.title_en ?? r.title_ru ?? 'release',
        r.date,
        reserved,
      );
      const id = await writeNew(c, r, slug, publish, {
        publishedAt: publishedOn ? `${publishedOn}T00:00:00.000Z` : c.at,
      });
      return { id, slug };
    },

    /** Holds the lock new releases are written under, inside the caller's change. */
    lockWrites: (c: Change) => lockForTransaction(c.trx, RELEASE_WRITES),

    /** After a change that wrote releases through `writeWithin` has committed. */
    changed: () => hooks.changed(),

    /** Edits a draft or approved release (which then needs approval again), or corrects a published one. */
    async update(actor: Actor, id: string, version: number, input: unknown): Promise<ReleaseResult> {
      const release = await store.get(id);
      if (!release) throw new DomainError('RECORD_NOT_FOUND', `no release ${id}`);
      const mode = editMode(effectiveStatus(release.status, release.publishAt, clock.now()), actor.role);
      if (!mode) return refused('not-editable');
      const checked = await check(input);
      if (!checked.ok) return invalid(checked.problems);
      const r = checked.value;
      if (mode === 'correct' && !r.correction)
        return invalid([{ field: 'correction', message: 'field.correctionNote' }]);
      const result = await change(actor, async (c) => {
        const tx = createNewsroomStore(c.trx);
        const extra: Record<string, string | null> = { updated_at: c.at };
        if (mode === 'correct') extra.corrected_at = c.at;
        if (mode === 'edit' && release.status === 'approved') extra.status = 'draft';
        await c.versioned('press_release', 'id', id, version, { ...columnsOf(r), ...extra });
        await tx.replaceLinks(id, linksOf(r));
        await tx.replaceImages(
          id,
          r.images.map((i) => ({ src: i.src, caption: { en: i.caption_en, ru: i.caption_ru } })),
        );
        await tx.replacePictures(id, picturesOf(r));
        await tx.addEvent({
          releaseId: id,
          at: c.at,
          accountId: actor.id,
          action: mode === 'correct' ? 'correct' : 'edit',
          comment: r.correction,
        });
        await c.audit({
          action: 'update',
          recordType: 'press-releases',
          recordId: id,
          before: snapshot(release),
          after: {
            ...columnsOf(r),
            status: extra.status ?? release.status,
            version: version + 1,
            publish_at: release.publishAt,
          },
        });
        await hooks.written(c.trx, id);
        return { ok: true, id, slug: release.slug };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    async act(
      actor: Actor,
      id: string,
      version: number,
      action: ReleaseAction,
      input: { comment: string | null; publishAt: string | null },
    ): Promise<ReleaseResult> {
      const release = await store.get(id);
      if (!release) throw new DomainError('RECORD_NOT_FOUND', `no release ${id}`);
      const now = clock.now();
      const publishAt = input.publishAt ? new Date(input.publishAt) : null;
      if (publishAt && Number.isNaN(publishAt.getTime()))
        return invalid([{ field: 'publish_at', message: 'field.dateTime' }]);
      const result = transition(release.status, action, actor.role, {
        comment: input.comment,
        publishAt: action === 'schedule' ? (publishAt?.toISOString() ?? null) : release.publishAt,
        now,
      });
      if (!result.ok) {
        if (result.reason === 'comment-required') return invalid([{ field: 'comment', message: 'field.required' }]);
        if (result.reason === 'time-required' || result.reason === 'time-in-past')
          return invalid([
            { field: 'publish_at', message: result.reason === 'time-required' ? 'field.required' : 'field.timeInPast' },
          ]);
        return refused(result.reason);
      }
      const at = now.toISOString();
      const values: Record<string, string | null> = { status: result.to, updated_at: at };
      if (action === 'schedule') values.publish_at = publishAt!.toISOString();
      if (action === 'unschedule') values.publish_at = null;
      if (action === 'publish' && !release.publishedAt) values.published_at = at;
      if (action === 'schedule' && !release.publishedAt) values.published_at = publishAt!.toISOString();
      const saved = await change(actor, async (c) => {
        await c.versioned('press_release', 'id', id, version, values);
        await createNewsroomStore(c.trx).addEvent({
          releaseId: id,
          at: c.at,
          accountId: actor.id,
          action,
          comment: input.comment,
        });
        await c.audit({
          action: 'update',
          recordType: 'press-releases',
          recordId: id,
          before: snapshot(release),
          after: { ...snapshot(release), ...values, version: version + 1 },
        });
        await hooks.written(c.trx, id);
        return { ok: true, id, slug: release.slug };
      });
      if (saved.ok) await hooks.changed();
      return saved;
    },

    promoteDue,

    /**
     * Several processes: publishing at the scheduled time becomes periodic work that one
     * of them does (platform/periodic.ts), and reads no longer do it each in their process.
     */
    publishOnSchedule(): () => Promise<void> {
      promoteOnRead = false;
      return async () => {
        promotedAt = 0;
        await publishDue();
      };
    },

    /** Public releases' ids a page at a time (id order), and which of some ids are public: for the search index. */
    async publicIds(after: string, limit: number): Promise<string[]> {
      return store.publicIds(clock.now().toISOString(), after, limit);
    },
    async publicAmong(ids: readonly string[]): Promise<string[]> {
      return store.publicAmong(clock.now().toISOString(), ids);
    },

    /** Releases, of any status, that link a record of this kind. */
    async idsLinking(kind: LinkKind): Promise<string[]> {
      return store.idsLinking(kind);
    },

    async get(id: string): Promise<Release> {
      const release = await store.get(id);
      if (!release) throw new DomainError('RECORD_NOT_FOUND', `no release ${id}`);
      return release;
    },

    async officeList(status?: ReleaseStatus): Promise<Release[]> {
      return store.list({ status, limit: 500 });
    },

    events: store.events,

    /** A public release by its address: published (or due), or archived with a notice; otherwise not found. */
    async published(slug: string): Promise<Release> {
      await promoteDue();
      const release = await store.bySlug(slug);
      const now = clock.now();
      if (!release || !(isPublic(release.status, release.publishAt, now) || release.status === 'archived')) {
        throw new DomainError('RECORD_NOT_FOUND', 'error.noRelease', [{ field: 'slug', message: 'error.noRelease' }]);
      }
      return release;
    },

    /** One page of public releases; `all` for every one (the sitemap). */
    async publicList(
      lang: Lang,
      filter: {
        year?: number | undefined;
        month?: number | undefined;
        page: number;
        link?: Link | undefined;
        all?: boolean;
      },
    ) {
      await promoteDue();
      const limit = filter.all ? 1_000_000 : PAGE_SIZE;
      const { items, total } = await store.publicList({
        now: clock.now().toISOString(),
        lang,
        year: filter.year,
        month: filter.month,
        link: filter.link,
        limit,
        offset: (filter.page - 1) * PAGE_SIZE,
      });
      return { items, total, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
    },

    /** How many releases are public now, and their addresses a page at a time (newest first): for the sitemap. */
    async publicCount(): Promise<number> {
      await promoteDue();
      return store.publicCount(clock.now().toISOString());
    },
    async publicAddresses(offset: number, limit: number): Promise<Array<{ slug: string; updatedAt: string }>> {
      const rows = await store.publicSlugs({ now: clock.now().toISOString(), limit, offset });
      return rows.map((r) => ({ slug: r.slug, updatedAt: r.updated_at }));
    },

    /** Releases public now and dated within a span, oldest first. */
    async publicBetween(lang: Lang, from: string, to: string): Promise<Release[]> {
      await promoteDue();
      return store.publicBetween({ now: clock.now().toISOString(), lang, from, to });
    },

    /**
     * The release as it would read if saved, from the form's values, saving
     * nothing: the same checks as a save, so a preview never shows what a save refuses.
     */
    async preview(
      input: unknown,
      current: Release | null,
    ): Promise<{ ok: true; release: Release } | { ok: false; problems: FieldProblem[] }> {
      const checked = await check(input);
      if (!checked.ok) return checked;
      const v = checked.value;
      const c = columnsOf(v);
      return {
        ok: true,
        release: {
          id: current?.id ?? 'preview',
          slug: current?.slug ?? slugFor(v.title_en ?? v.title_ru ?? '', v.date),
          status: current?.status ?? 'draft',
          place: { en: c.place_en, ru: c.place_ru },
          date: c.date,
          dateTo: c.date_to,
          title: { en: c.title_en, ru: c.title_ru },
          lead: { en: c.lead_en, ru: c.lead_ru },
          body: { en: c.body_en, ru: c.body_ru },
          contact: {
            name: c.contact_name,
            title: c.contact_title,
            nameRu: c.contact_name_ru,
            titleRu: c.contact_title_ru,
            email: c.contact_email,
            phone: c.contact_phone,
          },
          publishAt: current?.publishAt ?? null,
          publishedAt: current?.publishedAt ?? null,
          correctedAt: current?.correctedAt ?? null,
          updatedAt: current?.updatedAt ?? clock.now().toISOString(),
          version: current?.version ?? 0,
          links: linksOf(v),
          images: v.images.map((i) => ({ src: i.src, caption: { en: i.caption_en, ru: i.caption_ru } })),
          pictures: picturesOf(v),
        },
      };
    },

    async byIds(ids: readonly string[]): Promise<Release[]> {
      return store.byIds(ids);
    },

    /** How the audit log names a release and its columns. */
    audited: {
      type: 'press-releases',
      label: 'nr.releases',
      one: 'nr.release',
      fields: RELEASE_FIELD_LABELS,
      names: async (ids, lang) => new Map((await store.byIds(ids)).map((r) => [r.id, textOf(lang, r).title])),
      path: (id) => `/office/releases/${encodeURIComponent(id)}`,
    } satisfies AuditedKind as AuditedKind,

    async months(lang: Lang): Promise<string[]> {
      return store.publicMonths({ now: clock.now().toISOString(), lang });
    },
  };
}

/** The labels of a release's columns, as the form says them. */
const RELEASE_FIELD_LABELS = {
  title_en: 'col.title_en',
  title_ru: 'col.title_ru',
  lead_en: 'nr.col.lead_en',
  lead_ru: 'nr.col.lead_ru',
  body_en: 'nr.col.body_en',
  body_ru: 'nr.col.body_ru',
  place_en: 'nr.col.place_en',
  place_ru: 'nr.col.place_ru',
  date: 'nr.date',
  date_to: 'nr.dateTo',
  contact_name: 'nr.col.contact_name',
  contact_title: 'nr.col.contact_title',
  contact_name_ru: 'nr.col.contact_name_ru',
  contact_title_ru: 'nr.col.contact_title_ru',
  contact_email: 'nr.col.contact_email',
  contact_phone: 'nr.col.contact_phone',
  status: 'col.status',
  publish_at: 'nr.publishAt',
  links: 'nr.links',
  proposals: 'nr.proposals',
} as const;

function columnsOfRelease(r: Release): ReleaseColumns {
  return {
    place_en: r.place.en,
    place_ru: r.place.ru,
    date: r.date,
    date_to: r.dateTo,
    title_en: r.title.en,
    title_ru: r.title.ru,
    lead_en: r.lead.en,
    lead_ru: r.lead.ru,
    body_en: r.body.en,
    body_ru: r.body.ru,
    contact_name: r.contact.name,
    contact_title: r.contact.title,
    contact_name_ru: r.contact.nameRu,
    contact_title_ru: r.contact.titleRu,
    contact_email: r.contact.email,
    contact_phone: r.contact.phone,
  };
}

export type NewsroomService = ReturnType<typeof createNewsroomService>;
