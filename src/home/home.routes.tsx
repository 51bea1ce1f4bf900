import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { z } from 'zod';
import {
  RELEASES_PER_SITEMAP,
  type SitemapEntry,
  fitsOneSitemap,
  parseSitemapPart,
  sitemapIndexXml,
  sitemapParts,
  sitemapXml,
} from './sitemap.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { HomePage } from './home.views.tsx';
import { upcomingAndRecent } from './home.ts';
import { namesOf } from '../activities/activities.routes.tsx';
import { latestInForce } from '../platform/dates.ts';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<
  Pick<
    Services,
    'activities' | 'bodies' | 'cbm' | 'chairmanship' | 'digest' | 'documents' | 'newsroom' | 'people' | 'registry'
  >
>;

/** How many of each the home page shows: enough to read as current, few enough to scan. */
const NEWS = 4;
const UPCOMING = 3;
const RECENT = 4;

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get('/', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const [standings, organizations, troika, states, areas, news, activities, names, heads, issues] = await Promise.all(
      [
        services.registry.standings(ctx.today),
        services.registry.organizations(),
        services.chairmanship.troika(ctx.today),
        services.registry.states(),
        services.cbm.areaCount(),
        services.newsroom.publicList(lang, { page: 1 }),
        services.activities.list({}),
        namesOf(services),
        services.people.secretariatHeads(),
        services.digest.issues({ status: 'published', lang }),
      ],
    );
    const split = upcomingAndRecent(activities, ctx.today);
    return reply.type('text/html; charset=utf-8').send(
      await HomePage({
        ctx,
        figures: {
          members: standings.filter((s) => s.status === 'member').length,
          observers: standings.filter((s) => s.status === 'observer').length,
          observerOrgs: organizations.filter((o) => o.relations.some((r) => r.relation === 'observer')).length,
          areas,
        },
        troika,
        states: new Map(states.map((s) => [s.code, s])),
        news: news.items.slice(0, NEWS),
        upcoming: split.upcoming.slice(0, UPCOMING),
        recent: split.recent.slice(0, RECENT),
        names,
        head: latestInForce(heads, ctx.today),
        digest: issues[0] ?? null,
      }),
    );
  });
};

/** The site's pages other than releases, for the sitemap. */
async function pageEntries(services: Deps): Promise<SitemapEntry[]> {
  const [states, bodies, activities, plans, people, documents] = await Promise.all([
    services.registry.states(),
    services.bodies.bodies(),
    services.activities.names(),
    services.activities.plans(),
    services.people.persons(),
    // Public documents only, whoever asks: a sitemap is for everyone.
    services.documents.list(null),
  ]);
  return [
    ...[
      '/',
      '/news',
      '/activities',
      '/activities/calendar',
      '/activities/report',
      '/activities/plans',
      '/digest',
      '/states',
      '/structure',
      '/chairmanship',
      '/cbm',
      '/documents',
      '/treaties',
    ].map((path) => ({ path })),
    ...documents.map((d) => ({ path: `/documents/${d.id}` })),
    ...activities.map((a) => ({ path: `/activities/${a.id}` })),
    ...plans.map((p) => ({ path: `/activities/plan/${p.year}` })),
    ...states.map((s) => ({ path: `/states/${s.code}` })),
    ...bodies.map((b) => ({ path: `/structure/${b.id}` })),
    ...people.map((p) => ({ path: `/people/${p.id}` })),
  ];
}

const releaseEntries = async (services: Deps, offset: number, limit: number): Promise<SitemapEntry[]> =>
  (await services.newsroom.publicAddresses(offset, limit)).map((r) => ({
    path: `/news/${r.slug}`,
    lastmod: r.updatedAt.slice(0, 10),
  }));

const XML = 'application/xml; charset=utf-8';

const root: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, publicUrl }) => {
  // Small sites get one sitemap; past the protocol's limit, /sitemap.xml is an index of parts
  // (the other pages, then the releases RELEASES_PER_SITEMAP at a time, newest first).
  app.get('/sitemap.xml', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const [pages, releases] = await Promise.all([pageEntries(services), services.newsroom.publicCount()]);
    if (fitsOneSitemap(pages.length + releases))
      return reply.type(XML).send(sitemapXml(publicUrl, [...pages, ...(await releaseEntries(services, 0, releases))]));
    return reply.type(XML).send(sitemapIndexXml(publicUrl, sitemapParts(releases)));
  });

  app.get(
    '/sitemap/:part',
    { config: { access: 'public' }, schema: { hide: true, params: z.object({ part: z.string().max(40) }) } },
    async (req, reply) => {
      const part = parseSitemapPart(req.params.part);
      if (part === null) return reply.callNotFound();
      if (part === 'pages') return reply.type(XML).send(sitemapXml(publicUrl, await pageEntries(services)));
      const releases = await services.newsroom.publicCount();
      if (part > Math.ceil(releases / RELEASES_PER_SITEMAP)) return reply.callNotFound();
      const entries = await releaseEntries(services, (part - 1) * RELEASES_PER_SITEMAP, RELEASES_PER_SITEMAP);
      return reply.type(XML).send(sitemapXml(publicUrl, entries));
    },
  );
};

export const homeCapability: Capability<Deps> = { site, root };
