/** The action plans, one plan with each item's outcome, and the timelines of states, areas and bodies. */
import './activities.messages.ts';
import { formatDate, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import { DateText, PageHeader, Text } from '../platform/layout/components.tsx';
import { type CoverageItem, CoverageList } from '../platform/layout/coverage.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { PlanItem, PlanOutcome } from './activities.ts';
import type { TimelineEntry } from './activities.service.ts';
import type { Plan } from './activities.ts';
import { Tabs, nameIn, type Names } from './activities.views.tsx';

export function PlansPage({ ctx, plans }: { ctx: PageContext; plans: Plan[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'act.plans')}>
      <PageHeader title={t(lang, 'act.title')} lead={t(lang, 'act.lead')}>
        <Tabs ctx={ctx} current="plans" qs="" />
      </PageHeader>
      <h2 safe>{t(lang, 'act.plans')}</h2>
      {plans.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'plan.none')}
        </p>
      ) : (
        <ul class="plain-list">
          {plans.map((p) => (
            <li>
              <a href={href(ctx, `/activities/plan/${p.year}`)}>
                <Text lang={lang} text={p.title} />
              </a>
              {!!p.approvedOn && (
                <span
                  class="meta"
                  safe
                >{` ${t(lang, 'plan.approved', { date: formatDate(lang, p.approvedOn) })}`}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

export function PlanPage({
  ctx,
  plan,
  items,
  names,
}: {
  ctx: PageContext;
  plan: Plan;
  items: Array<{ item: PlanItem; outcome: PlanOutcome }>;
  names: Names;
}): JSX.Element {
  const { lang } = ctx;
  const title = pick(lang, plan.title.en, plan.title.ru) ?? plan.title.en;
  const byArea = new Map<string, typeof items>();
  for (const x of items)
    byArea.set(x.item.areaId ?? x.item.dimensionId ?? '', [
      ...(byArea.get(x.item.areaId ?? x.item.dimensionId ?? '') ?? []),
      x,
    ]);
  return (
    <Layout ctx={ctx} title={title}>
      <p class="breadcrumb">
        <a href={href(ctx, '/activities/plans')} safe>
          {t(lang, 'act.plans')}
        </a>
      </p>
      <PageHeader
        title={title}
        lead={plan.approvedOn ? t(lang, 'plan.approved', { date: formatDate(lang, plan.approvedOn) }) : undefined}
      >
        <p>
          <a href={href(ctx, `/activities/plan/${plan.year}.csv`)} safe>
            {t(lang, 'plan.csv')}
          </a>
          {ctx.staff ? (
            <>
              {' · '}
              <a href={href(ctx, `/office/plans/${plan.year}/import`)} safe>
                {t(lang, 'plan.import')}
              </a>
            </>
          ) : (
            ''
          )}
        </p>
      </PageHeader>
      {[...byArea].map(([key, rows]) => (
        <section class="plan-area">
          <h2 safe>{names.areas.has(key) ? nameIn(lang, names.areas, key) : nameIn(lang, names.dimensions, key)}</h2>
          <div class="table-wrap">
            <table class="report-table plan-table">
              <thead>
                <tr>
                  <th scope="col" safe>
                    {t(lang, 'plan.item')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'plan.responsible')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'plan.when')}
                  </th>
                  <th scope="col" safe>
                    {t(lang, 'plan.outcome')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map(({ item, outcome }) => (
                  <tr id={item.id}>
                    <td data-label={t(lang, 'plan.item')}>
                      <Text lang={lang} text={item.title} />
                      <span class="meta" safe>
                        {t(lang, `activity.kind.${item.kind}`)}
                      </span>
                    </td>
                    <td data-label={t(lang, 'plan.responsible')} safe>
                      {item.responsible.map((c) => nameIn(lang, names.states, c)).join(', ')}
                    </td>
                    <td data-label={t(lang, 'plan.when')}>
                      <span safe>{formatDateRange(lang, item.plannedFrom, item.plannedUntil)}</span>
                      {item.place ? (
                        <span class="meta" safe>
                          {[
                            pick(lang, item.place.en, item.place.ru),
                            item.format ? t(lang, `format.${item.format}`) : null,
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      ) : (
                        ''
                      )}
                    </td>
                    <td data-label={t(lang, 'plan.outcome')}>
                      <span class={`badge plan-${outcome.status}`} safe>
                        {t(lang, `plan.${outcome.status}`)}
                      </span>
                      {!!outcome.activity && (
                        <span class="meta">
                          <a
                            href={href(ctx, `/activities/${outcome.activity.id}`)}
                            safe
                          >{`${formatDateRange(lang, outcome.activity.start, outcome.activity.end)}${outcome.activity.city ? `, ${pick(lang, outcome.activity.city.en, outcome.activity.city.ru)}` : ''}${outcome.activity.format && outcome.activity.format !== 'in-person' ? ` · ${t(lang, `format.${outcome.activity.format}`)}` : ''}`}</a>
                        </span>
                      )}
                      {outcome.changes.length > 0 && (
                        <span
                          class="meta changed"
                          safe
                        >{`${t(lang, 'act.changed')}: ${outcome.changes.map((c) => t(lang, `act.change.${c}`)).join(', ')}`}</span>
                      )}
                      {!!item.note && (
                        <span class="meta">
                          <Text lang={lang} text={item.note} />
                        </span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Layout>
  );
}

export function TimelinePage({
  ctx,
  title,
  entries,
  coverage,
}: {
  ctx: PageContext;
  title: string;
  entries: TimelineEntry[];
  coverage: readonly CoverageItem[];
}): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={`${t(lang, 'timeline.title')}: ${title}`}>
      <p class="breadcrumb">
        <a href={href(ctx, '/activities')} safe>
          {t(lang, 'act.title')}
        </a>
      </p>
      <PageHeader title={`${t(lang, 'timeline.title')}: ${title}`} lead={t(lang, 'timeline.lead')} />
      {entries.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'timeline.none')}
        </p>
      ) : (
        <ol class="timeline">
          {entries.map((e) => (
            <li class={`timeline-${e.kind}`}>
              <p class="timeline-head">
                <DateText lang={lang} date={e.date} />{' '}
                <span class="tag" safe>
                  {t(lang, `timeline.${e.kind}`)}
                </span>
                {e.kind === 'plan' && e.note ? (
                  <span class="tag" safe>
                    {t(lang, `plan.${e.note}`)}
                  </span>
                ) : (
                  ''
                )}
                {e.kind === 'activity' && e.note && e.note !== 'held' ? (
                  <span class={`tag tag-${e.note}`} safe>
                    {t(lang, `activity.status.${e.note}`)}
                  </span>
                ) : (
                  ''
                )}
              </p>
              <p>
                {e.path ? (
                  <a href={href(ctx, e.path)}>
                    <Text lang={lang} text={e.title} />
                  </a>
                ) : (
                  <Text lang={lang} text={e.title} />
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
      <CoverageList ctx={ctx} items={coverage} />
    </Layout>
  );
}
