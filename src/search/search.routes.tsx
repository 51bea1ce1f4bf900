import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isIsoDate } from '../platform/dates.ts';
import type { ApiOptions, Capability, SiteOptions } from '../platform/http/app.ts';
import { perGeneration } from '../platform/db/generation.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { errorBody, isoDate, lang as langParam } from '../platform/http/schemas.ts';
import { pick, sortByName } from '../platform/i18n/i18n.ts';
import { COUNT_LIMIT, SEARCH_TYPES } from './search.ts';
import { SearchPage } from './search.views.tsx';
import type { Services } from '../services.ts';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'cbm' | 'generation' | 'registry' | 'search'>>;

const apiQuery = z
  .object({
    q: z.string().trim().min(1).max(200),
    type: z.enum(SEARCH_TYPES).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    state: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    dimension: z
      .string()
      .regex(/^[a-z-]+$/)
      .optional(),
    page: z.coerce.number().int().min(1).max(500).default(1),
    lang: langParam,
  })
  .strict();

const apiResponse = z.object({
  total: z.number().describe(`Counted up to ${COUNT_LIMIT}; \`more\` says there are more, and pages go no further.`),
  more: z.boolean(),
  page: z.number(),
  pages: z.number(),
  items: z.array(
    z.object({
      type: z.enum(SEARCH_TYPES),
      id: z.string(),
      title: z.string(),
      snippet: z.string().describe('Matches are wrapped in <mark>…</mark>; the rest is escaped text.'),
      url: z.string(),
    }),
  ),
});

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services, publicUrl }) => {
  app.get(
    '/search',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Search press releases, states, people, bodies, priority areas and documents',
        tags: ['search'],
        querystring: apiQuery,
        response: { 200: apiResponse, 400: errorBody },
      },
    },
    async (req) => {
      const { q, type, from, to, state, dimension, page, lang } = req.query;
      const result = await services.search.search({
        q,
        lang,
        types: type ? [type] : undefined,
        from,
        to,
        state,
        dimension,
        page,
      });
      return {
        total: result.total,
        more: result.more,
        page: result.page,
        pages: result.pages,
        items: result.hits.map((h) => ({
          type: h.type,
          id: h.refId,
          title: h.title,
          url: `${publicUrl}/${lang}${h.path}`,
          snippet: escapeHtml(h.snippet)
            // biome-ignore lint/suspicious/noControlCharactersInRegex: U+0001 and U+0002 are the snippet's own match markers (search.ts)
            .replace(/\u0001/g, '<mark>')
            // biome-ignore lint/suspicious/noControlCharactersInRegex: see above
            .replace(/\u0002/g, '</mark>'),
        })),
      };
    },
  );
};

const pageQuery = z
  .object({
    q: z.string().max(200).default(''),
    type: z.string().default(''),
    from: z.string().default(''),
    to: z.string().default(''),
    state: z.string().default(''),
    dimension: z.string().default(''),
    page: z.coerce.number().int().min(1).max(500).catch(1).default(1),
  })
  .passthrough();

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  // The filters' choices are the same for every search of the day until the record changes.
  const standings = perGeneration(services.generation, (day: string) => services.registry.standings(day));
  const catalogue = perGeneration(services.generation, (day: string) => services.cbm.catalogueOn(day));
  app.get(
    '/search',
    { config: { access: 'public' }, schema: { hide: true, querystring: pageQuery } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const { type, from, to, state, dimension, page } = req.query;
      // A query of spaces asks nothing: the page answers as to an empty one.
      const q = req.query.q.trim();
      // The page searches without a bad filter and says which one it left out; the API refuses it.
      const types = (SEARCH_TYPES as readonly string[]).includes(type)
        ? [type as (typeof SEARCH_TYPES)[number]]
        : undefined;
      const [result, states, catalogueToday] = await Promise.all([
        services.search.search({
          q,
          lang,
          types,
          from: isIsoDate(from) ? from : undefined,
          to: isIsoDate(to) ? to : undefined,
          state: /^[A-Z]{2}$/.test(state) ? state : undefined,
          dimension: dimension || undefined,
          page,
        }),
        standings(ctx.today),
        catalogue(ctx.today),
      ]);
      const stateOptions = sortByName(
        lang,
        states.map((s) => ({ value: s.stateCode, label: pick(lang, s.state.name.en, s.state.name.ru) })),
        (o) => o.label,
      );
      const dimensionOptions = catalogueToday.dimensions.map((d) => ({
        value: d.dimension.id,
        label: pick(lang, d.dimension.name.en, d.dimension.name.ru),
      }));
      return reply.type('text/html; charset=utf-8').send(
        await SearchPage({
          ctx,
          form: { q, type, from, to, state, dimension },
          badDates: (['from', 'to'] as const).filter((f) => req.query[f] !== '' && !isIsoDate(req.query[f])),
          hits: result.hits,
          total: result.total,
          more: result.more,
          page: result.page,
          pages: result.pages,
          states: stateOptions,
          dimensions: dimensionOptions,
        }),
      );
    },
  );
};

export const searchCapability: Capability<Deps> = { api, site };
