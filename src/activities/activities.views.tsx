import './activities.messages.ts';
import type { Release } from '../newsroom/newsroom.ts';
import { textOf } from '../newsroom/newsroom.ts';
import type { IsoDate } from '../platform/dates.ts';
import { type Lang, type MessageKey, formatDate, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Sources, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { Bilingual } from '../platform/sourced.ts';
import { type Activity, type ActivityFilter, type PlanItem, type PlanOutcome, STATE_ROLES } from './activities.ts';
import type { ActivityPage as PageData } from './activities.service.ts';

/** Names of what activities refer to, in both languages. */
export type Names = Readonly<{
  states: ReadonlyMap<string, Bilingual>;
  organizations: ReadonlyMap<string, Bilingual>;
  areas: ReadonlyMap<string, Bilingual & { dimensionId: string }>;
  dimensions: ReadonlyMap<string, Bilingual>;
  bodies: ReadonlyMap<string, Bilingual>;
}>;

export const nameIn = (lang: Lang, map: ReadonlyMap<string, { en: string | null; ru: string | null }>, id: string) => {
  const n = map.get(id);
  return n ? (pick(lang, n.en ?? id, n.ru) ?? id) : id;
};

/** A state, an organization or the Secretariat, named. */
export function partyName(lang: Lang, names: Names, party: string): string {
  if (party === 'secretariat') return t(lang, 'act.secretariat');
  return names.states.has(party) ? nameIn(lang, names.states, party) : nameIn(lang, names.organizations, party);
}

/** The address of a filtered list or calendar: only the filters that are set. */
export function filterQuery(f: ActivityFilter & { month?: string | undefined }): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, String(v));
  const s = params.toString();
  return s ? `?${s}` : '';
}

function Where({ lang, a, names }: { lang: Lang; a: Activity; names: Names }): JSX.Element {
  const city = a.city ? pick(lang, a.city.en, a.city.ru) : null;
  const country = a.countryCode ? nameIn(lang, names.states, a.countryCode) : null;
  const place = [city, country].filter(Boolean).join(', ');
  const format = a.format ? t(lang, `format.${a.format}`) : null;
  return <span safe>{[place, a.format === 'in-person' ? null : format].filter(Boolean).join(' · ')}</span>;
}

function ActivityItem({ ctx, a, names }: { ctx: PageContext; a: Activity; names: Names }): JSX.Element {
  const { lang } = ctx;
  return (
    <li class="activity-item">
      <p class="activity-when">
        <time datetime={a.start} safe>
          {formatDateRange(lang, a.start, a.end)}
        </time>
        <span class="tag" safe>
          {t(lang, `activity.kind.${a.kind}`)}
        </span>
        {a.status !== 'held' && (
          <span class={`tag tag-${a.status}`} safe>
            {t(lang, `activity.status.${a.status}`)}
          </span>
        )}
      </p>
      <h2 class="activity-title">
        <a href={href(ctx, `/activities/${a.id}`)}>
          <Text lang={lang} text={a.title} />
        </a>
      </h2>
      <p class="meta">
        <Where lang={lang} a={a} names={names} />
        {a.areaIds.length > 0 && (
          <span safe>{` · ${a.areaIds.map((id) => nameIn(lang, names.areas, id)).join('; ')}`}</span>
        )}
      </p>
    </li>
  );
}

