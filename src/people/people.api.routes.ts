import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiOptions, Capability } from '../platform/http/app.ts';
import { errorBody } from '../platform/http/schemas.ts';
import { type Lang, pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { personName, postsHeldOn } from './people.ts';
import type { Person, PositionRecord } from './people.ts';
import { peopleQuery, peopleResponse, personParams, personQuery, personResponse } from './people.schema.ts';
import type { Services } from '../services.ts';

/** The services this API reads. */
type Deps = Readonly<Pick<Services, 'people'>>;

/** The main name goes out as `names`; `variants` are only the other spellings. */
const summary = (lang: Lang, p: Person) => {
  const name = personName(p);
  return {
    id: p.id,
    name: pick(lang, name.en, name.ru),
    names: { en: name.en, ru: name.ru },
    variants: p.names
      .filter((n) => n.name !== name.en && n.name !== name.ru)
      .map((n) => ({ name: n.name, lang: n.lang, script: n.script, romanization: n.romanization ?? null })),
    state: p.stateCode,
  };
};

const post = (lang: Lang, p: PositionRecord) => ({
  post: p.post,
  title: t(lang, `post.${p.post}`),
  from: p.from,
  fromAttested: p.fromAttested ?? null,
  until: p.until,
  untilAttested: p.untilAttested ?? null,
  note: p.note ? pick(lang, p.note.en, p.note.ru) : null,
  sources: [...p.provenance.sources],
  confidence: p.provenance.confidence,
});

const api: FastifyPluginAsyncZod<ApiOptions<Deps>> = async (app, { services }) => {
  app.get(
    '/people',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Everyone on the record: names in Latin and Cyrillic script and every recorded spelling',
        tags: ['people'],
        querystring: peopleQuery,
        response: { 200: peopleResponse, 400: errorBody },
      },
    },
    async (req) => {
      const { lang } = req.query;
      const people = await services.people.persons();
      return { items: sortByName(lang, people, (p) => pick(lang, p.name.en, p.name.ru)).map((p) => summary(lang, p)) };
    },
  );

  app.get(
    '/people/:id',
    {
      config: { access: 'public' },
      schema: {
        summary: 'One person: names, and the posts held over time or on one day (`on=YYYY-MM-DD`)',
        tags: ['people'],
        params: personParams,
        querystring: personQuery,
        response: { 200: personResponse, 400: errorBody, 404: errorBody },
      },
    },
    async (req) => {
      const { lang, on } = req.query;
      const { person, positions } = await services.people.profile(req.params.id);
      return {
        ...summary(lang, person),
        on: on ?? null,
        posts: (on ? postsHeldOn(positions, on) : positions).map((p) => post(lang, p)),
      };
    },
  );
};

/** Only the API; a person's page comes with the site's routes. */
export const peopleApiCapability: Capability<Deps> = { api };
