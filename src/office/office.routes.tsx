import './office.messages.ts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { isIsoDate } from '../platform/dates.ts';
import { DomainError } from '../platform/errors.ts';
import { versionOf } from '../platform/numbers.ts';
import { formatDate, pick, t } from '../platform/i18n/i18n.ts';
import type { Row } from './office.store.ts';
import { ListPage, type OfficeContext, RecordPage, type RefOptions, RetirePage } from './office.views.tsx';
import { Dashboard, type Work, type WorkItem } from './office.dashboard.views.tsx';
import { FormPage } from './office.form.views.tsx';
import { type PlannedFact, listed, needingConfirmation, plannedTermEnds } from './office.ts';
import { AuditPage, ParityPage, type ParityRow } from './office.audit.views.tsx';
import type { AuditedKind, Panel, RecordPanel, Resource } from '../platform/records.ts';
import type { Actor } from '../platform/access.ts';
import type { IsoDate } from '../platform/dates.ts';
import type { Bilingual } from '../platform/sourced.ts';
import type { OfficeService } from './office.service.ts';

const typeParams = z.object({ type: z.string().regex(/^[a-z-]+$/) }).strict();
const recordParams = z.object({ type: z.string().regex(/^[a-z-]+$/), id: z.string().min(1).max(200) }).strict();
// A field with several choices (ticked boxes) arrives as a list; the record keeps it space-separated.
const formBody = z
  .record(z.string(), z.union([z.string(), z.array(z.string())]))
  .transform((body) =>
    Object.fromEntries(Object.entries(body).map(([k, v]) => [k, Array.isArray(v) ? v.join(' ') : v])),
  );
const parentQuery = z.object({ parent: z.string().max(200).optional() }).passthrough();
const listQuery = z.object({ q: z.string().max(200).optional(), status: z.string().max(40).optional() }).passthrough();
const savedQuery = z.object({ saved: z.string().optional() }).passthrough();
const auditQuery = z
  .object({
    account: z.string().optional(),
    type: z.string().optional(),
    from: z.string().optional(),
    to: z.string().optional(),
  })
  .passthrough();

/** Form fields, minus the ones the form machinery adds. */
function submitted(body: Record<string, string>): Record<string, string> {
  const { _csrf: _, version: __, retired: ___, ...values } = body;
  return values;
}

const asText = (row: Row): Record<string, string> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null || v === undefined ? '' : String(v)]));

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

/** A press release as the dashboard sees it. */
type ReleaseShape = Readonly<{
  id: string;
  status: 'draft' | 'in-review' | 'approved' | 'scheduled' | 'published' | 'archived';
  title: Readonly<{ en: string | null; ru: string | null }>;
  body: Readonly<{ en: string | null; ru: string | null }>;
  publishAt: string | null;
  createdBy?: string | null;
}>;

/**
 * What the office asks of the rest, by shape only (it imports no capability): its own
 * service, the accounts for the audit log's filter, and a delegate's state and duties.
 */