function FilterForm({
  ctx,
  action,
  filter,
  names,
  month,
}: {
  ctx: PageContext;
  action: string;
  filter: ActivityFilter;
  names: Names;
  month?: string | undefined;
}): JSX.Element {
  const { lang } = ctx;
  const options = (map: ReadonlyMap<string, { en: string | null; ru: string | null }>, chosen: string | undefined) =>
    [...map.keys()]
      .sort((a, b) => nameIn(lang, map, a).localeCompare(nameIn(lang, map, b), lang))
      .map((id) => (
        <option value={id} selected={id === chosen} safe>
          {nameIn(lang, map, id)}
        </option>
      ));
  const active = Object.entries(filter).some(([key, value]) => key !== 'month' && value !== undefined && value !== '');
  // On a phone the filters fold away, so the activities come first; they stay open once one is chosen.
  return (
    <details class="filters-fold" open={active}>
      <summary safe>{t(lang, 'act.filters')}</summary>
      <form class="filters" method="get" action={href(ctx, action)}>
        {month ? <input type="hidden" name="month" value={month} /> : ''}
        <label>
          <span safe>{t(lang, 'act.dimension')}</span>
          <select name="dimension">
            <option value="" safe>
              {t(lang, 'act.all')}
            </option>
            {[...names.dimensions.keys()].map((id) => (
              <option value={id} selected={id === filter.dimension} safe>
                {nameIn(lang, names.dimensions, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'act.area')}</span>
          <select name="area">
            <option value="" safe>
              {t(lang, 'act.all')}
            </option>
            {[...names.areas.keys()].map((id) => (
              <option value={id} selected={id === filter.area} safe>
                {nameIn(lang, names.areas, id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'act.state')}</span>
          <select name="state">
            <option value="" safe>
              {t(lang, 'act.all')}
            </option>
            {options(names.states, filter.state)}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'act.role')}</span>
          <select name="role">
            <option value="" safe>
              {t(lang, 'act.anyRole')}
            </option>
            {STATE_ROLES.map((r) => (
              <option value={r} selected={r === filter.role} safe>
                {t(lang, `act.role.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'act.body')}</span>
          <select name="body">
            <option value="" safe>
              {t(lang, 'act.all')}
            </option>
            {[...names.bodies.keys()].map((id) => (
              <option value={id} selected={id === filter.body} safe>
                {nameIn(lang, names.bodies, id)}
              </option>
            ))}
          </select>
        </label>
        {!month && (
          <label>
            <span safe>{t(lang, 'act.from')}</span>
            <input type="date" name="from" value={filter.from ?? ''} />
          </label>
        )}
        {!month && (
          <label>
            <span safe>{t(lang, 'act.to')}</span>
            <input type="date" name="to" value={filter.to ?? ''} />
          </label>
        )}
        <button type="submit" safe>
          {t(lang, 'act.apply')}
        </button>
      </form>
    </details>
  );
}

export function Tabs({
  ctx,
  current,
  qs,
}: {
  ctx: PageContext;
  current: 'list' | 'calendar' | 'report' | 'plans';
  qs: string;
}): JSX.Element {
  const tab = (key: typeof current, path: string, label: MessageKey) => (
    <li>
      <a href={href(ctx, path)} aria-current={key === current ? 'page' : undefined} safe>
        {t(ctx.lang, label)}
      </a>
    </li>
  );
  return (
    <nav class="tabs" aria-label={t(ctx.lang, 'act.title')}>
      <ul>
        {tab('list', `/activities${qs}`, 'act.list')}
        {tab('calendar', `/activities/calendar${qs}`, 'act.calendar')}
        {tab('report', '/activities/report', 'act.report')}
        {tab('plans', '/activities/plans', 'act.plans')}
      </ul>
    </nav>
  );
}

export function ListPage({
  ctx,
  items,
  filter,
  names,
}: {
  ctx: PageContext;
  items: Activity[];
  filter: ActivityFilter;
  names: Names;
}): JSX.Element {
  const { lang } = ctx;
  const query = filterQuery(filter);
  return (
    <Layout ctx={ctx} title={t(lang, 'act.title')} description={t(lang, 'act.lead')}>
      <PageHeader title={t(lang, 'act.title')} lead={t(lang, 'act.lead')}>
        <Tabs ctx={ctx} current="list" qs={query} />
      </PageHeader>
      <FilterForm ctx={ctx} action="/activities" filter={filter} names={names} />
      <p class="result-count">
        <span safe>{t(lang, 'act.count', { n: items.length })}</span> ·{' '}
        <a href={href(ctx, `/activities.ics${query}`)} safe>
          {t(lang, 'act.ical')}
        </a>
      </p>
      {items.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'act.none')}
        </p>
      ) : (
        <ol class="activity-list">
          {items.map((a) => (
            <ActivityItem ctx={ctx} a={a} names={names} />
          ))}
        </ol>
      )}
    </Layout>
  );
}

/** Monday-first weeks covering a month, each day with the activities under way on it. */
function weeksOf(month: string, items: readonly Activity[]): Array<Array<{ day: IsoDate | null; items: Activity[] }>> {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(y, m - 1, 1)).getUTCDay() + 6) % 7;
  const cells: Array<{ day: IsoDate | null; items: Activity[] }> = Array.from({ length: lead }, () => ({
    day: null,
    items: [],
  }));
  for (let d = 1; d <= days; d++) {
    const day = `${month}-${String(d).padStart(2, '0')}`;
    cells.push({ day, items: items.filter((a) => a.start <= day && (a.end ?? a.start) >= day) });
  }
  while (cells.length % 7) cells.push({ day: null, items: [] });
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

export function CalendarPage({
  ctx,
  month,
  items,
  filter,
  names,
}: {
  ctx: PageContext;
  month: string;
  items: Activity[];
  filter: ActivityFilter;
  names: Names;
}): JSX.Element {
  const { lang } = ctx;
  const [y, m] = month.split('-').map(Number) as [number, number];
  const shift = (by: number) => {
    const d = new Date(Date.UTC(y, m - 1 + by, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  };
  const title = `${t(lang, 'act.calendar')}: ${formatDate(lang, month)}`;
  const query = filterQuery(filter);
  const at = (mm: string) => href(ctx, `/activities/calendar${filterQuery({ ...filter, month: mm })}`);
  return (
    <Layout ctx={ctx} title={title} description={t(lang, 'act.lead')}>
      <PageHeader title={t(lang, 'act.title')} lead={t(lang, 'act.lead')}>
        <Tabs ctx={ctx} current="calendar" qs={query} />
      </PageHeader>
      <FilterForm ctx={ctx} action="/activities/calendar" filter={filter} names={names} month={month} />
      <nav class="month-nav" aria-label={t(lang, 'act.month')}>
        <a href={at(shift(-1))} rel="prev" safe>{`← ${formatDate(lang, shift(-1))}`}</a>
        <h2 safe>{formatDate(lang, month)}</h2>
        <a href={at(shift(1))} rel="next" safe>{`${formatDate(lang, shift(1))} →`}</a>
      </nav>
      <table class="calendar">
        <caption class="visually-hidden" safe>
          {title}
        </caption>
        <thead>
          <tr>
            {t(lang, 'act.weekdays')
              .split(' ')
              .map((d) => (
                <th scope="col" safe>
                  {d}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {weeksOf(month, items).map((week) => (
            <tr>
              {week.map((cell) =>
                cell.day === null ? (
                  <td class="off" />
                ) : (
                  <td class={cell.day === ctx.today ? 'today' : undefined}>
                    <span class="day-number" safe>
                      {String(Number(cell.day.slice(8)))}
                    </span>
                    <ul>
                      {cell.items.slice(0, 3).map((a) => (
                        <li>
                          <a href={href(ctx, `/activities/${a.id}`)} class={`cal-${a.status}`}>
                            <Text lang={lang} text={a.title} />
                          </a>
                        </li>
                      ))}
                    </ul>
                    {cell.items.length > 3 && (
                      <span class="more" safe>
                        {t(lang, 'act.more', { n: cell.items.length - 3 })}
                      </span>
                    )}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <section class="calendar-list" aria-label={t(lang, 'act.list')}>
        <p class="result-count">
          <span safe>{t(lang, 'act.count', { n: items.length })}</span> ·{' '}
          <a href={href(ctx, `/activities.ics${query}`)} safe>
            {t(lang, 'act.ical')}
          </a>
        </p>
        {items.length === 0 ? (
          <p class="empty" safe>
            {t(lang, 'act.none')}
          </p>
        ) : (
          <ol class="activity-list">
            {items.map((a) => (
              <ActivityItem ctx={ctx} a={a} names={names} />
            ))}
          </ol>
        )}
      </section>
    </Layout>
  );
}

function ReleaseLinks({ ctx, releases }: { ctx: PageContext; releases: Release[] }): JSX.Element {
  if (releases.length === 0)
    return (
      <p class="empty" safe>
        {t(ctx.lang, 'act.noNews')}
      </p>
    );
  return (
    <ul class="plain-list">
      {releases.map((r) => {
        const text = textOf(ctx.lang, r);
        return (
          <li>
            <a href={href(ctx, `/news/${r.slug}`)} lang={text.fallback ? 'en' : undefined} safe>
              {text.title}
            </a>{' '}
            <span class="meta" safe>
              {text.dateline.replace(/ —$/, '')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

export function ActivityPage({ ctx, data, names }: { ctx: PageContext; data: PageData; names: Names }): JSX.Element {
  const { lang } = ctx;
  const a = data.activity;
  const title = pick(lang, a.title.en, a.title.ru) ?? a.title.en;
  const delegations = new Map<string, PageData['participants']>();
  for (const p of data.participants)
    delegations.set(p.stateCode ?? '', [...(delegations.get(p.stateCode ?? '') ?? []), p]);
  const row = (label: MessageKey, value: JSX.Element) => (
    <div>
      <dt safe>{t(lang, label)}</dt>
      <dd>{value}</dd>
    </div>
  );
  const parties = (list: readonly string[]) => list.map((p) => partyName(lang, names, p)).join(', ');
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={a.summary ? (pick(lang, a.summary.en, a.summary.ru) ?? undefined) : undefined}
    >
      <p class="breadcrumb">
        <a href={href(ctx, '/activities')} safe>
          {t(lang, 'act.title')}
        </a>
      </p>
      <PageHeader title={title}>
        <p class="meta">
          <span safe>{t(lang, `activity.kind.${a.kind}`)}</span>
          {a.status !== 'held' && (
            <span class={`tag tag-${a.status}`} safe>
              {t(lang, `activity.status.${a.status}`)}
            </span>
          )}
        </p>
      </PageHeader>
      <div class="columns">
        <div>
          {!!a.summary && (
            <p class="lead">
              <Text lang={lang} text={a.summary} />
            </p>
          )}
          {(data.outcomes.length > 0 || !!a.outcome) && (
            <section aria-labelledby="outcomes">
              <h2 id="outcomes" safe>
                {t(lang, 'act.outcomes')}
              </h2>
              {!!a.outcome && (
                <p>
                  <Text lang={lang} text={a.outcome} />
                </p>
              )}
              <ul class="plain-list outcomes">
                {data.outcomes.map((o) => (
                  <li>
                    <span class="doc-kind" safe>
                      {t(lang, `outcome.${o.kind}`)}
                    </span>{' '}
                    {o.documentId ? (
                      <a href={href(ctx, `/documents#${o.documentId}`)}>
                        <Text lang={lang} text={o.documentTitle} />
                      </a>
                    ) : (
                      ''
                    )}
                    {o.text ? (
                      <span>
                        {' '}
                        <Text lang={lang} text={o.text} />
                      </span>
                    ) : (
                      ''
                    )}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {delegations.size > 0 && (
            <section aria-labelledby="delegations">
              <h2 id="delegations" safe>
                {t(lang, 'act.delegations')}
              </h2>
              {[...delegations].map(([code, people]) => (
                <div class="delegation">
                  <h3 safe>{code ? nameIn(lang, names.states, code) : t(lang, 'act.secretariat')}</h3>
                  <ul class="plain-list">
                    {people.map((p) => (
                      <li>
                        <strong>
                          <a href={href(ctx, `/people/${p.personId}`)}>
                            <Text lang={lang} text={p.name} />
                          </a>
                        </strong>
                        <span class="meta" safe>
                          {[
                            p.post ? t(lang, `post.${p.post}`) : p.title ? pick(lang, p.title.en, p.title.ru) : null,
                            t(lang, `participant.${p.role}`),
                          ]
                            .filter(Boolean)
                            .join(' · ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          )}
          <section aria-labelledby="news">
            <h2 id="news" safe>
              {t(lang, 'act.news')}
            </h2>
            <ReleaseLinks ctx={ctx} releases={data.releases} />
          </section>
        </div>
        <aside>
          <dl class="facts">
            {row(
              'act.when',
              <time datetime={a.start} safe>
                {formatDateRange(lang, a.start, a.end)}
              </time>,
            )}
            {(!!a.city || !!a.countryCode) &&
              row('act.where', <Where lang={lang} a={{ ...a, format: 'in-person' }} names={names} />)}
            {!!a.format && row('act.format', <span safe>{t(lang, `format.${a.format}`)}</span>)}
            {!!a.bodyId &&
              row(
                'act.body',
                <a href={href(ctx, `/structure/${a.bodyId}`)} safe>
                  {nameIn(lang, names.bodies, a.bodyId)}
                </a>,
              )}
            {!!a.meeting &&
              row(
                'act.meeting',
                <a href={href(ctx, `/structure/${a.bodyId}#${a.id}`)} safe>
                  {a.meeting.number === null
                    ? t(lang, `meeting.kind.${a.meeting.kind}`)
                    : t(lang, 'act.meetingNumber', { number: a.meeting.number })}
                </a>,
              )}
            {a.areaIds.length > 0 &&
              row(
                'act.areas',
                <ul class="plain-list">
                  {a.areaIds.map((id) => (
                    <li>
                      <a href={href(ctx, `/activities/timeline/area/${id}`)} safe>
                        {nameIn(lang, names.areas, id)}
                      </a>
                    </li>
                  ))}
                </ul>,
              )}
            {!!a.dimensionId && row('act.dimension', <span safe>{nameIn(lang, names.dimensions, a.dimensionId)}</span>)}
            {a.organizers.length > 0 && row('act.organizers', <span safe>{parties(a.organizers)}</span>)}
            {a.hosts.length > 0 && row('act.hosts', <span safe>{parties(a.hosts)}</span>)}
            {a.participants.length > 0 && row('act.participants', <span safe>{parties(a.participants)}</span>)}
            {a.participantCount !== null && row('act.participantCount', <span safe>{String(a.participantCount)}</span>)}
            {!!a.provenance && row('common.sources', <Sources ctx={ctx} provenance={a.provenance} />)}
          </dl>
          {!!data.plan && <PlanBox ctx={ctx} item={data.plan.item} outcome={data.plan.outcome} year={data.plan.year} />}
        </aside>
      </div>
    </Layout>
  );
}

function PlanBox({
  ctx,
  item,
  outcome,
  year,
}: {
  ctx: PageContext;
  item: PlanItem;
  outcome: PlanOutcome;
  year: number | null;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <section class="panel plan-box" aria-labelledby="plan">
      <h2 id="plan" safe>
        {t(lang, 'act.plan')}
      </h2>
      <p>
        <a href={href(ctx, `/activities/plan/${year ?? ''}#${item.id}`)}>
          <Text lang={lang} text={item.title} />
        </a>
      </p>
      <p class="meta">
        <span safe>{`${t(lang, 'act.planned')}: ${formatDateRange(lang, item.plannedFrom, item.plannedUntil)}`}</span>
        {item.place ? <span safe>{`, ${pick(lang, item.place.en, item.place.ru)}`}</span> : ''}
        {item.format ? <span safe>{` · ${t(lang, `format.${item.format}`)}`}</span> : ''}
      </p>
      {outcome.changes.length > 0 && (
        <p
          class="changed"
          safe
        >{`${t(lang, 'act.changed')}: ${outcome.changes.map((c) => t(lang, `act.change.${c}`)).join(', ')}`}</p>
      )}
    </section>
  );
}

/**
 * Horizontal bars, drawn on the server: each row's name above its bar, so the
 * chart stays readable when a phone shrinks it. Each bar links to the
 * activities it counts.
 */
