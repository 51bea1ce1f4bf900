import { z } from 'zod';
import { asOf, bilingualName, lang } from '../platform/http/schemas.ts';
import { STATUSES } from './registry.ts';

export const statesQuery = z
  .object({
    status: z.enum(STATUSES).optional().describe('Only member states, or only observer states.'),
    asOf,
    lang,
  })
  .strict();

export const stateParams = z
  .object({ code: z.string().regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code') })
  .strict();
export const stateQuery = z.object({ lang }).strict();

/** The site's states page takes an optional date too; a bad one is shown next to the field. */
export const statesPageQuery = z.object({ asOf: z.string().optional() }).passthrough();

const standing = z.object({
  code: z.string(),
  name: z.string(),
  status: z.enum(STATUSES),
  since: z
    .string()
    .nullable()
    .describe('When the status began (YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known); null when not known.'),
  attestedSince: z.string().nullable().describe('Where `since` is null: the earliest date a source shows the status.'),
});

export const statesResponse = z.object({ asOf: z.string(), items: z.array(standing) });

const period = z.object({
  status: z.enum(STATUSES),
  from: z.string().nullable(),
  fromAttested: z.string().nullable(),
  until: z.string().nullable(),
  untilAttested: z.string().nullable(),
  sources: z.array(z.string()),
  confidence: z.enum(['H', 'M', 'L']),
});

export const stateResponse = z.object({
  code: z.string(),
  name: bilingualName,
  status: z.enum(STATUSES).nullable(),
  history: z.array(period),
  chairTerms: z.array(z.object({ from: z.string(), to: z.string().nullable() })),
  coordinatorRoles: z.array(
    z.object({ priorityArea: z.string(), role: z.string(), from: z.string().nullable(), until: z.string().nullable() }),
  ),
});
