import './newsroom.messages.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FieldProblem } from '../platform/errors.ts';
import type { ChangeResult } from '../platform/changes.ts';
import type { OfficeContext } from '../platform/layout/office.tsx';
import { ReleaseOfficePage, ReleasesPage } from './newsroom.office.views.tsx';
import { ReleaseForm, formValuesOf, linkChoices } from './newsroom.form.views.tsx';
import type { Actor } from '../platform/access.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { versionOf } from '../platform/numbers.ts';
import { perGeneration } from '../platform/db/generation.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody, lang as langParam } from '../platform/http/schemas.ts';
import { type Lang, LANGS, negotiateLang, pick, say, t } from '../platform/i18n/i18n.ts';
import { plainText, renderMarkdown } from '../platform/markdown.ts';
import { type FeedChannel, atomFeed, rssFeed } from '../platform/feeds.ts';
import { DomainError } from '../platform/errors.ts';
import type { Services } from '../services.ts';
import { LINK_KINDS, type LinkKind, availableActions } from './newsroom.ts';
import { actionInput, imagesFromForm, proposalDecision, releaseFilter } from './newsroom.schema.ts';
import type { Link, Release } from './newsroom.ts';
import {
  ArticlePage,
  type LinkTarget,
  NewsPage,
  PrintPage,
  type Targets,
  pictureIdsOf,
  targetKey,
} from './newsroom.views.tsx';
import { contactIn, textOf } from './newsroom.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<
  Pick<
    Services,
    | 'activities'
    | 'bodies'
    | 'cbm'
    | 'documents'
    | 'generation'
    | 'newsroom'
    | 'office'
    | 'people'
    | 'pictures'
    | 'registry'
  >
>;

const slugParams = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(200),
  })
  .strict();
const topicParams = z
  .object({
    kind: z.enum(LINK_KINDS),
    id: z
      .string()
      .regex(/^[A-Za-z0-9-]+$/)
      .max(100),
  })
  .strict();
const feedParams = z.object({ format: z.enum(['rss', 'atom']) }).strict();
const topicFeedParams = topicParams.extend({ format: z.enum(['rss', 'atom']) }).strict();

/** Names of what these links point at, in one language, keyed `kind:id`: only the linked records are read. */
async function linkedTargets(
  services: Deps,
  lang: Lang,
  links: readonly Link[],
  actor: Actor | null,
): Promise<Targets> {
  const kinds = [...new Set(links.map((l) => l.kind))].filter((k) => k !== 'document');
  const named = await Promise.all(
    kinds.map(async (kind) => {
      const options = await services.office.names(
        kind,
        links.filter((l) => l.kind === kind).map((l) => l.id),
      );
      return options.map((o): LinkTarget => ({ kind, id: o.id, name: pick(lang, o.en ?? o.id, o.ru) }));
    }),
  );
  const documents = await readableDocuments(services, lang, links, actor);
  return new Map([...named.flat(), ...documents].map((e) => [targetKey(e.kind, e.id), e]));
}

/**
 * Documents a release links, named only where this reader may read them (decision 011's classification):
 * a member-states or internal document is left out for an anonymous visitor, its title and address unsaid.
 */
async function readableDocuments(
  services: Deps,
  lang: Lang,
  links: readonly Link[],
  actor: Actor | null,
): Promise<LinkTarget[]> {
  const ids = new Set(links.filter((l) => l.kind === 'document').map((l) => l.id));
  if (ids.size === 0) return [];
  const visible = await services.documents.list(actor);
  return visible
    .filter((d) => ids.has(d.id))
    .map((d) => ({ kind: 'document' as const, id: d.id, name: pick(lang, d.title.en, d.title.ru) }));
}

/** Names of everything a release can be about, in one language, keyed `kind:id`: the release form's choices. */
/** The library's pictures the releases show, by id. */
async function picturesOf(services: Deps, releases: readonly Release[], gallery = true) {
  const ids = pictureIdsOf(releases, gallery);
  return new Map((ids.length ? await services.pictures.byIds(ids) : []).map((p) => [p.id, p]));
}

