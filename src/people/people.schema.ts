import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { lang, recordId } from '../platform/http/schemas.ts';
import { POSTS, ROMANIZATIONS } from './people.ts';

export const peopleQuery = z.object({ lang }).strict();
export const personParams = z.object({ id: recordId }).strict();
export const personQuery = z
  .object({
    // A message key, so the refusal reads in the language asked for.
    on: z
      .string()
      .refine(isIsoDate, 'field.date')
      .optional()
      .describe('Only the posts held on this day (YYYY-MM-DD); every post over time when left out.'),
    lang,
  })
  .strict();

const variant = z.object({
  name: z.string(),
  lang: z.string().describe('ISO 639 code of the language the spelling belongs to.'),
  script: z.string().describe('ISO 15924 code of the script: Latn, Cyrl, …'),
  romanization: z
    .enum(ROMANIZATIONS)
    .nullable()
    .describe('The romanization system the spelling follows, where the record knows it; null: not known.'),
});
const names = z
  .object({ en: z.string(), ru: z.string().nullable() })
  .describe('The name in Latin and in Cyrillic script; `ru` is null where the record has no Russian form.');

const personSummary = z.object({
  id: z.string(),
  name: z.string().describe('The name in the language asked for (English where no Russian form is recorded).'),
  names,
  variants: z.array(variant).describe('Every other spelling the record knows (transliterations, other languages).'),
  state: z.string().nullable().describe('Nationality, as an ISO 3166-1 alpha-2 code.'),
});

export const peopleResponse = z.object({ items: z.array(personSummary) });

const post = z.object({
  post: z.enum(POSTS),
  title: z.string().describe('The post in the language asked for.'),
  from: z.string().nullable().describe('YYYY, YYYY-MM or YYYY-MM-DD, as precisely as known; null when not known.'),
  fromAttested: z.string().nullable().describe('Where `from` is null: the earliest date a source shows the post held.'),
  until: z.string().nullable().describe('Null while the post is held, or where its end is not known.'),
  untilAttested: z
    .string()
    .nullable()
    .describe('Where `until` is null but the post is over: the last date a source shows it held.'),
  note: z.string().nullable(),
  sources: z.array(z.string()),
  confidence: z.enum(['H', 'M', 'L']),
});

export const personResponse = personSummary.extend({
  on: z.string().nullable().describe('The day `posts` are for, or null when they are every post over time.'),
  posts: z.array(post),
});
