import './people.messages.ts';
import type { Activity, ParticipantRole } from '../activities/activities.ts';
import type { Release } from '../newsroom/newsroom.ts';
import { textOf } from '../newsroom/newsroom.ts';
import { formatDate, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import type { Picture } from '../pictures/pictures.service.ts';
import { PictureCredit, PictureImg } from '../pictures/pictures.views.tsx';
import { PageHeader, PeriodText, Sources, StateLink, Text } from '../platform/layout/components.tsx';
import { type CoverageItem, CoverageList } from '../platform/layout/coverage.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { Bilingual } from '../platform/sourced.ts';
import type { State } from '../registry/registry.ts';
import type { Profile } from './people.service.ts';
import { type Person, otherSpellings, personName } from './people.ts';

/** A person's name linking to their profile, in the reader's language (Russian from a recorded Cyrillic spelling). */
export function PersonLink({
  ctx,
  person,
}: {
  ctx: PageContext;
  person: Pick<Person, 'id' | 'name' | 'names'>;
}): JSX.Element {
  return (
    <a href={href(ctx, `/people/${person.id}`)}>
      <Text lang={ctx.lang} text={personName(person)} />
    </a>
  );
}

export type Attended = Readonly<{ activity: Activity; role: ParticipantRole; title: Bilingual | null }>;

export type PersonPageData = Profile &
  Readonly<{
    state: State | null;
    attended: readonly Attended[];
    releases: readonly Release[];
    /** How many public releases link the person; more than are listed when the page shows only the latest. */
    releaseTotal: number;
    /** What outside media wrote that names the person. */
    coverage: readonly CoverageItem[];
    /** The person's portrait from the media library, where one is chosen. */
    portrait?: Picture | null;
  }>;

export function PersonPage({ ctx, data }: { ctx: PageContext; data: PersonPageData }): JSX.Element {
  const { lang } = ctx;
  const { person, positions, attended, releases, state } = data;
  const name = personName(person);
  const heading = pick(lang, name.en, name.ru);
  const spellings = otherSpellings(person);
  const current = positions.filter((p) => p.until === null && !p.untilAttested).at(-1);
  const lead = current ? t(lang, `post.${current.post}`) : undefined;
  return (
    <Layout ctx={ctx} title={heading} description={lead}>
      <p class="breadcrumb">
        <a href={href(ctx, '/structure')} safe>
          {t(lang, 'structure.title')}
        </a>
      </p>
      <PageHeader title={heading} lead={lead} />
      {!!data.portrait && (
        <figure class="portrait">
          <PictureImg picture={data.portrait} lang={lang} sizes="(max-width: 700px) 50vw, 240px" eager />
          <PictureCredit picture={data.portrait} lang={lang} tag="figcaption" />
        </figure>
      )}
      <div class="columns">
        <div>
          {positions.length > 0 && (
            <section aria-labelledby="posts">
              <h2 id="posts" safe>
                {t(lang, 'person.posts')}
              </h2>
              <ol class="plain-list posts">
                {positions.map((p) => (
                  <li>
                    <strong safe>{t(lang, `post.${p.post}`)}</strong>{' '}
                    <span class="meta">
                      <PeriodText lang={lang} period={p} />
                    </span>{' '}
                    <Sources ctx={ctx} provenance={p.provenance} />
                    {!!p.note && (
                      <p class="note">
                        <Text lang={lang} text={p.note} />
                      </p>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {attended.length > 0 && (
            <section aria-labelledby="attended">
              <h2 id="attended" safe>
                {t(lang, 'person.activities')}
              </h2>
              <ul class="plain-list">
                {attended.map(({ activity: a, role, title }) => (
                  <li>
                    <a href={href(ctx, `/activities/${a.id}`)}>
                      <Text lang={lang} text={a.title} />
                    </a>{' '}
                    <span class="meta" safe>
                      {[
                        formatDateRange(lang, a.start, a.end),
                        title ? pick(lang, title.en, title.ru) : null,
                        t(lang, `participant.${role}`),
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {releases.length > 0 && (
            <section aria-labelledby="news">
              <h2 id="news" safe>
                {t(lang, 'person.news')}
              </h2>
              <ul class="plain-list">
                {releases.map((r) => {
                  const text = textOf(lang, r);
                  return (
                    <li>
                      <a href={href(ctx, `/news/${r.slug}`)} lang={text.fallback ? 'en' : undefined} safe>
                        {text.title}
                      </a>{' '}
                      <time class="meta" datetime={r.date} safe>
                        {formatDate(lang, r.date)}
                      </time>
                    </li>
                  );
                })}
              </ul>
              {data.releaseTotal > releases.length && (
                <p>
                  <a href={href(ctx, `/news/about/person/${person.id}`)} safe>
                    {t(lang, 'person.allNews', { name: heading })}
                  </a>
                </p>
              )}
            </section>
          )}
          <CoverageList ctx={ctx} items={data.coverage} />
        </div>
        <aside>
          <dl class="facts">
            <div>
              <dt safe>{t(lang, 'person.nameEn')}</dt>
              <dd lang="en" safe>
                {name.en}
              </dd>
            </div>
            {!!name.ru && (
              <div>
                <dt safe>{t(lang, 'person.nameRu')}</dt>
                <dd lang="ru" safe>
                  {name.ru}
                </dd>
              </div>
            )}
            {spellings.length > 0 && (
              <div>
                <dt safe>{t(lang, 'person.otherSpellings')}</dt>
                <dd>
                  {/* Each spelling in its own language, as recorded: a Latin spelling on a Russian page is no untranslated text. */}
                  {spellings.map((name, i) => (
                    <>
                      {i > 0 ? ' · ' : ''}
                      <span lang={person.names.find((n) => n.name === name)?.lang ?? 'en'} safe>
                        {name}
                      </span>
                    </>
                  ))}
                </dd>
              </div>
            )}
            {!!state && (
              <div>
                <dt safe>{t(lang, 'person.nationality')}</dt>
                <dd>
                  <StateLink ctx={ctx} code={state.code} name={state.name} />
                </dd>
              </div>
            )}
          </dl>
        </aside>
      </div>
    </Layout>
  );
}
