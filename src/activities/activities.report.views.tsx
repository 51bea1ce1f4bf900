/** The implementation report as a page: figures, server-drawn bar charts, links into the activities. */
import './activities.messages.ts';
import type { IsoDate } from '../platform/dates.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { type Activity, type ActivityFilter, type Report, STATE_ROLES, type Tally } from './activities.ts';
import type { ReportPage as ReportData } from './activities.service.ts';
import { Tabs, filterQuery, nameIn, type Names } from './activities.views.tsx';

/** Outside coverage published in a span, as media monitoring counts it for the report. */
export type CoverageCounts = Readonly<{
  total: number;
  byMonth: readonly Tally[];
  byOutlet: readonly Tally[];
  byDimension: readonly Tally[];
}>;

/** A section of the report: its heading and the chart of what it counts, named alike. */
function ChartSection({
  id,
  title,
  rows,
  link,
}: {
  id: string;
  title: string;
  rows: ReadonlyArray<Tally & { name: string }>;
  /** Where a bar leads: the list of what it counts, where the site has one. */
  link?: (key: string) => string;
}): JSX.Element {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} safe>
        {title}
      </h2>
      <BarChart rows={rows} title={title} label={title} link={link} />
    </section>
  );
}

export function BarChart({
  rows,
  label,
  link,
  title,
}: {
  rows: ReadonlyArray<Tally & { name: string }>;
  label: string;
  link?: ((key: string) => string) | undefined;
  title: string;
}): JSX.Element {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const [width, barRoom, rowHeight] = [480, 420, 46];
  const height = rows.length * rowHeight + 4;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={String(width)}
        height={String(height)}
        role="group"
        aria-label={title}
      >
        {rows.map((r, i) => {
          const y = i * rowHeight + 2;
          const w = Math.max(3, Math.round((r.count / max) * barRoom));
          const bar = (
            <>
              <title safe>{`${r.name}: ${r.count}`}</title>
              <text x="0" y={y + 16} class="chart-label" safe>
                {r.name.length > 58 ? `${r.name.slice(0, 57)}…` : r.name}
              </text>
              <rect x="0" y={y + 23} width={w} height="14" class="chart-bar" />
              <text x={w + 6} y={y + 35} class="chart-value" safe>
                {String(r.count)}
              </text>
            </>
          );
          return link ? <a href={link(r.key)}>{bar}</a> : <g>{bar}</g>;
        })}
      </svg>
      <figcaption class="visually-hidden" safe>
        {label}
      </figcaption>
    </figure>
  );
}

