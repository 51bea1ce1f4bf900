import { z } from 'zod';
import { asOf, lang } from '../platform/http/schemas.ts';

export const dimensionsQuery = z.object({ asOf, lang }).strict();
export const areasQuery = z
  .object({
    asOf,
    lang,
    dimension: z
      .string()
      .regex(/^[a-z-]+$/)
      .optional()
      .describe('Only the areas of one dimension, by id.'),
  })
  .strict();
export const cataloguePageQuery = z.object({ asOf: z.string().optional() }).passthrough();

const version = z.object({ id: z.string(), adoptedOn: z.string(), title: z.string() }).nullable();

export const dimensionsResponse = z.object({
  asOf: z.string(),
  catalogueVersion: version,
  items: z.array(z.object({ id: z.string(), position: z.number(), name: z.string(), priorityAreas: z.number() })),
});

const coordinatorRef = z.object({
  state: z.object({ code: z.string(), name: z.string() }),
  from: z.string().nullable().describe('When the role began; null when not known.'),
  attestedFrom: z.string().nullable().describe('Where `from` is null: the earliest date a source shows the role.'),
  until: z.string().nullable(),
});

export const areasResponse = z.object({
  asOf: z.string(),
  items: z.array(
    z.object({
      id: z.string(),
      dimension: z.string(),
      name: z.string(),
      coordinator: coordinatorRef.nullable(),
      coCoordinators: z.array(coordinatorRef),
      measures: z.number(),
    }),
  ),
});
