import './documents.messages.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Actor } from '../platform/access.ts';
import { type ChangeResult, invalid } from '../platform/changes.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import { acceptUploads, sendStoredFile } from '../platform/files/http.ts';
import { ORIGINALS } from '../platform/files/types.ts';
import { isIsoDate } from '../platform/dates.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody, lang as langParam, recordId } from '../platform/http/schemas.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import type { OfficeContext } from '../platform/layout/office.tsx';
import { provenancesIn } from '../platform/sourced.ts';
import type { Services } from '../services.ts';
import { textOf } from '../newsroom/newsroom.ts';
import { changeCounts, compareTexts } from './documents.compare.ts';
import {
  adoptForm,
  asOfQuery,
  compareQuery,
  documentResponse,
  documentsQuery,
  documentsResponse,
  draftForm,
  instrumentForm,
  registryQuery,
  treatiesResponse,
  treatyResponse,
  versionForm,
} from './documents.schema.ts';
import type { Adoption, Treaty } from './documents.service.ts';
import { type DocumentRecord, openPassages } from './documents.ts';
import { ComparePage, DraftPage, type DraftView, DraftsPage } from './documents.office.views.tsx';
import { DocumentPage, DocumentsPage, type Lookups } from './documents.views.tsx';
import { TreatiesPage, TreatyPage } from './treaties.views.tsx';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'bodies' | 'cbm' | 'documents' | 'files' | 'newsroom' | 'registry' | 'sources'>>;

const idParams = z.object({ id: recordId }).strict();
const fileParams = z.object({ id: recordId, fileId: recordId }).strict();

/** Zod's issues as the fields they concern, each with its message key. */
function problemsOf(error: z.ZodError): FieldProblem[] {
  const seen = new Map<string, FieldProblem>();
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'method');
    if (!seen.has(field)) seen.set(field, { field, message: issue.message });
  }
  return [...seen.values()];
}

const formOf = (body: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries((body ?? {}) as Record<string, unknown>).filter(
      (e): e is [string, string] => typeof e[1] === 'string',
    ),
  );

function documentJson(lang: Lang, d: DocumentRecord) {
  return {
    id: d.id,
    kind: d.kind,
    symbol: d.symbol,
    title: pick(lang, d.title.en, d.title.ru),
    titleLang: lang === 'ru' && d.title.ru ? ('ru' as const) : ('en' as const),
    status: d.stage,
    classification: d.classification,
    date: d.date,
    place: d.place ? pick(lang, d.place.en, d.place.ru) : null,
    adoption: d.adoption.method,
    meeting: d.meetingId,
    body: d.bodyId,
    priorityArea: d.priorityAreaId,
    dimension: d.dimensionId,
    amends: d.amendsId,
    replaces: d.replacesId,
    actions: d.actions.map((a) => ({
      state: a.stateCode,
      action: a.action,
      date: a.date,
      dateAttested: a.dateAttested,
      depositDate: a.depositDate,
      reference: a.reference,
      note: a.note ? pick(lang, a.note.en, a.note.ru) : null,
    })),
    sources: [...d.provenance.sources],
    confidence: d.provenance.confidence,
    url: `/${lang}/documents/${d.id}`,
  };
}

