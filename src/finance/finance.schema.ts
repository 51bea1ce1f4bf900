import { z } from 'zod';
import { lang } from '../platform/http/schemas.ts';
import { CONTRIBUTION_KINDS, isCurrency } from './finance.ts';

const year = z.coerce.number().int().min(1990).max(2200);
const currency = z
  .string()
  .refine(isCurrency, 'expected an ISO 4217 currency code, such as USD')
  .optional()
  .describe(
    'The currency totals and the ranking are converted into, with the recorded rates (default: the budget’s, else USD).',
  );
/** A contributor as the ledger names one: a state's ISO code, or `org:` and an organization's id. */
const contributor = z.string().regex(/^([A-Z]{2}|org:[a-z0-9][a-z0-9-]{0,99})$/, 'expected a state code or org:<id>');

export const yearParams = z.object({ year: z.coerce.number().int().min(1990).max(2200) }).strict();
export const contributorParams = z.object({ code: contributor }).strict();
export const pageQuery = z.object({ in: currency }).strict();

export const contributionsQuery = z
  .object({
    year: year.optional().describe('Only contributions of this year; the ranking is then the year’s.'),
    state: contributor.optional().describe('Only this contributor (ISO 3166-1 alpha-2, or org:<id>).'),
    kind: z.enum(CONTRIBUTION_KINDS).optional(),
    in: currency,
    lang,
  })
  .strict();

const bilingualText = z.string().nullable();

export const contributionItem = z.object({
  id: z.string(),
  year: z.number(),
  state: z.string().nullable(),
  organization: z.string().nullable(),
  kind: z.enum(CONTRIBUTION_KINDS),
  purpose: bilingualText,
  description: bilingualText,
  amount: z
    .string()
    .nullable()
    .describe('Decimal text; null when not known or not for this caller (member-states information).'),
  currency: z.string().nullable(),
  estimated: z.boolean().describe('The amount of a contribution in kind is its estimated value.'),
  pledgedOn: z.string().nullable(),
  receivedOn: z.string().nullable(),
  release: z.string().nullable().describe('The address of the press release that announced it.'),
  sources: z.array(z.string()),
});

export const contributionsResponse = z.object({
  items: z.array(contributionItem),
  currency: z.string().describe('The currency of `ranking[].total`.'),
  ranking: z.array(
    z.object({
      rank: z.number(),
      state: z.string().describe('A state code, or org:<id>.'),
      total: z
        .string()
        .nullable()
        .describe('Null for a place the sources state without an amount, or when the caller may not see amounts.'),
      source: z.enum(['published', 'ledger']),
      sources: z.array(z.string()),
    }),
  ),
});

export const budgetResponse = z.object({
  year: z.number(),
  currency: z.string().nullable().describe('Null where the record does not know it.'),
  approvedOn: z.string().nullable(),
  meeting: z.string().nullable(),
  chapters: z.array(z.object({ title: z.string(), amount: z.string().nullable() })),
  total: z.string().nullable(),
  documents: z.object({
    budget: z.string().nullable(),
    financialReport: z.string().nullable(),
    auditReport: z.string().nullable(),
  }),
  sources: z.array(z.string()),
});

export const importBody = z.object({
  csv: z.string().min(1, 'field.required').max(2_000_000, 'field.tooLong'),
  _csrf: z.string().optional(),
});