async function targetsIn(services: Deps, lang: Lang, actor: Actor): Promise<Targets> {
  const [states, bodies, areas, persons, activities, documents] = await Promise.all([
    services.registry.states(),
    services.bodies.bodies(),
    services.cbm.priorityAreas(),
    services.people.persons(),
    services.activities.names(),
    services.documents.list(actor),
  ]);
  const entries: LinkTarget[] = [
    ...states.map((s) => ({ kind: 'state' as const, id: s.code, name: pick(lang, s.name.en, s.name.ru) })),
    ...bodies.map((b) => ({ kind: 'body' as const, id: b.id, name: pick(lang, b.name.en, b.name.ru) })),
    ...areas.map((a) => ({ kind: 'area' as const, id: a.id, name: pick(lang, a.name.en, a.name.ru) })),
    ...persons.map((p) => ({ kind: 'person' as const, id: p.id, name: pick(lang, p.name.en, p.name.ru) })),
    ...activities.map((a) => ({ kind: 'activity' as const, id: a.id, name: pick(lang, a.title.en, a.title.ru) })),
    ...documents.map((d) => ({ kind: 'document' as const, id: d.id, name: pick(lang, d.title.en, d.title.ru) })),
  ];
  return new Map(entries.map((e) => [targetKey(e.kind, e.id), e]));
}

function feedOf(base: string, lang: Lang, title: string, path: string, items: Release[]): FeedChannel {
  return {
    title: `${t(lang, 'site.acronym')}: ${title}`,
    subtitle: t(lang, 'news.lead'),
    id: `${base}/${lang}${path}`,
    link: `${base}/${lang}${path}`,
    language: lang,
    icon: `${base}/static/favicon.svg`,
    rights: t(lang, 'site.name'),
    updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
    self: { rss: `${base}/${lang}${path}/feed.rss`, atom: `${base}/${lang}${path}/feed.atom` },
    entries: items.map((r) => {
      const text = textOf(lang, r);
      const url = `${base}/${lang}/news/${r.slug}`;
      return {
        // Titles and leads are plain text as staff typed them; the body is Markdown, sanitized on the way to HTML.
        title: text.title,
        id: url,
        link: url,
        summary: text.lead ?? plainText(text.body).slice(0, 300),
        contentHtml: renderMarkdown(text.body),
        updated: new Date(r.correctedAt ?? r.publishedAt ?? `${r.date}T00:00:00Z`),
        published: new Date(r.publishedAt ?? `${r.date}T00:00:00Z`),
      };
    }),
  };
}

