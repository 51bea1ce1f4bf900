/** A state's page: its status over time, chairmanships, coordinator roles and officials. */
import './registry.messages.ts';
import type { Citation } from '../platform/sourced.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import { PersonLink } from '../people/people.views.tsx';
import { formatDate, pick, postAfterName, t } from '../platform/i18n/i18n.ts';
import { PageHeader, PeriodText, Sources, Text, Citations } from '../platform/layout/components.tsx';
import { type CoverageItem, CoverageList } from '../platform/layout/coverage.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { StateProfile } from './registry.service.ts';

export function StatePage({
  ctx,
  citations = [],
  profile,
  coverage,
}: {
  ctx: PageContext;
  citations?: readonly Citation[] | undefined;
  profile: StateProfile;
  coverage: readonly CoverageItem[];
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
      <CoverageList ctx={ctx} items={coverage} />
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}
