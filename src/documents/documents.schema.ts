import { z } from 'zod';
import { lang } from '../platform/http/schemas.ts';
import { DOCUMENT_KINDS, STATE_ACTIONS } from './documents.ts';

export const documentsQuery = z
  .object({
    kind: z.enum(DOCUMENT_KINDS).optional().describe('Only documents of this kind.'),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected a two-letter state code')
      .optional()
      .describe('Only instruments this state has signed, ratified or acceded to (ISO 3166-1 alpha-2).'),
    lang,
  })
  .strict();

const stateAction = z.object({
  state: z.string(),
  action: z.enum(STATE_ACTIONS),
  date: z.string().nullable(),
  dateAttested: z.string().nullable().describe('Where `date` is null: the earliest date a source shows the action.'),
  reference: z.string().nullable().describe('The national reference, e.g. the number of the ratifying law.'),
});

const document = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  titleLang: z
    .enum(['en', 'ru'])
    .describe('The language `title` is in: `en` where no Russian title is recorded and Russian was asked for.'),
  date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known; null when not known.'),
  place: z.string().nullable(),
  meeting: z.string().nullable().describe('The id of the meeting that adopted the document.'),
  body: z.string().nullable(),
  priorityArea: z.string().nullable(),
  actions: z.array(stateAction),
  sources: z.array(z.string()),
  confidence: z.enum(['H', 'M', 'L']),
  url: z.string(),
});

export const documentsResponse = z.object({ items: z.array(document) });