const sendFeed = (feed: FeedChannel, format: 'rss' | 'atom') => ({
  type: format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
  body: format === 'rss' ? rssFeed(feed) : atomFeed(feed),
});

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, options) => {
  const { services, clock, lang, publicUrl } = options;
  const { newsroom } = services;
  // The people a contact's name is looked up among: the same for every article until the record changes.
  const persons = perGeneration(services.generation, () => services.people.persons());
  const personsFor = (release: Release) => (release.contact.name ? persons('') : Promise.resolve([]));
  await office(app, options);

  app.get(
    '/news',
    {
      config: { access: 'public' },
      schema: { hide: true, querystring: releaseFilter.omit({ kind: true, id: true }).passthrough() },
    },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { year, month, page } = req.query;
      const [list, months] = await Promise.all([
        newsroom.publicList(lang, { year, month: year ? month : undefined, page }),
        newsroom.months(lang),
      ]);
      const pictures = await picturesOf(services, list.items, false);
      return reply.type('text/html; charset=utf-8').send(
        await NewsPage({
          ctx,
          pictures,
          items: list.items,
          page,
          pages: list.pages,
          months,
          year,
          month: year ? month : undefined,
        }),
      );
    },
  );

  app.get(
    '/news/feed.:format',
    { config: { access: 'public' }, schema: { hide: true, params: feedParams } },
    async (req, reply) => {
      const { items } = await newsroom.publicList(lang, { page: 1 });
      const out = sendFeed(feedOf(publicUrl, lang, t(lang, 'news.title'), '/news', items), req.params.format);
      return reply.type(out.type).send(out.body);
    },
  );

  app.get(
    '/news/about/:kind/:id',
    {
      config: { access: 'public' },
      schema: {
        hide: true,
        params: topicParams,
        querystring: z.object({ page: z.coerce.number().int().min(1).default(1) }).passthrough(),
      },
    },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const topic = (
        await linkedTargets(services, lang, [{ kind: req.params.kind, id: req.params.id }], req.actor)
      ).get(targetKey(req.params.kind, req.params.id));
      if (!topic)
        throw new DomainError('RECORD_NOT_FOUND', 'error.noTopic', [{ field: 'id', message: 'error.noTopic' }]);
      const list = await newsroom.publicList(lang, {
        page: req.query.page,
        link: { kind: req.params.kind as LinkKind, id: req.params.id },
      });
      return reply
        .type('text/html; charset=utf-8')
        .send(await NewsPage({ ctx, items: list.items, page: req.query.page, pages: list.pages, months: [], topic }));
    },
  );

  app.get(
    '/news/about/:kind/:id/feed.:format',
    { config: { access: 'public' }, schema: { hide: true, params: topicFeedParams } },
    async (req, reply) => {
      const topic = (
        await linkedTargets(services, lang, [{ kind: req.params.kind, id: req.params.id }], req.actor)
      ).get(targetKey(req.params.kind, req.params.id));
      if (!topic) throw new DomainError('RECORD_NOT_FOUND', 'error.noTopic');
      const { items } = await newsroom.publicList(lang, {
        page: 1,
        link: { kind: req.params.kind, id: req.params.id },
      });
      const out = sendFeed(
        feedOf(
          publicUrl,
          lang,
          t(lang, 'news.aboutTitle', { name: topic.name }),
          `/news/about/${topic.kind}/${topic.id}`,
          items,
        ),
        req.params.format,
      );
      return reply.type(out.type).send(out.body);
    },
  );

  app.get(
    '/news/:slug',
    { config: { access: 'public' }, schema: { hide: true, params: slugParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const found = await newsroom.published(req.params.slug);
      const [targets, events, people, pictures] = await Promise.all([
        linkedTargets(services, lang, found.links, req.actor),
        newsroom.events(found.id),
        personsFor(found),
        picturesOf(services, [found]),
      ]);
      const release = { ...found, contact: contactIn(lang, found.contact, people) };
      return reply
        .type('text/html; charset=utf-8')
        .send(await ArticlePage({ ctx, release, targets, events, origin: publicUrl, pictures }));
    },
  );

  app.get(
    '/news/:slug/print',
    { config: { access: 'public' }, schema: { hide: true, params: slugParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const found = await newsroom.published(req.params.slug);
      const [targets, events, people] = await Promise.all([
        linkedTargets(services, lang, found.links, req.actor),
        newsroom.events(found.id),
        personsFor(found),
      ]);
      const release = { ...found, contact: contactIn(lang, found.contact, people) };
      return reply.type('text/html; charset=utf-8').send(await PrintPage({ ctx, release, targets, events }));
    },
  );
};

const idParams = z.object({ id: z.string().uuid() }).strict();
const formBody = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const single = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The form's fields, as the release schema wants them. */
function releaseFromForm(body: Record<string, string | string[]>) {
  const { _csrf: _, version: __, images_drop: drop, ...fields } = body;
  const plain = Object.fromEntries(Object.entries(fields).filter(([k]) => !k.startsWith('image_')));
  return {
    ...plain,
    // Pictures by address are no longer added in the form; those a release had are carried, or dropped on request.
    images:
      single(drop) === 'yes'
        ? []
        : imagesFromForm(Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, single(v)]))),
  };
}

