import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { recordId } from '../platform/http/schemas.ts';
import { DomainError } from '../platform/errors.ts';
import { versionField, versionOf } from '../platform/numbers.ts';
import type { OfficeContext } from '../platform/layout/office.tsx';
import { DIGEST_ACTIONS } from './digest.ts';
import { ArchivePage, IssuePage } from './digest.views.tsx';
import { OfficeDigestContact, OfficeDigestEdit, OfficeDigestList, formValuesOf } from './digest.office.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'digest' | 'pictures' | 'files'>>;

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');
const numberParams = z.object({ number: z.coerce.number().int().min(1).max(100_000) }).strict();
const idParams = z.object({ id: recordId }).strict();
// Ticked teasers arrive as a list; the schema (digest.schema.ts) takes lists or single values.
const formBody = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
const moveBody = z.object({
  _csrf: z.string().optional(),
  version: versionField(),
  article: z.string().min(1).max(100),
  direction: z.enum(['up', 'down']),
});
const editionParams = z
  .object({ number: z.coerce.number().int().min(1).max(100_000), edition: z.coerce.number().int().min(1).max(1000) })
  .strict();
const fileBody = z.object({
  _csrf: z.string().optional(),
  version: versionField(),
  article: z.string().min(1).max(100),
  section: z.string().max(200).optional(),
  section_name: z.string().max(200).optional(),
});
const contactBody = z.object({
  _csrf: z.string().optional(),
  version: z.coerce
    .number()
    .int()
    .min(0)
    .max(2 ** 31),
  address: z.string().max(1000).optional(),
  phone: z.string().max(1000).optional(),
  email: z.string().max(1000).optional(),
  web: z.string().max(1000).optional(),
  social: z.string().max(5000).optional(),
});
const actBody = z.object({ _csrf: z.string().optional(), action: z.enum(DIGEST_ACTIONS), version: versionField() });

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const { digest, pictures } = services;
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });

  app.get('/digest', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    return html(reply).send(
      await ArchivePage({
        ctx: pageContext(req, lang, clock),
        issues: await digest.archive(lang),
      }),
    );
  });

  // An issue's page and PDF are its latest edition; each edition keeps its own address.
  const page = async (req: FastifyRequest, reply: FastifyReply, number: number, edition?: number) => {
    const issue = await digest.published(lang, number, edition);
    return html(reply).send(
      await IssuePage({ ctx: pageContext(req, lang, clock), issue, editions: await digest.editions(issue.row.id) }),
    );
  };
  const pdf = async (reply: FastifyReply, number: number, edition?: number) => {
    const bytes = await digest.publishedPdf(lang, number, edition);
    const suffix = edition === undefined ? '' : `-${edition}`;
    return reply
      .type('application/pdf')
      .header('content-disposition', `inline; filename="voice-of-asia-${number}${suffix}-${lang}.pdf"`)
      .send(bytes);
  };

  app.get(
    '/digest/:number',
    { config: { access: 'public' }, schema: { hide: true, params: numberParams } },
    async (req, reply) => page(req, reply, req.params.number),
  );
  app.get(
    '/digest/:number.pdf',
    { config: { access: 'public' }, schema: { hide: true, params: numberParams } },
    async (_req, reply) => pdf(reply, _req.params.number),
  );
  app.get(
    '/digest/:number/:edition',
    { config: { access: 'public' }, schema: { hide: true, params: editionParams } },
    async (req, reply) => page(req, reply, req.params.number, req.params.edition),
  );
  app.get(
    '/digest/:number/:edition.pdf',
    { config: { access: 'public' }, schema: { hide: true, params: editionParams } },
    async (req, reply) => pdf(reply, req.params.number, req.params.edition),
  );

  app.get('/office/digest/contact', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    return html(reply).send(
      await OfficeDigestContact({
        ctx: frame(req, reply),
        contact: await digest.contact(lang),
        version: await digest.contactVersion(lang),
        problems: [],
        values: null,
        conflict: false,
      }),
    );
  });

  app.post(
    '/office/digest/contact',
    { config: { access: 'editor' }, preHandler: app.csrfProtection, schema: { hide: true, body: contactBody } },
    async (req, reply) => {
      const result = await digest.saveContact(req.actor!, lang, req.body.version, req.body);
      if (result.ok) return reply.redirect(`/${lang}/office/digest/contact`, 303);
      const conflict = result.kind === 'conflict';
      return html(reply, conflict ? 409 : 400).send(
        await OfficeDigestContact({
          ctx: frame(req, reply),
          contact: await digest.contact(lang),
          version: await digest.contactVersion(lang),
          problems: result.problems,
          values: conflict ? null : (req.body as unknown as Record<string, string>),
          conflict,
        }),
      );
    },
  );

  app.get('/office/digest', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    return html(reply).send(
      await OfficeDigestList({ ctx: frame(req, reply), issues: await digest.issues(), problems: [], values: {} }),
    );
  });

  app.post(
    '/office/digest',
    { config: { access: 'editor' }, preHandler: app.csrfProtection, schema: { hide: true, body: formBody } },
    async (req, reply) => {
      const result = await digest.compile(req.actor!, req.body);
      if (result.ok) return reply.redirect(`/${lang}/office/digest/${result.id}`, 303);
      const values = Object.fromEntries(
        Object.entries(req.body).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v]),
      );
      return html(reply, 400).send(
        await OfficeDigestList({
          ctx: frame(req, reply),
          issues: await digest.issues(),
          problems: result.problems,
          values,
        }),
      );
    },
  );

  app.get(
    '/office/digest/:id',
    { config: { access: 'staff' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const issue = await digest.issue(req.params.id);
      return html(reply).send(
        await OfficeDigestEdit({
          library: await pictures.list(),
          ctx: frame(req, reply),
          issue,
          problems: [],
          values: formValuesOf(issue),
          conflict: false,
        }),
      );
    },
  );

  app.post(
    '/office/digest/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: formBody },
    },
    async (req, reply) => {
      const version = versionOf(req.body.version);
      if (version === null)
        throw new DomainError('VALIDATION', 'the form carries no valid version', [
          { field: 'version', message: 'field.invalid' },
        ]);
      const result = await digest.update(req.actor!, req.params.id, version, req.body);
      if (result.ok) return reply.redirect(`/${lang}/office/digest/${req.params.id}`, 303);
      const issue = await digest.issue(req.params.id);
      const conflict = result.kind === 'conflict';
      return html(reply, conflict ? 409 : 400).send(
        await OfficeDigestEdit({
          library: await pictures.list(),
          ctx: frame(req, reply),
          issue,
          problems: conflict ? [] : result.problems,
          values: conflict ? formValuesOf(issue) : req.body,
          conflict,
        }),
      );
    },
  );

  app.post(
    '/office/digest/:id/move',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: moveBody },
    },
    async (req, reply) => {
      const result = await digest.move(
        req.actor!,
        req.params.id,
        req.body.version,
        req.body.article,
        req.body.direction,
      );
      if (result.ok) return reply.redirect(`/${lang}/office/digest/${req.params.id}#articles`, 303);
      // A move made from a page older than the issue is refused: the editor sees the order as it is now.
      const issue = await digest.issue(req.params.id);
      const conflict = result.kind !== 'invalid';
      return html(reply, conflict ? 409 : 400).send(
        await OfficeDigestEdit({
          library: await pictures.list(),
          ctx: frame(req, reply),
          issue,
          problems: conflict ? [] : result.problems,
          values: formValuesOf(issue),
          conflict,
        }),
      );
    },
  );

  app.post(
    '/office/digest/:id/file',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: fileBody },
    },
    async (req, reply) => {
      const section = req.body.section_name?.trim() || req.body.section?.trim() || null;
      const result = await digest.file(req.actor!, req.params.id, req.body.version, req.body.article, section);
      if (result.ok) return reply.redirect(`/${lang}/office/digest/${req.params.id}#articles`, 303);
      const issue = await digest.issue(req.params.id);
      const conflict = result.kind !== 'invalid';
      return html(reply, conflict ? 409 : 400).send(
        await OfficeDigestEdit({
          library: await pictures.list(),
          ctx: frame(req, reply),
          issue,
          problems: conflict ? [] : result.problems,
          values: formValuesOf(issue),
          conflict,
        }),
      );
    },
  );

  app.post(
    '/office/digest/:id/act',
    {
      config: { access: 'staff' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: idParams, body: actBody },
    },
    async (req, reply) => {
      // Publishing lays out the edition's PDF first, as a job: the reviewer follows it on its page.
      const result =
        req.body.action === 'publish'
          ? await digest.askPublish(req.actor!, req.params.id, req.body.version)
          : await digest.act(req.actor!, req.params.id, req.body.version, req.body.action);
      if (result.ok && 'job' in result) return reply.redirect(`/${lang}/office/jobs/${result.job}`, 303);
      if (result.ok) return reply.redirect(`/${lang}/office/digest/${req.params.id}`, 303);
      const issue = await digest.issue(req.params.id);
      return html(reply, 409).send(
        await OfficeDigestEdit({
          library: await pictures.list(),
          ctx: frame(req, reply),
          issue,
          problems: [],
          values: formValuesOf(issue),
          conflict: true,
        }),
      );
    },
  );

  app.get(
    '/office/digest/:id/pdf',
    { config: { access: 'staff' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      // Laid out by a job, once per version of the issue: the editor follows it, then opens the stored file.
      const answer = await digest.askPdf(req.actor!, req.params.id);
      const bytes = 'ready' in answer ? await services.files.get(answer.ready) : null;
      if (!bytes) return reply.redirect(`/${lang}/office/jobs/${'job' in answer ? answer.job : ''}`, 303);
      return reply.type('application/pdf').header('cache-control', 'private, no-cache').send(bytes);
    },
  );
};

export const digestCapability: Capability<Deps> = { site };
