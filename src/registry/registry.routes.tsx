import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext, pageDate } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { pick } from '../platform/i18n/i18n.ts';
import {
  stateParams,
  stateQuery,
  stateResponse,
  statesPageQuery,
  statesQuery,
  statesResponse,
} from './registry.schema.ts';
import { StatesPage } from './registry.views.tsx';
import { StatePage } from './registry.state.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'media' | 'registry' | 'sources'>>;

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  app.get(
    '/states',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Member and observer states on a date',
        tags: ['states'],
        querystring: statesQuery,
        response: { 200: statesResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const standings = await services.registry.standings(date, req.query.status);
      return {
        asOf: date,
        items: standings
          .map((s) => ({
            code: s.stateCode,
            name: pick(req.query.lang, s.state.name.en, s.state.name.ru),
            status: s.status,
            since: s.since,
            attestedSince: s.attestedSince,
          }))
          .sort((a, b) => a.code.localeCompare(b.code)),
      };
    },
  );

  app.get(
    '/states/:code',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One state: its status history, chairmanships and coordinator roles',
        tags: ['states'],
        params: stateParams,
        querystring: stateQuery,
        response: { 200: stateResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const p = await services.registry.profile(req.params.code, clock.today());
      return {
        code: p.state.code,
        name: { en: p.state.name.en, ru: p.state.name.ru ?? p.state.name.en },
        status: p.statusToday?.status ?? null,
        history: p.history.map((h) => ({
          status: h.status,
          from: h.from,
          fromAttested: h.fromAttested ?? null,
          until: h.until,
          untilAttested: h.untilAttested ?? null,
          sources: [...h.provenance.sources],
          confidence: h.provenance.confidence,
        })),
        chairTerms: p.chairTerms.map((c) => ({ from: c.from, to: c.until })),
        coordinatorRoles: p.roles.map((r) => ({
          priorityArea: r.priorityAreaId,
          role: r.role,
          from: r.from ?? r.fromAttested ?? null,
          until: r.until,
        })),
      };
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get(
    '/states',
    { config: { access: 'public' }, schema: { hide: true, querystring: statesPageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { date, asked, error } = pageDate(lang, req.query.asOf, ctx.today);
      const [standings, former, organizations] = await Promise.all([
        services.registry.standings(date),
        services.registry.formerStates(),
        services.registry.organizations(),
      ]);
      return reply
        .code(error ? 400 : 200)
        .type('text/html; charset=utf-8')
        .send(
          await StatesPage({
            ctx,
            date,
            asked,
            error,
            standings,
            former,
            organizations,
            citations: await services.sources.cite(provenancesIn(organizations)),
          }),
        );
    },
  );

  app.get(
    '/states/:code',
    { config: { access: 'public' }, schema: { hide: true, params: stateParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const profile = await services.registry.profile(req.params.code, ctx.today);
      if (profile.state.code !== req.params.code) return reply.redirect(`/${lang}/states/${profile.state.code}`, 301);
      const [citations, coverage] = await Promise.all([
        services.sources.cite(provenancesIn(profile)),
        services.media.coverageOf({ state: profile.state.code }),
      ]);
      return reply.type('text/html; charset=utf-8').send(await StatePage({ ctx, profile, citations, coverage }));
    },
  );
};

export const registryCapability: Capability<Deps> = { api, site };
