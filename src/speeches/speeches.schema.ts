/** One schema for a speech, whether it comes from the archive's import or, later, the office's form. */
import { z } from 'zod';
import { POSTS } from '../people/people.ts';
import { isIsoDate } from '../platform/dates.ts';

const optText = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(200_000, 'field.tooLong').nullable().optional(),
  )
  .transform((v) => v ?? null);

export const speechInput = z
  .object({
    title_en: optText,
    title_ru: optText,
    occasion_en: optText,
    occasion_ru: optText,
    place_en: optText,
    place_ru: optText,
    body_en: optText,
    body_ru: optText,
    date: z.string().trim().refine(isIsoDate, 'field.date'),
    speaker_id: optText,
    speaker_name: optText,
    speaker_post: z.enum(POSTS, { message: 'field.choice' }).nullable().default(null),
  })
  .strict()
  .superRefine((s, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (!s.title_en && !s.title_ru) problem('title_en', 'field.titleInOneLanguage');
    for (const lang of ['en', 'ru'] as const)
      if (s[`title_${lang}`] && !s[`body_${lang}`]) problem(`body_${lang}`, 'field.required');
  });

export type SpeechInput = z.infer<typeof speechInput>;

export const speechList = z.object({ page: z.coerce.number().int().min(1).max(10_000).default(1) }).passthrough();
