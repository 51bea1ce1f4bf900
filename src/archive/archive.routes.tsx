/**
 * The archive over HTTP: the old sites' addresses answered with permanent
 * redirects, the import through the token API, and the office's import page
 * with its report and the flags staff act on.
 */
import './archive.messages.ts';
import multipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { MAX_FILE_BYTES } from '../media/refusals.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import type { Services } from '../services.ts';
import { ARCHIVE_KINDS, type ArchiveKind, oldAddress } from './archive.ts';
import type { ArchiveReport } from './archive.service.ts';
import { reasonText } from './archive.report.ts';
import { type ArchiveView, ArchiveOfficePage, OldAddressNotFoundPage, flagText } from './archive.views.tsx';

type Deps = Readonly<Pick<Services, 'archive' | 'people' | 'office'>>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The files of an archive import form, with their names, as the multipart parser read them. */
    archiveFiles: Array<{ name: string; bytes: Uint8Array; tooLarge: boolean }> | null;
  }
}

/** The most files one run through the API may carry: the archive of ~2,800 releases fits, with room. */
const MAX_API_FILES = 5000;

const apiBody = z
  .object({
    files: z
      .array(
        z
          .object({
            name: z.string().min(1).max(300),
            // Text as it is, or the bytes in base64 where the page is in another encoding (Windows-1251).
            text: z.string().max(MAX_FILE_BYTES).optional(),
            base64: z
              .string()
              .max(Math.ceil((MAX_FILE_BYTES * 4) / 3) + 4)
              .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'expected base64')
              .optional(),
          })
          .strict()
          .refine((f) => (f.text === undefined) !== (f.base64 === undefined), 'give either text or base64'),
      )
      .min(1)
      .max(MAX_API_FILES),
    kind: z.enum(ARCHIVE_KINDS).optional(),
    publish: z.boolean().default(false),
    dryRun: z.boolean().default(false),
  })
  .strict();

const reason = z.object({ code: z.string(), detail: z.string().nullable() }).nullable();
const reportSchema = z.object({
  ok: z.boolean(),
  dryRun: z.boolean(),
  summary: z.object({
    files: z.number(),
    created: z.number(),
    already: z.number(),
    refused: z.number(),
    flagged: z.number(),
  }),
  files: z.array(
    z.object({
      file: z.string(),
      status: z.string(),
      reason,
      message: z.string().nullable(),
      kind: z.string().nullable(),
      layout: z.string().nullable(),
      title: z.string().nullable(),
      lang: z.string().nullable(),
      date: z.string().nullable(),
      posted: z.string().nullable(),
      place: z.string().nullable(),
      addresses: z.array(z.string()),
      found: z.array(z.string()),
      missing: z.array(z.string()),
      contact: z.string().nullable(),
      people: z.array(z.object({ id: z.string(), name: z.string(), post: z.string().nullable(), seen: z.string() })),
      states: z.array(z.string()),
      bodies: z.array(z.string()),
      areas: z.array(z.string()),
      flags: z.array(z.record(z.string(), z.unknown())),
      path: z.string().nullable(),
    }),
  ),
});

/** The report as the API answers it: each refusal also in words, with the item's page addressed in English. */
export function reportOut(report: ArchiveReport) {
  return {
    ...report,
    files: report.files.map((f) => ({
      ...f,
      message: f.reason ? reasonText('en', f.reason) : null,
      path: f.path ? `/en${f.path}` : null,
      flags: f.flags.map((x) => ({ ...x })),
    })),
  };
}

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.post(
    '/archive/import',
    {
      config: { access: 'editor-token' },
      // A run of the whole archive is some thousands of pages: far past the default limit of 1 MB.
      bodyLimit: 200 * 1024 * 1024,
      schema: {
        summary: 'Import press releases or speeches as the earlier sites published them',
        description:
          'Send `Authorization: Bearer <token>` and `{ files: [{ name, text | base64 }], kind?, publish?, dryRun? }`. Every file is read and checked first; if any is refused nothing is written (`ok: false`). A file whose old address is already in the archive is reported `already`. `dryRun` writes nothing and reports what would be created.',
        tags: ['archive'],
        body: apiBody,
        response: { 200: reportSchema, 400: errorBody, 401: errorBody },
      },
    },
    async (req) => {
      const files = req.body.files.map((f) => ({
        name: f.name,
        bytes:
          f.text !== undefined ? new TextEncoder().encode(f.text) : new Uint8Array(Buffer.from(f.base64!, 'base64')),
      }));
      const report = await services.archive.importFiles(req.actor!, files, {
        kind: req.body.kind,
        publish: req.body.publish,
        dryRun: req.body.dryRun,
      });
      return reportOut(report);
    },
  );
};

/** An old address answered: 301 to the item's page in the old address's language, or a 404 that offers search. */
async function answerOld(
  services: Deps,
  req: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  clock: SiteOptions<Deps>['clock'],
) {
  const url = new URL(req.url, 'http://old.invalid');
  const found = oldAddress(url.pathname, url.searchParams);
  // The target is built from our own record (a slug), never from the request: no open redirect.
  const target = found ? await services.archive.resolve(found.key) : null;
  if (target) return reply.header('cache-control', 'public, max-age=86400').redirect(`/${lang}${target.path}`, 301);
  const ctx = pageContext(req, lang, clock);
  return reply
    .code(404)
    .type('text/html; charset=utf-8')
    .send(await OldAddressNotFoundPage({ ctx }));
}

