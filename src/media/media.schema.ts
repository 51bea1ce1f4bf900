/** Every input media monitoring takes over HTTP, each with its own schema. */
import { z } from 'zod';
import { isoDate, recordId } from '../platform/http/schemas.ts';
import { ROMANIZATIONS } from '../people/people.ts';
import { LINK_STATUSES } from './media.ts';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One article given through the API: `text` or `html`, one of them. */
export const apiArticle = z
  .object({
    source: text(200),
    url: z.string().url().max(2000).nullable().optional(),
    title: text(500),
    lang: z.enum(['en', 'ru']),
    published: isoDate.nullable().optional(),
    text: z.string().min(1).max(1_000_000).optional(),
    html: z.string().min(1).max(5_000_000).optional(),
  })
  .strict()
  .refine((a) => (a.text === undefined) !== (a.html === undefined), {
    message: 'give the article as text or as html, one of the two',
    path: ['text'],
  });
export const apiImportBody = z.array(apiArticle).min(1).max(500);

export const coverageQuery = z
  .object({
    activity: recordId.optional(),
    person: recordId.optional(),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    story: recordId.optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    status: z.enum(LINK_STATUSES).optional(),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'the period ends before it starts', path: ['to'] });

export const idParams = z.object({ id: recordId }).strict();

export const linkDecision = z
  .object({ _csrf: z.string().optional(), decision: z.enum(['confirm', 'reject']) })
  .strict();
export const personDecision = z
  .object({
    _csrf: z.string().optional(),
    decision: z.enum(['confirm', 'reject', 'merge']),
    person: recordId.optional(),
    // blank: the reviewer does not know the system the spellings follow
    romanization: z.union([z.literal(''), z.enum(ROMANIZATIONS)]).optional(),
  })
  .strict()
  .refine((d) => d.decision !== 'merge' || d.person, { message: 'name the person to merge into', path: ['person'] });
