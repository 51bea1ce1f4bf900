import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { lang } from '../platform/http/schemas.ts';
import { LINE_MAX } from '../platform/records.ts';
import {
  ADOPTION_METHODS,
  CLASSIFICATIONS,
  DOCUMENT_KINDS,
  STAGES,
  STATE_ACTIONS,
  VERSION_STEPS,
} from './documents.ts';

const year = z.string().regex(/^\d{4}$/, 'expected a year, YYYY');
const id = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/, 'expected an id');

export const documentsQuery = z
  .object({
    kind: z.enum(DOCUMENT_KINDS).optional().describe('Only documents of this kind.'),
    body: id.optional().describe('Only documents adopted by this body (its id, e.g. `ministerial`).'),
    year: year.optional().describe('Only documents adopted in this year.'),
    status: z
      .enum(STAGES)
      .optional()
      .describe('Only drafts, adopted documents, or texts a broken silence left unadopted.'),
    dimension: id.optional().describe('Only documents serving this dimension of the Catalogue.'),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/, 'expected a two-letter state code')
      .optional()
      .describe('Only instruments this state has signed, ratified or acceded to (ISO 3166-1 alpha-2).'),
    lang,
  })
  .strict();

/** The public registry's filters: the same, where an empty select means "all". */
export const registryQuery = z
  .object({
    kind: z.union([z.enum(DOCUMENT_KINDS), z.literal('')]).optional(),
    body: z.union([id, z.literal('')]).optional(),
    year: z.union([year, z.literal('')]).optional(),
    status: z.union([z.enum(STAGES), z.literal('')]).optional(),
    dimension: z.union([id, z.literal('')]).optional(),
  })
  .passthrough();

export const asOfQuery = z.object({ asOf: z.string().optional(), lang }).passthrough();

const stateAction = z.object({
  state: z.string(),
  action: z.enum(STATE_ACTIONS),
  date: z.string().nullable(),
  dateAttested: z.string().nullable().describe('Where `date` is null: the earliest date a source shows the action.'),
  depositDate: z.string().nullable(),
  reference: z.string().nullable().describe('The national reference, e.g. the number of the ratifying law.'),
  note: z.string().nullable(),
});

const version = z.object({
  number: z.number().int(),
  meeting: z.string().nullable(),
  step: z.enum(VERSION_STEPS),
  textEn: z.string(),
  textRu: z.string().nullable(),
  openPassages: z.number().int().describe('Bracketed passages of the English text not yet agreed.'),
});

const document = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  symbol: z.string().nullable(),
  title: z.string(),
  titleLang: z
    .enum(['en', 'ru'])
    .describe('The language `title` is in: `en` where no Russian title is recorded and Russian was asked for.'),
  status: z.enum(STAGES),
  classification: z.enum(CLASSIFICATIONS),
  date: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known; null when not known.'),
  place: z.string().nullable(),
  adoption: z.enum(ADOPTION_METHODS).nullable(),
  meeting: z.string().nullable().describe('The id of the meeting (an activity) that adopted the document.'),
  body: z.string().nullable(),
  priorityArea: z.string().nullable(),
  dimension: z.string().nullable(),
  amends: z.string().nullable(),
  replaces: z.string().nullable(),
  actions: z.array(stateAction),
  sources: z.array(z.string()),
  confidence: z.enum(['H', 'M', 'L']),
  url: z.string(),
});

export const documentsResponse = z.object({ items: z.array(document) });
export const documentResponse = document.extend({
  text: z.string().nullable(),
  files: z.array(z.object({ name: z.string(), type: z.string(), size: z.number(), url: z.string() })),
  versions: z.array(version).optional().describe('For staff only: the versions of the draft, round by round.'),
});

const treatyStatus = z.object({
  count: z
    .number()
    .int()
    .describe('Instruments of consent by the date: the named ones or a count the sources attest, the larger.'),
  identified: z.number().int().describe('Of them, those whose state is known.'),
  required: z.number().int().nullable(),
  stillNeeded: z.number().int().nullable(),
  inForce: z.boolean(),
  inForceOn: z.string().nullable(),
  maybeInForce: z
    .boolean()
    .describe('The required number is reached, but not from named instruments with exact dates: the day is unknown.'),
});

export const treatyResponse = z.object({
  id: z.string(),
  title: z.string(),
  adopted: z.string().nullable(),
  rule: z.object({
    required: z.number().int().nullable(),
    daysAfter: z.number().int().nullable(),
    lateDaysAfter: z.number().int().nullable(),
  }),
  instruments: z.array(z.object({ state: z.string(), kind: z.enum(STATE_ACTIONS), date: z.string().nullable() })),
  attested: z.array(z.object({ count: z.number().int(), asOf: z.string(), source: z.string() })),
  status: treatyStatus,
  parties: z.array(z.object({ state: z.string(), since: z.string() })),
  asOf: z.string(),
});
export const treatiesResponse = z.object({ items: z.array(treatyResponse), asOf: z.string() });

// Office forms: every field a string as a form sends it; problems name the field with a message key.
const text = (max: number) => z.string().trim().max(max, 'field.tooLong');
const required = (max: number) => text(max).min(1, 'field.required');
const optional = (max: number) =>
  text(max)
    .optional()
    .transform((v) => (v ? v : null));
const date = z.string().trim().refine(isIsoDate, 'field.date');
const optionalDate = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || isIsoDate(v), 'field.date');

export const draftForm = z.object({
  kind: z.enum(DOCUMENT_KINDS, { message: 'field.choice' }),
  titleEn: required(LINE_MAX),
  titleRu: optional(LINE_MAX),
  classification: z.enum(CLASSIFICATIONS, { message: 'field.choice' }),
});

export const versionForm = z.object({
  basedOn: z.coerce.number({ message: 'field.number' }).int('field.number').min(0, 'field.number'),
  meetingId: required(100),
  step: z.enum(VERSION_STEPS, { message: 'field.choice' }),
  textEn: required(200_000),
  textRu: optional(200_000),
});

export const adoptForm = z.discriminatedUnion(
  'method',
  [
    z.object({ method: z.literal('consensus'), meetingId: required(100) }),
    z.object({
      method: z.literal('silence'),
      bodyId: required(100),
      circulatedOn: date,
      deadline: date,
      brokenBy: optional(2),
      brokenOn: optionalDate,
    }),
    z.object({ method: z.literal('written'), bodyId: required(100), date }),
  ],
  { message: 'field.choice' },
);

export const instrumentForm = z.object({
  state_code: required(2),
  action: z.enum(STATE_ACTIONS, { message: 'field.choice' }),
  date,
  deposit_date: optionalDate,
  reference: optional(LINE_MAX),
});

export const compareQuery = z.object({
  a: z.coerce.number().int().min(1),
  b: z.coerce.number().int().min(1),
  view: z.enum(['side', 'inline']).default('side'),
});
