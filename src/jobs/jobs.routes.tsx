/**
 * Background work: the office's page of jobs and their progress, an
 * administrator's button to rebuild the search index, and the API's imports
 * that answer at once (202) with the job to follow.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { href } from '../platform/layout/layout.tsx';
import type { OfficeContext } from '../platform/layout/office.tsx';
import type { Services } from '../services.ts';
import type { ReleaseImportJob } from './jobs.kinds.ts';
import { DomainError } from '../platform/errors.ts';
import { sendStoredFile } from '../platform/files/http.ts';
import { JobPage, JobsPage } from './jobs.views.tsx';

type Deps = Readonly<Pick<Services, 'jobs' | 'files'>>;

const idParams = z.object({ id: z.string().uuid() }).strict();
const importQuery = z.object({ publish: z.enum(['true', 'false']).default('false') }).strict();
const jobBody = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.enum(['queued', 'running', 'retrying', 'done', 'failed']),
  done: z.number(),
  total: z.number(),
  attempts: z.number(),
  result: z.unknown(),
  error: z.string().nullable(),
  errorCode: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
const errorBody = z.object({ error: z.string(), message: z.string(), problems: z.array(z.unknown()) });

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.addContentTypeParser(['text/markdown', 'text/x-markdown'], { parseAs: 'string' }, (_req, body, done) =>
    done(null, body),
  );
  app.post(
    '/jobs/release-import',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'Import press releases in the background; answers 202 with the job to follow',
        description:
          'The same body as POST /api/press-releases. The import runs as a job (retried if it breaks); follow it at GET /api/jobs/{id}.',
        tags: ['jobs'],
        querystring: importQuery,
        response: { 202: z.object({ id: z.string(), status: z.string() }), 401: errorBody },
      },
    },
    async (req, reply) => {
      const markdown = typeof req.body === 'string';
      const data: ReleaseImportJob = {
        files: [
          {
            name: markdown ? 'request.md' : 'request.json',
            content: markdown ? (req.body as string) : JSON.stringify(req.body),
          },
        ],
        publish: req.query.publish === 'true',
        by: req.actor!.email,
      };
      const id = await services.jobs.enqueue('release-import', data, req.actor!.id);
      const status = `/api/jobs/${id}`;
      return reply.code(202).header('location', status).send({ id, status });
    },
  );
  app.get(
    '/jobs/:id',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'A background job: its state, progress and outcome',
        tags: ['jobs'],
        params: idParams,
        response: { 200: jobBody, 401: errorBody, 404: errorBody },
      },
    },
    async (req, reply) => {
      const job = await services.jobs.get(req.params.id);
      if (!job) return reply.code(404).send({ error: 'NOT_FOUND', message: 'no such job', problems: [] });
      return reply.header('cache-control', 'no-store').send(job);
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });
  app.get('/office/jobs', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    const jobs = await services.jobs.recent(50);
    return reply.type('text/html; charset=utf-8').send(await JobsPage({ ctx: frame(req, reply), jobs }));
  });
  const job = async (id: string) => {
    const found = await services.jobs.get(id);
    if (!found) throw new DomainError('NOT_FOUND');
    return found;
  };
  app.get(
    '/office/jobs/:id',
    { config: { access: 'staff' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const found = await job(req.params.id);
      return reply
        .type('text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await JobPage({ ctx: frame(req, reply), job: found }));
    },
  );
  // The PDF a layout job stored: the exact bytes it made, whatever the record has become since.
  app.get(
    '/office/jobs/:id/pdf',
    { config: { access: 'staff' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const found = await job(req.params.id);
      const file = (found.result as { file?: unknown } | null)?.file;
      if (found.state !== 'done' || typeof file !== 'string') throw new DomainError('NOT_FOUND');
      return sendStoredFile(req, reply, services.files, {
        key: file,
        name: `${found.kind}-${found.id.slice(0, 8)}.pdf`,
        disposition: 'inline',
        cache: 'private',
      });
    },
  );
  app.post(
    '/office/jobs/reindex',
    { config: { access: 'admin' }, preHandler: app.csrfProtection, schema: { hide: true } },
    async (req, reply) => {
      await services.jobs.enqueue('search-reindex', null, req.actor!.id);
      return reply.redirect(href(pageContext(req, lang, clock), '/office/jobs'), 303);
    },
  );
};

export const jobsCapability: Capability<Deps> = { api, site };
