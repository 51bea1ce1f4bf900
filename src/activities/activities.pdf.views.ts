/** The implementation report as a print-ready PDF, laid out by Typst from report.typ. */
import './activities.messages.ts';
import { layoutStamp } from '../platform/jobs/layouts.ts';
import type { LayoutTarget } from '../platform/jobs/layouts.ts';
import { templateStamp, typstDocument } from '../platform/pdf.ts';
import { type Lang, formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { STATE_ROLES } from './activities.ts';
import type { ReportPage } from './activities.service.ts';
import type { CoverageCounts } from './activities.report.views.tsx';
import type { Names } from './activities.views.tsx';

const TEMPLATE = new URL('./report.typ', import.meta.url);
const layOut = typstDocument(TEMPLATE);
const REPORT_LAYOUT = templateStamp(TEMPLATE);

/** What the report's PDF job is given: the period and language, and where its layout is kept. */
export type ReportPdfJob = LayoutTarget & Readonly<{ lang: Lang; from: string; to: string }>;

/** Where a report's PDF is kept: one layout per period, language and version of what it prints. */
export function reportTarget(data: ReportLayout, lang: Lang, from: string, to: string): LayoutTarget {
  return { subject: `report:${lang}:${from}:${to}`, stamp: layoutStamp(REPORT_LAYOUT, data) };
}

export type ReportLayout = ReturnType<typeof reportData>;

/** The report's figures, named and worded in one language, as the template reads them. */
export function reportData({
  lang,
  data,
  names,
  from,
  to,
  today,
  coverage = null,
}: {
  lang: Lang;
  data: ReportPage;
  names: Names;
  from: string;
  to: string;
  today: string;
  /** Outside coverage of the period, as the report page and its CSV count it; none: no section. */
  coverage?: CoverageCounts | null;
}) {
  const r = data.report;
  const name = (map: ReadonlyMap<string, { en: string | null; ru: string | null }>, key: string) => {
    const n = map.get(key);
    return n ? (pick(lang, n.en ?? key, n.ru) ?? key) : key;
  };
  return {
    lang,
    organization: t(lang, 'site.name'),
    coverage:
      coverage && coverage.total > 0
        ? {
            title: t(lang, 'report.coverage'),
            rule: t(lang, 'report.coverageRule', { n: coverage.total }),
            charts: [
              {
                title: t(lang, 'report.coverageByMonth'),
                rows: coverage.byMonth.map((x) => ({ name: formatDate(lang, x.key), count: x.count })),
              },
              // outlets' names are proper names, as the outlets write them
              {
                title: t(lang, 'report.coverageByOutlet'),
                rows: coverage.byOutlet.map((x) => ({ name: x.key, count: x.count })),
              },
              {
                title: t(lang, 'report.coverageByDimension'),
                rows: coverage.byDimension.map((x) => ({ name: name(names.dimensions, x.key), count: x.count })),
              },
            ].filter((c) => c.rows.length > 0),
          }
        : null,
    acronym: t(lang, 'site.acronym'),
    title: t(lang, 'report.title'),
    period: `${formatDate(lang, from)} – ${formatDate(lang, to)}`,
    generated: t(lang, 'report.generated', { date: formatDate(lang, today) }),
    rule: t(lang, 'report.rule'),
    figures: [
      { value: String(r.total), label: t(lang, 'report.total') },
      { value: String(r.plan.planned), label: t(lang, 'plan.planned') },
      { value: String(r.plan.held), label: t(lang, 'plan.held') },
      {
        value: String(r.plan.postponed + r.plan.cancelled),
        label: `${t(lang, 'plan.postponed')} / ${t(lang, 'plan.cancelled')}`,
      },
    ],
    charts: [
      {
        title: t(lang, 'report.byDimension'),
        rows: r.byDimension.map((x) => ({ name: name(names.dimensions, x.key), count: x.count })),
      },
      {
        title: t(lang, 'report.byArea'),
        rows: r.byArea.map((x) => ({ name: name(names.areas, x.key), count: x.count })),
      },
      {
        title: t(lang, 'report.byKind'),
        rows: r.byKind.map((x) => ({ name: t(lang, `activity.kind.${x.key}`), count: x.count })),
      },
      { title: t(lang, 'report.byYear'), rows: r.byYear.map((x) => ({ name: x.key, count: x.count })) },
    ].filter((c) => c.rows.length > 0),
    states: {
      title: t(lang, 'report.byState'),
      head: [t(lang, 'act.state'), ...STATE_ROLES.map((role) => t(lang, `report.${role}`)), t(lang, 'report.any')],
      rows: r.byState.map((s) => ({
        name: name(names.states, s.code),
        organizer: s.organizer,
        host: s.host,
        participant: s.participant,
        any: s.any,
      })),
    },
    plan: {
      title: t(lang, 'report.plan'),
      rule: t(lang, 'report.planRule'),
      rows: (['planned', 'held', 'pending', 'postponed', 'cancelled'] as const).map((k) => ({
        label: t(lang, `plan.${k}`),
        value: r.plan[k],
      })),
    },
    coordinators: {
      title: t(lang, 'report.coordinators'),
      head: [t(lang, 'act.area'), t(lang, 'report.coordinator'), t(lang, 'report.coCoordinators')],
      rows: data.catalogue.dimensions.flatMap((d) =>
        d.areas.map((a) => ({
          area: pick(lang, a.area.name.en, a.area.name.ru) ?? a.area.name.en,
          coordinator: a.coordinator ? name(names.states, a.coordinator.stateCode) : t(lang, 'report.noCoordinator'),
          co: a.coCoordinators.map((c) => name(names.states, c.stateCode)).join(', '),
        })),
      ),
    },
  };
}

/** Lays out the report's figures as `reportData` worded them. */
export async function reportLayout(data: ReportLayout): Promise<Buffer> {
  return layOut(data);
}