const OLD_PATHS = ['/index.php', '/speeches_detail', '/speeches_detail/', '/page/*'] as const;

const root: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  // The old sites' English addresses had no language in the path.
  for (const path of OLD_PATHS)
    app.get(path, { config: { access: 'public', cache: false }, schema: { hide: true } }, async (req, reply) =>
      answerOld(services, req, reply, 'en', clock),
    );
};

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  // The Russian mirror lived under /ru/; /en/ is answered the same way.
  for (const path of OLD_PATHS)
    app.get(path, { config: { access: 'public', cache: false }, schema: { hide: true } }, async (req, reply) =>
      answerOld(services, req, reply, lang, clock),
    );

  const view = async (req: FastifyRequest, reply: FastifyReply, over: Partial<ArchiveView>, status = 200) => {
    const ctx = { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() };
    const [flags, persons] = await Promise.all([services.archive.flags('open'), services.people.persons()]);
    const names = new Map(persons.map((p) => [p.id, lang === 'ru' ? (p.name.ru ?? p.name.en) : p.name.en]));
    const paths = await services.archive.pathsOf(flags.map((f) => f.item));
    // The report links by id; the page names them, reading only the records it links.
    const linked = (over.report?.files ?? []).flatMap((f) => [
      ...f.states.map((id) => ['state', id] as const),
      ...f.bodies.map((id) => ['body', id] as const),
      ...f.areas.map((id) => ['area', id] as const),
    ]);
    const names_ = new Map<string, string>();
    for (const kind of ['state', 'body', 'area'] as const) {
      const ids = [...new Set(linked.filter(([k]) => k === kind).map(([, id]) => id))];
      if (ids.length === 0) continue;
      for (const o of await services.office.names(kind, ids))
        names_.set(`${kind}:${o.id}`, pick(lang, o.en ?? o.id, o.ru));
    }
    const full: ArchiveView = {
      report: null,
      problem: null,
      notice: null,
      kind: '',
      publish: false,
      names: names_,
      canImport: ['admin', 'editor'].includes(req.actor!.role),
      flags: flags.map((f) => ({
        id: f.id,
        version: f.version,
        text: flagText(lang, f.detail, names),
        file: typeof f.detail.file === 'string' ? f.detail.file : f.item.file,
        path: paths.get(f.item.itemId) ?? null,
      })),
      ...over,
    };
    return html(reply, status).send(await ArchiveOfficePage({ ctx, view: full }));
  };

  app.get(
    '/office/archive',
    {
      config: { access: 'staff' },
      schema: { hide: true, querystring: z.object({ settled: z.literal('1').optional() }) },
    },
    async (req, reply) => view(req, reply, { notice: req.query.settled ? t(lang, 'archive.settled') : null }),
  );

  app.post(
    '/office/archive/flags/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: {
        hide: true,
        params: z.object({ id: z.string().min(1).max(100) }).strict(),
        body: z.object({ _csrf: z.string().optional(), version: z.coerce.number().int().min(1) }),
      },
    },
    async (req, reply) => {
      const done = await services.archive.resolveFlag(req.actor!, req.params.id, req.body.version);
      if (done.ok) return reply.redirect(`/${lang}/office/archive?settled=1`, 303);
      return view(req, reply, { problem: t(lang, 'archive.flagGone') }, done.kind === 'conflict' ? 409 : 404);
    },
  );

  // Files come as multipart/form-data, parsed for this route only, before the CSRF check reads the form's token.
  await app.register(async (scoped) => {
    scoped.decorateRequest('archiveFiles', null);
    await scoped.register(multipart, {
      attachFieldsToBody: 'keyValues',
      throwFileSizeLimit: false,
      limits: { fileSize: MAX_FILE_BYTES + 1, files: MAX_API_FILES, fields: 10 },
      async onFile(part) {
        const bytes = await part.toBuffer();
        const req = this as FastifyRequest;
        req.archiveFiles ??= [];
        req.archiveFiles.push({ name: part.filename, bytes: new Uint8Array(bytes), tooLarge: part.file.truncated });
      },
    });
    scoped.post(
      '/office/archive/import',
      { config: { access: 'editor' }, preHandler: scoped.csrfProtection, schema: { hide: true } },
      async (req, reply) => {
        const body = (req.body ?? {}) as Record<string, unknown>;
        const kind = (ARCHIVE_KINDS as readonly string[]).includes(String(body.kind))
          ? (body.kind as ArchiveKind)
          : undefined;
        const publish = body.publish === '1';
        const dryRun = body.mode !== 'import';
        const given = (req.archiveFiles ?? []).filter((f) => f.name);
        if (given.length === 0)
          return view(req, reply, { problem: t(lang, 'archive.noFiles'), kind: kind ?? '', publish }, 400);
        const report = await services.archive.importFiles(
          req.actor!,
          // A file past the limit is read as what it is: too large, refused by name.
          given.map((f) => (f.tooLarge ? { name: f.name, bytes: new Uint8Array(MAX_FILE_BYTES + 1) } : f)),
          { kind, publish, dryRun },
        );
        return view(req, reply, { report, kind: kind ?? '', publish }, report.ok ? 200 : 400);
      },
    );
  });
};

export const archiveCapability: Capability<Deps> = { api, root, site };
