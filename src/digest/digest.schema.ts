/** The one schema for compiling an issue and for an editor's changes to it (form or JSON alike). */
import './digest.messages.ts';
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { LANGS } from '../platform/i18n/i18n.ts';
import { INT_MAX } from '../platform/numbers.ts';
import type { Part } from './digest.ts';

const day = z.string().trim().refine(isIsoDate, 'field.date');
const optText = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(20_000, 'field.tooLong').nullable().optional(),
  )
  .transform((v) => v ?? null);
const list = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : String(v).split(/\s+/)),
  z.array(z.string().min(1).max(100)),
);
const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean)
    : [];

export const compileInput = z
  .object({
    from: day,
    to: day,
    lang: z.enum(LANGS, { message: 'field.choice' }),
    number: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.coerce.number().int('field.number').min(1, 'field.number').max(INT_MAX, 'field.numberRange').optional(),
    ),
    title: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(200, 'field.tooLong').optional()),
  })
  .superRefine((v, ctx) => {
    if (isIsoDate(v.from) && isIsoDate(v.to) && v.to < v.from)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.endBeforeStart' });
    // An issue covers a quarter, sometimes a half-year: a year at most keeps its layout and its queries bounded.
    const yearOn = isIsoDate(v.from) ? `${Number(v.from.slice(0, 4)) + 1}${v.from.slice(4)}` : '';
    if (isIsoDate(v.from) && isIsoDate(v.to) && v.to >= yearOn)
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'field.issuePeriod' });
  });

/**
 * Short parts are written one per line: a flash item is its text, perhaps
 * with ` | ` and the release's address (slug); a picture is `address | caption`;
 * a partner page is `title | text`.
 */
const parts = (kind: 'flash' | 'picture' | 'partner') =>
  z
    .preprocess(lines, z.array(z.string().max(2000, 'field.tooLong')).max(40, 'field.tooMany'))
    .transform((xs): Part[] =>
      xs.map((line) => {
        const [first = '', ...rest] = line.split('|').map((x) => x.trim());
        const second = rest.join(' | ') || null;
        // A flash item may end with the address of the release it stands for: `text | 2024-10-03-youth-council`.
        if (kind === 'flash')
          return second && /^[a-z0-9-]+$/.test(second)
            ? { title: null, text: first, src: second, releaseId: null }
            : { title: null, text: line, src: null, releaseId: null };
        if (kind === 'picture') return { title: null, text: second, src: first, releaseId: null };
        return { title: first, text: second, src: null, releaseId: null };
      }),
    )
    .superRefine((xs, ctx) => {
      if (kind === 'picture' && xs.some((p) => !/^(https?:\/\/|\/)/.test(p.src ?? '')))
        ctx.addIssue({ code: 'custom', message: 'field.format' });
    });

export const digestInput = z.object({
  title: z.string().trim().min(1, 'field.required').max(200, 'field.tooLong'),
  number: z.coerce
    .number({ message: 'field.number' })
    .int('field.number')
    .min(1, 'field.number')
    .max(INT_MAX, 'field.numberRange'),
  foreword_author: optText,
  foreword_title: optText,
  foreword_text: optText,
  spotlight: optText,
  teasers: list,
  flash: parts('flash'),
  pictures: parts('picture'),
  partners: parts('partner'),
});

export type DigestInput = z.infer<typeof digestInput>;
