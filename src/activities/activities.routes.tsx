import './activities.messages.ts';
import type { FastifyReply } from 'fastify';
import { refuseIfPdfBusy } from '../platform/pdf.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Services } from '../services.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import { z } from 'zod';
import { DomainError } from '../platform/errors.ts';
import { firstDay, isIsoDate, lastDay } from '../platform/dates.ts';
import type { Activity, ActivityFilter } from './activities.ts';
import {
  activityFilter,
  activityParams,
  apiActivity,
  apiActivityQuery,
  apiReport,
  apiReportQuery,
  calendarQuery,
  planImportBody,
  reportQuery,
  timelineParams,
  yearParams,
} from './activities.schema.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { dimensionsOf } from './activities.ts';
import { reportCsv } from './activities.csv.ts';
import { type ReportLayout, reportData, reportTarget } from './activities.pdf.views.ts';
import { PlanImportPage } from './activities.office.views.tsx';
import { ListPage, type Names, partyName } from './activities.views.tsx';
import { CalendarPage } from './activities.calendar.views.tsx';
import { ActivityPage } from './activities.page.views.tsx';
import { PlanPage, PlansPage, TimelinePage } from './activities.plan.views.tsx';
import { PreparingPage, ReportView } from './activities.report.views.tsx';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'activities' | 'bodies' | 'cbm' | 'media' | 'registry' | 'layouts' | 'files'>> &
  Readonly<{ documents?: Pick<Services['documents'], 'adoptedAt'> }>;

const html = (reply: FastifyReply, status = 200) => reply.code(status).type('text/html; charset=utf-8');

/** Everything an activity names, in both languages, read once per page. */
export async function namesOf(services: Pick<Deps, 'bodies' | 'cbm' | 'registry'>): Promise<Names> {
  const [states, organizations, areas, dimensions, bodies] = await Promise.all([
    services.registry.states(),
    services.registry.organizations(),
    services.cbm.priorityAreas(),
    services.cbm.dimensions(),
    services.bodies.bodies(),
  ]);
  return {
    states: new Map(states.map((s) => [s.code, s.name])),
    organizations: new Map(organizations.map((o) => [o.id, o.name])),
    areas: new Map(areas.map((a) => [a.id, { ...a.name, dimensionId: a.dimensionId }])),
    dimensions: new Map(dimensions.map((d) => [d.id, d.name])),
    bodies: new Map(bodies.map((b) => [b.id, b.name])),
  };
}

/** The default report: the year so far. */
/** The report's figures as its PDF prints them, read afresh: what the request checks and the job lays out. */
export async function reportInput(
  services: Pick<Deps, 'activities' | 'bodies' | 'cbm' | 'registry' | 'media'>,
  lang: Lang,
  from: string,
  to: string,
  today: string,
): Promise<ReportLayout> {
  const [data, names, coverage] = await Promise.all([
    services.activities.report(from, to),
    namesOf(services),
    services.media.coverageCounts(from, to),
  ]);
  return reportData({ lang, data, names, from, to, today, coverage });
}

/**
 * How long a reader's request for the report's PDF waits for its layout: most take
 * well under a second; past this the answer says the PDF is being prepared.
 */
const REPORT_WAIT_MS = 8000;
const PREPARING_RETRY_SECONDS = 3;