export function ReportView({
  ctx,
  data,
  names,
  from,
  to,
  coverage,
}: {
  ctx: PageContext;
  data: ReportData;
  names: Names;
  from: IsoDate;
  to: IsoDate;
  /** Outside coverage published in the span, counted by month, outlet and dimension. */
  coverage: CoverageCounts;
}): JSX.Element {
  const { lang } = ctx;
  const r: Report = data.report;
  const list = (f: ActivityFilter) => href(ctx, `/activities${filterQuery({ from, to, ...f })}`);
  const named = (rows: readonly Tally[], map: ReadonlyMap<string, { en: string | null; ru: string | null }>) =>
    rows.map((x) => ({ ...x, name: nameIn(lang, map, x.key) }));
  const period = `?from=${from}&to=${to}`;
  return (
    <Layout ctx={ctx} title={t(lang, 'report.title')}>
      <PageHeader
        title={t(lang, 'report.title')}
        lead={t(lang, 'report.lead', { from: formatDate(lang, from), to: formatDate(lang, to) })}
      >
        <Tabs ctx={ctx} current="report" qs="" />
      </PageHeader>
      <form class="filters" method="get" action={href(ctx, '/activities/report')}>
        <label>
          <span safe>{t(lang, 'act.from')}</span>
          <input type="date" name="from" value={from} required />
        </label>
        <label>
          <span safe>{t(lang, 'act.to')}</span>
          <input type="date" name="to" value={to} required />
        </label>
        <button type="submit" safe>
          {t(lang, 'act.apply')}
        </button>
        <span class="downloads">
          <a href={href(ctx, `/activities/report.csv${period}`)} safe>
            {t(lang, 'report.csv')}
          </a>{' '}
          ·{' '}
          <a href={href(ctx, `/activities/report.pdf${period}`)} safe>
            {t(lang, 'report.pdf')}
          </a>
        </span>
      </form>
      <ul class="figures">
        <li>
          <a href={list({ status: 'held' })}>
            <span class="figure" safe>
              {String(r.total)}
            </span>
          </a>
          <span class="figure-label" safe>
            {t(lang, 'report.total')}
          </span>
        </li>
        <li>
          <span class="figure" safe>
            {String(r.plan.planned)}
          </span>
          <span class="figure-label" safe>
            {t(lang, 'plan.planned')}
          </span>
        </li>
        <li>
          <span class="figure" safe>
            {String(r.plan.held)}
          </span>
          <span class="figure-label" safe>
            {t(lang, 'plan.held')}
          </span>
        </li>
        <li>
          <span class="figure" safe>
            {String(r.plan.cancelled + r.plan.postponed)}
          </span>
          <span class="figure-label" safe>{`${t(lang, 'plan.postponed')} / ${t(lang, 'plan.cancelled')}`}</span>
        </li>
      </ul>
      <p class="note" safe>
        {t(lang, 'report.rule')}
      </p>
      <div class="report-grid">
        <ChartSection
          id="by-dimension"
          title={t(lang, 'report.byDimension')}
          rows={named(r.byDimension, names.dimensions)}
          link={(k) => list({ status: 'held', dimension: k })}
        />
        <ChartSection
          id="by-year"
          title={t(lang, 'report.byYear')}
          rows={r.byYear.map((x) => ({ ...x, name: x.key }))}
          link={(k) =>
            href(
              ctx,
              `/activities${filterQuery({ status: 'held', from: `${k}-01-01` > from ? `${k}-01-01` : from, to: `${k}-12-31` < to ? `${k}-12-31` : to })}`,
            )
          }
        />
      </div>
      <ChartSection
        id="by-area"
        title={t(lang, 'report.byArea')}
        rows={named(r.byArea, names.areas)}
        link={(k) => list({ status: 'held', area: k })}
      />
      <ChartSection
        id="by-kind"
        title={t(lang, 'report.byKind')}
        rows={r.byKind.map((x) => ({ ...x, name: t(lang, `activity.kind.${x.key}`) }))}
        link={(k) => href(ctx, `/activities${filterQuery({ from, to, status: 'held', kind: k as Activity['kind'] })}`)}
      />
      <section aria-labelledby="by-state">
        <h2 id="by-state" safe>
          {t(lang, 'report.byState')}
        </h2>
        <div class="table-wrap">
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'act.state')}
                </th>
                {STATE_ROLES.map((role) => (
                  <th scope="col" class="num" safe>
                    {t(lang, `report.${role}`)}
                  </th>
                ))}
                <th scope="col" class="num" safe>
                  {t(lang, 'report.any')}
                </th>
              </tr>
            </thead>
            <tbody>
              {r.byState.map((s) => (
                <tr>
                  <th scope="row" safe>
                    {nameIn(lang, names.states, s.code)}
                  </th>
                  {STATE_ROLES.map((role) => (
                    <td class="num" data-label={t(lang, `report.${role}`)}>
                      <a href={list({ status: 'held', state: s.code, role })} safe>
                        {String(s[role])}
                      </a>
                    </td>
                  ))}
                  <td class="num" data-label={t(lang, 'report.any')}>
                    <a href={list({ status: 'held', state: s.code })} safe>
                      {String(s.any)}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="plan-figures">
        <h2 id="plan-figures" safe>
          {t(lang, 'report.plan')}
        </h2>
        <p class="note" safe>
          {t(lang, 'report.planRule')}
        </p>
        <table class="report-table narrow">
          <tbody>
            {(['planned', 'held', 'pending', 'postponed', 'cancelled'] as const).map((k) => (
              <tr>
                <th scope="row" safe>
                  {t(lang, `plan.${k}`)}
                </th>
                <td class="num" safe>
                  {String(r.plan[k])}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {coverage.total > 0 && (
        <section aria-labelledby="coverage-counts">
          <h2 id="coverage-counts" safe>
            {t(lang, 'report.coverage')}
          </h2>
          <p class="note" safe>
            {t(lang, 'report.coverageRule', { n: coverage.total })}
          </p>
          <div class="report-grid">
            <ChartSection
              id="coverage-by-month"
              title={t(lang, 'report.coverageByMonth')}
              rows={coverage.byMonth.map((x) => ({ ...x, name: formatDate(lang, x.key) }))}
            />
            <section aria-labelledby="coverage-by-outlet">
              <h2 id="coverage-by-outlet" safe>
                {t(lang, 'report.coverageByOutlet')}
              </h2>
              {/* outlets' names are proper names, as the outlets write them */}
              <div translate="no">
                <BarChart
                  rows={coverage.byOutlet.map((x) => ({ ...x, name: x.key }))}
                  title={t(lang, 'report.coverageByOutlet')}
                  label={t(lang, 'report.coverageByOutlet')}
                />
              </div>
            </section>
          </div>
          {coverage.byDimension.length > 0 && (
            <ChartSection
              id="coverage-by-dimension"
              title={t(lang, 'report.coverageByDimension')}
              rows={coverage.byDimension.map((x) => ({ ...x, name: nameIn(lang, names.dimensions, x.key) }))}
            />
          )}
        </section>
      )}
      <section aria-labelledby="coordinators">
        <h2 id="coordinators" safe>
          {t(lang, 'report.coordinators')}
        </h2>
        <div class="table-wrap">
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'act.area')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'report.coordinator')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'report.coCoordinators')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.catalogue.dimensions.flatMap((d) =>
                d.areas.map((a) => (
                  <tr>
                    <th scope="row">
                      <Text lang={lang} text={a.area.name} />
                    </th>
                    <td data-label={t(lang, 'report.coordinator')}>
                      {a.coordinator ? (
                        <span safe>{nameIn(lang, names.states, a.coordinator.stateCode)}</span>
                      ) : (
                        <span class="unknown" safe>
                          {t(lang, 'report.noCoordinator')}
                        </span>
                      )}
                    </td>
                    <td data-label={t(lang, 'report.coCoordinators')} safe>
                      {a.coCoordinators.map((c) => nameIn(lang, names.states, c.stateCode)).join(', ')}
                    </td>
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      </section>
    </Layout>
  );
}

/**
 * The report's PDF is being laid out (503, Retry-After): the page loads the same
 * address again by itself, and says so, so a reader without JavaScript gets the PDF.
 */
export function PreparingPage({
  ctx,
  refresh,
  from,
  to,
}: {
  ctx: PageContext;
  refresh: number;
  from: IsoDate;
  to: IsoDate;
}): JSX.Element {
  const { lang } = ctx;
  const period = `?from=${from}&to=${to}`;
  return (
    <Layout ctx={ctx} title={t(lang, 'report.preparing')} meta={{ refresh }}>
      <PageHeader title={t(lang, 'report.preparing')} lead={t(lang, 'report.preparingLead', { n: refresh })} />
      <p>
        <a href={href(ctx, `/activities/report.pdf${period}`)} safe>
          {t(lang, 'report.preparingAgain')}
        </a>
        {' · '}
        <a href={href(ctx, `/activities/report${period}`)} safe>
          {t(lang, 'report.preparingBack')}
        </a>
      </p>
    </Layout>
  );
}
