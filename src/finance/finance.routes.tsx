import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { DomainError } from '../platform/errors.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import { provenancesIn } from '../platform/sourced.ts';
import type { Actor } from '../platform/access.ts';
import type { Services } from '../services.ts';
import { contributorKey } from './finance.ts';
import type { YearView } from './finance.service.ts';
import {
  budgetResponse,
  contributionsQuery,
  contributionsResponse,
  contributorParams,
  importBody,
  pageQuery,
  yearParams,
} from './finance.schema.ts';
import { formatAmount, parseAmount } from './finance.ts';
import {
  FinanceImportPage,
  FinanceIndexPage,
  FinanceStatePage,
  FinanceYearPage,
  type Names,
} from './finance.views.tsx';
import './finance.messages.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'finance' | 'registry' | 'bodies' | 'documents' | 'sources'>>;

/**
 * Amounts are member-states information: anyone signed in (a delegate, staff)
 * or calling with a token sees them; the public sees who gave and the rankings
 * the Secretariat published.
 */
const amountsVisible = (req: FastifyRequest) => req.actor !== null;

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

/** Names to show beside ids; documents only as far as the reader may see them (their classification). */
async function namesOf(services: Deps, actor: Actor | null): Promise<Names> {
  const [states, organizations, meetings, documents] = await Promise.all([
    services.registry.states(),
    services.registry.organizations(),
    services.bodies.meetings(),
    services.documents.list(actor),
  ]);
  return {
    states: new Map(states.map((s) => [s.code, s.name])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
    meetings: new Map(meetings.map((m) => [m.id, m])),
    documents: new Map(documents.map((d) => [d.id, d.title])),
  };
}

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  const { finance } = services;

  app.get(
    '/finance',
    { config: { access: 'public' }, schema: { hide: true, querystring: pageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const years = await finance.years();
      // The newest year with a ranking to show: a budget approved for next year has none yet.
      let latest: YearView | null = null;
      for (const year of years) {
        const view = await finance.year(year, { amountsVisible: amountsVisible(req), base: req.query.in });
        latest ??= view;
        if (view.ranking.length > 0) {
          latest = view;
          break;
        }
      }
      return html(reply).send(
        await FinanceIndexPage({
          ctx,
          years,
          latest,
          names: await namesOf(services, req.actor ?? null),
          citations: await services.sources.cite(provenancesIn(latest?.published ?? [])),
        }),
      );
    },
  );

  app.get(
    '/finance/contributions.csv',
    { config: { access: 'signed-in' }, schema: { hide: true } },
    async (_req, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cica-contributions.csv"')
        .send(await finance.ledgerCsv()),
  );

  app.get(
    '/finance/:year',
    { config: { access: 'public' }, schema: { hide: true, params: yearParams, querystring: pageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const [view, years, names] = await Promise.all([
        finance.year(req.params.year, { amountsVisible: amountsVisible(req), base: req.query.in }),
        finance.years(),
        namesOf(services, req.actor ?? null),
      ]);
      const empty = view.budget === null && view.contributions.length === 0 && view.ranking.length === 0;
      return html(reply, empty ? 404 : 200).send(
        await FinanceYearPage({
          ctx,
          view,
          years,
          names,
          citations: await services.sources.cite(provenancesIn([view.budget, view.contributions, view.published])),
        }),
      );
    },
  );

  app.get(
    '/finance/states/:code',
    { config: { access: 'public' }, schema: { hide: true, params: contributorParams, querystring: pageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const [view, names] = await Promise.all([
        finance.state(req.params.code, { amountsVisible: amountsVisible(req), base: req.query.in }),
        namesOf(services, req.actor ?? null),
      ]);
      const c = req.params.code.startsWith('org:')
        ? names.organizations.get(req.params.code.slice(4))
        : names.states.get(req.params.code);
      if (!c) throw new DomainError('NOT_FOUND', 'error.notFound', [{ field: 'code', message: 'error.notFound' }]);
      return html(reply).send(
        await FinanceStatePage({
          ctx,
          view,
          names,
          name: pick(lang, c.en, c.ru),
          citations: await services.sources.cite(provenancesIn([view.contributions, view.ranks])),
        }),
      );
    },
  );

  app.get('/office/finance/import', { config: { access: 'editor' }, schema: { hide: true } }, async (req, reply) =>
    html(reply).send(
      await FinanceImportPage({
        ctx: { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() },
        text: '',
        problems: [],
        done: null,
      }),
    ),
  );

  app.post(
    '/office/finance/import',
    { config: { access: 'editor' }, preHandler: app.csrfProtection, schema: { hide: true, body: importBody } },
    async (req, reply) => {
      const result = await finance.importCsv(req.actor!, req.body.csv);
      const ctx = { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() };
      return html(reply, result.ok ? 200 : 400).send(
        await FinanceImportPage({
          ctx,
          text: result.ok ? '' : req.body.csv,
          problems: result.ok ? [] : result.problems,
          done: result.ok ? t(lang, 'finance.import.done', { count: result.created + result.updated }) : null,
        }),
      );
    },
  );
};

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  const { finance } = services;
  const text = (lang: Lang, b: { en: string; ru: string | null } | null) => (b ? pick(lang, b.en, b.ru) : null);

  app.get(
    '/contributions',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'Contributions and the ranking of contributors; amounts only for callers who may see them (signed in, or with a token)',
        tags: ['finance'],
        querystring: contributionsQuery,
        response: { 200: contributionsResponse, 400: errorBody },
      },
    },
    async (req) => {
      const { lang, in: base, ...filter } = req.query;
      const answer = await finance.contributions(filter, { amountsVisible: amountsVisible(req), base });
      return {
        items: answer.items.map((c) => ({
          id: c.id,
          year: c.year,
          state: c.contributor.kind === 'state' ? c.contributor.code : null,
          organization: c.contributor.kind === 'organization' ? c.contributor.id : null,
          kind: c.kind,
          purpose: text(lang, c.purpose),
          description: text(lang, c.description),
          amount: c.amount,
          currency: c.currency,
          estimated: c.kind === 'in-kind' && c.amount !== null,
          pledgedOn: c.pledgedOn,
          receivedOn: c.receivedOn,
          release: c.release ? `/${lang}/news/${c.release.slug}` : null,
          sources: [...c.provenance.sources],
        })),
        currency: answer.base,
        ranking: answer.ranking.map((r) => ({
          rank: r.rank,
          state: contributorKey(r.contributor),
          total: r.total,
          source: r.basis,
          sources: r.sources ? r.sources.split(',').map((s) => s.trim()) : [],
        })),
      };
    },
  );

  app.get(
    '/budget/:year',
    {
      config: { access: 'public' },
      schema: {
        summary:
          "A year's budget: chapters, currency, the approving meeting, its documents; amounts only for callers who may see them",
        tags: ['finance'],
        params: yearParams,
        response: { 200: budgetResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const visible = amountsVisible(req);
      const b = await finance.budget(req.params.year, visible);
      if (!b) throw new DomainError('NOT_FOUND', 'finance.noBudget', [{ field: 'year', message: 'finance.noBudget' }]);
      const sum = b.chapters.reduce<bigint | null>((acc, c) => {
        const v = parseAmount(c.amount);
        return acc === null || v === null ? null : acc + v;
      }, 0n);
      return {
        year: b.year,
        currency: b.currency,
        approvedOn: b.approvedOn,
        meeting: b.meetingId,
        chapters: b.chapters.map((c) => ({ title: c.title.en, amount: visible ? c.amount : null })),
        total: visible && sum !== null && b.chapters.length > 0 ? formatAmount(sum) : null,
        documents: b.documents,
        sources: [...b.provenance.sources],
      };
    },
  );
};

export const financeCapability: Capability<Deps> = { api, site };
