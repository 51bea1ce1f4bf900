import { z } from 'zod';
import { lang } from '../platform/http/schemas.ts';

export const capsuleParams = z
  .object({ id: z.string().regex(/^[0-9a-z][0-9a-z-]{0,99}$/, 'expected a capsule id') })
  .strict();
export const fileParams = capsuleParams.extend({ n: z.coerce.number().int().min(1).max(1000) }).strict();
export const langQuery = z.object({ lang }).strict();

const text = z.string().max(200_000, 'field.tooLong');

export const sealForm = z.object({
  text_en: text.optional().default(''),
  text_ru: text.optional().default(''),
  _csrf: z.string().optional(),
});

export const sealBody = z
  .object({
    textEn: text.nullable().optional(),
    textRu: text.nullable().optional(),
    files: z
      .array(
        z
          .object({
            name: z.string().min(1).max(255),
            mediaType: z.string().regex(/^[\w.+-]+\/[\w.+-]+$/, 'expected a media type such as image/jpeg'),
            base64: z.string().max(12_000_000),
          })
          .strict(),
      )
      .max(50)
      .default([]),
  })
  .strict();

export const capsuleItem = z.object({
  id: z.string(),
  title: z.string(),
  sealedOn: z
    .string()
    .nullable()
    .describe('YYYY, YYYY-MM or YYYY-MM-DD: the day the capsule was sealed, as precisely as known.'),
  sealedAt: z.string().nullable().describe('The place it was sealed.'),
  opensOn: z.string(),
  digest: z
    .string()
    .nullable()
    .describe(
      'SHA-256 (hex) of the sealed file, published at sealing; null when the record does not hold the contents.',
    ),
  contents: z
    .object({
      texts: z.object({ en: z.string().nullable(), ru: z.string().nullable() }),
      files: z.array(z.object({ name: z.string(), mediaType: z.string(), url: z.string() })),
      digestMatches: z.boolean(),
    })
    .nullable()
    .describe('Null until the opening day, for every caller.'),
});

export const sealResponse = z.object({ id: z.string(), digest: z.string() });
