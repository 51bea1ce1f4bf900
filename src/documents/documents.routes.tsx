import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { pick } from '../platform/i18n/i18n.ts';
import { documentsQuery, documentsResponse } from './documents.schema.ts';
import { DocumentsPage } from './documents.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'bodies' | 'documents' | 'registry' | 'sources'>>;

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.get(
    '/documents',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Public documents, oldest first: founding documents, legal instruments and working papers',
        tags: ['documents'],
        querystring: documentsQuery,
        response: { 200: documentsResponse, 400: errorBody },
      },
    },
    async (req) => {
      const { lang, kind, state } = req.query;
      const docs = await services.documents.list({
        ...(kind ? { kind } : {}),
        ...(state ? { stateCode: state } : {}),
      });
      return {
        items: docs.map((d) => ({
          id: d.id,
          kind: d.kind,
          title: pick(lang, d.title.en, d.title.ru),
          titleLang: lang === 'ru' && d.title.ru ? ('ru' as const) : ('en' as const),
          date: d.date,
          place: d.place ? pick(lang, d.place.en, d.place.ru) : null,
          meeting: d.meetingId,
          body: d.bodyId,
          priorityArea: d.priorityAreaId,
          actions: d.actions.map((a) => ({
            state: a.stateCode,
            action: a.action,
            date: a.date,
            dateAttested: a.dateAttested,
            reference: a.reference,
          })),
          sources: [...d.provenance.sources],
          confidence: d.provenance.confidence,
          url: `/${lang}/documents#${d.id}`,
        })),
      };
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get('/documents', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = pageContext(req, lang, clock);
    const [instruments, papers, states, meetings] = await Promise.all([
      services.documents.instruments(),
      services.documents.workingPapers(),
      services.registry.states(),
      services.bodies.meetings(),
    ]);
    return reply.type('text/html; charset=utf-8').send(
      await DocumentsPage({
        ctx,
        instruments,
        papers,
        states: new Map(states.map((s) => [s.code, s])),
        meetings: new Map(meetings.map((m) => [m.id, m])),
        citations: await services.sources.cite(provenancesIn([instruments, papers])),
      }),
    );
  });
};

export const documentsCapability: Capability<Deps> = { api, site };
