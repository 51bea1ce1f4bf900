import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { recordId } from '../platform/http/schemas.ts';
import type { Services } from '../services.ts';
import { PersonPage } from './people.views.tsx';

/** The services these pages read; the composition root hands over no others. */
type Deps = Readonly<Pick<Services, 'activities' | 'media' | 'newsroom' | 'people' | 'pictures' | 'registry'>>;

const personParams = z.object({ id: recordId }).strict();

/** The latest releases a profile lists; the rest are one link away, on the person's news page. */
const PROFILE_RELEASES = 10;

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang }) => {
  app.get(
    '/people/:id',
    { config: { access: 'public' }, schema: { hide: true, params: personParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const profile = await services.people.profile(req.params.id);
      const [states, attended, news, coverage, portraits] = await Promise.all([
        services.registry.states(),
        services.activities.attendedBy(profile.person.id),
        services.newsroom.publicList(lang, { page: 1, link: { kind: 'person', id: profile.person.id } }),
        services.media.coverageOf({ person: profile.person.id }),
        profile.person.portraitId ? services.pictures.byIds([profile.person.portraitId]) : [],
      ]);
      const state = states.find((s) => s.code === profile.person.stateCode) ?? null;
      return reply.type('text/html; charset=utf-8').send(
        await PersonPage({
          ctx,
          data: {
            ...profile,
            state,
            attended,
            releases: news.items.slice(0, PROFILE_RELEASES),
            releaseTotal: news.total,
            coverage,
            portrait: portraits[0] ?? null,
          },
        }),
      );
    },
  );
};

export const peopleCapability: Capability<Deps> = { site };
