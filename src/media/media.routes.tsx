/** Media monitoring over HTTP: the coverage API, the office's review queue and the staff feed. */
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type FeedChannel, atomFeed } from '../platform/feeds.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { t } from '../platform/i18n/i18n.ts';
import type { Services } from '../services.ts';
import './media.messages.ts';
import { apiImportBody, coverageQuery, idParams, linkDecision, personDecision } from './media.schema.ts';
import { MAX_FILE_BYTES, refuse } from './refusals.ts';
import { ImportPage, type ImportView, QueuePage } from './media.views.tsx';
import type { CoverageImportJob, CoverageImportOutcome } from '../jobs/jobs.kinds.ts';

type Deps = Readonly<Pick<Services, 'media' | 'jobs' | 'files'>>;

const jobQuery = z.object({ job: z.string().uuid().optional() }).strict();

declare module 'fastify' {
  interface FastifyRequest {
    /** The files of a coverage import form, with their names, as the multipart parser read them. */
    coverageFiles: Array<{ name: string; bytes: Uint8Array; tooLarge: boolean }> | null;
  }
}

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

const seen = z.array(z.string());
const coverage = z.object({
  id: z.string(),
  source: z.string(),
  url: z.string().nullable(),
  title: z.string(),
  lang: z.string(),
  published: z.string().nullable(),
  dateline: z.object({ place: z.string().nullable(), from: z.string(), to: z.string() }).nullable(),
  people: z.array(z.object({ id: z.string(), name: z.string(), seen, proposed: z.boolean(), confidence: z.number() })),
  states: z.array(z.object({ code: z.string(), seen })),
  bodies: z.array(z.object({ id: z.string(), seen })),
  activities: z.array(
    z.object({
      id: z.string(),
      confidence: z.number(),
      confirmed: z.boolean(),
      status: z.string(),
      evidence: z.array(z.string()),
    }),
  ),
  story: z.string().nullable(),
  duplicateOf: z.string().nullable(),
});
const summary = z.object({
  imported: z.array(z.object({ file: z.string(), id: z.string(), title: z.string() })),
  duplicates: z.array(z.object({ file: z.string(), title: z.string() })),
  refused: z.array(z.object({ file: z.string(), reason: z.string() })),
});

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  const tags = ['coverage'];
  app.post(
    '/coverage',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'Import outside coverage: a JSON array of { source, url, title, lang, published, text | html }',
        description:
          'Send `Authorization: Bearer <token>`. Each item is read, recognized and linked as a file would be; an item already imported is listed as a duplicate, a bad one as refused with its reason (`item N`).',
        tags,
        body: apiImportBody,
        response: { 200: summary, 400: errorBody, 401: errorBody },
      },
    },
    async (req) =>
      services.media.importItems(
        req.actor!,
        req.body.map((a) => ({ ...a, url: a.url ?? null, published: a.published ?? null })),
      ),
  );

  app.get(
    '/coverage',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'Coverage that passes the filters, newest first',
        description: '`status` filters by the state of the link to `activity` (without it: linked or confirmed links).',
        tags,
        querystring: coverageQuery,
        response: { 200: z.object({ items: z.array(coverage) }), 400: errorBody, 401: errorBody },
      },
    },
    async (req) => ({ items: await services.media.articles(req.query) }),
  );

  app.get(
    '/coverage/:id',
    {
      config: { access: 'editor-token' },
      schema: {
        summary: 'One article with what was found in it: dateline, people, states, bodies, activities, story',
        tags,
        params: idParams,
        response: { 200: coverage, 401: errorBody, 404: errorBody },
      },
    },
    async (req, reply) => {
      const found = await services.media.coverage(req.params.id);
      if (!found)
        return reply
          .code(404)
          .send({ error: 'NOT_FOUND', message: 'no such article', problems: [{ field: 'id', message: 'not found' }] });
      return found;
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang, publicUrl }) => {
  const queue = async (
    req: Parameters<typeof pageContext>[0],
    reply: FastifyReply,
    notice: string | null,
    status = 200,
  ) => {
    const ctx = { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() };
    const view = await services.media.queue(lang);
    return html(reply, status).send(
      await QueuePage({ ctx, view: { ...view, canDecide: ['admin', 'editor'].includes(req.actor!.role), notice } }),
    );
  };

  app.get('/office/coverage', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) =>
    queue(req, reply, null),
  );

  app.post(
    '/office/coverage/links/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: linkDecision },
    },
    async (req, reply) => {
      const result = await services.media.decideLink(req.actor!, req.params.id, req.body.decision);
      if (result.ok) return reply.redirect(`/${lang}/office/coverage`, 303);
      return queue(req, reply, t(lang, 'media.notFound'), result.kind === 'conflict' ? 409 : 404);
    },
  );

  app.post(
    '/office/coverage/people/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: personDecision },
    },
    async (req, reply) => {
      const { decision, person, romanization } = req.body;
      const system = romanization || null;
      const result = await services.media.decidePerson(
        req.actor!,
        req.params.id,
        decision === 'merge'
          ? { kind: 'merge', personId: person!, romanization: system }
          : decision === 'confirm'
            ? { kind: 'confirm', romanization: system }
            : { kind: decision },
      );
      if (result.ok) return reply.redirect(`/${lang}/office/coverage`, 303);
      return queue(req, reply, t(lang, 'media.notFound'), result.kind === 'conflict' ? 409 : 400);
    },
  );

  // Files come as multipart/form-data, parsed for these two routes only, before the CSRF check reads the
  // form's token; each file is kept with its name on the request, and one past the size limit is marked.
  await app.register(async (scoped) => {
    scoped.decorateRequest('coverageFiles', null);
    await scoped.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_FILE_BYTES + 1, files: 1000, fields: 10 },
      async onFile(part) {
        const bytes = await part.toBuffer();
        const req = this as FastifyRequest;
        req.coverageFiles ??= [];
        req.coverageFiles.push({ name: part.filename, bytes: new Uint8Array(bytes), tooLarge: part.file.truncated });
      },
    });
    const page = async (req: FastifyRequest, reply: FastifyReply, view: ImportView, status = 200) => {
      const ctx = { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() };
      return html(reply, status).send(await ImportPage({ ctx, view }));
    };
    // `?job=`: what an import job wrote, file by file, once it is over.
    scoped.get(
      '/office/coverage/import',
      { config: { access: 'editor' }, schema: { hide: true, querystring: jobQuery } },
      async (req, reply) => {
        // The scope's plugin has lost the type provider's inference; the schema has parsed the query.
        const { job: id } = req.query as z.infer<typeof jobQuery>;
        const job = id ? await services.jobs.get(id) : null;
        if (job?.kind === 'coverage-import' && job.state === 'done') {
          const data = job.data as CoverageImportJob;
          return page(req, reply, { source: data.source, problem: null, summary: job.result as CoverageImportOutcome });
        }
        return page(req, reply, { source: '', problem: null, summary: null });
      },
    );
    scoped.post(
      '/office/coverage/import',
      { config: { access: 'editor' }, preHandler: scoped.csrfProtection, schema: { hide: true } },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const source = typeof body.source === 'string' ? body.source.trim().slice(0, 200) : '';
        const given = (req.coverageFiles ?? []).filter((f) => f.name);
        if (!source) return page(req, reply, { source, problem: t(lang, 'media.noSource'), summary: null }, 400);
        if (given.length === 0)
          return page(req, reply, { source, problem: t(lang, 'media.noFiles'), summary: null }, 400);
        // The files wait in the file store and a job reads and links them: a big upload holds no request.
        const files = await Promise.all(
          given
            .filter((f) => !f.tooLarge)
            .map(async (f) => ({
              name: f.name,
              key: (await services.files.put(f.bytes, 'application/octet-stream')).key,
            })),
        );
        const data: CoverageImportJob = {
          source,
          by: req.actor!.email,
          files,
          refused: given
            .filter((x) => x.tooLarge)
            .map((f) => ({ file: f.name, ...refuse({ code: 'too-large', mb: MAX_FILE_BYTES / 1024 / 1024 }) })),
        };
        const id = await services.jobs.enqueue('coverage-import', data, req.actor!.id);
        return reply.redirect(`/${lang}/office/jobs/${id}`, 303);
      },
    );
  });

  app.get(
    '/office/coverage/feed.atom',
    { config: { access: 'staff' }, schema: { hide: true } },
    async (_req, reply) => {
      const items = await services.media.articles({ limit: 100 });
      const base = publicUrl.replace(/\/$/, '');
      const self = `${base}/${lang}/office/coverage/feed.atom`;
      const feed: FeedChannel = {
        id: self,
        link: `${base}/${lang}/office/coverage`,
        self: { rss: self, atom: self },
        title: t(lang, 'media.feedTitle'),
        subtitle: t(lang, 'media.feedLead'),
        language: lang,
        icon: `${base}/static/favicon.svg`,
        rights: t(lang, 'site.name'),
        updated: new Date(items[0]?.published ? `${items[0].published}T00:00:00Z` : 0),
        entries: items.map((a) => ({
          id: `${base}/api/coverage/${a.id}`,
          link: a.url ?? `${base}/api/coverage/${a.id}`,
          // outside text is plain text here: never passed on as HTML
          title: `${a.source}: ${a.title}`,
          summary: [a.dateline?.place, ...a.people.map((p) => p.name)].filter(Boolean).join(' · ') || null,
          contentHtml: null,
          updated: new Date(`${a.published ?? '1970-01-01'}T00:00:00Z`),
          published: new Date(`${a.published ?? '1970-01-01'}T00:00:00Z`),
        })),
      };
      return reply.type('application/atom+xml; charset=utf-8').send(atomFeed(feed));
    },
  );
};

export const mediaCapability: Capability<Deps> = { api, site };
