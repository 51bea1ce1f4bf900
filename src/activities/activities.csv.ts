/**
 * The action plan as CSV, one format both ways: what the download writes, the
 * upload reads. The first line names the columns; `responsible` holds state
 * codes separated by spaces; dates are `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */
import './activities.messages.ts';
import { readCsv, writeCsv } from '../platform/csv.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import type { Bilingual } from '../platform/sourced.ts';
import type { PlanItem, Report, Tally } from './activities.ts';

export const PLAN_COLUMNS = [
  'id',
  'priority_area_id',
  'dimension_id',
  'title_en',
  'title_ru',
  'kind',
  'responsible',
  'planned_from',
  'planned_until',
  'place_en',
  'place_ru',
  'format',
  'decision',
  'note_en',
  'note_ru',
] as const;

export type PlanRow = Readonly<{ id: string | null; values: Record<string, string> }>;

export function planCsv(items: readonly PlanItem[]): string {
  return writeCsv(
    items.map((i) => [
      i.id,
      i.areaId ?? '',
      i.dimensionId ?? '',
      i.title.en,
      i.title.ru ?? '',
      i.kind,
      i.responsible.join(' '),
      i.plannedFrom,
      i.plannedUntil ?? '',
      i.place?.en ?? '',
      i.place?.ru ?? '',
      i.format ?? '',
      i.decision,
      i.note?.en ?? '',
      i.note?.ru ?? '',
    ]),
    { columns: PLAN_COLUMNS },
  );
}

/** Rows of a plan file; problems name the line (the header is line 1) and the column. */
export function parsePlanCsv(
  text: string,
): { ok: true; rows: PlanRow[] } | { ok: false; problems: Array<FieldProblem & { row: number }> } {
  let records: Record<string, string>[];
  try {
    records = readCsv(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ row: Number((e as { lines?: number }).lines ?? 0), field: 'file', message: 'field.format' }],
    };
  }
  const header = records[0] ? Object.keys(records[0]) : [];
  const unknown = header.filter((c) => !(PLAN_COLUMNS as readonly string[]).includes(c));
  if (records.length === 0) return { ok: false, problems: [{ row: 1, field: 'file', message: 'field.required' }] };
  if (unknown.length)
    return { ok: false, problems: unknown.map((c) => ({ row: 1, field: c, message: 'field.unknownColumn' })) };
  return {
    ok: true,
    rows: records.map((r) => {
      const { id = '', ...values } = r;
      return { id: id || null, values };
    }),
  };
}

type ReportNames = Readonly<{
  states: ReadonlyMap<string, Bilingual>;
  areas: ReadonlyMap<string, Bilingual>;
  dimensions: ReadonlyMap<string, Bilingual>;
}>;

/** The report's figures as one table: a row per figure, named in the reader's language. */
export function reportCsv(
  lang: Lang,
  r: Report,
  names: ReportNames,
  coverage?: Readonly<{
    byMonth: readonly Tally[];
    byOutlet: readonly Tally[];
    byDimension: readonly Tally[];
  }>,
): string {
  const name = (map: ReadonlyMap<string, Bilingual>, key: string) => {
    const n = map.get(key);
    return n ? (pick(lang, n.en, n.ru) ?? key) : key;
  };
  const rows: Array<Array<string | number>> = [
    ['total', '', t(lang, 'report.total'), r.total, '', '', ''],
    ...r.byDimension.map((x) => ['dimension', x.key, name(names.dimensions, x.key), x.count, '', '', '']),
    ...r.byArea.map((x) => ['priority-area', x.key, name(names.areas, x.key), x.count, '', '', '']),
    ...r.byKind.map((x) => ['kind', x.key, t(lang, `activity.kind.${x.key}`), x.count, '', '', '']),
    ...r.byYear.map((x) => ['year', x.key, x.key, x.count, '', '', '']),
    ...r.byState.map((s) => ['state', s.code, name(names.states, s.code), s.any, s.organizer, s.host, s.participant]),
    ...(['planned', 'held', 'pending', 'postponed', 'cancelled'] as const).map((k) => [
      'plan',
      k,
      t(lang, `plan.${k}`),
      r.plan[k],
      '',
      '',
      '',
    ]),
    ...(coverage?.byMonth ?? []).map((x) => ['coverage-month', x.key, x.key, x.count, '', '', '']),
    // an outlet's name is outside text: writeCsv neutralizes a leading = + - @
    ...(coverage?.byOutlet ?? []).map((x) => ['coverage-outlet', x.key, x.key, x.count, '', '', '']),
    ...(coverage?.byDimension ?? []).map((x) => [
      'coverage-dimension',
      x.key,
      name(names.dimensions, x.key),
      x.count,
      '',
      '',
      '',
    ]),
  ];
  return writeCsv(rows, {
    columns: ['section', 'key', 'name', 'count', 'organizer', 'host', 'participant'],
    bom: true,
  });
}
