import { provenancesIn } from '../platform/sourced.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { DocumentsPage } from './documents.views.tsx';
import type { Services } from '../services.ts';

const site: FastifyPluginAsyncZod<SiteOptions<Services>> = async (app, { services, clock, lang }) => {
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

export const documentsCapability: Capability<Services> = { site };
