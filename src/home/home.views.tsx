import './home.messages.ts';
import type { Activity } from '../activities/activities.ts';
import { type Names, nameIn } from '../activities/activities.views.tsx';
import type { TroikaOfRecords } from '../chairmanship/chairmanship.service.ts';
import { Troika } from '../chairmanship/chairmanship.views.tsx';
import type { DigestService } from '../digest/digest.service.ts';
import { type Release, textOf } from '../newsroom/newsroom.ts';
import type { PositionRecord } from '../people/people.ts';
import { type MessageKey, formatDate, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import { Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';

/** A published issue as the digest's service lists it. */
type IssueRow = Awaited<ReturnType<DigestService['issues']>>[number];

type Figures = { members: number; observers: number; observerOrgs: number; areas: number };

const EXPLORE: ReadonlyArray<readonly [string, MessageKey, MessageKey]> = [
  ['/states', 'nav.states', 'states.lead'],
  ['/structure', 'nav.structure', 'structure.lead'],
  ['/chairmanship', 'nav.chairmanship', 'chair.lead'],
  ['/documents', 'nav.documents', 'documents.lead'],
];

/** The lead story carries its picture; the others are headlines, so the page reads as a front page, not a grid. */
function NewsStory({ ctx, release, lead }: { ctx: PageContext; release: Release; lead: boolean }): JSX.Element {
  const text = textOf(ctx.lang, release);
  const image = release.images[0];
  const en = text.fallback ? 'en' : undefined;
  return (
    <li class={lead ? 'story story-lead' : 'story'}>
      {!!image && (
        <figure class="story-picture">
          <img src={image.src} alt={pick(ctx.lang, image.caption.en, image.caption.ru) ?? ''} loading="lazy" />
        </figure>
      )}
      <div class="story-text">
        <p class="dateline" lang={en} safe>
          {text.dateline.replace(/ —$/, '')}
        </p>
        <h3 class="story-title">
          <a href={href(ctx, `/news/${release.slug}`)} lang={en} safe>
            {text.title}
          </a>
        </h3>
        {lead && !!text.lead && (
          <p class="news-lead" lang={en} safe>
            {text.lead}
          </p>
        )}
      </div>
    </li>
  );
}

function ActivityLine({ ctx, a, names }: { ctx: PageContext; a: Activity; names: Names }): JSX.Element {
  const { lang } = ctx;
  const city = a.city ? pick(lang, a.city.en, a.city.ru) : null;
  const country = a.countryCode ? nameIn(lang, names.states, a.countryCode) : null;
  const where = a.format === 'online' ? t(lang, 'format.online') : [city, country].filter(Boolean).join(', ');
  return (
    <li>
      <time class="when" datetime={a.start} safe>
        {formatDateRange(lang, a.start, a.end)}
      </time>
      <a href={href(ctx, `/activities/${a.id}`)}>
        <Text lang={lang} text={a.title} />
      </a>
      {!!where && (
        <span class="meta" safe>
          {where}
        </span>
      )}
    </li>
  );
}

function Leadership({
  ctx,
  head,
  troika,
  states,
}: {
  ctx: PageContext;
  head: PositionRecord | null;
  troika: TroikaOfRecords;
  states: Map<string, State>;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <aside class="leadership" aria-labelledby="leadership">
      <h2 id="leadership" safe>
        {t(lang, 'home.leadership')}
      </h2>
      {!!head && (
        <section class="office-holder" aria-labelledby="head-name">
          <p class="office-title" safe>
            {t(lang, `post.${head.post}`)}
          </p>
          <h3 id="head-name">
            <a href={href(ctx, `/people/${head.personId}`)}>
              <Text lang={lang} text={head.person.name} />
            </a>
          </h3>
          {!!head.from && (
            <p class="meta" safe>
              {t(lang, 'home.headSince', { date: formatDate(lang, head.from) })}
            </p>
          )}
          <p>
            <a href={href(ctx, `/people/${head.personId}`)} safe>{`${t(lang, 'home.profile')} →`}</a>
          </p>
        </section>
      )}
      <section class="home-troika" aria-labelledby="troika-today">
        <h3 id="troika-today" safe>
          {t(lang, 'home.troikaToday')}
        </h3>
        <p class="meta" safe>
          {t(lang, 'home.troikaExplain')}
        </p>
        <Troika ctx={ctx} troika={troika} states={states} />
        <p>
          <a href={href(ctx, '/chairmanship')} safe>{`${t(lang, 'chair.pickDate')} →`}</a>
        </p>
      </section>
    </aside>
  );
}

export function HomePage({
  ctx,
  figures,
  troika,
  states,
  news,
  upcoming,
  recent,
  names,
  head,
  digest,
}: {
  ctx: PageContext;
  figures: Figures;
  troika: TroikaOfRecords;
  states: Map<string, State>;
  news: Release[];
  upcoming: Activity[];
  recent: Activity[];
  names: Names;
  head: PositionRecord | null;
  digest: IssueRow | null;
}): JSX.Element {
  const { lang } = ctx;
  const figure = (n: number, key: MessageKey, path: string) => (
    <li>
      <a href={href(ctx, path)}>
        <span class="figure" safe>
          {String(n)}
        </span>{' '}
        <span class="figure-label" safe>
          {t(lang, key)}
        </span>
      </a>
    </li>
  );
  return (
    <Layout ctx={ctx} title={t(lang, 'home.title')}>
      <section class="hero">
        <h1 safe>{t(lang, 'site.name')}</h1>
        <p class="lead" safe>
          {t(lang, 'home.lead', { members: figures.members })}
        </p>
      </section>

      <div class="home-front">
        <div class="home-main">
          {news.length > 0 && (
            <section aria-labelledby="home-news" class="home-news">
              <h2 id="home-news" safe>
                {t(lang, 'home.news')}
              </h2>
              <ol class="stories">
                {news.map((r, i) => (
                  <NewsStory ctx={ctx} release={r} lead={i === 0} />
                ))}
              </ol>
              <p>
                <a href={href(ctx, '/news')} safe>{`${t(lang, 'home.allNews')} →`}</a>
              </p>
            </section>
          )}

          <section aria-labelledby="home-activities" class="home-activities">
            <h2 id="home-activities" safe>
              {t(lang, 'home.activities')}
            </h2>
            <div class="activity-columns">
              <section aria-labelledby="home-upcoming">
                <h3 id="home-upcoming" safe>
                  {t(lang, 'home.upcoming')}
                </h3>
                {upcoming.length > 0 ? (
                  <ol class="dated">
                    {upcoming.map((a) => (
                      <ActivityLine ctx={ctx} a={a} names={names} />
                    ))}
                  </ol>
                ) : (
                  <p class="meta" safe>
                    {t(lang, 'home.noUpcoming')}
                  </p>
                )}
              </section>
              {recent.length > 0 && (
                <section aria-labelledby="home-recent">
                  <h3 id="home-recent" safe>
                    {t(lang, 'home.recent')}
                  </h3>
                  <ol class="dated">
                    {recent.map((a) => (
                      <ActivityLine ctx={ctx} a={a} names={names} />
                    ))}
                  </ol>
                </section>
              )}
            </div>
            <p>
              <a href={href(ctx, '/activities')} safe>{`${t(lang, 'nav.activities')} →`}</a>
              {' · '}
              <a href={href(ctx, '/activities/calendar')} safe>
                {t(lang, 'home.calendar')}
              </a>
            </p>
          </section>
        </div>

        <Leadership ctx={ctx} head={head} troika={troika} states={states} />
      </div>

      {!!digest && (
        <section aria-labelledby="home-digest" class="panel home-digest">
          <p class="office-title" safe>
            {t(lang, 'home.digestLead')}
          </p>
          <h2 id="home-digest">
            <a href={href(ctx, `/digest/${digest.number}`)} safe>
              {`${digest.title} — ${t(lang, 'digest.issue', { number: digest.number })}`}
            </a>
          </h2>
          <p class="meta" safe>
            {formatDateRange(lang, digest.period_from, digest.period_to)}
          </p>
          <p>
            <a href={href(ctx, `/digest/${digest.number}.pdf`)} safe>
              {t(lang, 'digest.pdf')}
            </a>
            {' · '}
            <a href={href(ctx, '/digest')} safe>
              {t(lang, 'home.allIssues')}
            </a>
          </p>
        </section>
      )}

      <section aria-labelledby="figures">
        <h2 id="figures" safe>
          {t(lang, 'home.facts')}
        </h2>
        <ul class="figures">
          {figure(figures.members, 'home.members', '/states#members')}
          {figure(figures.observers, 'home.observers', '/states#observers')}
          {figure(figures.observerOrgs, 'home.observerOrgs', '/states#observer-orgs')}
          {figure(figures.areas, 'home.areas', '/cbm')}
        </ul>
        <ul class="explore explore-row">
          {EXPLORE.map(([path, title, lead]) => (
            <li>
              <a href={href(ctx, path)} safe>
                {t(lang, title)}
              </a>
              <p class="meta" safe>
                {t(lang, lead)}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </Layout>
  );
}
