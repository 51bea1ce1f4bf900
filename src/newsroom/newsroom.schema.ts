/**
 * One schema for a press release, whether it comes from the office form, the
 * import command or the API. Field names are the record's own.
 */
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import { versionField } from '../platform/numbers.ts';
import { LINK_KINDS, RELEASE_ACTIONS } from './newsroom.ts';

const optText = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(100_000, 'field.tooLong').nullable().optional(),
  )
  .transform((v) => v ?? null);
/**
 * A headline is short, and the news list's and the import's indexes hold it: PostgreSQL
 * refuses an index entry past 2,704 bytes, so the bytes are bounded as well as the
 * characters (400 of them in four-byte letters would not fit two headlines).
 */
const headline = optText.refine(
  (v) => v === null || (v.length <= 400 && Buffer.byteLength(v) <= 1_200),
  'field.headlineTooLong',
);
const list = z.preprocess(
  (v) => (v === undefined || v === null || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(z.string().min(1).max(100)),
);

/** Picture ids from the media library; the form sends the gallery as one id a line. */
const pictureIds = z.preprocess(
  (v) => (typeof v === 'string' ? v.split(/[\s,]+/).filter(Boolean) : v === undefined || v === null ? [] : v),
  z.array(z.string().trim().min(1).max(100)).max(40, 'field.tooLong'),
);
const pictureId = z
  .preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
    z.string().trim().max(100).nullable().optional(),
  )
  .transform((v) => v ?? null);

export const imageInput = z.object({
  src: z
    .string()
    .trim()
    .min(1, 'field.required')
    .refine((s) => /^(https?:\/\/|\/)/.test(s), 'field.format'),
  caption_en: optText,
  caption_ru: optText,
});

const releaseObject = z.object({
  title_en: headline,
  title_ru: headline,
  lead_en: optText,
  lead_ru: optText,
  body_en: optText,
  body_ru: optText,
  place_en: optText,
  place_ru: optText,
  date: z.string().trim().refine(isIsoDate, 'field.date'),
  date_to: optText.refine((v) => v === null || isIsoDate(v), 'field.date'),
  contact_name: optText,
  contact_title: optText,
  contact_name_ru: optText,
  contact_title_ru: optText,
  contact_email: optText.refine((v) => v === null || /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v), 'field.email'),
  contact_phone: optText,
  states: list,
  bodies: list,
  areas: list,
  people: list,
  activities: list,
  documents: list,
  images: z.array(imageInput).max(12).default([]),
  lead_picture: pictureId,
  gallery: pictureIds,
  correction: optText,
});

/** A release's own checks; a release from an earlier site may have no place, where its page gave only a date. */
const releaseRules = (placeRequired: boolean) => (r: z.infer<typeof releaseObject>, ctx: z.RefinementCtx) => {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (!r.title_en && !r.title_ru) problem('title_en', 'field.titleInOneLanguage');
  for (const lang of ['en', 'ru'] as const) {
    if (r[`title_${lang}`]) {
      if (!r[`body_${lang}`]) problem(`body_${lang}`, 'field.required');
      if (placeRequired && !r[`place_${lang}`]) problem(`place_${lang}`, 'field.required');
    }
  }
  if (r.date_to && isIsoDate(r.date) && r.date_to < r.date) problem('date_to', 'field.endBeforeStart');
};

export const releaseInput = releaseObject.superRefine(releaseRules(true));
/** A release imported from the Secretariat's earlier sites: the same checks, the place optional. */
export const archivedReleaseInput = releaseObject.superRefine(releaseRules(false));

export type ReleaseInput = z.infer<typeof releaseInput>;

export const actionInput = z.object({
  action: z.enum(RELEASE_ACTIONS, { message: 'field.choice' }),
  version: versionField(),
  comment: optText,
  publish_at: optText,
});

/** An editor's decision on links proposed from a release's text: one proposal by its id, or all waiting. */
export const proposalDecision = z.object({
  decision: z.enum(['confirm', 'dismiss'], { message: 'field.choice' }),
  proposal: z.union([z.literal('all'), z.string().uuid()], { message: 'field.choice' }),
  version: versionField(),
});

/** The form sends images as numbered rows; the schema wants a list. */
export function imagesFromForm(body: Record<string, unknown>): Array<Record<string, unknown>> {
  const rows: Array<Record<string, unknown>> = [];
  for (let i = 1; i <= 12; i++) {
    const src = body[`image_${i}_src`];
    if (typeof src === 'string' && src.trim())
      rows.push({ src, caption_en: body[`image_${i}_caption_en`], caption_ru: body[`image_${i}_caption_ru`] });
  }
  return rows;
}

/** Filters of the public list and the API. */
export const releaseFilter = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  month: z.coerce.number().int().min(1).max(12).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  kind: z.enum(LINK_KINDS).optional(),
  id: z.string().max(100).optional(),
});
