import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Feed } from 'feed';
import { z } from 'zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody, lang as langParam } from '../platform/http/schemas.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import { plainText, renderMarkdown } from '../platform/markdown.ts';
import { DomainError } from '../platform/errors.ts';
import type { Services } from '../services.ts';
import { LINK_KINDS, type LinkKind } from './newsroom.ts';
import { releaseFilter } from './newsroom.schema.ts';
import type { Release } from './newsroom.store.ts';
import { ArticlePage, type LinkTarget, NewsPage, PrintPage, type Targets, targetKey, textOf } from './newsroom.views.tsx';

const slugParams = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/).max(200) }).strict();
const topicParams = z.object({ kind: z.enum(LINK_KINDS), id: z.string().regex(/^[A-Za-z0-9-]+$/).max(100) }).strict();
const feedParams = z.object({ format: z.enum(['rss', 'atom']) }).strict();
const topicFeedParams = topicParams.extend({ format: z.enum(['rss', 'atom']) }).strict();

export const origin = (req: FastifyRequest) => `${req.protocol}://${req.host}`;

/** Names of everything a release can be about, in one language, keyed `kind:id`. */
async function targetsIn(services: Services, lang: Lang, today: string): Promise<Targets> {
  const [states, bodies, catalogue, persons] = await Promise.all([
    services.registry.states(), services.bodies.bodies(), services.cbm.catalogueOn(today), services.people.persons(),
  ]);
  const entries: LinkTarget[] = [
    ...states.map((s) => ({ kind: 'state' as const, id: s.code, name: pick(lang, s.name.en, s.name.ru) })),
    ...bodies.map((b) => ({ kind: 'body' as const, id: b.id, name: pick(lang, b.name.en, b.name.ru) })),
    ...catalogue.dimensions.flatMap((d) => d.areas).map((a) => ({ kind: 'area' as const, id: a.area.id, name: pick(lang, a.area.name.en, a.area.name.ru) })),
    ...persons.map((p) => ({ kind: 'person' as const, id: p.id, name: pick(lang, p.name.en, p.name.ru) })),
  ];
  return new Map(entries.map((e) => [targetKey(e.kind, e.id), e]));
}

function feedOf(req: FastifyRequest, lang: Lang, title: string, path: string, items: Release[]): Feed {
  const base = origin(req);
  const feed = new Feed({
    title: `${t(lang, 'site.acronym')}: ${title}`,
    description: t(lang, 'news.lead'),
    id: `${base}/${lang}${path}`,
    link: `${base}/${lang}${path}`,
    language: lang,
    favicon: `${base}/static/favicon.svg`,
    copyright: t(lang, 'site.name'),
    updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
    generator: 'Secretariat',
    feedLinks: { rss: `${base}/${lang}${path}/feed.rss`, atom: `${base}/${lang}${path}/feed.atom` },
  });
  for (const r of items) {
    const text = textOf(lang, r);
    const url = `${base}/${lang}/news/${r.slug}`;
    feed.addItem({
      title: text.title, id: url, link: url,
      description: text.lead ?? plainText(text.body).slice(0, 300),
      content: renderMarkdown(text.body),
      date: new Date(r.correctedAt ?? r.publishedAt ?? `${r.date}T00:00:00Z`),
      published: new Date(r.publishedAt ?? `${r.date}T00:00:00Z`),
    });
  }
  return feed;
}

const sendFeed = (feed: Feed, format: 'rss' | 'atom') => ({
  type: format === 'rss' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8',
  body: format === 'rss' ? feed.rss2() : feed.atom1(),
});

