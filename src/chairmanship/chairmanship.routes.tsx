import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext, pageDate } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { type Lang, pick } from '../platform/i18n/i18n.ts';
import type { Services } from '../services.ts';
import type { ChairTermRecord } from './chairmanship.ts';
import { termsQuery, termsResponse, troikaPageQuery, troikaQuery, troikaResponse } from './chairmanship.schema.ts';
import { ChairmanshipPage } from './chairmanship.views.tsx';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'bodies' | 'chairmanship' | 'registry' | 'sources'>>;

async function presenter(services: Deps, lang: Lang) {
  const states = new Map((await services.registry.states()).map((s) => [s.code, s]));
  return (term: ChairTermRecord | null) =>
    term && {
      id: term.id,
      state: {
        code: term.stateCode,
        name: pick(lang, states.get(term.stateCode)?.name.en ?? term.stateCode, states.get(term.stateCode)?.name.ru),
      },
      from: term.from,
      to: term.until,
      plannedTo: term.plannedUntil,
      designatedOn: term.designatedOn,
      handoverMeeting: term.handoverMeetingId,
    };
}

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  app.get(
    '/troika',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The troika on a date: previous, current and incoming chair',
        tags: ['chairmanship'],
        querystring: troikaQuery,
        response: { 200: troikaResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.date ?? clock.today();
      const [troika, present] = await Promise.all([
        services.chairmanship.troika(date),
        presenter(services, req.query.lang),
      ]);
      return {
        date,
        previous: present(troika.previous),
        current: present(troika.current),
        incoming: present(troika.incoming),
      };
    },
  );

  app.get(
    '/chairmanship',
    {
      config: { access: 'public' },
      schema: {
        summary: 'All chairmanship terms (begun by `asOf`)',
        tags: ['chairmanship'],
        querystring: termsQuery,
        response: { 200: termsResponse, 400: errorBody },
      },
    },
    async (req) => {
      const date = req.query.asOf ?? clock.today();
      const [terms, present] = await Promise.all([
        services.chairmanship.terms(date),
        presenter(services, req.query.lang),
      ]);
      return { asOf: date, items: terms.map((term) => present(term)!) };
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get(
    '/chairmanship',
    { config: { access: 'public' }, schema: { hide: true, querystring: troikaPageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { date, asked, error } = pageDate(lang, req.query.date, ctx.today);
      const [troika, terms, states, meetings] = await Promise.all([
        services.chairmanship.troika(date),
        services.chairmanship.terms(),
        services.registry.states(),
        services.bodies.meetings(),
      ]);
      return reply
        .code(error ? 400 : 200)
        .type('text/html; charset=utf-8')
        .send(
          await ChairmanshipPage({
            ctx,
            date,
            asked,
            error,
            troika,
            terms,
            states: new Map(states.map((s) => [s.code, s])),
            meetings: new Map(meetings.map((m) => [m.id, m])),
            citations: await services.sources.cite(provenancesIn(terms)),
          }),
        );
    },
  );
};

export const chairmanshipCapability: Capability<Deps> = { api, site };
