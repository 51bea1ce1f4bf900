import './activities.messages.ts';
import { type Lang, type MessageKey, formatDateRange, pick, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { Bilingual } from '../platform/sourced.ts';
import { type Activity, type ActivityFilter, STATE_ROLES } from './activities.ts';

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

export function Where({ lang, a, names }: { lang: Lang; a: Activity; names: Names }): JSX.Element {
  const city = a.city ? pick(lang, a.city.en, a.city.ru) : null;
  const country = a.countryCode ? nameIn(lang, names.states, a.countryCode) : null;
  const place = [city, country].filter(Boolean).join(', ');
  const format = a.format ? t(lang, `format.${a.format}`) : null;
  return <span safe>{[place, a.format === 'in-person' ? null : format].filter(Boolean).join(' · ')}</span>;
}

export function ActivityItem({ ctx, a, names }: { ctx: PageContext; a: Activity; names: Names }): JSX.Element {
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

export function FilterForm({
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

/**
 * Horizontal bars, drawn on the server: each row's name above its bar, so the
 * chart stays readable when a phone shrinks it. Each bar links to the
 * activities it counts.
 */