const site: FastifyPluginAsyncZod<SiteOptions> = async (app, { services, clock, lang }) => {
  const { newsroom } = services;

  app.get('/news', { config: { access: 'public' }, schema: { hide: true, querystring: releaseFilter.omit({ kind: true, id: true }).passthrough() } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const { year, month, page } = req.query;
    const [list, months] = await Promise.all([newsroom.publicList(lang, { year, month: year ? month : undefined, page }), newsroom.months(lang)]);
    return reply.type('text/html; charset=utf-8').send(await NewsPage({ ctx, items: list.items, page, pages: list.pages, months, year, month: year ? month : undefined }));
  });

  app.get('/news/feed.:format', { config: { access: 'public' }, schema: { hide: true, params: feedParams } }, async (req, reply) => {
    const { items } = await newsroom.publicList(lang, { page: 1 });
    const out = sendFeed(feedOf(req, lang, t(lang, 'news.title'), '/news', items), req.params.format);
    return reply.type(out.type).send(out.body);
  });

  app.get('/news/about/:kind/:id', { config: { access: 'public' }, schema: { hide: true, params: topicParams, querystring: z.object({ page: z.coerce.number().int().min(1).default(1) }).passthrough() } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const topic = (await targetsIn(services, lang, ctx.today)).get(targetKey(req.params.kind, req.params.id));
    if (!topic) throw new DomainError('RECORD_NOT_FOUND', 'no such topic', [{ field: 'id', message: 'not found' }]);
    const list = await newsroom.publicList(lang, { page: req.query.page, link: { kind: req.params.kind as LinkKind, id: req.params.id } });
    return reply.type('text/html; charset=utf-8').send(await NewsPage({ ctx, items: list.items, page: req.query.page, pages: list.pages, months: [], topic }));
  });

  app.get('/news/about/:kind/:id/feed.:format', { config: { access: 'public' }, schema: { hide: true, params: topicFeedParams } }, async (req, reply) => {
    const topic = (await targetsIn(services, lang, clock.today())).get(targetKey(req.params.kind, req.params.id));
    if (!topic) throw new DomainError('RECORD_NOT_FOUND', 'no such topic');
    const { items } = await newsroom.publicList(lang, { page: 1, link: { kind: req.params.kind, id: req.params.id } });
    const out = sendFeed(feedOf(req, lang, t(lang, 'news.aboutTitle', { name: topic.name }), `/news/about/${topic.kind}/${topic.id}`, items), req.params.format);
    return reply.type(out.type).send(out.body);
  });

  app.get('/news/:slug', { config: { access: 'public' }, schema: { hide: true, params: slugParams } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const release = await newsroom.published(req.params.slug);
    const [targets, events] = await Promise.all([targetsIn(services, lang, ctx.today), newsroom.events(release.id)]);
    return reply.type('text/html; charset=utf-8').send(await ArticlePage({ ctx, release, targets, events, origin: origin(req) }));
  });

  app.get('/news/:slug/print', { config: { access: 'public' }, schema: { hide: true, params: slugParams } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const release = await newsroom.published(req.params.slug);
    const [targets, events] = await Promise.all([targetsIn(services, lang, ctx.today), newsroom.events(release.id)]);
    return reply.type('text/html; charset=utf-8').send(await PrintPage({ ctx, release, targets, events }));
  });
};

const listQuery = releaseFilter.extend({ lang: langParam }).strict();
const releaseItem = z.object({
  id: z.string(), slug: z.string(), title: z.string(), dateline: z.string(), date: z.string(), dateTo: z.string().nullable(),
  lead: z.string().nullable(), url: z.string(), about: z.array(z.object({ kind: z.enum(LINK_KINDS), id: z.string() })),
});

const api: FastifyPluginAsyncZod<ApiOptions> = async (app, { services }) => {
  app.get('/press-releases', {
    config: { access: 'public' },
    schema: {
      summary: 'Published press releases, newest first, 20 a page', tags: ['newsroom'], querystring: listQuery,
      response: { 200: z.object({ page: z.number(), pages: z.number(), total: z.number(), items: z.array(releaseItem) }), 400: errorBody },
    },
  }, async (req) => {
    const { lang, year, month, page, kind, id } = req.query;
    const list = await services.newsroom.publicList(lang, { year, month, page, link: kind && id ? { kind, id } : undefined });
    return {
      page, pages: list.pages, total: list.total,
      items: list.items.map((r) => {
        const text = textOf(lang, r);
        return { id: r.id, slug: r.slug, title: text.title, dateline: text.dateline, date: r.date, dateTo: r.dateTo, lead: text.lead, url: `${origin(req)}/${lang}/news/${r.slug}`, about: r.links };
      }),
    };
  });
};

export const newsroomCapability: Capability = { api, site };
