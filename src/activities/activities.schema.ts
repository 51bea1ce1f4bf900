/** The one schema for each way activities are asked for: lists, the calendar, the report, the plan. */
import './activities.messages.ts';
import { z } from 'zod';
import { isoDate, lang } from '../platform/http/schemas.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, RECORD_YEARS, STATE_ROLES, reportPeriodProblems } from './activities.ts';

const id = z.string().regex(/^[a-z0-9-]{1,100}$/, 'expected an id: lower-case letters, digits and hyphens');
const blankIsAbsent = <T extends z.ZodType>(s: T) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

const filterShape = {
  from: blankIsAbsent(isoDate),
  to: blankIsAbsent(isoDate),
  dimension: blankIsAbsent(id),
  area: blankIsAbsent(id),
  body: blankIsAbsent(id),
  state: blankIsAbsent(z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter state code')),
  role: blankIsAbsent(z.enum(STATE_ROLES)),
  kind: blankIsAbsent(z.enum(ACTIVITY_KINDS)),
  status: blankIsAbsent(z.enum(ACTIVITY_STATUSES)),
};
const ordered = (f: { from?: string | undefined; to?: string | undefined }) => !f.from || !f.to || f.from <= f.to;

/** A report period the rule refuses, as problems whose messages are keys the page shows in its language. */
export function reportPeriodIssues(from: string | undefined, to: string | undefined): FieldProblem[] {
  return reportPeriodProblems(from, to).map((p) => ({
    field: p.field,
    message: p.reason === 'too-long' ? 'field.reportTooLong' : 'field.reportYears',
  }));
}
const reportable = (f: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) => {
  for (const p of reportPeriodIssues(f.from, f.to))
    ctx.addIssue({ code: 'custom', path: [p.field], message: p.message });
};

export const activityFilter = z
  .object(filterShape)
  .strict()
  .refine(ordered, { message: 'field.periodOrder', path: ['to'] });

/** The API's filters: the pages' own, and the language names are given in. */
export const apiActivityQuery = z
  .object({ ...filterShape, lang })
  .strict()
  .refine(ordered, { message: 'field.periodOrder', path: ['to'] });
export const apiReportQuery = z
  .object({ from: isoDate, to: isoDate, lang })
  .strict()
  .refine(ordered, { message: 'field.periodOrder', path: ['to'] })
  .superRefine(reportable);

const tally = z.object({ key: z.string(), name: z.string(), count: z.number() });
export const apiActivity = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  status: z.enum(ACTIVITY_STATUSES),
  title: z.string(),
  start: z.string(),
  end: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  format: z.string().nullable(),
  areas: z.array(z.string()),
  dimensions: z.array(z.string()),
  organizers: z.array(z.string()),
  hosts: z.array(z.string()),
  participants: z.array(z.string()),
  participantCount: z.number().nullable(),
  url: z.string(),
});
export const apiReport = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number(),
  byDimension: z.array(tally),
  byArea: z.array(tally),
  byKind: z.array(tally),
  byYear: z.array(tally),
  byState: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      organizer: z.number(),
      host: z.number(),
      participant: z.number(),
      any: z.number(),
    }),
  ),
  plan: z.object({
    planned: z.number(),
    held: z.number(),
    pending: z.number(),
    postponed: z.number(),
    cancelled: z.number(),
  }),
});

export const calendarQuery = z
  .object({
    // Within the years the record speaks of, so the next and previous months stay real dates (9999-12 once answered 500).
    month: blankIsAbsent(
      z
        .string()
        .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'expected a month as YYYY-MM')
        .refine(
          (m) => Number(m.slice(0, 4)) >= RECORD_YEARS.first && Number(m.slice(0, 4)) <= RECORD_YEARS.last,
          `expected a month from ${RECORD_YEARS.first} to ${RECORD_YEARS.last}`,
        ),
    ),
    dimension: blankIsAbsent(id),
    area: blankIsAbsent(id),
    body: blankIsAbsent(id),
    state: blankIsAbsent(z.string().regex(/^[A-Z]{2}$/, 'expected a two-letter state code')),
    role: blankIsAbsent(z.enum(STATE_ROLES)),
    kind: blankIsAbsent(z.enum(ACTIVITY_KINDS)),
    status: blankIsAbsent(z.enum(ACTIVITY_STATUSES)),
  })
  .strict();

export const reportQuery = z
  .object({ from: blankIsAbsent(isoDate), to: blankIsAbsent(isoDate) })
  .strict()
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'field.periodOrder', path: ['to'] })
  .superRefine(reportable);

export const activityParams = z.object({ id }).strict();
export const yearParams = z
  .object({ year: z.coerce.number().int().min(RECORD_YEARS.first).max(RECORD_YEARS.last) })
  .strict();
export const timelineParams = z
  .object({ kind: z.enum(['area', 'state']), id: z.string().regex(/^[A-Za-z0-9-]{1,100}$/) })
  .strict();
export const planImportBody = z.object({
  csv: z.string().min(1, 'field.required').max(2_000_000, 'field.tooLong'),
  _csrf: z.string().optional(),
});
