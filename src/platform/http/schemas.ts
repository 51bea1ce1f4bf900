/** Query parameters shared by many routes, each defined once. */
import { z } from 'zod';
import { isIsoDate } from '../dates.ts';
import { LANGS } from '../i18n/i18n.ts';

export const isoDate = z.string().refine(isIsoDate, 'field.date');

/** A record's id in an address: a UUID for records made now, a readable name for the pack's (`ministerial`), older forms still answered. */
export const recordId = z
  .string()
  .min(1)
  .max(100)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

export const asOf = isoDate.optional().describe('The day the answer is for (YYYY-MM-DD); today when left out.');
export const lang = z.enum(LANGS).default('en').describe('The language of names in the answer.');

/** A JSON error body: a stable code, a sentence, and which field is wrong. */
export const errorBody = z.object({
  error: z.string(),
  message: z.string(),
  problems: z.array(z.object({ field: z.string(), message: z.string() })),
});

export const bilingualName = z.object({ en: z.string(), ru: z.string() });