const yearOf = (today: string) => ({ from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` });

function calendarFeed(origin: string, lang: Lang, names: Names, items: readonly Activity[]) {
  const cal = ical({
    name: `${t(lang, 'site.acronym')}: ${t(lang, 'act.title')}`,
    method: ICalCalendarMethod.PUBLISH,
    prodId: { company: 'CICA Secretariat', product: 'Secretariat', language: lang.toUpperCase() },
  });
  // A calendar entry needs a day: a meeting known only by its month or year stays out of the feed.
  for (const a of items.filter((x) => isIsoDate(x.start))) {
    const end = new Date(`${a.end ?? a.start}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    cal.createEvent({
      id: `${a.id}@cica`,
      allDay: true,
      start: new Date(`${a.start}T00:00:00Z`),
      end,
      status:
        a.status === 'cancelled'
          ? ICalEventStatus.CANCELLED
          : a.status === 'planned'
            ? ICalEventStatus.TENTATIVE
            : ICalEventStatus.CONFIRMED,
      summary: pick(lang, a.title.en, a.title.ru) ?? a.title.en,
      location:
        [
          a.city ? pick(lang, a.city.en, a.city.ru) : null,
          a.countryCode ? partyName(lang, names, a.countryCode) : null,
          a.format && a.format !== 'in-person' ? t(lang, `format.${a.format}`) : null,
        ]
          .filter(Boolean)
          .join(', ') || null,
      description: a.summary ? pick(lang, a.summary.en, a.summary.ru) : null,
      url: `${origin}/${lang}/activities/${a.id}`,
    });
  }
  return cal.toString();
}

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang, publicUrl }) => {
  const { activities } = services;

  app.get(
    '/activities',
    { config: { access: 'public' }, schema: { hide: true, querystring: activityFilter } },
    async (req, reply) => {
      const filter: ActivityFilter = req.query;
      const [items, names] = await Promise.all([activities.list(filter), namesOf(services)]);
      return html(reply).send(
        await ListPage({ ctx: pageContext(req, lang, clock), items: items.reverse(), filter, names }),
      );
    },
  );

  app.get(
    '/activities.ics',
    { config: { access: 'public' }, schema: { hide: true, querystring: activityFilter } },
    async (req, reply) => {
      const [items, names] = await Promise.all([activities.list(req.query), namesOf(services)]);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'inline; filename="cica-activities.ics"')
        .send(calendarFeed(publicUrl, lang, names, items));
    },
  );

  app.get(
    '/activities/calendar',
    { config: { access: 'public' }, schema: { hide: true, querystring: calendarQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { month = ctx.today.slice(0, 7), ...filter } = req.query;
      const [items, names] = await Promise.all([
        activities.during(firstDay(month), lastDay(month), filter),
        namesOf(services),
      ]);
      return html(reply).send(await CalendarPage({ ctx, month, items, filter, names }));
    },
  );

  app.get(
    '/activities/report',
    { config: { access: 'public' }, schema: { hide: true, querystring: reportQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { from = yearOf(ctx.today).from, to = yearOf(ctx.today).to } = req.query;
      const [data, names, coverage] = await Promise.all([
        activities.report(from, to),
        namesOf(services),
        services.media.coverageCounts(from, to),
      ]);
      return html(reply).send(await ReportView({ ctx, data, names, from, to, coverage }));
    },
  );

  app.get(
    '/activities/report.csv',
    { config: { access: 'public' }, schema: { hide: true, querystring: reportQuery } },
    async (req, reply) => {
      const today = clock.today();
      const { from = yearOf(today).from, to = yearOf(today).to } = req.query;
      const [data, names, coverage] = await Promise.all([
        activities.report(from, to),
        namesOf(services),
        services.media.coverageCounts(from, to),
      ]);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cica-report-${from}-${to}.csv"`)
        .send(reportCsv(lang, data.report, names, coverage));
    },
  );

  app.get(
    '/activities/report.pdf',
    { config: { access: 'public' }, schema: { hide: true, querystring: reportQuery } },
    async (req, reply) => {
      // Refused before anything is read when the layouts are full; the same limit holds the job queue.
      refuseIfPdfBusy();
      const today = clock.today();
      const { from = yearOf(today).from, to = yearOf(today).to } = req.query;
      const data = await reportInput(services, lang, from, to, today);
      // Laid out once per version of its figures, by a job; this request waits for it a little, never long.
      let answer = await services.layouts.ask(
        'report-pdf',
        reportTarget(data, lang, from, to),
        { lang, from, to },
        null,
      );
      if ('job' in answer) {
        const job = await services.layouts.settle(answer.job, REPORT_WAIT_MS);
        const file = (job?.result as { file?: unknown } | null)?.file;
        if (job?.state === 'done' && typeof file === 'string') answer = { ready: file };
      }
      const bytes = 'ready' in answer ? await services.files.get(answer.ready) : null;
      if (!bytes)
        return html(reply, 503)
          .header('retry-after', String(PREPARING_RETRY_SECONDS))
          .header('cache-control', 'no-store')
          .send(
            await PreparingPage({ ctx: pageContext(req, lang, clock), refresh: PREPARING_RETRY_SECONDS, from, to }),
          );
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="cica-report-${from}-${to}.pdf"`)
        .send(bytes);
    },
  );

  app.get('/activities/plans', { config: { access: 'public' }, schema: { hide: true } }, async (req, reply) => {
    return html(reply).send(await PlansPage({ ctx: pageContext(req, lang, clock), plans: await activities.plans() }));
  });

  app.get(
    '/activities/plan/:year',
    { config: { access: 'public' }, schema: { hide: true, params: yearParams } },
    async (req, reply) => {
      const [found, names] = await Promise.all([activities.plan(req.params.year), namesOf(services)]);
      if (!found)
        throw new DomainError(
          'RECORD_NOT_FOUND',
          'error.noPlan',
          [{ field: 'year', message: 'error.noPlan', params: { year: req.params.year } }],
          { year: req.params.year },
        );
      return html(reply).send(
        await PlanPage({ ctx: pageContext(req, lang, clock), plan: found.plan, items: found.items, names }),
      );
    },
  );

  app.get(
    '/activities/plan/:year.csv',
    { config: { access: 'public' }, schema: { hide: true, params: yearParams } },
    async (req, reply) => {
      const csv = await activities.planCsv(req.params.year);
      if (csv === null)
        throw new DomainError(
          'RECORD_NOT_FOUND',
          'error.noPlan',
          [{ field: 'year', message: 'error.noPlan', params: { year: req.params.year } }],
          { year: req.params.year },
        );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cica-action-plan-${req.params.year}.csv"`)
        .send(csv);
    },
  );

  app.get(
    '/activities/timeline/:kind/:id',
    { config: { access: 'public' }, schema: { hide: true, params: timelineParams } },
    async (req, reply) => {
      const { kind, id } = req.params;
      const names = await namesOf(services);
      const map = kind === 'area' ? names.areas : names.states;
      const name = map.get(id);
      if (!name)
        throw new DomainError('RECORD_NOT_FOUND', 'error.noTopic', [{ field: 'id', message: 'error.noTopic' }]);
      const [entries, coverage] = await Promise.all([
        activities.timeline(kind === 'area' ? { area: id } : { state: id }, lang),
        services.media.coverageOf(kind === 'area' ? { area: id } : { state: id }),
      ]);
      return html(reply).send(
        await TimelinePage({
          ctx: pageContext(req, lang, clock),
          title: pick(lang, name.en, name.ru) ?? name.en,
          entries,
          coverage,
        }),
      );
    },
  );

  app.get(
    '/activities/:id',
    { config: { access: 'public' }, schema: { hide: true, params: activityParams } },
    async (req, reply) => {
      const [data, names, adopted] = await Promise.all([
        activities.page(req.params.id, lang),
        namesOf(services),
        services.documents?.adoptedAt(req.actor, req.params.id) ?? [],
      ]);
      const coverage = await services.media.coverageOf({ activity: data.activity.id });
      return html(reply).send(
        await ActivityPage({ ctx: pageContext(req, lang, clock), data, names, adopted, coverage }),
      );
    },
  );

  // The office: a year's plan items from CSV, checked whole before anything is saved.
  app.get(
    '/office/plans/:year/import',
    { config: { access: 'editor' }, schema: { hide: true, params: yearParams } },
    async (req, reply) => {
      return html(reply).send(
        await PlanImportPage({
          ctx: { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() },
          year: req.params.year,
          csv: '',
          result: null,
        }),
      );
    },
  );

  app.post(
    '/office/plans/:year/import',
    {
      config: { access: 'editor' },
      preHandler: app.csrfProtection,
      schema: { hide: true, params: yearParams, body: planImportBody },
    },
    async (req, reply) => {
      const result = await activities.importPlanCsv(req.actor!, req.params.year, req.body.csv);
      const ctx = { ...pageContext(req, lang, clock), actor: req.actor!, csrf: reply.generateCsrf() };
      return html(reply, result.ok ? 200 : 400).send(
        await PlanImportPage({ ctx, year: req.params.year, csv: result.ok ? '' : req.body.csv, result }),
      );
    },
  );
};

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  const named = (lang: Lang, map: ReadonlyMap<string, { en: string | null; ru: string | null }>, key: string) => {
    const n = map.get(key);
    return n ? (pick(lang, n.en ?? key, n.ru) ?? key) : key;
  };

  app.get(
    '/activities',
    {
      config: { access: 'public' },
      schema: {
        summary:
          "Activities that pass the filters, earliest first (the same filters as the calendar and the report's links)",
        tags: ['activities'],
        querystring: apiActivityQuery,
        response: { 200: z.object({ items: z.array(apiActivity) }), 400: errorBody },
      },
    },
    async (req) => {
      const { lang, ...filter } = req.query;
      const [items, names] = await Promise.all([services.activities.list(filter), namesOf(services)]);
      const areas = new Map([...names.areas].map(([id, a]) => [id, a.dimensionId]));
      return {
        items: items.map((a) => ({
          id: a.id,
          kind: a.kind,
          status: a.status,
          title: pick(lang, a.title.en, a.title.ru) ?? a.title.en,
          start: a.start,
          end: a.end,
          city: a.city ? pick(lang, a.city.en, a.city.ru) : null,
          country: a.countryCode,
          format: a.format,
          areas: [...a.areaIds],
          dimensions: dimensionsOf(a, areas),
          organizers: [...a.organizers],
          hosts: [...a.hosts],
          participants: [...a.participants],
          participantCount: a.participantCount,
          url: `/${lang}/activities/${a.id}`,
        })),
      };
    },
  );

  app.get(
    '/activities/report',
    {
      config: { access: 'public' },
      schema: {
        summary:
          'The implementation report of a period: held activities counted by dimension, priority area, kind, year and state; plan items by outcome',
        tags: ['activities'],
        querystring: apiReportQuery,
        response: { 200: apiReport, 400: errorBody },
      },
    },
    async (req) => {
      const { from, to, lang } = req.query;
      const [{ report: r }, names] = await Promise.all([services.activities.report(from, to), namesOf(services)]);
      const tallies = <K extends string>(rows: ReadonlyArray<{ key: K; count: number }>, name: (key: K) => string) =>
        rows.map((x) => ({ ...x, name: name(x.key) }));
      return {
        from,
        to,
        total: r.total,
        byDimension: tallies(r.byDimension, (k) => named(lang, names.dimensions, k)),
        byArea: tallies(r.byArea, (k) => named(lang, names.areas, k)),
        byKind: tallies(r.byKind, (k) => t(lang, `activity.kind.${k}`)),
        byYear: tallies(r.byYear, (k) => k),
        byState: r.byState.map((x) => ({ ...x, name: named(lang, names.states, x.code) })),
        plan: r.plan,
      };
    },
  );
};

export const activitiesCapability: Capability<Deps> = { api, site };
