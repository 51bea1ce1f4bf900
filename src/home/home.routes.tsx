import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { type SitemapEntry, sitemapXml } from './sitemap.ts';
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

const root: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, publicUrl }) => {
  app.get('/sitemap.xml', { config: { access: 'public' }, schema: { hide: true } }, async (_req, reply) => {
    const [states, bodies, releases, activities, plans, people, documents] = await Promise.all([
      services.registry.states(),
      services.bodies.bodies(),
      services.newsroom.publicList('ru', { page: 1, all: true }),
      services.activities.names(),
      services.activities.plans(),
      services.people.persons(),
      // Public documents only, whoever asks: a sitemap is for everyone.
      services.documents.list(null),
    ]);
    const entries: SitemapEntry[] = [
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
      ...releases.items.map((r) => ({ path: `/news/${r.slug}`, lastmod: r.updatedAt.slice(0, 10) })),
    ];
    return reply.type('application/xml; charset=utf-8').send(sitemapXml(publicUrl, entries));
  });
};

export const homeCapability: Capability<Deps> = { site, root };
