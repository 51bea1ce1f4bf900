/** What an editor writes about a picture, from the upload form or JSON alike. */
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { versionField } from '../platform/numbers.ts';

const optional = (max: number) =>
  z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
      z.string().trim().max(max, 'field.tooLong').nullable().optional(),
    )
    .transform((v) => v ?? null);

export const pictureInput = z.object({
  alt_en: z.string({ message: 'field.required' }).trim().min(1, 'field.required').max(500, 'field.tooLong'),
  alt_ru: optional(500),
  caption_en: optional(1000),
  caption_ru: optional(1000),
  credit: optional(200),
  credit_ru: optional(200),
  shown_on: z
    .preprocess(
      (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
      z.string().trim().refine(isIsoDate, 'field.date').nullable().optional(),
    )
    .transform((v) => v ?? null),
  activity_id: optional(100),
});

export type PictureInput = z.infer<typeof pictureInput>;

/** The words of a picture already in the library, as its office page edits them, with the version it was read at. */
export const pictureWords = pictureInput
  .pick({ alt_en: true, alt_ru: true, caption_en: true, caption_ru: true, credit: true, credit_ru: true })
  .extend({ version: versionField() });