export type OfficeDeps = Readonly<{
  office: OfficeService;
  /** Panels other capabilities add to a record's page, read-only (media: a person's posts seen). */
  recordPanels: readonly RecordPanel[];
  accounts: Readonly<{ list: () => Promise<Actor[]>; audited: AuditedKind }>;
  newsroom: Readonly<{ audited: AuditedKind; officeList(): Promise<readonly ReleaseShape[]> }>;
  digest: Readonly<{
    audited: AuditedKind;
    issues(): Promise<ReadonlyArray<Readonly<{ id: string; title: string; status: 'draft' | 'review' | 'published' }>>>;
  }>;
  activities: Readonly<{
    list(
      filter: Readonly<Record<string, never>>,
    ): Promise<
      ReadonlyArray<Readonly<{ id: string; status: string; start: string; end: string | null; title: Bilingual }>>
    >;
  }>;
  bodies: Readonly<{
    meetings(): Promise<
      ReadonlyArray<
        Readonly<{
          id: string;
          status: string;
          start: string;
          end: string | null;
          title: Readonly<{ en: string | null; ru: string | null }>;
          bodyName: Bilingual;
        }>
      >
    >;
  }>;
  chairmanship: Readonly<{
    terms(): Promise<
      ReadonlyArray<
        Readonly<{ id: string; stateCode: string; from: IsoDate; until: IsoDate | null; plannedUntil: string | null }>
      >
    >;
  }>;
  registry: Readonly<{
    states(): Promise<ReadonlyArray<Readonly<{ code: string; name: Bilingual }>>>;
    profile: (
      code: string,
      today: IsoDate,
    ) => Promise<
      Readonly<{
        state: Readonly<{ name: Bilingual }>;
        roles: ReadonlyArray<Readonly<{ area: Readonly<{ name: Bilingual }>; role: 'coordinator' | 'co-coordinator' }>>;
      }>
    >;
  }>;
}>;

