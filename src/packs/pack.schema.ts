/**
 * The shape of an organization pack: the record an intergovernmental body is
 * loaded with. CICA is the built-in one; another body's pack has the same files.
 */
import { z } from 'zod';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, FORMATS } from '../activities/activities.ts';
import { BODY_KINDS } from '../bodies/bodies.ts';
import { ROLES } from '../cbm/cbm.ts';
import { ADOPTION_METHODS, DOCUMENT_KINDS, STATE_ACTIONS } from '../documents/documents.ts';
import { POSTS } from '../people/people.ts';
import { CONTRIBUTION_KINDS } from '../finance/finance.ts';
import { isIsoDate, isPartialDate } from '../platform/dates.ts';
import { STATUSES } from '../registry/registry.ts';

const partialDate = z.string().refine(isPartialDate, 'expected YYYY, YYYY-MM or YYYY-MM-DD');
const isoDate = z.string().refine(isIsoDate, 'expected YYYY-MM-DD');
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case slug');
const stateCode = z.string().regex(/^[A-Z]{2}$/, 'expected an ISO 3166-1 alpha-2 code');
const text = z.string().trim().min(1);

const sourced = {
  sources: z.string().min(1, 'every fact names its source'),
  confidence: z.enum(['H', 'M', 'L']),
};

const notes = { noteEn: text.optional(), noteRu: text.optional() };

const period = {
  from: partialDate.nullable(),
  fromAttested: partialDate.optional(),
  until: partialDate.nullable().optional(),
  untilAttested: partialDate.optional(),
};

