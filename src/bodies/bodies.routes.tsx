import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { pick } from '../platform/i18n/i18n.ts';
import { bodiesQuery, bodiesResponse, bodyParams, meetingsQuery, meetingsResponse } from './bodies.schema.ts';
import { BodyPage, StructurePage } from './bodies.views.tsx';
import type { Services } from '../services.ts';
import type { PositionRecord } from '../people/people.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'bodies' | 'people' | 'pictures' | 'registry' | 'sources'>>;

/** The portraits of the people a page lists, by picture id. */
async function portraitsOf(services: Deps, positions: ReadonlyArray<PositionRecord>) {
  const ids = [...new Set(positions.flatMap((p) => (p.person.portraitId ? [p.person.portraitId] : [])))];
  return new Map((ids.length ? await services.pictures.byIds(ids) : []).map((p) => [p.id, p]));
}

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  app.get(
    '/bodies',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Bodies of CICA existing on a date',
        tags: ['bodies'],
        querystring: bodiesQuery,
        response: { 200: bodiesResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const { lang } = req.query;
      const bodies = await services.bodies.bodies(date);
      return {
        asOf: date,
        items: bodies.map((b) => {
          const renamed = b.renamedOn !== null && b.renamedOn > date;
          const name = renamed && b.formerName ? b.formerName : b.name;
          return {
            id: b.id,
            kind: b.kind,
            name: pick(lang, name.en, name.ru),
            acronym: b.acronym ? pick(lang, b.acronym.en, b.acronym.ru) : null,
            formerName: !renamed && b.formerName ? pick(lang, b.formerName.en, b.formerName.ru) : null,
            renamedOn: b.renamedOn,
            founded: b.founded,
          };
        }),
      };
    },
  );

  app.get(
    '/bodies/:id/meetings',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Meetings of a body, numbered in their series (begun by `asOf`)',
        tags: ['bodies'],
        params: bodyParams,
        querystring: meetingsQuery,
        response: { 200: meetingsResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const { lang } = req.query;
      const body = await services.bodies.body(req.params.id);
      const meetings = await services.bodies.meetings({ bodyId: body.id, heldBy: date });
      return {
        asOf: date,
        body: { id: body.id, name: pick(lang, body.name.en, body.name.ru) },
        items: meetings.map((m) => ({
          id: m.id,
          number: m.number,
          title: pick(lang, m.title.en, m.title.ru),
          kind: m.kind,
          status: m.status,
          from: m.start,
          to: m.end,
          city: m.city ? pick(lang, m.city.en, m.city.ru) : null,
          country: m.countryCode,
          format: m.format,
        })),
      };
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get('/structure', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const [bodies, meetings, heads, others] = await Promise.all([
      services.bodies.bodies(),
      services.bodies.meetings(),
      services.people.secretariatHeads(),
      services.people.otherPositions(),
    ]);
    return reply.type('text/html; charset=utf-8').send(
      await StructurePage({
        ctx,
        bodies,
        meetings,
        heads,
        others,
        portraits: await portraitsOf(services, [...heads, ...others]),
        citations: await services.sources.cite(provenancesIn([bodies, heads, others])),
      }),
    );
  });

  app.get(
    '/structure/:id',
    { config: { access: 'public' }, schema: { hide: true, params: bodyParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const body = await services.bodies.body(req.params.id);
      const [meetings, states, heads, others] = await Promise.all([
        services.bodies.meetings({ bodyId: body.id }),
        services.registry.states(),
        body.kind === 'secretariat' ? services.people.secretariatHeads() : Promise.resolve([]),
        body.kind === 'secretariat' ? services.people.otherPositions() : Promise.resolve([]),
      ]);
      return reply.type('text/html; charset=utf-8').send(
        await BodyPage({
          ctx,
          body,
          meetings,
          states: new Map(states.map((s) => [s.code, s])),
          heads,
          others,
          portraits: await portraitsOf(services, [...heads, ...others]),
          citations: await services.sources.cite(provenancesIn([body, meetings, heads, others])),
        }),
      );
    },
  );
};

export const bodiesCapability: Capability<Deps> = { api, site };
