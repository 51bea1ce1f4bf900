/** Speeches on the public site: the list, each speech's page, and its feeds. */
import './speeches.messages.ts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Person } from '../people/people.ts';
import { type FeedChannel, atomFeed, rssFeed } from '../platform/feeds.ts';
import type { Capability, SiteOptions } from '../platform/http/app.ts';
import { pageContext } from '../platform/http/page-context.ts';
import { type Lang, pick, t } from '../platform/i18n/i18n.ts';
import { plainText, renderMarkdown } from '../platform/markdown.ts';
import type { Services } from '../services.ts';
import { speechList } from './speeches.schema.ts';
import { type Speech, speechText } from './speeches.ts';
import { type SpeakerView, SpeechPage, SpeechesPage } from './speeches.views.tsx';

type Deps = Readonly<Pick<Services, 'speeches' | 'people'>>;

const slugParams = z
  .object({
    slug: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .max(200),
  })
  .strict();
const feedParams = z.object({ format: z.enum(['rss', 'atom']) }).strict();

function speakerIn(lang: Lang, s: Speech, persons: ReadonlyMap<string, Person>): SpeakerView {
  const person = s.speaker.personId ? persons.get(s.speaker.personId) : undefined;
  return {
    personId: person?.id ?? null,
    name: person ? pick(lang, person.name.en, person.name.ru) : s.speaker.name,
    post: s.speaker.post ? t(lang, `post.${s.speaker.post}`) : null,
  };
}

const site: FastifyPluginAsyncZod<SiteOptions<Deps>> = async (app, { services, clock, lang, publicUrl }) => {
  const people = async () => new Map((await services.people.persons()).map((p) => [p.id, p]));

  app.get(
    '/speeches',
    { config: { access: 'public' }, schema: { hide: true, querystring: speechList } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const [list, persons] = await Promise.all([services.speeches.publicList(req.query.page), people()]);
      const items = list.items.map((speech) => ({ speech, speaker: speakerIn(lang, speech, persons) }));
      return reply
        .type('text/html; charset=utf-8')
        .send(await SpeechesPage({ ctx, items, page: req.query.page, pages: list.pages }));
    },
  );

  app.get(
    '/speeches/feed.:format',
    { config: { access: 'public' }, schema: { hide: true, params: feedParams } },
    async (req, reply) => {
      const { items } = await services.speeches.publicList(1);
      const base = `${publicUrl}/${lang}/speeches`;
      const feed: FeedChannel = {
        title: `${t(lang, 'site.acronym')}: ${t(lang, 'speech.title')}`,
        subtitle: t(lang, 'speech.lead'),
        id: base,
        link: base,
        language: lang,
        icon: `${publicUrl}/static/favicon.svg`,
        rights: t(lang, 'site.name'),
        updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
        self: { rss: `${base}/feed.rss`, atom: `${base}/feed.atom` },
        entries: items.map((s) => {
          const text = speechText(lang, s);
          const url = `${base}/${s.slug}`;
          return {
            title: text.title,
            id: url,
            link: url,
            summary: plainText(text.body).slice(0, 300),
            contentHtml: renderMarkdown(text.body),
            updated: new Date(s.updatedAt),
            published: new Date(s.publishedAt ?? `${s.date}T00:00:00Z`),
          };
        }),
      };
      const rss = req.params.format === 'rss';
      return reply
        .type(rss ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8')
        .send(rss ? rssFeed(feed) : atomFeed(feed));
    },
  );

  app.get(
    '/speeches/:slug',
    { config: { access: 'public' }, schema: { hide: true, params: slugParams } },
    async (req, reply) => {
      const ctx = pageContext(req, lang, clock);
      const speech = await services.speeches.published(req.params.slug);
      const speaker = speakerIn(lang, speech, await people());
      return reply.type('text/html; charset=utf-8').send(await SpeechPage({ ctx, speech, speaker }));
    },
  );
};

export const speechesCapability: Capability<Deps> = { site };
