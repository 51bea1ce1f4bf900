import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DomainError } from '../platform/errors.ts';
import { acceptUploads, sendStoredFile } from '../platform/files/http.ts';
import { PICTURES } from '../platform/files/types.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { recordId } from '../platform/http/schemas.ts';
import type { OfficeContext } from '../platform/layout/office.tsx';
import type { Services } from '../services.ts';
import { WIDEST } from './pictures.ts';
import { OfficePicture, OfficePictures, wordsOf } from './pictures.views.tsx';
import { t } from '../platform/i18n/i18n.ts';

type Deps = Readonly<Pick<Services, 'pictures' | 'files'>>;

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');
// A picture narrower than the narrowest width is kept at its own width, so any width up to the widest may exist.
const fileParams = z.object({ id: recordId, width: z.coerce.number().int().min(1).max(WIDEST) }).strict();
const formBody = z.record(z.string(), z.string()).optional();

/** Pictures at the site's root, so every page and feed in either language points at one address. */
const root: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.get(
    '/pictures/:id/:width.jpg',
    { config: { access: 'public' }, schema: { hide: true, params: fileParams } },
    async (req, reply) => {
      const key = await services.pictures.file(req.params.id, req.params.width);
      if (!key) throw new DomainError('NOT_FOUND');
      return sendStoredFile(req, reply, services.files, {
        key,
        name: `${req.params.id}-${req.params.width}.jpg`,
        disposition: 'inline',
        cache: 'public',
      });
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const { pictures } = services;
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });

  app.get('/office/pictures', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) =>
    html(reply).send(
      await OfficePictures({ ctx: frame(req, reply), pictures: await pictures.list(), problems: [], values: {} }),
    ),
  );

  const idParams = z.object({ id: recordId }).strict();
  const pictureForm = z.record(z.string(), z.string());

  app.get(
    '/office/pictures/:id',
    {
      config: { access: 'staff' },
      schema: { hide: true, params: idParams, querystring: z.object({ saved: z.string().optional() }).passthrough() },
    },
    async (req, reply) => {
      const { picture, version } = await pictures.forEditing(req.params.id);
      return html(reply).send(
        await OfficePicture({
          ctx: frame(req, reply),
          picture,
          version,
          values: wordsOf(picture),
          problems: [],
          message: req.query.saved ? t(lang, 'office.saved') : null,
        }),
      );
    },
  );

  app.post(
    '/office/pictures/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: pictureForm },
    },
    async (req, reply) => {
      const result = await pictures.describe(req.actor!, req.params.id, req.body);
      if (result.ok) return reply.redirect(`/${lang}/office/pictures/${req.params.id}?saved=1`, 303);
      // A conflict shows the picture as it is now, with what this editor wrote kept in the form.
      const { picture, version } = await pictures.forEditing(req.params.id);
      return html(reply, result.kind === 'conflict' ? 409 : 400).send(
        await OfficePicture({ ctx: frame(req, reply), picture, version, values: req.body, problems: result.problems }),
      );
    },
  );

  // Only this route takes files: the rest of the site keeps refusing multipart bodies.
  await app.register(async (scope) => {
    await acceptUploads(scope, { maxBytes: PICTURES.maxBytes, maxFiles: 1 });
    scope.post(
      '/office/pictures',
      {
        config: { access: 'editor' },
        preHandler: scope.csrfProtection,
        schema: { hide: true, body: formBody },
      },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, string>;
        const upload = req.uploads?.find((u) => u.field === 'file') ?? null;
        const result = await pictures.upload(req.actor!, upload, body);
        if (result.ok) return reply.redirect(`/${lang}/office/pictures`, 303);
        return html(reply, 400).send(
          await OfficePictures({
            ctx: frame(req, reply),
            pictures: await pictures.list(),
            problems: result.problems,
            values: body,
          }),
        );
      },
    );
  });
};

export const picturesCapability: Capability<Deps> = { root, site };
