/**
 * The archive's use cases: importing what the Secretariat's earlier sites
 * published (every file read and checked first; then all of it written in one
 * change, or none of it), answering old addresses, and the flags staff act on.
 */
import { createHash } from 'node:crypto';
import type { RecognitionIndex } from '../media/recognize.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import { isPublic } from '../newsroom/newsroom.ts';
import type { PeopleService } from '../people/people.service.ts';
import { POSTS, POST_TITLE_VARIANTS, type Post } from '../people/people.ts';
import type { SpeechesService } from '../speeches/speeches.service.ts';
import { occasionOf } from '../speeches/speeches.ts';
import type { Actor } from '../platform/access.ts';
import { type ChangeResult, createChanges, refused } from '../platform/changes.ts';
import { type Clock, yieldToEventLoop } from '../platform/clock.ts';
import type { Db } from '../platform/db/database.ts';
import { newId } from '../platform/ids.ts';
import type { References } from '../platform/records.ts';
import { t } from '../platform/i18n/i18n.ts';
import type { ArchivePage, Finding, RefusalCode } from './archive.import.ts';
import { type ArchiveKind, type Flag, type PostTitles, postsOnTheDay } from './archive.ts';
import { createArchiveStore } from './archive.store.ts';

export type ArchiveDeps = Readonly<{
  clock: Clock;
  newsroom: Pick<NewsroomService, 'check' | 'writeWithin' | 'lockWrites' | 'changed' | 'get'>;
  speeches: Pick<SpeechesService, 'check' | 'writeWithin' | 'changed' | 'byIds'>;
  people: Pick<PeopleService, 'persons' | 'secretariatHeads' | 'otherPositions'>;
  /** Whether a linked record exists (the office's references). */
  refs: References;
  /** Media monitoring's recognizer of the record's names (the media-coverage issue's). */
  media: { recognizer(): Promise<RecognitionIndex> };
}>;

export type ArchiveFile = Readonly<{ name: string; bytes: Uint8Array }>;

/** Why a file was not written, by code (said in the reader's language at the edge), with what was seen. */
export type ReasonCode =
  | RefusalCode
  | 'not-editor'
  | 'wrong-section'
  | 'invalid'
  | 'repeat-in-run'
  | 'already'
  | 'not-written';
export type Reason = Readonly<{ code: ReasonCode; detail: string | null }>;

/** One file's line in the report: what was recognized, what was not, and what became of it. */
export type FileReport = {
  file: string;
  status: 'created' | 'would-create' | 'already' | 'refused';
  reason: Reason | null;
  kind: ArchiveKind | null;
  layout: string | null;
  title: string | null;
  lang: 'en' | 'ru' | null;
  date: string | null;
  posted: string | null;
  place: string | null;
  addresses: string[];
  found: Finding[];
  missing: Finding[];
  contact: string | null;
  people: Array<{ id: string; name: string; post: Post | null; seen: string }>;
  states: string[];
  bodies: string[];
  areas: string[];
  flags: Flag[];
  /** The item's page, once written (or the one already there). */
  path: string | null;
};

export type ArchiveReport = {
  ok: boolean;
  dryRun: boolean;
  files: FileReport[];
  summary: { files: number; created: number; already: number; refused: number; flagged: number };
};

export type ImportOptions = Readonly<{
  kind?: ArchiveKind | undefined;
  publish?: boolean;
  dryRun?: boolean;
  onProgress?: (done: number, total: number) => void;
}>;

/** Every post's titles, in English and Russian, as the record's words and the releases' variants say them. */
const POST_TITLES: PostTitles = POSTS.map((post) => ({
  post,
  titles: [t('en', `post.${post}`), t('ru', `post.${post}`), ...(POST_TITLE_VARIANTS[post] ?? [])],
}));

