/**
 * The digest's use cases: compile an issue from the period's published
 * releases, let an editor adjust it, take it through review, and give it out
 * as a web edition and a PDF laid out by Typst.
 */
import './digest.messages.ts';
import { newId } from '../platform/ids.ts';
import { INT_MAX } from '../platform/numbers.ts';
import { type Change, type ChangeResult, conflict, createChanges, invalid, refused } from '../platform/changes.ts';
import type { BodiesService } from '../bodies/bodies.service.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import type { Release } from '../newsroom/newsroom.ts';
import { textOf } from '../newsroom/newsroom.ts';
import type { Actor } from '../platform/access.ts';
import type { Clock } from '../platform/clock.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Db, DigestIssueTable } from '../platform/db/database.ts';
import type { Insertable } from 'kysely';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { AuditedKind } from '../platform/records.ts';
import {
  type ArticleRow,
  type DigestAction,
  type DigestStatus,
  MAX_TEASERS,
  type Part,
  type Teaser,
  articlesOf,
  bySection,
  coverTeasers,
  digestTransition,
  file as fileArticle,
  monthOf,
  move,
  suggestSpotlight,
  suggestTeasers,
} from './digest.ts';
import { type DigestInput, compileInput, contactInput, digestInput } from './digest.schema.ts';
import { type EditionRow, type IssueRow, createDigestStore } from './digest.store.ts';
import { DIGEST_LAYOUT, digestPdf } from './digest.pdf.views.ts';
import { type JobContext, jobStep } from '../platform/jobs/jobs.ts';
import {
  type LayoutAnswer,
  type LayoutOutcome,
  type LayoutTarget,
  type Layouts,
  layoutStamp,
} from '../platform/jobs/layouts.ts';
import { SECRETARIAT_CONTACT } from '../platform/contact.ts';
import type { FileStore } from '../platform/files/files.ts';
import { t } from '../platform/i18n/i18n.ts';
import { type Picture, type PicturesService, captionOf } from '../pictures/pictures.service.ts';

export type Deps = Readonly<{
  clock: Clock;
  bodies: Pick<BodiesService, 'bodies'>;
  newsroom: () => Pick<NewsroomService, 'byIds' | 'publicBetween' | 'published'>;
  pictures: Pick<PicturesService, 'byIds' | 'missing' | 'bytes' | 'emblem'>;
  files: Pick<FileStore, 'put' | 'get'>;
  layouts: Pick<Layouts, 'ask' | 'keep'>;
}>;

/** What the office's PDF job of an issue is given: the issue, and where its layout is kept. */
export type DigestPdfJob = LayoutTarget & Readonly<{ issueId: string }>;
/** What publishing as a job is given: the issue at the version the reviewer saw, and who publishes. */
export type DigestPublishJob = LayoutTarget & Readonly<{ issueId: string; version: number; by: string }>;
export type DigestPublishOutcome =
  | Readonly<{ ok: true; issueId: string; edition: number; file: string }>
  | Readonly<{ ok: false; issueId: string; kind: 'conflict' | 'refused' | 'invalid' }>;

/** What others learn of the digest's changes: cached public pages must know the record moved on. */
export type DigestHooks = { changed: () => Promise<void> };

/** An article of an issue: the release's text in the issue's language, filed where the editor filed it. */
export type Article = Readonly<
  ArticleRow & {
    date: string;
    title: string;
    lead: string | null;
    body: string;
    dateline: string;
    slug: string;
    picture: Picture | null;
  }
>;

export type FlashItem = Part & Readonly<{ slug: string | null }>;
export type PicturePart = Readonly<{ picture: Picture; caption: string | null }>;
export type PartnerPage = Part & Readonly<{ picture: Picture | null }>;
export type Contact = Readonly<{ address: string; phone: string; email: string; web: string; social: string[] }>;

/**
 * An issue as it is laid out: every text, picture and place in it. It holds
 * no reference to a live record, so a published edition is this, frozen as JSON.
 */
