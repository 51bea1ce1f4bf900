import './registry.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import { type Lang, formatDate, pick, sortByName, t } from '../platform/i18n/i18n.ts';
import { DateForm, DateText, PageHeader, Sources, StateLink, Text, Citations } from '../platform/layout/components.tsx';
import { Layout, type PageContext } from '../platform/layout/layout.tsx';
import type { Standing } from './registry.service.ts';
import type { Organization, State } from './registry.ts';

const nameIn = (lang: Lang) => (s: { state: State }) => pick(lang, s.state.name.en, s.state.name.ru);

function Since({ lang, standing }: { lang: Lang; standing: Standing }): JSX.Element {
  if (standing.since)
    return <span safe>{t(lang, 'common.since', { date: formatDate(lang, standing.since, 'gen') })}</span>;
  // An unknown accession date is left out; the earliest date a source shows the state's standing is not.
  if (!standing.attestedSince) return '';
  return <span safe>{t(lang, 'common.sinceAtLeast', { date: formatDate(lang, standing.attestedSince, 'gen') })}</span>;
}

function StandingList({ ctx, standings }: { ctx: PageContext; standings: Standing[] }): JSX.Element {
  return (
    <ul class="state-grid">
      {sortByName(ctx.lang, standings, nameIn(ctx.lang)).map((s) => (
        <li>
          <StateLink ctx={ctx} code={s.stateCode} name={s.state.name} />
          <span class="meta">
            <Since lang={ctx.lang} standing={s} />
          </span>
        </li>
      ))}
    </ul>
  );
}

function OrganizationName({ lang, org }: { lang: Lang; org: Organization }): JSX.Element {
  return (
    <span>
      <Text lang={lang} text={org.name} />
      {org.acronym ? (
        <>
          {' '}
          (<Text lang={lang} text={org.acronym} />)
        </>
      ) : (
        ''
      )}
    </span>
  );
}

export function StatesPage({
  ctx,
  citations = [],
  date,
  asked,
  error,
  standings,
  former,
  organizations,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  date: string;
  asked: string;
  error: string | undefined;
  standings: Standing[];
  former: State[];
  organizations: Organization[];
}): JSX.Element {
  const { lang } = ctx;
  const members = standings.filter((s) => s.status === 'member');
  const observers = standings.filter((s) => s.status === 'observer');
  const observerOrgs = sortByName(
    lang,
    organizations.filter((o) => o.relations.some((r) => r.relation === 'observer')),
    (o) => pick(lang, o.name.en, o.name.ru),
  );
  const partners = sortByName(
    lang,
    organizations.flatMap((o) => o.relations.filter((r) => r.relation !== 'observer').map((r) => ({ o, r }))),
    ({ o }) => pick(lang, o.name.en, o.name.ru),
  );
  const isToday = date === ctx.today;
  return (
    <Layout ctx={ctx} title={t(lang, 'states.title')} description={t(lang, 'states.lead')}>
      <PageHeader title={t(lang, 'states.title')} lead={t(lang, 'states.lead')}>
        <DateForm
          ctx={ctx}
          action="/states"
          name="asOf"
          value={error ? asked : isToday ? '' : date}
          label={t(lang, 'states.asOfForm')}
          error={error}
        />
        {!isToday && <p class="as-of" safe>{`${t(lang, 'common.asOf')}: ${formatDate(lang, date)}`}</p>}
      </PageHeader>

      <section aria-labelledby="members">
        <h2 id="members">
          <span safe>{t(lang, 'states.members')}</span>{' '}
          <span class="count" safe>
            {String(members.length)}
          </span>
        </h2>
        <StandingList ctx={ctx} standings={members} />
      </section>

      <section aria-labelledby="observers">
        <h2 id="observers">
          <span safe>{t(lang, 'states.observers')}</span>{' '}
          <span class="count" safe>
            {String(observers.length)}
          </span>
        </h2>
        <StandingList ctx={ctx} standings={observers} />
      </section>

      {isToday && former.length > 0 && (
        <section aria-labelledby="former">
          <h2 id="former" safe>
            {t(lang, 'states.former')}
          </h2>
          <ul class="state-grid">
            {sortByName(lang, former, (s) => pick(lang, s.name.en, s.name.ru)).map((s) => (
              <li>
                <StateLink ctx={ctx} code={s.code} name={s.name} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="observer-orgs">
        <h2 id="observer-orgs">
          <span safe>{t(lang, 'states.observerOrgs')}</span>{' '}
          <span class="count" safe>
            {String(observerOrgs.length)}
          </span>
        </h2>
        <ul class="plain-list">
          {observerOrgs.map((o) => (
            <li>
              <OrganizationName lang={lang} org={o} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="partners">
        <h2 id="partners" safe>
          {t(lang, 'states.partners')}
        </h2>
        <div class="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col" safe>
                  {t(lang, 'states.partners')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'states.instrument')}
                </th>
                <th scope="col" safe>
                  {t(lang, 'states.partnerSince')}
                </th>
              </tr>
            </thead>
            <tbody>
              {partners.map(({ o, r }) => (
                <tr>
                  <th scope="row">
                    <OrganizationName lang={lang} org={o} />
                    {r.relation === 'partner-in-progress' && (
                      <span class="tag" safe>
                        {t(lang, 'relation.partner-in-progress')}
                      </span>
                    )}
                  </th>
                  <td data-label={t(lang, 'states.instrument')}>
                    <Text lang={lang} text={r.instrument} />
                    {!!r.note && (
                      <p class="note">
                        <Text lang={lang} text={r.note} />
                      </p>
                    )}
                  </td>
                  <td data-label={t(lang, 'states.partnerSince')}>
                    {!!r.from && <DateText lang={lang} date={r.from} />}
                    {!!r.place && (
                      <>
                        , <Text lang={lang} text={r.place} />
                      </>
                    )}
                    <Sources ctx={ctx} provenance={r.provenance} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {partners.some(({ r }) => !r.from) && (
          <p class="note" safe>
            {t(lang, 'states.partnerDatesUnknown')}
          </p>
        )}
      </section>
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