export function createArchiveService(db: Db, deps: ArchiveDeps) {
  const store = createArchiveStore(db);
  const change = createChanges(db, deps.clock);

  /** The key an item is known by across runs: its first old address, else its kind, day and headline. */
  const keyOf = (kind: ArchiveKind, page: ArchivePage) =>
    page.addresses[0]?.key ??
    `${kind}:${page.date}:${createHash('sha1').update(page.title.toLowerCase()).digest('hex').slice(0, 16)}`;

  return {
    /**
     * Imports a run of files. Each is read and checked; a refused file refuses
     * the run (nothing is written, the report says why, file by file). A file
     * whose old address is already in the archive is reported, not written
     * again; the English and Russian pages of one old id become one item.
     */
    async importFiles(
      actor: Actor,
      files: readonly ArchiveFile[],
      options: ImportOptions = {},
    ): Promise<ArchiveReport> {
      const { publish = false, dryRun = false, onProgress } = options;
      if (!['editor', 'admin'].includes(actor.role)) {
        const files_ = files.map((f) => blank(f.name, 'refused', { code: 'not-editor', detail: null }));
        return report(false, dryRun, files_);
      }
      const [index, heads, others, persons] = await Promise.all([
        deps.media.recognizer(),
        deps.people.secretariatHeads(),
        deps.people.otherPositions(),
        deps.people.persons(),
      ]);
      const positions = [...heads, ...others];
      // A run links the same few states and people again and again: each is looked up once.
      const seenRefs = new Map<string, Promise<boolean>>();
      const cachedRefs: References = {
        exists: (kind, id) => {
          const key = `${kind}\u0000${id}`;
          let found = seenRefs.get(key);
          if (!found) {
            found = deps.refs.exists(kind, id);
            seenRefs.set(key, found);
          }
          return found;
        },
      };
      const nameOf = new Map(persons.map((p) => [p.id, p.name.en]));

      type Ready = {
        report: FileReport;
        page: ArchivePage;
        kind: ArchiveKind;
        key: string;
        input: Record<string, unknown>;
      };
      const reports: FileReport[] = [];
      const ready: Ready[] = [];
      // Read first, and ask once which old addresses the archive holds: a page already there is reported,
      // not recognized and checked again (a rerun of the whole archive is mostly such pages).
      // The reader of old pages (a DOM) loads with the first import, not with every process.
      const { readArchiveFile } = await import('./archive.import.ts');
      const reads = files.map((file) => ({ file, read: readArchiveFile(file.name, file.bytes) }));
      const keysOf = (kind: ArchiveKind, page: ArchivePage) => [keyOf(kind, page), ...page.addresses.map((a) => a.key)];
      const held = await store.known([
        ...new Set(
          reads.flatMap(({ read }) => (read.ok ? keysOf(options.kind ?? read.page.kind ?? 'release', read.page) : [])),
        ),
      ]);
      for (const [n, { file, read }] of reads.entries()) {
        if (!read.ok) {
          reports.push(blank(file.name, 'refused', { code: read.reason, detail: read.detail }));
          continue;
        }
        const page = read.page;
        if (options.kind && page.kind && page.kind !== options.kind) {
          reports.push(blank(file.name, 'refused', { code: 'wrong-section', detail: page.section }));
          continue;
        }
        const kind = options.kind ?? page.kind ?? 'release';
        const existing = keysOf(kind, page).find((k) => held.has(k));
        if (existing) {
          reports.push({
            ...blank(file.name, 'already', { code: 'already', detail: existing }),
            kind,
            layout: page.layout,
            title: page.title,
            lang: page.lang,
            date: page.date,
            posted: page.posted,
            place: page.place,
            addresses: page.addresses.map((a) => `${a.lang === 'ru' ? 'ru:' : ''}${a.key}`),
            found: [...page.found],
            missing: [...page.missing],
          });
          continue;
        }
        const findings = index.recognize(`${page.title}.\n${page.body}`);
        const known = findings.people.filter((p) => !p.proposed);
        const { people, flags } = postsOnTheDay({
          text: `${page.title}.\n${page.body}`,
          date: page.date,
          people: known,
          positions,
          titles: POST_TITLES,
        });
        if (page.datesDisagree && page.dateline && page.posted)
          flags.unshift({ kind: 'dates-disagree', dateline: page.dateline.seen, posted: page.posted });
        const r: FileReport = {
          ...blank(file.name, dryRun ? 'would-create' : 'created', null),
          kind,
          layout: page.layout,
          title: page.title,
          lang: page.lang,
          date: page.dateTo ? `${page.date}/${page.dateTo}` : page.date,
          posted: page.posted,
          place: page.place,
          addresses: page.addresses.map((a) => `${a.lang === 'ru' ? 'ru:' : ''}${a.key}`),
          found: [...page.found],
          missing: [...page.missing],
          contact: page.contact
            ? [page.contact.name, page.contact.title, page.contact.email, page.contact.phone].filter(Boolean).join(', ')
            : null,
          people: people.map((p) => ({
            id: p.personId,
            name: nameOf.get(p.personId) ?? p.personId,
            post: p.post,
            seen: p.seen,
          })),
          states: findings.states.map((s) => s.id),
          bodies: findings.bodies.map((b) => b.id),
          areas: findings.areas.map((a) => a.id),
          flags,
        };
        const input = kind === 'release' ? releaseInput(page, r) : speechInput(page, r, findings.unknown);
        const checked =
          kind === 'release'
            ? await deps.newsroom.check(input, { archived: true, known: cachedRefs })
            : await deps.speeches.check(input);
        if (!checked.ok) {
          reports.push({
            ...r,
            status: 'refused',
            reason: { code: 'invalid', detail: checked.problems.map((p) => p.field).join(', ') },
          });
          continue;
        }
        reports.push(r);
        ready.push({ report: r, page, kind, key: keyOf(kind, page), input: checked.value as Record<string, unknown> });
        if (n % 200 === 199) await yieldToEventLoop();
      }

      // The same old id in English and in Russian is one item in two languages.
      const groups = new Map<string, Ready[]>();
      for (const item of ready) {
        const group = groups.get(item.key) ?? [];
        if (group.some((g) => g.page.lang === item.page.lang)) {
          item.report.status = 'already';
          item.report.reason = { code: 'repeat-in-run', detail: item.key };
          continue;
        }
        group.push(item);
        groups.set(item.key, group);
      }
      const refusedCount = reports.filter((r) => r.status === 'refused').length;
      if (refusedCount > 0 || dryRun || groups.size === 0) {
        if (refusedCount > 0)
          for (const r of reports) if (r.status === 'would-create' || r.status === 'created') r.status = 'would-create';
        onProgress?.(files.length, files.length);
        return report(refusedCount === 0, dryRun, reports);
      }

      const entries = [...groups.entries()];
      const written: ChangeResult<{ ids: string[] }> = await change(actor, async (c) => {
        await deps.newsroom.lockWrites(c);
        const tx = createArchiveStore(c.trx);
        const reserved = new Set<string>();
        const ids: string[] = [];
        for (const [n, [key, group]] of entries.entries()) {
          const kind = group[0]!.kind;
          // Each language's page gives its own fields; an empty field of one does not blank the other's.
          const input: Record<string, unknown> = {};
          for (const g of group)
            for (const [k, v] of Object.entries(g.input)) if (v !== null && v !== undefined) input[k] ??= v;
          // Links found in either language's text, once each.
          for (const k of ['states', 'people', 'bodies', 'areas'] as const)
            if (kind === 'release')
              input[k] = [...new Set(group.flatMap((g) => (g.input[k] as string[] | undefined) ?? []))];
          const publishedOn = group.map((g) => g.page.posted).find((p) => p !== null) ?? null;
          const made =
            kind === 'release'
              ? await deps.newsroom.writeWithin(c, input as never, { publish, publishedOn, reserved })
              : await deps.speeches.writeWithin(c, input as never, { publish, publishedOn, reserved });
          await tx.insertItem({
            key,
            kind,
            item_id: made.id,
            file: group.map((g) => g.report.file).join(' + '),
            layout: group[0]!.page.layout,
            imported_at: c.at,
            imported_by: actor.id,
          });
          const addresses = new Set(group.flatMap((g) => g.page.addresses.map((a) => a.key)));
          for (const address of addresses) await tx.insertAddress(address, key);
          for (const g of group) {
            for (const flag of g.report.flags)
              await tx.insertFlag({
                id: newId(),
                item_key: key,
                kind: flag.kind,
                detail: JSON.stringify({ ...flag, file: g.report.file, title: g.page.title }),
                status: 'open',
                created_at: c.at,
                resolved_at: null,
                resolved_by: null,
              });
            g.report.path = `/${kind === 'release' ? 'news' : 'speeches'}/${made.slug}`;
          }
          await c.audit({
            action: 'create',
            recordType: 'archive',
            recordId: key,
            before: null,
            after: { kind, item_id: made.id, addresses: [...addresses].join(' ') },
          });
          ids.push(made.id);
          onProgress?.(n + 1, entries.length);
          // A long run lets other requests answer now and then (SQLite works synchronously).
          if (n % 100 === 99) await yieldToEventLoop();
        }
        return { ok: true, ids };
      });
      if (!written.ok) {
        for (const r of reports) if (r.status === 'created') r.status = 'refused';
        const detail = written.problems.map((p) => p.field).join(', ') || written.kind;
        for (const r of reports) if (r.status === 'refused' && !r.reason) r.reason = { code: 'not-written', detail };
        return report(false, dryRun, reports);
      }
      await deps.newsroom.changed();
      await deps.speeches.changed();
      return report(true, dryRun, reports);
    },

    /**
     * Where an old address leads now: the item's page in the address's language,
     * when the item is public; null for an address the archive does not know.
     */
    async resolve(key: string): Promise<{ kind: ArchiveKind; path: string } | null> {
      const item = await store.itemAt(key);
      if (!item) return null;
      if (item.kind === 'release') {
        const r = await deps.newsroom.get(item.itemId).catch(() => null);
        if (!r || !(isPublic(r.status, r.publishAt, deps.clock.now()) || r.status === 'archived')) return null;
        return { kind: 'release', path: `/news/${r.slug}` };
      }
      const [s] = await deps.speeches.byIds([item.itemId]);
      return s && s.status === 'published' ? { kind: 'speech', path: `/speeches/${s.slug}` } : null;
    },

    /** The old addresses an item keeps, as the old sites wrote them. */
    async addressesOf(itemId: string): Promise<string[]> {
      return (await store.addressesOf(itemId)).map(oldUrlOf);
    },

    /** Where staff go to mend a flagged item: a release's office page, a speech's page. */
    async pathsOf(items: ReadonlyArray<{ kind: ArchiveKind; itemId: string }>): Promise<Map<string, string>> {
      const out = new Map<string, string>();
      for (const i of items)
        if (i.kind === 'release') out.set(i.itemId, `/office/releases/${encodeURIComponent(i.itemId)}`);
      const speeches = await deps.speeches.byIds(items.filter((i) => i.kind === 'speech').map((i) => i.itemId));
      for (const s of speeches) out.set(s.id, `/speeches/${s.slug}`);
      return out;
    },

    async flags(status: 'open' | 'resolved' = 'open') {
      return store.flags(status);
    },

    /** Staff have looked at a flag and settled it (corrected the item or found the text right). */
    async resolveFlag(actor: Actor, id: string, version: number): Promise<ChangeResult> {
      const flag = await store.flag(id);
      if (!flag) return refused('not-found');
      if (flag.status !== 'open') return refused('already-resolved');
      return change(actor, async (c) => {
        await c.versioned('archive_flag', 'id', id, version, {
          status: 'resolved',
          resolved_at: c.at,
          resolved_by: actor.id,
        });
        await c.audit({
          action: 'update',
          recordType: 'archive-flags',
          recordId: id,
          before: { status: 'open' },
          after: { status: 'resolved' },
        });
        return { ok: true, id };
      });
    },

    count: store.count,
  };
}

