import { z } from 'zod';
import { asOf, lang } from '../platform/http/schemas.ts';
import { BODY_KINDS } from './bodies.ts';

export const bodiesQuery = z.object({ asOf, lang }).strict();
export const bodyParams = z
  .object({ id: z.string().regex(/^[a-z0-9-]+$/, 'expected a body id such as "ministerial"') })
  .strict();
export const meetingsQuery = z.object({ asOf, lang }).strict();

const body = z.object({
  id: z.string(),
  kind: z.enum(BODY_KINDS),
  name: z.string(),
  acronym: z.string().nullable(),
  formerName: z.string().nullable(),
  renamedOn: z.string().nullable(),
  founded: z.string().nullable(),
});

export const bodiesResponse = z.object({ asOf: z.string(), items: z.array(body) });

const meeting = z.object({
  id: z.string(),
  number: z.number().nullable(),
  title: z.string().nullable(),
  kind: z.enum(['regular', 'special', 'informal', 'decision']),
  status: z.enum(['held', 'planned', 'cancelled']),
  from: z.string(),
  to: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  format: z.enum(['in-person', 'online', 'hybrid']).nullable(),
});

export const meetingsResponse = z.object({
  asOf: z.string(),
  body: z.object({ id: z.string(), name: z.string() }),
  items: z.array(meeting),
});