const statesFile = z
  .object({
    states: z.array(
      z
        .object({
          code: stateCode,
          nameEn: text,
          nameRu: text,
          officialNameEn: text.optional(),
          officialNameRu: text.optional(),
          statuses: z.array(
            z
              .object({
                status: z.enum(STATUSES),
                ...period,
                meeting: id.optional(),
                ...sourced,
                ...notes,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    organizations: z.array(
      z
        .object({
          id,
          acronymEn: text.optional(),
          acronymRu: text.optional(),
          nameEn: text,
          nameRu: text,
          relations: z.array(
            z
              .object({
                relation: z.enum(['observer', 'partner', 'partner-in-progress']),
                instrumentEn: text.optional(),
                instrumentRu: text.optional(),
                ...period,
                placeEn: text.optional(),
                placeRu: text.optional(),
                ...sourced,
                ...notes,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const caseForms = z.object({ nom: text, gen: text, dat: text, acc: text, ins: text, prep: text }).strict();

const bodiesFile = z
  .object({
    bodies: z.array(
      z
        .object({
          id,
          kind: z.enum(BODY_KINDS),
          position: z.number().int(),
          nameEn: text,
          nameRu: text,
          acronymEn: text.optional(),
          acronymRu: text.optional(),
          formerNameEn: text.optional(),
          formerNameRu: text.optional(),
          renamedOn: isoDate.optional(),
          founded: partialDate.optional(),
          roleEn: text.optional(),
          roleRu: text.optional(),
          frequencyEn: text.optional(),
          frequencyRu: text.optional(),
          series: z.array(
            z
              .object({
                from: isoDate.nullable(),
                nounEn: text,
                genderRu: z.enum(['m', 'f', 'n']),
                tailRu: z.string(),
                headRu: caseForms,
              })
              .strict(),
          ),
          meetings: z.array(
            z
              .object({
                id,
                number: z.number().int().positive().optional(),
                kind: z.enum(['regular', 'special', 'informal', 'decision']).optional(),
                status: z.enum(['held', 'planned']).optional(),
                titleEn: text.optional(),
                titleRu: text.optional(),
                start: partialDate,
                end: isoDate.optional(),
                cityEn: text.optional(),
                cityRu: text.optional(),
                country: stateCode.optional(),
                format: z.enum(['in-person', 'online', 'hybrid']).optional(),
                summaryEn: text.optional(),
                summaryRu: text.optional(),
                ...sourced,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

const chairmanshipFile = z
  .object({
    terms: z.array(
      z
        .object({
          id,
          state: stateCode,
          from: isoDate,
          until: isoDate.nullable(),
          plannedUntil: partialDate.optional(),
          designatedOn: isoDate.optional(),
          handoverMeeting: id.optional(),
          ...sourced,
          ...notes,
        })
        .strict(),
    ),
  })
  .strict();

const peopleFile = z
  .object({
    people: z.array(
      z
        .object({
          id,
          nameEn: text,
          nameRu: text.optional(),
          // No source gives the Russian form: the Secretariat's transliteration, recorded as such.
          nameRuOrigin: z.literal('secretariat').optional(),
          state: stateCode.nullable(),
          names: z.array(
            z
              .object({
                name: text,
                lang: z.string().regex(/^[a-z]{2,3}$/),
                script: z.string().regex(/^[A-Z][a-z]{3}$/, 'expected an ISO 15924 script code such as Latn'),
              })
              .strict(),
          ),
          positions: z.array(z.object({ post: z.enum(POSTS), ...period, ...sourced, ...notes }).strict()),
        })
        .strict(),
    ),
  })
  .strict();

const cbmFile = z
  .object({
    versions: z.array(
      z
        .object({
          id,
          adoptedOn: isoDate,
          meeting: id.optional(),
          titleEn: text,
          titleRu: text,
          ...sourced,
          ...notes,
        })
        .strict(),
    ),
    dimensions: z.array(z.object({ id, position: z.number().int(), nameEn: text, nameRu: text }).strict()),
    priorityAreas: z.array(
      z
        .object({
          id,
          dimension: id,
          position: z.number().int(),
          nameEn: text,
          nameRu: text,
          ...notes,
          coordinators: z.array(
            z
              .object({
                role: z.enum(ROLES),
                state: stateCode,
                from: partialDate.nullable().optional(),
                fromAttested: partialDate.optional(),
                until: partialDate.nullable().optional(),
                untilAttested: partialDate.optional(),
                ...sourced,
                ...notes,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
    measures: z.array(
      z
        .object({
          dimension: id,
          area: id.optional(),
          version: id,
          code: text.optional(),
          en: text,
          ru: text.optional(),
          ...sourced,
        })
        .strict(),
    ),
  })
  .strict();

const documentsFile = z
  .object({
    documents: z.array(
      z
        .object({
          id,
          kind: z.enum(DOCUMENT_KINDS),
          titleEn: text,
          titleRu: text.nullable(),
          date: partialDate.nullable(),
          placeEn: text.optional(),
          placeRu: text.optional(),
          meeting: id.optional(),
          body: id.optional(),
          area: id.optional(),
          amends: id.optional(),
          /** How it was adopted, where a source says (CICA decides by consensus at every level). */
          adoption: z.enum(ADOPTION_METHODS).optional(),
          replaces: id.optional(),
          /** The entry-into-force rule, where its text is known; null parts are not. */
          rule: z
            .object({
              required: z.number().int().min(1).nullable(),
              daysAfter: z.number().int().min(0).nullable(),
              lateDaysAfter: z.number().int().min(0).nullable(),
            })
            .strict()
            .optional(),
          /** Counts of instruments a source gives without naming the states. */
          attested: z
            .array(z.object({ count: z.number().int().min(1), asOf: isoDate, ...sourced }).strict())
            .optional(),
          ...sourced,
          ...notes,
          actions: z.array(
            z
              .object({
                state: stateCode,
                action: z.enum(STATE_ACTIONS),
                date: isoDate.nullable(),
                dateAttested: partialDate.optional(),
                reference: text.optional(),
                ...sourced,
              })
              .strict(),
          ),
        })
        .strict(),
    ),
  })
  .strict();

/** Activities other than the meetings of bodies (those are in bodies.json): conferences, rallies, ceremonies. */
const activitiesFile = z
  .object({
    activities: z.array(
      z
        .object({
          id,
          kind: z.enum(ACTIVITY_KINDS).exclude(['meeting']),
          status: z.enum(ACTIVITY_STATUSES),
          titleEn: text,
          titleRu: text.optional(),
          start: isoDate,
          end: isoDate.optional(),
          cityEn: text.optional(),
          cityRu: text.optional(),
          country: stateCode.optional(),
          format: z.enum(FORMATS).optional(),
          body: id.optional(),
          organizers: z.array(z.string().regex(/^([A-Z]{2}|[a-z][a-z0-9-]*)$/)).optional(),
          summaryEn: text.optional(),
          summaryRu: text.optional(),
          ...sourced,
        })
        .strict(),
    ),
  })
  .strict();

/** The sources facts cite: a key, and what a citation shows of it; unknown parts are left out. */
const sourcesFile = z
  .object({
    sources: z.array(
      z
        .object({
          key: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'expected a source key such as S-extrel'),
          url: z.string().url().optional(),
          titleEn: text.optional(),
          titleRu: text.optional(),
          publisherEn: text.optional(),
          publisherRu: text.optional(),
          date: partialDate.optional(),
        })
        .strict()
        .refine((s) => s.url !== undefined || s.titleEn !== undefined, 'a source needs an address or a title'),
    ),
  })
  .strict();

/** Budgets, contributions and published rankings: amounts only where a source states them, which none yet does. */
const financeFile = z
  .object({
    budgets: z.array(
      z
        .object({
          year: z.number().int(),
          currency: z
            .string()
            .regex(/^[A-Z]{3}$/)
            .nullable(),
          approvedOn: partialDate.nullable(),
          meeting: id.optional(),
          ...notes,
          ...sourced,
        })
        .strict(),
    ),
    contributions: z.array(
      z
        .object({
          year: z.number().int(),
          state: stateCode,
          kind: z.enum(CONTRIBUTION_KINDS),
          ...sourced,
        })
        .strict(),
    ),
    ranks: z.array(
      z.object({ year: z.number().int(), rank: z.number().int().min(1), state: stateCode, ...sourced }).strict(),
    ),
  })
  .strict();

/** Time capsules: what is known of each; a pack never holds sealed contents. */
const capsulesFile = z
  .object({
    capsules: z.array(
      z
        .object({
          id,
          titleEn: text,
          titleRu: text.nullable(),
          sealedOn: partialDate.nullable(),
          placeEn: text.optional(),
          placeRu: text.optional(),
          opensOn: partialDate,
          ...notes,
          ...sourced,
        })
        .strict(),
    ),
  })
  .strict();

export const packFiles = {
  'sources.json': sourcesFile,
  'states.json': statesFile,
  'bodies.json': bodiesFile,
  'chairmanship.json': chairmanshipFile,
  'people.json': peopleFile,
  'cbm.json': cbmFile,
  'documents.json': documentsFile,
  'activities.json': activitiesFile,
  'finance.json': financeFile,
  'capsules.json': capsulesFile,
} as const;

export type Pack = {
  [F in keyof typeof packFiles as F extends `${infer N}.json` ? N : never]: z.infer<(typeof packFiles)[F]>;
};