/** An address key as the old site wrote it: `press_releases:2775` → `index.php?view=page&t=press_releases&id=2775`. */
export function oldUrlOf(key: string): string {
  const [section, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  return section === 'page' ? `/page/${rest}/` : `/index.php?view=page&t=${section}&id=${rest}`;
}

function blank(file: string, status: FileReport['status'], reason: Reason | null): FileReport {
  return {
    file,
    status,
    reason,
    kind: null,
    layout: null,
    title: null,
    lang: null,
    date: null,
    posted: null,
    place: null,
    addresses: [],
    found: [],
    missing: [],
    contact: null,
    people: [],
    states: [],
    bodies: [],
    areas: [],
    flags: [],
    path: null,
  };
}

function report(ok: boolean, dryRun: boolean, files: FileReport[]): ArchiveReport {
  return {
    ok,
    dryRun,
    files,
    summary: {
      files: files.length,
      created: files.filter((f) => f.status === 'created' || f.status === 'would-create').length,
      already: files.filter((f) => f.status === 'already').length,
      refused: files.filter((f) => f.status === 'refused').length,
      flagged: files.filter((f) => f.flags.length > 0).length,
    },
  };
}

function releaseInput(page: ArchivePage, r: FileReport): Record<string, unknown> {
  const l = page.lang;
  return {
    [`title_${l}`]: page.title,
    [`place_${l}`]: page.place,
    [`body_${l}`]: page.body,
    date: page.date,
    date_to: page.dateTo,
    contact_name: page.contact?.name ?? null,
    contact_title: page.contact?.title ?? null,
    contact_email: page.contact?.email ?? null,
    contact_phone: page.contact?.phone ?? null,
    states: r.states,
    // Only people whose post on the day agrees with the text (or who have none written) are linked.
    people: r.people
      .filter((p) => !r.flags.some((f) => f.kind === 'post-contradicts' && f.personId === p.id))
      .map((p) => p.id),
    bodies: r.bodies,
    areas: r.areas,
    images: [],
  };
}

function speechInput(
  page: ArchivePage,
  r: FileReport,
  unknown: ReadonlyArray<{ name: string; post: string | null }>,
): Record<string, unknown> {
  const l = page.lang;
  // The speaker: the first person the headline names, else the first the text names beside a post.
  const inTitle = r.people.find(
    (p) => page.title.includes(p.seen) || (p.seen && page.title.includes(p.seen.split(' ').pop()!)),
  );
  const speaker = inTitle ?? r.people.find((p) => p.post !== null) ?? null;
  const contradicted = speaker && r.flags.some((f) => f.kind === 'post-contradicts' && f.personId === speaker.id);
  return {
    [`title_${l}`]: page.title,
    [`place_${l}`]: page.place,
    [`occasion_${l}`]: occasionOf(page.title),
    [`body_${l}`]: page.body,
    date: page.date,
    speaker_id: speaker?.id ?? null,
    speaker_name: speaker ? null : (unknown[0]?.name ?? null),
    speaker_post: contradicted ? null : (speaker?.post ?? null),
  };
}
