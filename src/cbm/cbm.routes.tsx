import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext, pageDate } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { type Lang, pick } from '../platform/i18n/i18n.ts';
import type { State } from '../registry/registry.ts';
import { areasQuery, areasResponse, cataloguePageQuery, dimensionsQuery, dimensionsResponse } from './cbm.schema.ts';
import type { CoordinatorRecord } from './cbm.ts';
import { CataloguePage } from './cbm.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'cbm' | 'documents' | 'registry' | 'sources'>>;

const presentCoordinator = (lang: Lang, states: Map<string, State>) => (c: CoordinatorRecord) => {
  const state = states.get(c.stateCode);
  return {
    state: { code: c.stateCode, name: state ? pick(lang, state.name.en, state.name.ru) : c.stateCode },
    from: c.from,
    attestedFrom: c.from === null ? (c.fromAttested ?? null) : null,
    until: c.until,
  };
};

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  app.get(
    '/cbm/dimensions',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The five dimensions of the Catalogue of CBMs',
        tags: ['cbm'],
        querystring: dimensionsQuery,
        response: { 200: dimensionsResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const { lang } = req.query;
      const catalogue = await services.cbm.catalogueOn(date);
      return {
        asOf: date,
        catalogueVersion: catalogue.version && {
          id: catalogue.version.id,
          adoptedOn: catalogue.version.adoptedOn,
          title: pick(lang, catalogue.version.title.en, catalogue.version.title.ru),
        },
        items: catalogue.dimensions.map((d) => ({
          id: d.dimension.id,
          position: d.dimension.position,
          name: pick(lang, d.dimension.name.en, d.dimension.name.ru),
          priorityAreas: d.areas.length,
        })),
      };
    },
  );

  app.get(
    '/cbm/priority-areas',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Priority areas with the coordinators and co-coordinators in force on a date',
        tags: ['cbm'],
        querystring: areasQuery,
        response: { 200: areasResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const { lang } = req.query;
      const [catalogue, states] = await Promise.all([services.cbm.catalogueOn(date), services.registry.states()]);
      const present = presentCoordinator(lang, new Map(states.map((s) => [s.code, s])));
      return {
        asOf: date,
        items: catalogue.dimensions
          .filter((d) => req.query.dimension === undefined || d.dimension.id === req.query.dimension)
          .flatMap((d) =>
            d.areas.map((a) => ({
              id: a.area.id,
              dimension: d.dimension.id,
              name: pick(lang, a.area.name.en, a.area.name.ru),
              coordinator: a.coordinator && present(a.coordinator),
              coCoordinators: a.coCoordinators.map(present),
              measures: a.measures.length,
            })),
          ),
      };
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get(
    '/cbm',
    { config: { access: 'public' }, schema: { hide: true, querystring: cataloguePageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { date, asked, error } = pageDate(lang, req.query.asOf, ctx.today);
      const [catalogue, states, papers] = await Promise.all([
        services.cbm.catalogueOn(date),
        services.registry.states(),
        services.documents.workingPapers(),
      ]);
      return reply
        .code(error ? 400 : 200)
        .type('text/html; charset=utf-8')
        .send(
          await CataloguePage({
            ctx,
            asked,
            error,
            catalogue,
            states: new Map(states.map((s) => [s.code, s])),
            papers,
            citations: await services.sources.cite(provenancesIn([catalogue, papers])),
          }),
        );
    },
  );
};

export const cbmCapability: Capability<Deps> = { api, site };
