/** The activities calendar: a month of weeks, each day with the activities under way. */
import './activities.messages.ts';
import type { IsoDate } from '../platform/dates.ts';
import { formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { Activity, ActivityFilter } from './activities.ts';
import { type Names, filterQuery, ActivityItem, FilterForm, Tabs } from './activities.views.tsx';

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