export type Issue = Readonly<{
  row: IssueRow;
  lang: Lang;
  /** The published edition this is, when read from the archive; null for the issue as it stands. */
  edition: Readonly<{ number: number; publishedAt: string }> | null;
  articles: Article[];
  sections: Array<{ section: string; articles: Article[] }>;
  spotlight: Article | null;
  /** The cover's headlines: the spotlight first, then the teasers in the editor's order and wording. */
  cover: Array<{ article: Article; text: string }>;
  coverPicture: Picture | null;
  /** The organization's emblem on the cover, where the Secretariat chose one (older editions have none). */
  emblem?: Picture | null;
  flash: FlashItem[];
  pictures: PicturePart[];
  partners: PartnerPage[];
  contact: Contact;
}>;

export type Edition = Readonly<{ number: number; publishedAt: string }>;
export type ArchiveEntry = Readonly<{ row: IssueRow; editions: Edition[] }>;

export type DigestResult = ChangeResult;

const problemsOf = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldProblem[] =>
  issues.map((i) => ({ field: i.path.join('.'), message: i.message }));

/** The contact block as the Secretariat prints it (cica-facts §0), until the office changes it. */
const CONTACT_DEFAULT = (lang: Lang) => ({
  lang,
  address: t(lang, 'footer.address'),
  phone: SECRETARIAT_CONTACT.phone,
  email: SECRETARIAT_CONTACT.email,
  web: SECRETARIAT_CONTACT.web,
  social: ['@cica_secretariat', '@CicaSecretariat', 'CICA Secretariat', '@CICASecretariat'].join('\n'),
});

const contactOf = (row: { address: string; phone: string; email: string; web: string; social: string }): Contact => ({
  address: row.address,
  phone: row.phone,
  email: row.email,
  web: row.web,
  social: row.social
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean),
});

