import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Refusal } from '../platform/changes.ts';
import { DomainError } from '../platform/errors.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { type Lang, formatDate, isMessageKey, pick, say } from '../platform/i18n/i18n.ts';
import { provenancesIn } from '../platform/sourced.ts';
import type { Services } from '../services.ts';
import {
  capsuleItem,
  capsuleParams,
  fileParams,
  langQuery,
  sealBody,
  sealForm,
  sealResponse,
} from './capsules.schema.ts';
import type { CapsuleView } from './capsules.service.ts';
import { CapsulePage, CapsulesPage, SealPage } from './capsules.views.tsx';
import './capsules.messages.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'capsules' | 'registry' | 'sources'>>;

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

const notFound = () => new DomainError('NOT_FOUND', 'capsule.notFound', [{ field: 'id', message: 'capsule.notFound' }]);

/** The contents of an open capsule, or the refusal every caller gets before its day. */
function openContents(c: CapsuleView, lang: Lang) {
  if (!c.open || !c.contents)
    throw new DomainError('NOT_FOUND', 'capsule.notOpen', [], { date: formatDate(lang, c.opensOn) });
  return c.contents;
}

const refusalStatus = (r: Refusal) => (r.kind === 'invalid' ? 400 : 409);
const refusalProblems = (r: Refusal) => (r.kind === 'refused' ? [{ field: 'id', message: r.reason }] : r.problems);

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const { capsules } = services;

  app.get('/capsules', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) =>
    html(reply).send(await CapsulesPage({ ctx: pageContext(req, lang, clock), capsules: await capsules.list() })),
  );

  app.get(
    '/capsules/:id',
    { config: { access: 'public' }, schema: { hide: true, params: capsuleParams } },
    async (req, reply) => {
      const c = await capsules.get(req.params.id);
      if (!c) throw notFound();
      const states = new Map((await services.registry.states()).map((s) => [s.code, s.name]));
      return html(reply).send(
        await CapsulePage({
          ctx: pageContext(req, lang, clock),
          capsule: c,
          states,
          citations: await services.sources.cite(provenancesIn([c])),
        }),
      );
    },
  );

  // The exact bytes that were sealed: `sha256sum` of this file is the published digest.
  app.get(
    '/capsules/:id/sealed.json',
    { config: { access: 'public' }, schema: { hide: true, params: capsuleParams } },
    async (req, reply) => {
      const c = await capsules.get(req.params.id);
      if (!c) throw notFound();
      const contents = openContents(c, lang);
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="capsule-${c.id}.json"`)
        .send(contents.bundle);
    },
  );

  app.get(
    '/capsules/:id/files/:n',
    { config: { access: 'public' }, schema: { hide: true, params: fileParams } },
    async (req, reply) => {
      const c = await capsules.get(req.params.id);
      if (!c) throw notFound();
      const file = openContents(c, lang).files[req.params.n - 1];
      if (!file) throw notFound();
      // Sent as a download, never rendered here: a file of the capsule is not the site's to run.
      const name = file.name.replace(/[^\w.-]+/g, '_');
      return reply
        .type('application/octet-stream')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(Buffer.from(file.data, 'base64'));
    },
  );

  const sealPage = async (
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    o: {
      problems?: Refusal['problems'];
      values?: { text_en: string; text_ru: string };
      done?: boolean;
      status?: number;
    },
  ) => {
    const c = await capsules.get(id);
    if (!c) throw notFound();
    return html(reply, o.status ?? 200).send(
      await SealPage({
        ctx: { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() },
        capsule: c,
        problems: o.problems ?? [],
        values: o.values ?? { text_en: '', text_ru: '' },
        done: o.done ?? false,
      }),
    );
  };

  app.get(
    '/office/capsules/:id/seal',
    { config: { access: 'editor' }, schema: { hide: true, params: capsuleParams } },
    async (req, reply) => sealPage(req, reply, req.params.id, {}),
  );

  app.post(
    '/office/capsules/:id/seal',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: capsuleParams, body: sealForm },
    },
    async (req, reply) => {
      const result = await capsules.seal(req.actor!, req.params.id, {
        texts: { en: req.body.text_en.trim() || null, ru: req.body.text_ru.trim() || null },
        files: [],
      });
      if (result.ok) return sealPage(req, reply, req.params.id, { done: true });
      // What was typed is given back only to fix it; a refused capsule has nothing sealed yet.
      return sealPage(req, reply, req.params.id, {
        problems: refusalProblems(result),
        values: { text_en: req.body.text_en, text_ru: req.body.text_ru },
        status: refusalStatus(result),
      });
    },
  );
};

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  const { capsules } = services;
  const item = (c: CapsuleView, lang: Lang) => ({
    id: c.id,
    title: pick(lang, c.title.en, c.title.ru),
    sealedOn: c.sealedOn,
    sealedAt: c.place ? pick(lang, c.place.en, c.place.ru) : null,
    opensOn: c.opensOn,
    digest: c.seal?.digest ?? null,
    contents:
      c.open && c.contents
        ? {
            texts: c.contents.texts,
            files: c.contents.files.map((f, i) => ({
              name: f.name,
              mediaType: f.mediaType,
              url: `/${lang}/capsules/${c.id}/files/${i + 1}`,
            })),
            digestMatches: c.contents.digestMatches,
          }
        : null,
  });

  app.get(
    '/capsules',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'Time capsules: what is known of each, the digest published at sealing; contents only from the opening day',
        tags: ['capsules'],
        querystring: langQuery,
        response: { 200: z.object({ items: z.array(capsuleItem) }) },
      },
    },
    async (req) => ({ items: (await capsules.list()).map((c) => item(c, req.query.lang)) }),
  );

  app.get(
    '/capsules/:id',
    {
      config: { access: 'public' },
      schema: {
        summary: 'A time capsule; `contents` is null until its opening day, for every caller, administrators included',
        tags: ['capsules'],
        params: capsuleParams,
        querystring: langQuery,
        response: { 200: capsuleItem, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const c = await capsules.get(req.params.id);
      if (!c) throw notFound();
      return item(c, req.query.lang);
    },
  );

  app.post(
    '/capsules/:id/seal',
    {
      config: { access: 'editor-token' },
      bodyLimit: 16 * 1024 * 1024,
      schema: {
        summary:
          'Seal a capsule’s contents (texts and files, base64): once, before its opening day; answers the digest',
        tags: ['capsules'],
        params: capsuleParams,
        body: sealBody,
        response: { 201: sealResponse, 400: errorBody, 401: errorBody, 403: errorBody, 409: errorBody },
      },
    },
    async (req, reply) => {
      const result = await capsules.seal(req.actor!, req.params.id, {
        texts: { en: req.body.textEn?.trim() || null, ru: req.body.textRu?.trim() || null },
        files: req.body.files.map((f) => ({ name: f.name, mediaType: f.mediaType, data: f.base64 })),
      });
      if (result.ok) return reply.code(201).send({ id: result.id, digest: result.digest });
      const problems = refusalProblems(result);
      return reply.code(refusalStatus(result)).send({
        error: result.kind === 'invalid' ? 'VALIDATION' : 'CONFLICT',
        message: problems[0] && isMessageKey(problems[0].message) ? say('en', problems[0].message) : result.kind,
        problems: problems.map((p) => ({
          field: p.field,
          message: isMessageKey(p.message) ? say('en', p.message) : p.message,
        })),
      });
    },
  );
};

export const capsulesCapability: Capability<Deps> = { api, site };