const site: FastifyPluginAsyncZod<SiteOptions<OfficeDeps>> = async (app, { services, clock, lang }) => {
  const { office } = services;
  const others = [services.newsroom.audited, services.digest.audited, services.accounts.audited];
  const frame = (req: FastifyRequest, reply: FastifyReply): OfficeContext => ({
    ...pageContext(req, lang, clock),
    actor: req.actor!,
    csrf: reply.generateCsrf(),
  });

  async function optionsFor(resource: Resource): Promise<RefOptions> {
    const kinds = [
      ...new Set(resource.fields.flatMap((f) => ((f.kind === 'ref' || f.kind === 'refs') && f.ref ? [f.ref] : []))),
    ];
    return Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await office.options(k)] as const)));
  }

  app.get('/office', { config: { access: 'signed-in' }, schema: { hide: true } }, async (req, reply) => {
    const ctx = frame(req, reply);
    if (ctx.actor.role === 'delegate') {
      const code = ctx.actor.stateCode ?? '';
      const profile = await services.registry.profile(code, ctx.today);
      const state = pick(lang, profile.state.name.en, profile.state.name.ru);
      const roles = profile.roles.map((r) => ({
        area: pick(lang, r.area.name.en, r.area.name.ru),
        role: t(lang, `role.${r.role}`),
      }));
      return html(reply).send(await Dashboard({ ctx, work: null, delegate: { state, roles } }));
    }
    return html(reply).send(await Dashboard({ ctx, work: await workOf(ctx), delegate: null }));
  });

  /**
   * The reader's work: releases and digest issues by where they stand in their
   * workflow (in review goes to a reviewer; an author keeps seeing it among the
   * drafts), the planned facts whose date has passed, and the reader's own changes.
   */
  async function workOf(ctx: OfficeContext): Promise<Work> {
    const { actor, today } = ctx;
    const reviews = actor.role === 'reviewer' || actor.role === 'admin';
    const now = clock.now().toISOString();
    const [releases, issues, activities, meetings, terms, states, mine] = await Promise.all([
      services.newsroom.officeList(),
      services.digest.issues(),
      services.activities.list({}),
      services.bodies.meetings(),
      services.chairmanship.terms(),
      services.registry.states(),
      office.log({ accountId: actor.id, limit: 12 }),
    ]);
    const releaseKind = t(lang, 'nr.release');
    const issueKind = t(lang, 'office.work.digestIssue');
    const release = (r: ReleaseShape): WorkItem => ({
      title: pick(lang, r.title.en, r.title.ru) ?? r.id,
      path: `/office/releases/${r.id}`,
      kind: releaseKind,
      status: t(lang, `nr.status.${r.status}`),
      mine: r.createdBy === actor.id,
    });
    // An issue keeps no author: compiling one is the desk's work, not one editor's.
    const issue = (i: { id: string; title: string; status: 'draft' | 'review' | 'published' }): WorkItem => ({
      title: i.title,
      path: `/office/digest/${i.id}`,
      kind: issueKind,
      status: t(lang, `digest.status.${i.status}`),
      mine: false,
    });
    const mineFirst = (items: WorkItem[]) => [...items.filter((w) => w.mine), ...items.filter((w) => !w.mine)];
    const inReview = [
      ...releases.filter((r) => r.status === 'in-review').map(release),
      ...issues.filter((i) => i.status === 'review').map(issue),
    ];
    const drafts = [
      ...releases.filter((r) => r.status === 'draft' || r.status === 'approved').map(release),
      ...issues.filter((i) => i.status === 'draft').map(issue),
      // What the reader wrote and sent for review stays in sight until it is decided.
      ...(reviews ? [] : inReview.filter((w) => w.mine)),
    ];
    const scheduled = releases
      .filter((r) => r.status === 'scheduled' && r.publishAt !== null && r.publishAt > now)
      .sort((a, b) => ((a.publishAt ?? '') < (b.publishAt ?? '') ? -1 : 1))
      .map((r) => ({
        ...release(r),
        status: t(lang, 'office.work.scheduledFor', { when: (r.publishAt ?? '').replace('T', ' ').slice(0, 16) }),
      }));
    const stateName = new Map(states.map((s) => [s.code, s.name]));
    const facts: PlannedFact[] = [
      ...activities
        .filter((a) => a.status === 'planned')
        .map(
          (a): PlannedFact => ({
            type: 'activities',
            id: a.id,
            title: a.title,
            plannedFor: a.end ?? a.start,
            what: 'held',
          }),
        ),
      ...meetings
        .filter((m) => m.status === 'planned')
        .map(
          (m): PlannedFact => ({
            type: 'meetings',
            id: m.id,
            title: { en: m.title.en ?? m.bodyName.en, ru: m.title.ru ?? m.bodyName.ru },
            plannedFor: m.end ?? m.start,
            what: 'held',
          }),
        ),
      ...plannedTermEnds(
        terms.map((term) => {
          const name = stateName.get(term.stateCode) ?? { en: term.stateCode, ru: null };
          return {
            id: term.id,
            from: term.from,
            until: term.until,
            plannedUntil: term.plannedUntil,
            title: {
              en: t('en', 'office.work.chairOf', { state: name.en }),
              ru: t('ru', 'office.work.chairOf', { state: name.ru ?? name.en }),
            },
          };
        }),
      ),
    ];
    const unconfirmed = needingConfirmation(facts, today).map((f) => ({
      title: pick(lang, f.title.en, f.title.ru),
      path: `/office/records/${f.type}/${encodeURIComponent(f.id)}`,
      note: t(lang, f.what === 'term-end' ? 'office.work.termPlanned' : 'office.work.heldPlanned', {
        date: formatDate(lang, f.plannedFor),
      }),
    }));
    return {
      review: reviews ? inReview : null,
      drafts: mineFirst(drafts),
      scheduled,
      unconfirmed,
      recent: await office.describe(mine, lang, others),
      records: office.resources
        .filter((r) => !r.parent)
        .map((r) => ({ path: `/office/records/${r.type}`, label: t(lang, r.labels.many) })),
    };
  }

  app.get(
    '/office/records/:type',
    { config: { access: 'staff' }, schema: { hide: true, params: typeParams, querystring: listQuery } },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const filter = { q: req.query.q?.trim() || undefined, status: req.query.status || undefined };
      const all = await office.list(resource.type);
      return html(reply).send(
        await ListPage({
          ctx: frame(req, reply),
          resource,
          rows: listed(resource, all, filter, lang),
          total: all.length,
          filter,
        }),
      );
    },
  );

  app.get(
    '/office/records/:type/new',
    { config: { access: 'editor' }, schema: { hide: true, params: typeParams, querystring: parentQuery } },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const values: Record<string, string> =
        resource.parent && req.query.parent ? { [resource.parent.column]: req.query.parent } : {};
      return html(reply).send(
        await FormPage({
          ctx: frame(req, reply),
          resource,
          mode: 'create',
          id: null,
          values,
          version: null,
          problems: [],
          conflict: null,
          options: await optionsFor(resource),
        }),
      );
    },
  );

  app.post(
    '/office/records/:type',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: typeParams, body: formBody },
    },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const values = submitted(req.body);
      const result = await office.create(req.actor!, resource.type, values);
      if (result.ok)
        return reply.redirect(`/${lang}/office/records/${resource.type}/${encodeURIComponent(result.id)}?saved=1`, 303);
      const problems = result.kind === 'invalid' ? result.problems : [];
      return html(reply, 400).send(
        await FormPage({
          ctx: frame(req, reply),
          resource,
          mode: 'create',
          id: null,
          values,
          version: null,
          problems,
          conflict: null,
          options: await optionsFor(resource),
        }),
      );
    },
  );

  app.get(
    '/office/records/:type/:id',
    { config: { access: 'staff' }, schema: { hide: true, params: recordParams, querystring: savedQuery } },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const row = await office.get(resource.type, req.params.id);
      const id = String(row[resource.key]);
      const [children, history, options, panels] = await Promise.all([
        Promise.all(
          (resource.children ?? []).map(async (type) => {
            const child = office.resource(type);
            const column = child.parent!.column;
            return { resource: child, column, rows: await office.list(type, { column, value: id }) };
          }),
        ),
        office.history(resource.type, id),
        optionsFor(resource),
        Promise.all(services.recordPanels.filter((p) => p.type === resource.type).map((p) => p.panel(id, lang))),
      ]);
      let parentLink: { path: string; label: string } | null = null;
      if (resource.parent && row[resource.parent.column]) {
        const parent = office.resource(resource.parent.type);
        const parentRow = await office.get(parent.type, String(row[resource.parent.column])).catch(() => null);
        if (parentRow)
          parentLink = {
            path: `/office/records/${parent.type}/${encodeURIComponent(String(parentRow[parent.key]))}`,
            label: parent.title(parentRow, lang),
          };
      }
      return html(reply).send(
        await RecordPage({
          ctx: frame(req, reply),
          resource,
          row,
          children,
          history,
          options,
          saved: req.query.saved === '1',
          parentLink,
          panels: panels.filter((p): p is Panel => p !== null),
        }),
      );
    },
  );

  app.get(
    '/office/records/:type/:id/edit',
    { config: { access: 'editor' }, schema: { hide: true, params: recordParams } },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const row = await office.get(resource.type, req.params.id);
      return html(reply).send(
        await FormPage({
          ctx: frame(req, reply),
          resource,
          mode: 'update',
          id: req.params.id,
          values: asText(row),
          version: row.version,
          problems: [],
          conflict: null,
          options: await optionsFor(resource),
        }),
      );
    },
  );

  app.post(
    '/office/records/:type/:id',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: recordParams, body: formBody },
    },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const values = submitted(req.body);
      const version = versionOf(req.body.version);
      if (version === null)
        return html(reply, 400).send(
          await FormPage({
            ctx: frame(req, reply),
            resource,
            mode: 'update',
            id: req.params.id,
            values,
            version: 0,
            problems: [{ field: 'version', message: 'field.invalid' }],
            conflict: null,
            options: await optionsFor(resource),
          }),
        );
      const result = await office.update(req.actor!, resource.type, req.params.id, values, version);
      if (result.ok)
        return reply.redirect(`/${lang}/office/records/${resource.type}/${encodeURIComponent(result.id)}?saved=1`, 303);
      const options = await optionsFor(resource);
      const ctx = frame(req, reply);
      if (result.kind === 'conflict') {
        return html(reply, 409).send(
          await FormPage({
            ctx,
            resource,
            mode: 'update',
            id: req.params.id,
            values,
            version,
            problems: [],
            conflict: { current: result.current, changed: result.changed, who: result.by?.actor?.name ?? null },
            options,
          }),
        );
      }
      return html(reply, 400).send(
        await FormPage({
          ctx,
          resource,
          mode: 'update',
          id: req.params.id,
          values,
          version,
          problems: result.problems,
          conflict: null,
          options,
          stored: await office.get(resource.type, req.params.id).catch(() => null),
        }),
      );
    },
  );

  // Retiring takes a record out of use: the button asks first, on a page of its own (no script needed).
  app.get(
    '/office/records/:type/:id/retire',
    { config: { access: 'editor' }, schema: { hide: true, params: recordParams } },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      if (!resource.retirable)
        throw new DomainError('FORBIDDEN', `${resource.type} records are corrected, not retired`);
      const row = await office.get(resource.type, req.params.id);
      return html(reply).send(await RetirePage({ ctx: frame(req, reply), resource, row }));
    },
  );

  app.post(
    '/office/records/:type/:id/retire',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: recordParams, body: formBody },
    },
    async (req, reply) => {
      const resource = office.resource(req.params.type);
      const version = versionOf(req.body.version);
      const to = `/${lang}/office/records/${resource.type}/${encodeURIComponent(req.params.id)}`;
      if (version === null)
        throw new DomainError('VALIDATION', 'the form carries no valid version', [
          { field: 'version', message: 'field.invalid' },
        ]);
      const result = await office.setRetired(
        req.actor!,
        resource.type,
        req.params.id,
        version,
        req.body.retired !== 'false',
      );
      return reply.redirect(result.ok ? `${to}?saved=1` : to, 303);
    },
  );

  app.get(
    '/office/audit',
    { config: { access: 'admin' }, schema: { hide: true, querystring: auditQuery } },
    async (req, reply) => {
      const q = req.query;
      const day = (d: string | undefined) => (d && isIsoDate(d) ? d : undefined);
      const entries = await office.log({
        accountId: q.account || undefined,
        recordType: q.type || undefined,
        fromDay: day(q.from),
        toDay: day(q.to),
        limit: 500,
      });
      const accounts = await services.accounts.list();
      const types = [
        ...others.map((k) => ({ type: k.type, label: k.label })),
        ...office.resources.map((r) => ({ type: r.type, label: r.labels.many })),
      ];
      return html(reply).send(
        await AuditPage({
          ctx: frame(req, reply),
          lines: await office.describe(entries, lang, others),
          accounts,
          filter: { account: q.account, type: q.type, from: q.from, to: q.to },
          types,
        }),
      );
    },
  );

  app.get('/office/parity', { config: { access: 'staff' }, schema: { hide: true } }, async (req, reply) => {
    const [{ gaps, totals }, releases] = await Promise.all([office.parityReport(), services.newsroom.officeList()]);
    const rows: ParityRow[] = gaps.map((g) => ({
      type: g.resource.labels.one,
      title: g.resource.title(g.row, 'en') || g.id,
      path: `/office/records/${g.resource.type}/${encodeURIComponent(g.id)}/edit#f-${g.field}`,
      gap: g.gap,
      field: g.resource.fields.find((f) => f.column === g.field)!.label,
    }));
    // A release written in English and not yet in Russian; an archived one is no longer read.
    const english = releases.filter((r) => r.status !== 'archived' && r.title.en);
    const untranslated = english.filter((r) => !r.title.ru || !r.body.ru);
    for (const r of untranslated)
      rows.push({
        type: 'nr.release',
        title: r.title.en ?? r.id,
        path: `/office/releases/${r.id}`,
        gap: 'missing',
        field: r.title.ru ? 'nr.col.body_ru' : 'col.title_ru',
      });
    totals.unshift({ label: 'nr.releases', records: english.length, missing: untranslated.length, stale: 0 });
    return html(reply).send(await ParityPage({ ctx: frame(req, reply), rows, totals }));
  });
};

export const officeCapability: Capability<OfficeDeps> = { site };
