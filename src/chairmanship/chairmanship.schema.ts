import { z } from 'zod';
import { asOf, isoDate, lang } from '../platform/http/schemas.ts';

export const troikaQuery = z
  .object({
    date: isoDate.optional().describe('The day (YYYY-MM-DD); today when left out.'),
    lang,
  })
  .strict();

export const termsQuery = z.object({ asOf, lang }).strict();

export const troikaPageQuery = z.object({ date: z.string().optional() }).passthrough();

const term = z.object({
  id: z.string(),
  state: z.object({ code: z.string(), name: z.string() }),
  from: z.string(),
  to: z.string().nullable().describe('The handover day; null while the term runs.'),
  plannedTo: z.string().nullable(),
  designatedOn: z.string().nullable(),
  handoverMeeting: z.string().nullable(),
});

export const troikaResponse = z.object({
  date: z.string(),
  previous: term.nullable(),
  current: term.nullable(),
  incoming: term.nullable(),
});

export const termsResponse = z.object({ asOf: z.string(), items: z.array(term) });
