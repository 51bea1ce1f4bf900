/**
 * The digest's use cases: compile an issue from the period's published
 * releases, let an editor adjust it, take it through review, and give it out
 * as a web edition and a PDF laid out by Typst.
 */
import './digest.messages.ts';
import { newId } from '../platform/ids.ts';
import { INT_MAX } from '../platform/numbers.ts';
import { type Change, type ChangeResult, createChanges, invalid, refused } from '../platform/changes.ts';
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
  type DigestAction,
  type DigestStatus,
  articlesOf,
  byMonth,
  digestTransition,
  move,
  suggestSpotlight,
  suggestTeasers,
} from './digest.ts';
import { type DigestInput, compileInput, digestInput } from './digest.schema.ts';
import { type IssueRow, createDigestStore } from './digest.store.ts';
import type { ArticleRow, Part } from './digest.ts';

export type Deps = Readonly<{
  clock: Clock;
  bodies: Pick<BodiesService, 'bodies'>;
  newsroom: () => Pick<NewsroomService, 'byIds' | 'publicBetween' | 'published'>;
}>;

/** What others learn of the digest's changes: cached public pages must know the record moved on. */
export type DigestHooks = { changed: () => Promise<void> };

/** An article of an issue: the release in the issue's language. */
export type Article = Readonly<{
  id: string;
  releaseId: string;
  position: number;
  teaser: boolean;
  date: string;
  title: string;
  lead: string | null;
  body: string;
  dateline: string;
  release: Release;
}>;

export type Issue = Readonly<{
  row: IssueRow;
  lang: Lang;
  articles: Article[];
  months: Array<{ month: string; articles: Article[] }>;
  spotlight: Article | null;
  teasers: Article[];
  flash: Part[];
  /** The addresses (slugs) of the releases flash items stand for, by release id. */
  flashReleases: ReadonlyMap<string, string>;
  pictures: Part[];
  partners: Part[];
}>;

export type DigestResult = ChangeResult;

const problemsOf = (issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): FieldProblem[] =>
  issues.map((i) => ({ field: i.path.join('.'), message: i.message }));

