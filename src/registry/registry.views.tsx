import './registry.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import { PersonLink } from '../people/people.views.tsx';
import { type Lang, formatDate, pick, postAfterName, sortByName, t } from '../platform/i18n/i18n.ts';
import {
  DateForm,
  DateText,
  PageHeader,
  PeriodText,
  Sources,
  StateLink,
  Text,
  Citations,
} from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { StateProfile, Standing } from './registry.service.ts';
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

export function StatePage({
  ctx,
  citations = [],
  profile,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  profile: StateProfile;
}): JSX.Element {
  const { lang } = ctx;
  const { state, statusToday, history, chairTerms, roles, nationals } = profile;
  const name = pick(lang, state.name.en, state.name.ru);
  const meetings = new Map(profile.meetings.map((m) => [m.id, m]));
  return (
    <Layout ctx={ctx} title={name}>
      <PageHeader title={name}>
        <p class="status-line">
          <span class={`badge badge-${statusToday?.status ?? 'none'}`} safe>
            {t(lang, statusToday ? `status.${statusToday.status}` : 'status.none')}
          </span>
          <span class="state-code-large" safe>
            {state.code}
          </span>
        </p>
        <p class="meta">
          <a href={href(ctx, `/activities?state=${state.code}`)} safe>
            {t(lang, 'cbm.areaActivities')}
          </a>
          {' · '}
          <a href={href(ctx, `/activities/timeline/state/${state.code}`)} safe>
            {t(lang, 'timeline.title')}
          </a>
          {' · '}
          <a href={href(ctx, `/news/about/state/${state.code}`)} safe>
            {t(lang, 'cbm.areaNews')}
          </a>
        </p>
      </PageHeader>

      <section aria-labelledby="history">
        <h2 id="history" safe>
          {t(lang, 'states.statusHistory')}
        </h2>
        <ol class="timeline">
          {history.map((h) => (
            <li>
              <p class="timeline-head">
                <strong safe>{t(lang, `status.${h.status}`)}</strong> <PeriodText lang={lang} period={h} />
              </p>
              {!!h.meetingId && (
                <p class="meta">
                  <MeetingLink ctx={ctx} meeting={meetings.get(h.meetingId)} />
                </p>
              )}
              {!!h.note && (
                <p class="note">
                  <Text lang={lang} text={h.note} />
                </p>
              )}
              <Sources ctx={ctx} provenance={h.provenance} />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="chair">
        <h2 id="chair" safe>
          {t(lang, 'states.chairTerms')}
        </h2>
        {chairTerms.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'states.noChairTerms', { name })}
          </p>
        ) : (
          <ul class="plain-list">
            {chairTerms.map((c) => (
              <li>
                <a href={href(ctx, `/chairmanship?date=${c.from}`)}>
                  <PeriodText
                    lang={lang}
                    period={{ from: c.from, until: c.until }}
                    openEnd={
                      c.plannedUntil
                        ? t(lang, 'chair.plannedUntil', { date: formatDate(lang, c.plannedUntil) })
                        : undefined
                    }
                  />
                </a>
                {!!c.note && (
                  <p class="note">
                    <Text lang={lang} text={c.note} />
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="roles">
        <h2 id="roles" safe>
          {t(lang, 'states.coordinatorRoles')}
        </h2>
        {roles.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'states.noCoordinatorRoles')}
          </p>
        ) : (
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'cbm.area')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'states.role')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'common.date')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {roles.map((r) => (
                  <tr>
                    <th scope="row">
                      <a href={href(ctx, `/cbm#${r.area.id}`)}>
                        <Text lang={lang} text={r.area.name} />
                      </a>
                      <span class="meta">
                        <Text lang={lang} text={r.dimension.name} />
                      </span>
                    </th>
                    <td data-label={t(lang, 'states.role')} safe>
                      {t(lang, `role.${r.role}`)}
                    </td>
                    <td data-label={t(lang, 'common.date')}>
                      <PeriodText lang={lang} period={r} /> <Sources ctx={ctx} provenance={r.provenance} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {nationals.length > 0 && (
        <section aria-labelledby="nationals">
          <h2 id="nationals" safe>
            {t(lang, 'states.nationals')}
          </h2>
          <ul class="plain-list">
            {nationals.map((p) => (
              <li>
                <strong>
                  <PersonLink ctx={ctx} person={p.person} />
                </strong>
                , <span safe>{postAfterName(lang, t(lang, `post.${p.post}`))}</span>{' '}
                <PeriodText lang={lang} period={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
