import { MeetingLink } from '../bodies/bodies.views.tsx';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { Troika } from '../chairmanship/chairmanship.views.tsx';
import type { TroikaOfRecords } from '../chairmanship/chairmanship.service.ts';
import { type MessageKey, t } from '../platform/i18n/i18n.ts';
import { DateRange, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { State } from '../registry/registry.ts';

type Figures = { members: number; observers: number; observerOrgs: number; areas: number };

const EXPLORE: ReadonlyArray<readonly [string, MessageKey, MessageKey]> = [
  ['/activities', 'nav.activities', 'act.lead'],
  ['/digest', 'digest.title', 'digest.lead'],
  ['/states', 'nav.states', 'states.lead'],
  ['/structure', 'nav.structure', 'structure.lead'],
  ['/chairmanship', 'nav.chairmanship', 'chair.lead'],
  ['/documents', 'nav.documents', 'documents.lead'],
];

export function HomePage({
  ctx,
  figures,
  troika,
  states,
  recent,
}: {
  ctx: PageContext;
  figures: Figures;
  troika: TroikaOfRecords;
  states: Map<string, State>;
  recent: TitledMeeting[];
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

      <section aria-labelledby="figures">
        <h2 id="figures" class="visually-hidden" safe>
          {t(lang, 'home.facts')}
        </h2>
        <ul class="figures">
          {figure(figures.members, 'home.members', '/states#members')}
          {figure(figures.observers, 'home.observers', '/states#observers')}
          {figure(figures.observerOrgs, 'home.observerOrgs', '/states#observer-orgs')}
          {figure(figures.areas, 'home.areas', '/cbm')}
        </ul>
      </section>

      <section aria-labelledby="troika-today" class="panel">
        <h2 id="troika-today" safe>
          {t(lang, 'home.troikaToday')}
        </h2>
        <p class="meta" safe>
          {t(lang, 'home.troikaExplain')}
        </p>
        <Troika ctx={ctx} troika={troika} states={states} />
        <p>
          <a href={href(ctx, '/chairmanship')} safe>{`${t(lang, 'chair.pickDate')} →`}</a>
        </p>
      </section>

      <div class="columns">
        <section aria-labelledby="recent">
          <h2 id="recent" safe>
            {t(lang, 'home.latestMeetings')}
          </h2>
          <ol class="recent">
            {recent.map((m) => {
              return (
                <li>
                  <MeetingLink ctx={ctx} meeting={m} />
                  <span class="meta">
                    <DateRange lang={lang} from={m.start} to={m.end} />
                    {!!m.city && (
                      <>
                        {' · '}
                        <Text lang={lang} text={m.city} />
                      </>
                    )}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
        <section aria-labelledby="explore">
          <h2 id="explore" safe>
            {t(lang, 'home.explore')}
          </h2>
          <ul class="explore">
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
      </div>
    </Layout>
  );
}