export function createDigestService(db: Db, deps: Deps, hooks: DigestHooks = { changed: async () => {} }) {
  const store = createDigestStore(db);
  const change = createChanges(db, deps.clock);
  const now = () => deps.clock.now().toISOString();

  async function contact(lang: Lang): Promise<Contact> {
    const row = await store.contact(lang);
    return contactOf(row ?? CONTACT_DEFAULT(lang));
  }

  type Parts = Readonly<{ flash: Part[]; pictures: Part[]; partners: Part[] }>;

  /** An issue from its row, placed articles and parts: each in the issue's language, the spotlight apart, the rest by section. */
  async function assemble(
    row: IssueRow,
    placed: readonly ArticleRow[],
    releases: ReadonlyMap<string, Release>,
    parts: Parts,
  ): Promise<Issue> {
    const lang = row.lang as Lang;
    // An article without a picture of the editor's choosing takes its release's lead picture.
    const pictureOf = (a: ArticleRow) => a.pictureId ?? releases.get(a.releaseId)?.pictures?.lead ?? null;
    const pictureIds = [
      ...placed.flatMap((a) => pictureOf(a) ?? []),
      ...parts.pictures.flatMap((p) => (p.src ? [p.src] : [])),
      ...parts.partners.flatMap((p) => (p.src ? [p.src] : [])),
      ...(row.cover_picture_id ? [row.cover_picture_id] : []),
    ];
    const pictures = new Map((await deps.pictures.byIds(pictureIds)).map((p) => [p.id, p]));
    const articles: Article[] = placed.flatMap((a) => {
      const release = releases.get(a.releaseId);
      if (!release) return [];
      const text = textOf(lang, release);
      return [
        {
          ...a,
          date: release.date,
          title: text.title,
          lead: text.lead,
          body: text.body,
          dateline: text.dateline,
          slug: release.slug,
          picture: pictures.get(pictureOf(a) ?? '') ?? null,
        },
      ];
    });
    const spotlight = articles.find((a) => a.releaseId === row.spotlight_release_id) ?? null;
    const teasers: Teaser[] = articles.flatMap((a) =>
      a.teaser ? [{ releaseId: a.releaseId, order: a.teaserPosition ?? a.position, text: a.teaserText }] : [],
    );
    return {
      row,
      lang,
      edition: null,
      articles,
      sections: bySection(articles.filter((a) => a !== spotlight)),
      spotlight,
      cover: coverTeasers(articles, teasers, spotlight?.releaseId ?? null),
      coverPicture: row.cover_picture_id ? (pictures.get(row.cover_picture_id) ?? null) : null,
      emblem: await deps.pictures.emblem(),
      flash: parts.flash.map((f) => ({ ...f, slug: f.releaseId ? (releases.get(f.releaseId)?.slug ?? null) : null })),
      pictures: parts.pictures.flatMap((p) => {
        const picture = p.src ? pictures.get(p.src) : undefined;
        return picture ? [{ picture, caption: p.text ?? captionOf(picture, lang) }] : [];
      }),
      partners: parts.partners.map((p) => ({ ...p, picture: p.src ? (pictures.get(p.src) ?? null) : null })),
      contact: await contact(lang),
    };
  }

  async function load(row: IssueRow): Promise<Issue> {
    const [placed, flash, pictures, partners] = await Promise.all([
      store.articles(row.id),
      store.parts('digest_flash', row.id),
      store.parts('digest_picture', row.id),
      store.parts('digest_partner', row.id),
    ]);
    const releases = await deps
      .newsroom()
      .byIds([...placed.map((a) => a.releaseId), ...flash.flatMap((f) => (f.releaseId ? [f.releaseId] : []))]);
    const byId = new Map(releases.map((r) => [r.id, r]));
    return assemble(row, placed, byId, { flash, pictures, partners });
  }

  /** A published edition as it was frozen. */
  function thaw(snapshot: string, edition: Edition): Issue {
    return { ...(JSON.parse(snapshot) as Issue), edition };
  }

  /** The period's releases with text in the language, in date order, with the suggested spotlight and teasers. */
  async function gather(lang: Lang, from: IsoDate, to: IsoDate) {
    const releases = await deps.newsroom().publicBetween(lang, from, to);
    const candidates = articlesOf(
      releases.map((r) => ({
        id: r.id,
        date: r.date,
        title: (lang === 'en' ? r.title.en : r.title.ru) ?? '',
        bodies: r.links.filter((l) => l.kind === 'body').map((l) => l.id),
      })),
      from,
      to,
    );
    const standing = new Map((await deps.bodies.bodies()).map((b) => [b.id, b.position]));
    const spotlight = suggestSpotlight(candidates, standing);
    return {
      releases: new Map(releases.map((r) => [r.id, r])),
      candidates,
      spotlight,
      teasers: suggestTeasers(candidates, spotlight),
    };
  }

  const placedOf = (id: string, candidates: ReadonlyArray<{ id: string }>, teasers: readonly string[]): ArticleRow[] =>
    candidates.map((candidate, i) => ({
      id: `${id}-a${i + 1}`,
      releaseId: candidate.id,
      position: i + 1,
      teaser: teasers.includes(candidate.id),
      section: null,
      teaserPosition: teasers.includes(candidate.id) ? teasers.indexOf(candidate.id) + 1 : null,
      teaserText: null,
      pullQuote: null,
      pictureId: null,
    }));

  const defaultTitle = (lang: Lang) => (lang === 'ru' ? 'ГОЛОС АЗИИ: дайджест СВМДА' : 'VOICE OF ASIA: CICA Digest');

  /**
   * An issue's change: its row moves on a version (refused as a conflict if
   * stale), `more` writes the rest, and the step is audited with `note`.
   */
  async function changeIssue(
    actor: Actor,
    id: string,
    version: number,
    step: string,
    columns: Partial<Insertable<DigestIssueTable>>,
    note: Record<string, unknown>,
    more: (c: Change) => Promise<void> = async () => {},
  ): Promise<DigestResult> {
    const result = await change(actor, async (c) => {
      await c.versioned('digest_issue', 'id', id, version, { ...columns, updated_at: c.at });
      await more(c);
      await c.audit({
        action: 'update',
        recordType: 'digest',
        recordId: id,
        before: { step, version },
        after: { step, version: version + 1, ...note },
      });
      return { ok: true, id };
    });
    if (result.ok) await hooks.changed();
    return result;
  }

  /** The latest edition of each issue that has one, in the language. */
  async function latestEditions(lang: Lang) {
    const rows = await store.issues({ lang });
    const editions = await store.editions(rows.map((r) => r.id));
    const latest = new Map<string, EditionRow>();
    for (const e of editions) if ((latest.get(e.issue_id)?.edition ?? 0) < e.edition) latest.set(e.issue_id, e);
    return { rows, editions, latest };
  }

  const notPublished = (number: number) =>
    new DomainError(
      'RECORD_NOT_FOUND',
      'error.noIssue',
      [{ field: 'number', message: 'error.noIssue', params: { number } }],
      {
        number,
      },
    );

  /** Where an issue's office PDF is kept: one layout per version of everything it prints. */
  function officeTarget(issue: Issue): LayoutTarget {
    return { subject: `digest:${issue.row.id}`, stamp: layoutStamp(DIGEST_LAYOUT, issue) };
  }

  /** Freezes the issue as its next edition with the PDF laid out from it, in one change at `version`. */
  async function publishEdition(
    actor: Actor,
    issue: Issue,
    version: number,
    action: DigestAction,
    ctx: Pick<JobContext, 'progress'> = { progress: () => {} },
    target?: LayoutTarget,
  ): Promise<ChangeResult<{ id: string; edition: number; file: string }>> {
    const id = issue.row.id;
    const at = now();
    const columns = { status: 'published' as const, published_at: at };
    const number = ((await store.editions([id])).at(-1)?.edition ?? 0) + 1;
    const frozen: Issue = { ...issue, row: { ...issue.row, ...columns, version: version + 1 }, edition: null };
    ctx.progress(1, 3);
    const pdf = await jobStep('PDF_LAYOUT', () =>
      digestPdf({ ...frozen, edition: { number, publishedAt: at } }, deps.pictures),
    );
    ctx.progress(2, 3);
    const stored = await jobStep('PDF_STORE', () => deps.files.put(pdf, 'application/pdf'));
    const result = await changeIssue(
      actor,
      id,
      version,
      action,
      columns,
      { status: 'published', from: issue.row.status, edition: number },
      async (c) => {
        await createDigestStore(c.trx).insertEdition({
          id: `${id}-e${number}`,
          issue_id: id,
          edition: number,
          published_at: at,
          snapshot: JSON.stringify(frozen),
          pdf_key: stored.key,
        });
      },
    );
    if (!result.ok) return result;
    if (target) await deps.layouts.keep(target, pdf);
    ctx.progress(3, 3);
    return { ok: true, id, edition: number, file: stored.key };
  }

  return {
    async issues(filter: { status?: DigestStatus; lang?: Lang } = {}): Promise<IssueRow[]> {
      return store.issues(filter);
    },

    /** The archive: every issue with a published edition, each with the dates of its editions. */
    async archive(lang: Lang): Promise<ArchiveEntry[]> {
      const { rows, editions } = await latestEditions(lang);
      return rows.flatMap((row) => {
        const own = editions
          .filter((e) => e.issue_id === row.id)
          .map((e) => ({ number: e.edition, publishedAt: e.published_at }));
        return own.length ? [{ row, editions: own }] : [];
      });
    },

    /** How the audit log names an issue: by its title. */
    audited: {
      type: 'digest',
      label: 'digest.office',
      one: 'office.work.digestIssue',
      fields: { status: 'col.status' },
      names: async (ids) =>
        new Map((await store.issues()).filter((i) => ids.includes(i.id)).map((i) => [i.id, i.title])),
      path: (id) => `/office/digest/${encodeURIComponent(id)}`,
    } satisfies AuditedKind as AuditedKind,

    async issue(id: string): Promise<Issue> {
      const row = await store.issue(id);
      if (!row)
        throw new DomainError('RECORD_NOT_FOUND', 'error.noRecord', [{ field: 'id', message: 'error.noRecord' }]);
      return load(row);
    },

    /**
     * A published issue by its number in a language, as it was published: the
     * latest edition, or the one asked for. What changed in the record since
     * (a release corrected, a picture re-captioned) is not in it.
     */
    async published(lang: Lang, number: number, edition?: number): Promise<Issue> {
      const row = await store.byNumber(lang, number);
      if (!row) throw notPublished(number);
      const editions = await store.editions([row.id]);
      const chosen = edition === undefined ? editions.at(-1) : editions.find((e) => e.edition === edition);
      if (!chosen) throw notPublished(number);
      return thaw(chosen.snapshot, { number: chosen.edition, publishedAt: chosen.published_at });
    },

    /** The editions of an issue, oldest first. */
    async editions(issueId: string): Promise<Edition[]> {
      return (await store.editions([issueId])).map((e) => ({ number: e.edition, publishedAt: e.published_at }));
    },

    /** The PDF of a published edition: the one laid out when it was published, kept in the file store. */
    async publishedPdf(lang: Lang, number: number, edition?: number): Promise<Buffer> {
      const row = await store.byNumber(lang, number);
      const editions = row ? await store.editions([row.id]) : [];
      const chosen = edition === undefined ? editions.at(-1) : editions.find((e) => e.edition === edition);
      const bytes = chosen?.pdf_key ? await deps.files.get(chosen.pdf_key) : null;
      if (!chosen || !bytes) throw notPublished(number);
      return bytes;
    },

    /**
     * A new draft filled from the period's published releases: grouped by the
     * month of their dateline, in date order, with a spotlight and cover
     * teasers suggested, so that an editor only adjusts. A period with no
     * releases, or one another issue in the language already covers, is
     * compiled only when the editor confirms.
     */
    async compile(actor: Actor, input: unknown): Promise<DigestResult> {
      const parsed = compileInput.safeParse(input);
      if (!parsed.success) return invalid(problemsOf(parsed.error.issues));
      const { from, to, lang, confirm } = parsed.data;
      const number = parsed.data.number ?? (await store.lastNumber(lang)) + 1;
      if (number > INT_MAX) return invalid([{ field: 'number', message: 'field.numberRange' }]);
      if (await store.byNumber(lang, number)) return invalid([{ field: 'number', message: 'field.taken' }]);
      const { candidates, spotlight, teasers } = await gather(lang, from, to);
      if (!confirm) {
        const overlapping = (await store.issues({ lang })).find((i) => i.period_from <= to && i.period_to >= from);
        if (overlapping)
          return invalid([
            {
              field: 'confirm',
              message: 'digest.confirmOverlap',
              params: { number: overlapping.number, title: overlapping.title },
            },
          ]);
        if (candidates.length === 0) return invalid([{ field: 'confirm', message: 'digest.confirmEmpty' }]);
      }
      const id = newId();
      const at = now();
      const row = {
        id,
        number,
        lang,
        title: parsed.data.title ?? defaultTitle(lang),
        period_from: from,
        period_to: to,
        status: 'draft',
        foreword_author: null,
        foreword_title: null,
        foreword_text: null,
        spotlight_release_id: spotlight,
        cover_picture_id: null,
        created_at: at,
        updated_at: at,
        published_at: null,
      };
      const result = await change(actor, async (c) => {
        const tx = createDigestStore(c.trx);
        await tx.insertIssue(row);
        await tx.replaceArticles(id, placedOf(id, candidates, teasers));
        await c.audit({
          action: 'create',
          recordType: 'digest',
          recordId: id,
          before: null,
          after: { ...row, articles: candidates.length },
        });
        return { ok: true, id };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    /**
     * The editor's adjustments: title, number, foreword, spotlight, cover,
     * teasers (chosen, ordered, reworded), each article's section, picture and
     * pull quote, and the short parts. Refused whole if stale or invalid.
     */
    async update(actor: Actor, id: string, version: number, input: unknown): Promise<DigestResult> {
      const parsed = digestInput.safeParse(input);
      if (!parsed.success) return invalid(problemsOf(parsed.error.issues));
      const issue = await this.issue(id);
      if (issue.row.status === 'published') return refused('published');
      const v: DigestInput = parsed.data;
      const ids = new Set(issue.articles.map((a) => a.releaseId));
      const problems: FieldProblem[] = [];
      if (v.spotlight && !ids.has(v.spotlight)) problems.push({ field: 'spotlight', message: 'field.unknownRef' });
      if (v.teasers.some((t) => !ids.has(t))) problems.push({ field: 'teasers', message: 'field.unknownRef' });
      const headlines = new Set([...(v.spotlight ? [v.spotlight] : []), ...v.teasers]).size;
      if (headlines > MAX_TEASERS)
        problems.push({ field: 'teasers', message: 'digest.teaserLimit', params: { max: MAX_TEASERS, n: headlines } });
      for (const [releaseId, a] of Object.entries(v.articles)) {
        if (!ids.has(releaseId)) problems.push({ field: `articles.${releaseId}`, message: 'field.unknownRef' });
        if (a.section && a.section.length > 100)
          problems.push({ field: `section:${releaseId}`, message: 'field.tooLong' });
      }
      // Every picture the issue names must be in the library: an address of nothing is refused, naming it.
      const named: Array<[field: string, id: string]> = [
        ...(v.cover_picture ? [['cover_picture', v.cover_picture] as [string, string]] : []),
        ...Object.entries(v.articles).flatMap(([rid, a]) =>
          a.picture ? [[`picture:${rid}`, a.picture] as [string, string]] : [],
        ),
        ...v.pictures.map((p) => ['pictures', p.src ?? ''] as [string, string]),
        ...v.partners.flatMap((p) => (p.src ? [['partners', p.src] as [string, string]] : [])),
      ];
      const missing = new Set(await deps.pictures.missing(named.map(([, pid]) => pid)));
      const byField = new Map<string, string[]>();
      for (const [field, pid] of named) if (missing.has(pid)) byField.set(field, [...(byField.get(field) ?? []), pid]);
      for (const [field, pids] of byField)
        problems.push({ field, message: 'pictures.unknown', params: { ids: [...new Set(pids)].join(', ') } });
      // A flash item's release is named by its address; it is kept by id, and must be public.
      const flash: Part[] = [];
      for (const f of v.flash) {
        if (!f.src) {
          flash.push(f);
          continue;
        }
        const release = await deps
          .newsroom()
          .published(f.src)
          .catch(() => null);
        if (!release) problems.push({ field: 'flash', message: 'field.unknownRef' });
        else flash.push({ ...f, src: null, releaseId: release.id });
      }
      const other = await store.byNumber(issue.lang, v.number);
      if (other && other.id !== id) problems.push({ field: 'number', message: 'field.taken' });
      if (problems.length) return invalid(problems);
      const fields = {
        title: v.title,
        number: v.number,
        foreword_author: v.foreword_author,
        foreword_title: v.foreword_title,
        foreword_text: v.foreword_text,
        spotlight_release_id: v.spotlight,
        cover_picture_id: v.cover_picture,
      };
      const order = new Map(v.teasers.map((t, i) => [t, i + 1]));
      // A changed section files the article last in its new section; the others keep their order.
      let placed = issue.articles.map((a) => ({ ...stripArticle(a), date: a.date }));
      for (const [releaseId, a] of Object.entries(v.articles)) {
        const current = placed.find((p) => p.releaseId === releaseId);
        const section = a.section === undefined ? current?.section : normalSection(a.section, current?.date);
        if (current && section !== undefined && section !== current.section)
          placed = fileArticle(placed, current.id, section);
      }
      const rows = placed.map((a) => {
        const more = v.articles[a.releaseId];
        return {
          ...a,
          teaser: order.has(a.releaseId),
          teaserPosition: order.get(a.releaseId) ?? null,
          teaserText: more && 'teaser_text' in more ? (more.teaser_text ?? null) : a.teaserText,
          pullQuote: more && 'quote' in more ? (more.quote ?? null) : a.pullQuote,
          pictureId: more && 'picture' in more ? (more.picture ?? null) : a.pictureId,
        };
      });
      return changeIssue(actor, id, version, 'edit', fields, { ...v }, async (c) => {
        const tx = createDigestStore(c.trx);
        await tx.replaceArticles(id, rows.map(stripArticle));
        await tx.replaceParts('digest_flash', id, flash);
        await tx.replaceParts('digest_picture', id, v.pictures);
        await tx.replaceParts('digest_partner', id, v.partners);
      });
    },

    /** Moves an article one place within its section, if the issue is still at `version`. */
    async move(
      actor: Actor,
      id: string,
      version: number,
      articleId: string,
      direction: 'up' | 'down',
    ): Promise<DigestResult> {
      const issue = await this.issue(id);
      if (issue.row.status === 'published') return refused('published');
      if (!issue.articles.some((a) => a.id === articleId))
        return invalid([{ field: 'article', message: 'field.unknownRef' }]);
      const moved = move(issue.articles, articleId, direction);
      return changeIssue(actor, id, version, 'move', {}, { article: articleId, direction }, async (c) => {
        await createDigestStore(c.trx).replaceArticles(id, moved.map(stripArticle));
      });
    },

    /**
     * Files an article under a section (a month, `after-flash`, a named section,
     * or `null` for its dateline's month), last in it, if the issue is still at `version`.
     */
    async file(
      actor: Actor,
      id: string,
      version: number,
      articleId: string,
      section: string | null,
    ): Promise<DigestResult> {
      const issue = await this.issue(id);
      if (issue.row.status === 'published') return refused('published');
      const article = issue.articles.find((a) => a.id === articleId);
      if (!article) return invalid([{ field: 'article', message: 'field.unknownRef' }]);
      const trimmed = section?.trim() ?? '';
      if (trimmed.length > 100) return invalid([{ field: 'section', message: 'field.tooLong' }]);
      const placed = fileArticle(issue.articles, articleId, normalSection(trimmed || null, article.date));
      return changeIssue(actor, id, version, 'file', {}, { article: articleId, section }, async (c) => {
        await createDigestStore(c.trx).replaceArticles(id, placed.map(stripArticle));
      });
    },

    /**
     * Takes an issue a step through its review. Publishing freezes it: the
     * issue as laid out now, and its PDF, become its next edition, which no
     * later correction of a release changes.
     */
    async act(actor: Actor, id: string, version: number, action: DigestAction): Promise<DigestResult> {
      const issue = await this.issue(id);
      const next = digestTransition(issue.row.status as DigestStatus, action, actor.role);
      if (!next) throw new DomainError('FORBIDDEN', `cannot ${action} an issue that is ${issue.row.status}`);
      const at = now();
      const columns = { status: next, ...(next === 'published' ? { published_at: at } : {}) };
      if (next !== 'published')
        return changeIssue(actor, id, version, action, columns, { status: next, from: issue.row.status });
      return publishEdition(actor, issue, version, action);
    },

    /**
     * Publishing from the office: the edition's PDF is laid out by a job, and the
     * issue is published by that job once the PDF is stored, so the public never
     * sees an issue without its PDF. Answers the job (one already under way for
     * this version is joined); refused, as `act` is, when the step is not allowed.
     */
    async askPublish(actor: Actor, id: string, version: number): Promise<ChangeResult<{ id: string; job: string }>> {
      const issue = await this.issue(id);
      if (!digestTransition(issue.row.status as DigestStatus, 'publish', actor.role))
        throw new DomainError('FORBIDDEN', `cannot publish an issue that is ${issue.row.status}`);
      if (issue.row.version !== version) return conflict();
      const target = { subject: `digest-edition:${id}`, stamp: layoutStamp(DIGEST_LAYOUT, id, version) };
      const data = { issueId: id, version, by: actor.email };
      const answer = await deps.layouts.ask('digest-publish', target, data, actor.id);
      // A stored layout for this version means it was published: the transition above refuses that, so only a job is left.
      return 'job' in answer ? { ok: true, id, job: answer.job } : refused('published');
    },

    /** The job that publishes: gathers the issue, lays out the edition, stores it, and only then publishes. */
    async publishJob(
      actor: Actor,
      job: DigestPublishJob,
      ctx: Pick<JobContext, 'progress'>,
    ): Promise<DigestPublishOutcome> {
      ctx.progress(0, 3);
      const issue = await jobStep('PDF_GATHER', () => this.issue(job.issueId));
      // The issue moved on or was published since the reviewer asked: an outcome to show, not a failure to retry.
      if (issue.row.version !== job.version) return { ok: false, issueId: job.issueId, kind: 'conflict' };
      if (!digestTransition(issue.row.status as DigestStatus, 'publish', actor.role))
        return { ok: false, issueId: job.issueId, kind: 'refused' };
      const result = await publishEdition(actor, issue, job.version, 'publish', ctx, job);
      if (!result.ok) return { ok: false, issueId: job.issueId, kind: result.kind };
      return { ok: true, issueId: job.issueId, edition: result.edition, file: result.file };
    },

    /** The office's PDF of an issue as it stands: the stored layout of this version, or the job laying it out. */
    async askPdf(actor: Actor, id: string): Promise<LayoutAnswer> {
      const issue = await this.issue(id);
      return deps.layouts.ask('digest-pdf', officeTarget(issue), { issueId: id }, actor.id);
    },

    /** The job behind `askPdf`: the issue as it stands when the job runs, laid out and kept under its own version. */
    async pdfJob(job: DigestPdfJob, ctx: Pick<JobContext, 'progress'>): Promise<LayoutOutcome & { issueId: string }> {
      ctx.progress(0, 3);
      const issue = await jobStep('PDF_GATHER', () => this.issue(job.issueId));
      ctx.progress(1, 3);
      const pdf = await jobStep('PDF_LAYOUT', () => digestPdf(issue, deps.pictures));
      ctx.progress(2, 3);
      const kept = await jobStep('PDF_STORE', () => deps.layouts.keep(officeTarget(issue), pdf));
      ctx.progress(3, 3);
      return { ...kept, issueId: job.issueId };
    },
    /** The contact block the digest prints in a language. */
    contact,

    /** The Secretariat's contact block, as the office edits it; refused if stale. */
    async saveContact(actor: Actor, lang: Lang, version: number, input: unknown): Promise<DigestResult> {
      const parsed = contactInput.safeParse(input);
      if (!parsed.success) return invalid(problemsOf(parsed.error.issues));
      const values = parsed.data;
      const result = await change(actor, async (c) => {
        const tx = createDigestStore(c.trx);
        const before = await tx.contact(lang);
        if (!before) {
          if (version !== 0) return c.refuse(conflict());
          await tx.insertContact({ lang, ...values });
        } else await c.versioned('digest_contact', 'lang', lang, version, values);
        await c.audit({
          action: before ? 'update' : 'create',
          recordType: 'digest-contact',
          recordId: lang,
          before: before ? { ...before } : null,
          after: { lang, ...values },
        });
        return { ok: true, id: lang };
      });
      if (result.ok) await hooks.changed();
      return result;
    },

    /** The contact block's version, for the office form (0: never saved, the defaults shown). */
    async contactVersion(lang: Lang): Promise<number> {
      return (await store.contact(lang))?.version ?? 0;
    },

    /** An issue as compile would make it, not saved: the command line's one-off PDF. */
    async preview(input: { from: IsoDate; to: IsoDate; lang: Lang; number?: number }): Promise<Issue> {
      const { releases: byId, candidates, spotlight, teasers } = await gather(input.lang, input.from, input.to);
      const row: IssueRow = {
        id: 'preview',
        number: input.number ?? (await store.lastNumber(input.lang)) + 1,
        lang: input.lang,
        title: defaultTitle(input.lang),
        period_from: input.from,
        period_to: input.to,
        status: 'draft',
        foreword_author: null,
        foreword_title: null,
        foreword_text: null,
        spotlight_release_id: spotlight,
        cover_picture_id: null,
        created_at: now(),
        updated_at: now(),
        published_at: null,
        version: 1,
      };
      return assemble(row, placedOf('preview', candidates, teasers), byId, { flash: [], pictures: [], partners: [] });
    },

    /** The PDF of an issue as it stands (the office's preview). */
    async pdf(issue: Issue): Promise<Buffer> {
      return digestPdf(issue, deps.pictures);
    },
  };
}

/** The stored columns of a placed article, without what was read from its release. */
function stripArticle(a: ArticleRow): ArticleRow {
  return {
    id: a.id,
    releaseId: a.releaseId,
    position: a.position,
    teaser: a.teaser,
    section: a.section,
    teaserPosition: a.teaserPosition,
    teaserText: a.teaserText,
    pullQuote: a.pullQuote,
    pictureId: a.pictureId,
  };
}

/** A section as the editor names it: the dateline's own month is no section of its own. */
function normalSection(section: string | null, date: string | undefined): string | null {
  const s = section?.trim() || null;
  return s && date && s === monthOf(date) ? null : s;
}

export type DigestService = ReturnType<typeof createDigestService>;