const office: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const { newsroom } = services;
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });
  const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

  async function releasePage(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    problems: FieldProblem[] = [],
    message: string | null = null,
    status = 200,
  ) {
    const ctx = frame(req, reply);
    const release = await newsroom.get(id);
    const proposals = await newsroom.proposals(id);
    const [targets, events, pictures] = await Promise.all([
      linkedTargets(
        services,
        lang,
        [...release.links, ...proposals.map((p) => ({ kind: p.kind, id: p.targetId }))],
        req.actor,
      ),
      newsroom.events(id),
      picturesOf(services, [release]),
    ]);
    const actions = availableActions(release.status, release.publishAt, ctx.actor.role, clock.now());
    return html(reply, status).send(
      await ReleaseOfficePage({ ctx, release, targets, events, actions, problems, message, pictures, proposals }),
    );
  }

  async function form(
    req: FastifyRequest,
    reply: FastifyReply,
    release: Release | null,
    values: Record<string, string | string[]>,
    problems: FieldProblem[],
    status = 200,
    conflict = false,
    preview: Release | null = null,
  ) {
    const ctx = frame(req, reply);
    const links = linkChoices(await targetsIn(services, lang, req.actor!));
    const shown = preview
      ? {
          release: preview,
          targets: await linkedTargets(services, lang, preview.links, req.actor),
          // The lead picture and the gallery as the page would show them, from the form's choices.
          pictures: await picturesOf(services, [preview]),
        }
      : null;
    const library = await services.pictures.list();
    return html(reply, status).send(
      await ReleaseForm({ ctx, release, values, problems, links, conflict, preview: shown, library }),
    );
  }

  /** The form again with the release as it would read above it; nothing is saved, so it needs no JavaScript. */
  async function previewed(req: FastifyRequest, reply: FastifyReply, release: Release | null) {
    const body = req.body as Record<string, string | string[]>;
    const result = await newsroom.preview(releaseFromForm(body), release);
    if (!result.ok) return form(req, reply, release, body, result.problems, 400);
    return form(req, reply, release, body, [], 200, false, result.release);
  }

  app.post(
    '/office/releases/preview',
    { config: { access: 'editor' }, preHandler: app.csrfProtection, schema: { hide: true, body: formBody } },
    async (req, reply) => previewed(req, reply, null),
  );

  app.post(
    '/office/releases/:id/preview',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: formBody },
    },
    async (req, reply) => previewed(req, reply, await newsroom.get(req.params.id)),
  );

  app.get('/office/releases', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    return html(reply).send(await ReleasesPage({ ctx: frame(req, reply), releases: await newsroom.officeList() }));
  });

  app.get('/office/releases/new', { config: { access: 'editor' }, schema: { hide: true } }, async (req, reply) => {
    const contact = {
      contact_name: '',
      contact_title: '',
      contact_name_ru: '',
      contact_title_ru: '',
      contact_email: '',
      contact_phone: '',
    };
    return form(req, reply, null, { date: clock.today(), ...contact }, []);
  });

  app.post(
    '/office/releases',
    { config: { access: 'editor' }, preHandler: app.csrfProtection, schema: { hide: true, body: formBody } },
    async (req, reply) => {
      const result = await newsroom.create(req.actor!, releaseFromForm(req.body));
      if (result.ok) return reply.redirect(`/${lang}/office/releases/${result.id}?saved=1`, 303);
      return form(req, reply, null, req.body, result.kind === 'invalid' ? result.problems : [], 400);
    },
  );

  app.get(
    '/office/releases/:id',
    {
      config: { access: 'staff' },
      schema: { hide: true, params: idParams, querystring: z.object({ saved: z.string().optional() }).passthrough() },
    },
    async (req, reply) => {
      return releasePage(req, reply, req.params.id, [], req.query.saved ? t(lang, 'office.saved') : null);
    },
  );

  app.get(
    '/office/releases/:id/edit',
    { config: { access: 'editor' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const release = await newsroom.get(req.params.id);
      return form(req, reply, release, formValuesOf(release), []);
    },
  );

  app.post(
    '/office/releases/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: formBody },
    },
    async (req, reply) => {
      const release = await newsroom.get(req.params.id);
      const version = versionOf(single(req.body.version));
      if (version === null)
        return form(req, reply, release, req.body, [{ field: 'version', message: 'field.invalid' }], 400);
      const result = await newsroom.update(req.actor!, release.id, version, releaseFromForm(req.body));
      if (result.ok) return reply.redirect(`/${lang}/office/releases/${release.id}?saved=1`, 303);
      if (result.kind === 'refused') return releasePage(req, reply, release.id, [], t(lang, 'nr.refused'), 409);
      return form(
        req,
        reply,
        release,
        req.body,
        result.kind === 'invalid' ? result.problems : [],
        result.kind === 'conflict' ? 409 : 400,
        result.kind === 'conflict',
      );
    },
  );

  /**
   * A decision taken on the release's own page: the form parsed with its schema, the change made, and on any
   * refusal the page again with the problems (400) or the reason (409); success goes back to the page.
   */
  async function decidedOnPage<S extends z.ZodTypeAny>(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    body: Record<string, string | string[]>,
    schema: S,
    decide: (input: z.infer<S>) => Promise<ChangeResult>,
    anchor = '',
  ) {
    const parsed = schema.safeParse(Object.fromEntries(Object.entries(body).map(([k, v]) => [k, single(v)])));
    if (!parsed.success)
      return releasePage(
        req,
        reply,
        id,
        parsed.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })),
        null,
        400,
      );
    const result = await decide(parsed.data);
    if (result.ok) return reply.redirect(`/${lang}/office/releases/${id}?saved=1${anchor}`, 303);
    if (result.kind === 'invalid') return releasePage(req, reply, id, result.problems, null, 400);
    return releasePage(req, reply, id, [], t(lang, result.kind === 'conflict' ? 'nr.conflict' : 'nr.refused'), 409);
  }

  app.post(
    '/office/releases/:id/proposals',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: formBody },
    },
    async (req, reply) =>
      decidedOnPage(
        req,
        reply,
        req.params.id,
        req.body,
        proposalDecision,
        ({ decision, proposal, version }) =>
          newsroom.settleProposals(req.actor!, req.params.id, version, decision, proposal),
        '#proposals',
      ),
  );

  app.post(
    '/office/releases/:id/act',
    {
      config: { access: 'staff' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: formBody },
    },
    async (req, reply) =>
      decidedOnPage(req, reply, req.params.id, req.body, actionInput, ({ action, version, comment, publish_at }) => {
        // The form's date-time carries no zone; the office works in UTC, and says so beside the field.
        const publishAt = publish_at ? `${publish_at.length === 16 ? `${publish_at}:00` : publish_at}Z` : null;
        return newsroom.act(req.actor!, req.params.id, version, action, { comment, publishAt });
      }),
  );
};