function treatyJson(lang: Lang, { document: d, status, asOf }: Treaty) {
  return {
    id: d.id,
    title: pick(lang, d.title.en, d.title.ru),
    adopted: d.date,
    rule: d.rule,
    instruments: d.actions.map((a) => ({ state: a.stateCode, kind: a.action, date: a.date ?? a.dateAttested })),
    attested: d.attested.map((a) => ({ count: a.count, asOf: a.asOf, source: a.sources })),
    status: {
      count: status.count,
      identified: status.identified,
      required: status.required,
      stillNeeded: status.stillNeeded,
      inForce: status.inForce,
      inForceOn: status.inForceOn,
      maybeInForce: status.maybeInForce,
    },
    parties: status.states
      .filter((s) => s.partySince !== null)
      .map((s) => ({ state: s.stateCode, since: s.partySince! })),
    asOf,
  };
}

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, clock }) => {
  const asOfOf = (asked: string | undefined) => {
    if (asked === undefined) return clock.today();
    if (!isIsoDate(asked))
      throw new DomainError('VALIDATION', 'field.date', [{ field: 'asOf', message: 'field.date' }]);
    return asked;
  };

  app.get(
    '/documents',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'Documents the caller may read, oldest first: founding documents, legal instruments, outcome documents, working papers',
        tags: ['documents'],
        querystring: documentsQuery,
        response: { 200: documentsResponse, 400: errorBody },
      },
    },
    async (req) => {
      const { lang, kind, state, body, year, status, dimension } = req.query;
      const docs = await services.documents.list(req.actor, {
        kind,
        stateCode: state,
        bodyId: body,
        year,
        stage: status,
        dimensionId: dimension,
      });
      return { items: docs.map((d) => documentJson(lang, d)) };
    },
  );

  app.get(
    '/documents/:id',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One document with its text and files; for staff, the versions of its draft',
        tags: ['documents'],
        params: idParams,
        querystring: z.object({ lang: langParam }).strict(),
        response: { 200: documentResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const { lang } = req.query;
      const doc = await services.documents.get(req.actor, req.params.id);
      if (!doc) throw new DomainError('NOT_FOUND');
      const [files, versions] = await Promise.all([
        services.documents.files(req.actor, doc.id),
        services.documents.versions(req.actor, doc.id),
      ]);
      const staff = req.actor !== null && req.actor.role !== 'delegate';
      return {
        ...documentJson(lang, doc),
        text: lang === 'ru' ? (doc.text.ru ?? doc.text.en) : (doc.text.en ?? doc.text.ru),
        files: files.map((f) => ({
          name: f.name,
          type: f.type,
          size: f.size,
          url: `/${lang}/documents/${doc.id}/files/${f.id}`,
        })),
        ...(staff
          ? {
              versions: versions.map((v) => ({
                number: v.number,
                meeting: v.meetingId,
                step: v.step,
                textEn: v.text.en,
                textRu: v.text.ru,
                openPassages: openPassages(v.text.en).open,
              })),
            }
          : {}),
      };
    },
  );

  app.get(
    '/treaties',
    {
      config: { access: 'public' },
      schema: {
        summary: 'The status of every legal instrument on a date: instruments deposited, still needed, in force since',
        tags: ['documents'],
        querystring: z.object({ asOf: z.string().optional(), lang: langParam }).strict(),
        response: { 200: treatiesResponse, 400: errorBody },
      },
    },
    async (req) => {
      const asOf = asOfOf(req.query.asOf);
      const treaties = await services.documents.treaties(req.actor, asOf);
      return { asOf, items: treaties.map((tr) => treatyJson(req.query.lang, tr)) };
    },
  );

  app.get(
    '/treaties/:id',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One instrument’s status table on a date (`asOf`), computed from its entry-into-force rule',
        tags: ['documents'],
        params: idParams,
        querystring: z.object({ asOf: z.string().optional(), lang: langParam }).strict(),
        response: { 200: treatyResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const asOf = asOfOf(req.query.asOf);
      const treaty = await services.documents.treaty(req.actor, req.params.id, asOf);
      if (!treaty) throw new DomainError('NOT_FOUND');
      return treatyJson(req.query.lang, treaty);
    },
  );
};

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

  async function lookups(): Promise<Lookups> {
    const [states, meetings, bodies] = await Promise.all([
      services.registry.states(),
      services.bodies.meetings(),
      services.bodies.bodies(),
    ]);
    return {
      states: new Map(states.map((s) => [s.code, s])),
      meetings: new Map(meetings.map((m) => [m.id, m])),
      bodies: new Map(bodies.map((b) => [b.id, b])),
    };
  }

  app.get(
    '/documents',
    { config: { access: 'public' }, schema: { hide: true, querystring: z.record(z.string(), z.unknown()) } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const parsed = registryQuery.safeParse(req.query);
      const filters = parsed.success ? parsed.data : {};
      const or = <T,>(v: T | '' | undefined) => (v === '' ? undefined : v);
      const [docs, l, bodies, dimensions] = await Promise.all([
        services.documents.list(req.actor, {
          kind: or(filters.kind),
          bodyId: or(filters.body),
          year: or(filters.year),
          stage: or(filters.status),
          dimensionId: or(filters.dimension),
        }),
        lookups(),
        services.bodies.bodies(),
        services.cbm.dimensions(),
      ]);
      const f = parsed.success
        ? {
            kind: filters.kind,
            body: filters.body,
            year: filters.year,
            status: filters.status,
            dimension: filters.dimension,
          }
        : {};
      return html(reply, parsed.success ? 200 : 400).send(
        await DocumentsPage({
          ctx,
          docs,
          filters: f,
          lookups: l,
          bodies,
          dimensions,
          citations: await services.sources.cite(provenancesIn([docs])),
          problem: parsed.success
            ? undefined
            : t(lang, 'doc.badFilter', { field: problemsOf(parsed.error)[0]?.field ?? '' }),
        }),
      );
    },
  );

  app.get(
    '/documents/:id',
    { config: { access: 'public' }, schema: { hide: true, params: idParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const doc = await services.documents.get(req.actor, req.params.id);
      if (!doc) throw new DomainError('NOT_FOUND');
      const [l, files, versions, treaty, all, mentions] = await Promise.all([
        lookups(),
        services.documents.files(req.actor, doc.id),
        services.documents.versions(req.actor, doc.id),
        services.documents.treaty(req.actor, doc.id, ctx.today),
        services.documents.list(req.actor),
        services.newsroom.publicList(lang, { page: 1, link: { kind: 'document', id: doc.id } }),
      ]);
      if (doc.classification !== 'public') reply.header('cache-control', 'private, no-store');
      return html(reply).send(
        await DocumentPage({
          ctx,
          doc,
          lookups: l,
          files,
          versions,
          status: treaty && doc.stage === 'adopted' ? treaty.status : null,
          related: new Map(all.map((d) => [d.id, d])),
          releases: mentions.items.map((r) => ({ slug: r.slug, date: r.date, title: textOf(lang, r).title })),
          citations: await services.sources.cite(provenancesIn([[doc]])),
        }),
      );
    },
  );

  app.get(
    '/documents/:id/files/:fileId',
    { config: { access: 'public' }, schema: { hide: true, params: fileParams } },
    async (req, reply) => {
      const file = await services.documents.file(req.actor, req.params.id, req.params.fileId);
      if (!file) throw new DomainError('NOT_FOUND');
      return sendStoredFile(req, reply, services.files, { key: file.key, name: file.name, cache: file.cache });
    },
  );

  app.get(
    '/treaties',
    { config: { access: 'public' }, schema: { hide: true, querystring: asOfQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const asked = req.query.asOf;
      const bad = asked !== undefined && asked !== '' && !isIsoDate(asked);
      const asOf = asked && !bad ? asked : ctx.today;
      const treaties = await services.documents.treaties(req.actor, asOf);
      return html(reply, bad ? 400 : 200).send(
        await TreatiesPage({ ctx, treaties, asOf, error: bad ? t(lang, 'field.date') : undefined }),
      );
    },
  );

  app.get(
    '/treaties/:id',
    { config: { access: 'public' }, schema: { hide: true, params: idParams, querystring: asOfQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const asked = req.query.asOf;
      const bad = asked !== undefined && asked !== '' && !isIsoDate(asked);
      const asOf = asked && !bad ? asked : ctx.today;
      const [treaty, states] = await Promise.all([
        services.documents.treaty(req.actor, req.params.id, asOf),
        services.registry.states(),
      ]);
      if (!treaty) throw new DomainError('NOT_FOUND');
      return html(reply, bad ? 400 : 200).send(
        await TreatyPage({
          ctx,
          treaty,
          asOf,
          states: new Map(states.map((s) => [s.code, s])),
          error: bad ? t(lang, 'field.date') : undefined,
        }),
      );
    },
  );

  // The drafting office: staff (editors and the reviewing officers who manage drafts).
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });

  async function draftPage(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    rest: Partial<Pick<DraftView, 'form' | 'problems' | 'section' | 'message'>> = {},
    status = 200,
  ) {
    const doc = await services.documents.get(req.actor, id);
    if (!doc) throw new DomainError('NOT_FOUND');
    const [versions, files, meetings, bodies, states] = await Promise.all([
      services.documents.versions(req.actor, id),
      services.documents.files(req.actor, id),
      services.bodies.meetings(),
      services.bodies.bodies(),
      services.registry.states(),
    ]);
    const view: DraftView = {
      doc,
      versions,
      files,
      // Newest first: a draft is discussed at meetings to come or just held.
      meetings: [...meetings].filter((m) => m.start.length === 10).reverse(),
      bodies,
      states,
      form: rest.form ?? {},
      problems: rest.problems ?? [],
      section: rest.section ?? null,
      message: rest.message ?? null,
    };
    return html(reply, status).send(await DraftPage({ ctx: frame(req, reply), view }));
  }

  const statusOf = (kind: string) => (kind === 'conflict' ? 409 : 400);

  /** After a drafting form: back to the draft when saved; else the draft again, its section showing what was wrong. */
  async function answerDraft(
    req: FastifyRequest,
    reply: FastifyReply,
    id: string,
    form: Record<string, string>,
    section: NonNullable<DraftView['section']>,
    result: ChangeResult<object>,
    status = statusOf,
  ) {
    if (result.ok) return reply.redirect(`/${lang}/office/drafting/${id}?saved=1`, 303);
    if (result.kind === 'refused') throw new DomainError('NOT_FOUND');
    return draftPage(req, reply, id, { form, problems: result.problems, section }, status(result.kind));
  }

  /** One drafting form posted to `/office/drafting/:id/<path>`: parsed by its schema, then `run`, then answered. */
  function draftAction<S extends z.ZodType>(
    path: string,
    section: NonNullable<DraftView['section']>,
    schema: S,
    run: (actor: Actor, id: string, data: z.output<S>) => Promise<ChangeResult<object>>,
  ) {
    app.post(
      `/office/drafting/:id/${path}`,
      { config: { access: 'staff' }, preHandler: app.csrfProtection, schema: { hide: true, params: idParams } },
      async (req, reply) => {
        const form = formOf(req.body);
        const parsed = schema.safeParse(form);
        const result = parsed.success
          ? await run(req.actor!, req.params.id, parsed.data)
          : ({ ok: false, kind: 'invalid', problems: problemsOf(parsed.error) } as const);
        return answerDraft(req, reply, req.params.id, form, section, result);
      },
    );
  }

  app.get('/office/drafting', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    const drafts = await services.documents.list(req.actor, { stage: 'draft' });
    return html(reply).send(await DraftsPage({ ctx: frame(req, reply), drafts, form: {}, problems: [] }));
  });

  app.post(
    '/office/drafting',
    { config: { access: 'staff' }, preHandler: app.csrfProtection, schema: { hide: true } },
    async (req, reply) => {
      const form = formOf(req.body);
      const parsed = draftForm.safeParse(form);
      const result = parsed.success
        ? await services.documents.createDraft(req.actor!, parsed.data)
        : ({ ok: false, kind: 'invalid', problems: problemsOf(parsed.error) } as const);
      if (result.ok) return reply.redirect(`/${lang}/office/drafting/${result.id}`, 303);
      const drafts = await services.documents.list(req.actor, { stage: 'draft' });
      return html(reply, 400).send(
        await DraftsPage({ ctx: frame(req, reply), drafts, form, problems: result.problems }),
      );
    },
  );

  app.get(
    '/office/drafting/:id',
    {
      config: { access: 'staff' },
      schema: { hide: true, params: idParams, querystring: z.object({ saved: z.string().optional() }).passthrough() },
    },
    async (req, reply) =>
      draftPage(req, reply, req.params.id, { message: req.query.saved ? t(lang, 'office.saved') : null }),
  );

  app.get(
    '/office/drafting/:id/compare',
    { config: { access: 'staff' }, schema: { hide: true, params: idParams, querystring: compareQuery } },
    async (req, reply) => {
      const doc = await services.documents.get(req.actor, req.params.id);
      if (!doc) throw new DomainError('NOT_FOUND');
      const versions = await services.documents.versions(req.actor, doc.id);
      const a = versions.find((v) => v.number === req.query.a);
      const b = versions.find((v) => v.number === req.query.b);
      if (!a || !b) throw new DomainError('NOT_FOUND');
      const runs = {
        en: compareTexts(a.text.en, b.text.en),
        ru: a.text.ru || b.text.ru ? compareTexts(a.text.ru ?? '', b.text.ru ?? '') : [],
      };
      return html(reply).send(
        await ComparePage({
          ctx: frame(req, reply),
          doc,
          a,
          b,
          runs,
          view: req.query.view,
          counts: changeCounts(runs.en),
        }),
      );
    },
  );

  draftAction('versions', 'version', versionForm, (actor, id, data) => services.documents.saveVersion(actor, id, data));

  draftAction('adopt', 'adopt', adoptForm, (actor, id, data) => services.documents.adopt(actor, id, data as Adoption));

  draftAction('instruments', 'instrument', instrumentForm, (actor, id, data) =>
    services.documents.addInstrument(actor, id, {
      stateCode: data.state_code,
      action: data.action,
      date: data.date,
      depositDate: data.deposit_date,
      reference: data.reference,
      noteEn: null,
    }),
  );

  // Originals come as multipart/form-data, parsed for this route only, before the CSRF check reads the form's token.
  await app.register(async (scoped) => {
    await acceptUploads(scoped, { maxBytes: ORIGINALS.maxBytes, maxFiles: 1 });
    scoped
      .withTypeProvider<ZodTypeProvider>()
      .post(
        '/office/drafting/:id/files',
        { config: { access: 'staff' }, preHandler: scoped.csrfProtection, schema: { hide: true, params: idParams } },
        async (req, reply) => {
          const form = formOf(req.body);
          const upload = req.uploads?.find((u) => u.field === 'file');
          const fileLang = form.lang === 'en' || form.lang === 'ru' ? form.lang : null;
          const result = upload
            ? await services.documents.addFile(req.actor!, req.params.id, { ...upload, lang: fileLang })
            : invalid([{ field: 'file', message: 'doc.file.missing' }]);
          // An upload is refused for what it is, never for a stale form: always 400.
          return answerDraft(req, reply, req.params.id, form, 'file', result, () => 400);
        },
      );
  });
};

export const documentsCapability: Capability<Deps> = { api, site };