export function createDigestService(db: Db, deps: Deps, hooks: DigestHooks = { changed: async () => {} }) {
  const store = createDigestStore(db);
  const change = createChanges(db, deps.clock);
  const now = () => deps.clock.now().toISOString();

  type Parts = Pick<Issue, 'flash' | 'flashReleases' | 'pictures' | 'partners'>;

  /** An issue from its row and placed articles: each in the issue's language, the spotlight apart, the rest by month. */
  function assemble(
    row: IssueRow,
    placed: readonly ArticleRow[],
    releases: ReadonlyMap<string, Release>,
    parts: Parts,
  ): Issue {
    const lang = row.lang as Lang;
    const articles = placed.flatMap((a) => {
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
          release,
        },
      ];
    });
    const spotlight = articles.find((a) => a.releaseId === row.spotlight_release_id) ?? null;
    return {
      row,
      lang,
      articles,
      months: byMonth(articles.filter((a) => a !== spotlight)),
      spotlight,
      teasers: articles.filter((a) => a.teaser),
      ...parts,
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
    const flashReleases = new Map(
      flash.flatMap((f) => {
        const r = f.releaseId ? byId.get(f.releaseId) : undefined;
        return r ? [[r.id, r.slug] as const] : [];
      }),
    );
    return assemble(row, placed, byId, { flash, flashReleases, pictures, partners });
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
      teasers: new Set(suggestTeasers(candidates, spotlight)),
    };
  }

  const defaultTitle = (lang: Lang) => (lang === 'ru' ? 'ГОЛОС АЗИИ: дайджест СВМДА' : 'VOICE OF ASIA: CICA Digest');

  /** The audit trail knows creations and updates; what kind of update it was goes into the values. */
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

  return {
    async issues(filter: { status?: DigestStatus; lang?: Lang } = {}): Promise<IssueRow[]> {
      return store.issues(filter);
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

    /** A published issue by its number in a language. */
    async published(lang: Lang, number: number): Promise<Issue> {
      const row = await store.byNumber(lang, number);
      if (row?.status !== 'published')
        throw new DomainError(
          'RECORD_NOT_FOUND',
          'error.noIssue',
          [{ field: 'number', message: 'error.noIssue', params: { number } }],
          { number },
        );
      return load(row);
    },

    /**
     * A new draft filled from the period's published releases: grouped by the
     * month of their dateline, in date order, with a spotlight and cover
     * teasers suggested, so that an editor only adjusts.
     */
    async compile(actor: Actor, input: unknown): Promise<DigestResult> {
      const parsed = compileInput.safeParse(input);
      if (!parsed.success) return invalid(problemsOf(parsed.error.issues));
      const { from, to, lang } = parsed.data;
      const number = parsed.data.number ?? (await store.lastNumber(lang)) + 1;
      if (number > INT_MAX) return invalid([{ field: 'number', message: 'field.numberRange' }]);
      if (await store.byNumber(lang, number)) return invalid([{ field: 'number', message: 'field.taken' }]);
      const { candidates, spotlight, teasers } = await gather(lang, from, to);
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
        created_at: at,
        updated_at: at,
        published_at: null,
      };
      const result = await change(actor, async (c) => {
        const tx = createDigestStore(c.trx);
        await tx.insertIssue(row);
        await tx.replaceArticles(
          id,
          candidates.map((candidate, i) => ({
            id: `${id}-a${i + 1}`,
            releaseId: candidate.id,
            position: i + 1,
            teaser: teasers.has(candidate.id),
          })),
        );
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

    /** The editor's adjustments: title, number, foreword, spotlight, teasers and the short parts. Refused whole if stale or invalid. */
    async update(actor: Actor, id: string, version: number, input: unknown): Promise<DigestResult> {
      const parsed = digestInput.safeParse(input);
      if (!parsed.success) return invalid(problemsOf(parsed.error.issues));
      const issue = await this.issue(id);
      const v: DigestInput = parsed.data;
      const ids = new Set(issue.articles.map((a) => a.releaseId));
      const problems: FieldProblem[] = [];
      if (v.spotlight && !ids.has(v.spotlight)) problems.push({ field: 'spotlight', message: 'field.unknownRef' });
      if (v.teasers.some((t) => !ids.has(t))) problems.push({ field: 'teasers', message: 'field.unknownRef' });
      if (v.teasers.length > 8) problems.push({ field: 'teasers', message: 'field.tooMany' });
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
      };
      return changeIssue(actor, id, version, 'edit', fields, { ...v }, async (c) => {
        const tx = createDigestStore(c.trx);
        const teasers = new Set(v.teasers);
        await tx.replaceArticles(
          id,
          issue.articles.map((a) => ({
            id: a.id,
            releaseId: a.releaseId,
            position: a.position,
            teaser: teasers.has(a.releaseId),
          })),
        );
        await tx.replaceParts('digest_flash', id, flash);
        await tx.replaceParts('digest_picture', id, v.pictures);
        await tx.replaceParts('digest_partner', id, v.partners);
      });
    },

    /** Moves an article one place within its month, if the issue is still at `version`. */
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
        await createDigestStore(c.trx).replaceArticles(
          id,
          moved.map((a) => ({ id: a.id, releaseId: a.releaseId, position: a.position, teaser: a.teaser })),
        );
      });
    },

    async act(actor: Actor, id: string, version: number, action: DigestAction): Promise<DigestResult> {
      const issue = await this.issue(id);
      const next = digestTransition(issue.row.status as DigestStatus, action, actor.role);
      if (!next) throw new DomainError('FORBIDDEN', `cannot ${action} an issue that is ${issue.row.status}`);
      const columns = { status: next, ...(next === 'published' ? { published_at: now() } : {}) };
      return changeIssue(actor, id, version, action, columns, { status: next, from: issue.row.status });
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
        created_at: now(),
        updated_at: now(),
        published_at: null,
        version: 1,
      };
      const placed = candidates.map((c, i) => ({
        id: `a${i + 1}`,
        releaseId: c.id,
        position: i + 1,
        teaser: teasers.has(c.id),
      }));
      return assemble(row, placed, byId, { flash: [], flashReleases: new Map(), pictures: [], partners: [] });
    },
  };
}

export type DigestService = ReturnType<typeof createDigestService>;