const listQuery = releaseFilter.extend({ lang: langParam }).strict();
const releaseItem = z.object({
  id: z.string(),
  slug: z.string(),
  title: z.string(),
  dateline: z.string(),
  date: z.string(),
  dateTo: z.string().nullable(),
  lead: z.string().nullable(),
  url: z.string(),
  about: z.array(z.object({ kind: z.enum(LINK_KINDS), id: z.string() })),
});

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, publicUrl }) => {
  // Scheduled releases go out on time even when nobody reads the site: the newsroom's own clockwork.
  const promote = setInterval(() => {
    void services.newsroom.promoteDue().catch((error: unknown) => app.log.error(error));
  }, 2000);
  promote.unref();
  app.addHook('onClose', async () => clearInterval(promote));

  app.get(
    '/press-releases',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Published press releases, newest first, 20 a page',
        tags: ['newsroom'],
        querystring: listQuery,
        response: {
          200: z.object({ page: z.number(), pages: z.number(), total: z.number(), items: z.array(releaseItem) }),
          400: errorBody,
        },
      },
    },
    async (req) => {
      const { lang, year, month, page, kind, id } = req.query;
      // A document the reader may not read is never named: not as a link, nor as a topic asked for.
      const readable = new Set((await services.documents.list(req.actor)).map((d) => d.id));
      if (kind === 'document' && id && !readable.has(id)) return { page, pages: 0, total: 0, items: [] };
      const list = await services.newsroom.publicList(lang, {
        year,
        month,
        page,
        link: kind && id ? { kind, id } : undefined,
      });
      return {
        page,
        pages: list.pages,
        total: list.total,
        items: list.items.map((r) => {
          const text = textOf(lang, r);
          return {
            id: r.id,
            slug: r.slug,
            title: text.title,
            dateline: text.dateline,
            date: r.date,
            dateTo: r.dateTo,
            lead: text.lead,
            url: `${publicUrl}/${lang}/news/${r.slug}`,
            about: r.links.filter((l) => l.kind !== 'document' || readable.has(l.id)),
          };
        }),
      };
    },
  );
};

const importQuery = z
  .object({ publish: z.enum(['true', 'false']).default('false'), lang: z.enum(LANGS).optional() })
  .strict();
const importResponse = z.object({
  created: z.array(z.object({ origin: z.string(), id: z.string(), slug: z.string() })),
  skipped: z.array(z.object({ origin: z.string(), existing: z.string() })),
});

/** The API's own writes: one endpoint, reached with a token, never with a browser's session. */
const apiWrites: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.addContentTypeParser(['text/markdown', 'text/x-markdown'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/press-releases',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'Import press releases (JSON array of items, or Markdown with front matter); needs an API token',
        description:
          'Send `Authorization: Bearer <token>` (`npm run secretariat -- token add`). Every item is checked before anything is written; one refused item refuses the request. Releases already in the record (same title, language and date) are skipped.',
        tags: ['newsroom'],
        querystring: importQuery,
        response: { 201: importResponse, 400: errorBody, 401: errorBody },
      },
    },
    async (req, reply) => {
      const markdown = typeof req.body === 'string';
      const file = {
        name: markdown ? 'request.md' : 'request.json',
        content: markdown ? (req.body as string) : JSON.stringify(req.body),
      };
      const result = await services.newsroom.importFiles(req.actor!, [file], { publish: req.query.publish === 'true' });
      if (!result.ok) {
        const lang = req.query.lang ?? negotiateLang(req.headers['accept-language']);
        return reply.code(400).send({
          error: 'BAD_REQUEST',
          message: t(lang, 'nr.nothingImported'),
          problems: result.problems.map((p) => ({
            field: [p.file, p.field].filter(Boolean).join(' '),
            message: say(lang, p.message),
          })),
        });
      }
      return reply.code(201).send({ created: result.created, skipped: result.skipped });
    },
  );
};

export const newsroomCapability: Capability<Deps> = {
  api: async (app, options) => {
    await api(app, options);
    await apiWrites(app, options);
  },
  site,
};
