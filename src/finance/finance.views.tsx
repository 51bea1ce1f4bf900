/** Finance pages: a year's budget and contributions, a state's contributions, the import form. Charts are drawn on the server. */
import './finance.messages.ts';
import type { TitledMeeting } from '../bodies/bodies.service.ts';
import { MeetingLink } from '../bodies/bodies.views.tsx';
import type { Lang } from '../platform/i18n/i18n.ts';
import { formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { Citations, PageHeader, Sources, Text } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { OfficePage, type OfficeContext, problemText } from '../platform/layout/office.tsx';
import type { Citation, Bilingual } from '../platform/sourced.ts';
import { type Contributor, type RankEntry, contributorKey } from './finance.ts';
import type { ImportProblem, StateView, YearView } from './finance.service.ts';
import type { ContributionRecord } from './finance.store.ts';

/** Names of contributors and of what pages link to, by key. */
export type Names = Readonly<{
  states: ReadonlyMap<string, Bilingual>;
  organizations: ReadonlyMap<string, Bilingual>;
  meetings: ReadonlyMap<string, TitledMeeting>;
  documents: ReadonlyMap<string, Bilingual>;
}>;

const MONTHS = Array.from({ length: 12 }, (_, i) => `2000-${String(i + 1).padStart(2, '0')}-15`);

/** An amount as a reader of the language writes it: 1 234 567,5 or 1,234,567.5. */
export function amountText(lang: Lang, amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const grouped = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { useGrouping: true }).format(BigInt(whole));
  return fraction ? `${grouped}${lang === 'ru' ? ',' : '.'}${fraction}` : grouped;
}

const dateOrDash = (lang: Lang, date: string | null): string => (date ? formatDate(lang, date) : '—');

const money = (lang: Lang, amount: string, currency: string) => `${amountText(lang, amount)} ${currency}`;

export function contributorName(lang: Lang, names: Names, c: Contributor): string {
  const n = c.kind === 'state' ? names.states.get(c.code) : names.organizations.get(c.id);
  return n ? pick(lang, n.en, n.ru) : contributorKey(c);
}

function ContributorLink({ ctx, names, c }: { ctx: PageContext; names: Names; c: Contributor }): JSX.Element {
  return (
    <a href={href(ctx, `/finance/states/${encodeURIComponent(contributorKey(c))}`)} safe>
      {contributorName(ctx.lang, names, c)}
    </a>
  );
}

/** Bars across, one a row: what each contributor (or year) gave, in the base currency. */
function Bars({
  title,
  rows,
  base,
  lang,
}: {
  title: string;
  rows: ReadonlyArray<{ name: string; amount: string }>;
  base: string;
  lang: Lang;
}): JSX.Element {
  const max = Math.max(1, ...rows.map((r) => Number(r.amount)));
  const [width, barRoom, rowHeight] = [560, 380, 46];
  const height = rows.length * rowHeight + 4;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={String(width)}
        height={String(height)}
        role="img"
        aria-label={title}
      >
        {rows.map((r, i) => {
          const y = i * rowHeight + 2;
          const w = Math.max(2, Math.round((Number(r.amount) / max) * barRoom));
          return (
            <g>
              <title safe>{`${r.name}: ${money(lang, r.amount, base)}`}</title>
              <text x="0" y={y + 16} class="chart-label" safe>
                {r.name.length > 58 ? `${r.name.slice(0, 57)}…` : r.name}
              </text>
              <rect x="0" y={y + 23} width={w} height="14" class="chart-bar" />
              <text x={w + 6} y={y + 35} class="chart-value" safe>
                {amountText(lang, r.amount)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="visually-hidden" safe>
        {title}
      </figcaption>
    </figure>
  );
}

/** Columns up, one a month: what was received over the year. */
function MonthColumns({ title, months, lang }: { title: string; months: readonly string[]; lang: Lang }): JSX.Element {
  const max = Math.max(1, ...months.map(Number));
  const [width, height, top, room] = [560, 220, 24, 160];
  const step = width / 12;
  const name = (i: number) =>
    new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { month: 'short', timeZone: 'UTC' }).format(
      new Date(MONTHS[i] ?? '2000-01-15'),
    );
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        width={String(width)}
        height={String(height)}
        role="img"
        aria-label={title}
      >
        {months.map((m, i) => {
          const h = Number(m) === 0 ? 0 : Math.max(2, Math.round((Number(m) / max) * room));
          const x = i * step + 6;
          return (
            <g>
              <title safe>{`${name(i)}: ${amountText(lang, m)}`}</title>
              <rect x={x} y={top + room - h} width={step - 12} height={h} class="chart-bar" />
              <text x={x} y={top + room + 22} class="chart-label" safe>
                {name(i).replace('.', '')}
              </text>
            </g>
          );
        })}
        <line x1="0" x2={width} y1={top + room} y2={top + room} stroke="currentColor" stroke-width="1" />
      </svg>
      <figcaption class="visually-hidden" safe>
        {title}
      </figcaption>
    </figure>
  );
}

function RankingTable({
  ctx,
  names,
  ranking,
  base,
  amountsVisible,
}: {
  ctx: PageContext;
  names: Names;
  ranking: readonly RankEntry[];
  base: string;
  amountsVisible: boolean;
}): JSX.Element {
  const { lang } = ctx;
  if (ranking.length === 0)
    return (
      <p class="empty" safe>
        {t(lang, 'finance.rankingNone')}
      </p>
    );
  return (
    <table class="ranking">
      <thead>
        <tr>
          <th scope="col" safe>
            {t(lang, 'finance.rankPlace')}
          </th>
          <th scope="col" safe>
            {t(lang, 'finance.contributor')}
          </th>
          {amountsVisible ? (
            <th scope="col" class="num" safe>
              {`${t(lang, 'finance.total')}, ${base}`}
            </th>
          ) : (
            ''
          )}
          <th scope="col" safe>
            {t(lang, 'common.sources')}
          </th>
        </tr>
      </thead>
      <tbody>
        {ranking.map((r) => (
          <tr>
            <td class="num" data-label={t(lang, 'finance.rankPlace')} safe>
              {String(r.rank)}
            </td>
            <td data-label={t(lang, 'finance.contributor')}>
              <ContributorLink ctx={ctx} names={names} c={r.contributor} />
            </td>
            {amountsVisible ? (
              <td class="num" data-label={`${t(lang, 'finance.total')}, ${base}`} safe>
                {r.total === null ? t(lang, 'finance.unknown') : amountText(lang, r.total)}
              </td>
            ) : (
              ''
            )}
            <td data-label={t(lang, 'common.sources')} safe>
              {t(lang, `finance.basis.${r.basis}`)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContributionsTable({
  ctx,
  names,
  rows,
  amountsVisible,
  showYear,
}: {
  ctx: PageContext;
  names: Names;
  rows: readonly ContributionRecord[];
  amountsVisible: boolean;
  showYear?: boolean;
}): JSX.Element {
  const { lang } = ctx;
  return (
    <div class="table-scroll">
      <table class="contributions">
        <thead>
          <tr>
            {showYear ? (
              <th scope="col" safe>
                {t(lang, 'finance.col.year')}
              </th>
            ) : (
              <th scope="col" safe>
                {t(lang, 'finance.contributor')}
              </th>
            )}
            <th scope="col" safe>
              {t(lang, 'finance.kind')}
            </th>
            {amountsVisible ? (
              <th scope="col" class="num" safe>
                {t(lang, 'finance.amount')}
              </th>
            ) : (
              ''
            )}
            <th scope="col" safe>
              {t(lang, 'finance.pledged')}
            </th>
            <th scope="col" safe>
              {t(lang, 'finance.received')}
            </th>
            <th scope="col" safe>
              {t(lang, 'finance.announced')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => {
            const what = c.kind === 'in-kind' ? c.description : c.purpose;
            return (
              <tr>
                <td data-label={t(lang, showYear ? 'finance.col.year' : 'finance.contributor')}>
                  {showYear ? (
                    <a href={href(ctx, `/finance/${c.year}`)} safe>
                      {String(c.year)}
                    </a>
                  ) : (
                    <ContributorLink ctx={ctx} names={names} c={c.contributor} />
                  )}
                  <Sources ctx={ctx} provenance={c.provenance} />
                </td>
                <td data-label={t(lang, 'finance.kind')}>
                  <span safe>{t(lang, `finance.kind.${c.kind}`)}</span>
                  {what ? (
                    <>
                      <br />
                      <small>
                        <Text lang={lang} text={what} />
                      </small>
                    </>
                  ) : (
                    ''
                  )}
                </td>
                {amountsVisible ? (
                  <td class="num" data-label={t(lang, 'finance.amount')}>
                    <span safe>
                      {c.amount !== null && c.currency !== null
                        ? money(lang, c.amount, c.currency)
                        : t(lang, 'finance.unknown')}
                    </span>
                    {c.kind === 'in-kind' && c.amount !== null ? (
                      <>
                        <br />
                        <small safe>{t(lang, 'finance.estimated')}</small>
                      </>
                    ) : (
                      ''
                    )}
                  </td>
                ) : (
                  ''
                )}
                <td safe>{dateOrDash(lang, c.pledgedOn)}</td>
                <td safe>{dateOrDash(lang, c.receivedOn)}</td>
                <td>
                  {c.release ? (
                    <a href={href(ctx, `/news/${c.release.slug}`)} safe>
                      {c.release.title
                        ? pick(lang, c.release.title.en, c.release.title.ru)
                        : formatDate(lang, c.release.date)}
                    </a>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function RestrictedNote({ ctx, visible }: { ctx: PageContext; visible: boolean }): JSX.Element {
  if (visible) return '';
  return (
    <p class="note" safe>
      {t(ctx.lang, 'finance.amountsRestricted')}
    </p>
  );
}

function YearsNav({
  ctx,
  years,
  current,
}: {
  ctx: PageContext;
  years: readonly number[];
  current?: number;
}): JSX.Element {
  return (
    <nav class="tabs" aria-label={t(ctx.lang, 'finance.years')}>
      <ul>
        {years.map((y) => (
          <li>
            <a href={href(ctx, `/finance/${y}`)} aria-current={y === current ? 'page' : undefined} safe>
              {String(y)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function FinanceIndexPage({
  ctx,
  years,
  latest,
  names,
  citations,
}: {
  ctx: PageContext;
  years: readonly number[];
  latest: YearView | null;
  names: Names;
  citations: readonly Citation[];
}): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'finance.title')} description={t(lang, 'finance.lead')}>
      <PageHeader title={t(lang, 'finance.title')} lead={t(lang, 'finance.lead')}>
        <YearsNav ctx={ctx} years={years} />
      </PageHeader>
      {latest ? (
        <section aria-labelledby="ranking">
          <h2 id="ranking" safe>
            {`${t(lang, 'finance.ranking')}, ${latest.year}`}
          </h2>
          <RankingTable
            ctx={ctx}
            names={names}
            ranking={latest.ranking}
            base={latest.base}
            amountsVisible={latest.amountsVisible}
          />
        </section>
      ) : (
        ''
      )}
      <RestrictedNote ctx={ctx} visible={latest?.amountsVisible ?? false} />
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export function FinanceYearPage({
  ctx,
  view,
  years,
  names,
  citations,
}: {
  ctx: PageContext;
  view: YearView;
  years: readonly number[];
  names: Names;
  citations: readonly Citation[];
}): JSX.Element {
  const { lang } = ctx;
  const { budget, amountsVisible: visible, base, totals } = view;
  const title = t(lang, 'finance.yearTitle', { year: view.year });
  const docs = budget
    ? (
        [
          ['finance.doc.budget', budget.documents.budget],
          ['finance.doc.financialReport', budget.documents.financialReport],
          ['finance.doc.auditReport', budget.documents.auditReport],
        ] as const
      ).filter((d): d is readonly [(typeof d)[0], string] => d[1] !== null)
    : [];
  const byContributor = (totals?.byContributor ?? [])
    .filter((e) => e.converted !== null)
    .map((e) => ({ name: contributorName(lang, names, e.contributor), amount: e.converted ?? '0' }))
    .sort((a, b) => Number(b.amount) - Number(a.amount));
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} lead={t(lang, 'finance.lead')}>
        <YearsNav ctx={ctx} years={years} current={view.year} />
      </PageHeader>
      <RestrictedNote ctx={ctx} visible={visible} />

      <section aria-labelledby="budget">
        <h2 id="budget" safe>
          {t(lang, 'finance.budget')}
        </h2>
        {budget ? (
          <>
            <dl class="facts">
              <dt safe>{t(lang, 'finance.col.currency')}</dt>
              <dd safe>{budget.currency ?? t(lang, 'finance.unknown')}</dd>
              {budget.approvedOn || budget.meetingId ? (
                <>
                  <dt safe>{t(lang, 'finance.approved')}</dt>
                  <dd>
                    <span safe>{dateOrDash(lang, budget.approvedOn)}</span>{' '}
                    {budget.meetingId ? <MeetingLink ctx={ctx} meeting={names.meetings.get(budget.meetingId)} /> : ''}
                    <Sources ctx={ctx} provenance={budget.provenance} />
                  </dd>
                </>
              ) : (
                ''
              )}
              {docs.length ? (
                <>
                  <dt safe>{t(lang, 'finance.documents')}</dt>
                  <dd>
                    <ul class="plain">
                      {docs.map(([key, id]) => {
                        const name = names.documents.get(id);
                        return (
                          <li>
                            <span safe>{`${t(lang, key)}: `}</span>
                            {name ? (
                              <a href={href(ctx, `/documents#${id}`)} safe>
                                {pick(lang, name.en, name.ru)}
                              </a>
                            ) : (
                              <span safe>{id}</span>
                            )}
                          </li>
                        );
                      })}
                    </ul>
                  </dd>
                </>
              ) : (
                ''
              )}
            </dl>
            {visible && budget.chapters.length ? (
              <table class="budget">
                <thead>
                  <tr>
                    <th scope="col" safe>
                      {t(lang, 'finance.chapter')}
                    </th>
                    <th scope="col" class="num" safe>
                      {`${t(lang, 'finance.amount')}, ${budget.currency ?? t(lang, 'finance.unknown')}`}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {budget.chapters.map((c) => (
                    <tr>
                      <td data-label={t(lang, 'finance.chapter')}>
                        <Text lang={lang} text={c.title} />
                      </td>
                      <td class="num" data-label={t(lang, 'finance.amount')} safe>
                        {amountText(lang, c.amount)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : visible ? (
              <p safe>{t(lang, 'finance.amountsUnknown')}</p>
            ) : (
              ''
            )}
          </>
        ) : (
          <p class="empty" safe>
            {t(lang, 'finance.noBudget')}
          </p>
        )}
      </section>

      <section aria-labelledby="ranking">
        <h2 id="ranking" safe>
          {t(lang, 'finance.ranking')}
        </h2>
        <RankingTable ctx={ctx} names={names} ranking={view.ranking} base={base} amountsVisible={visible} />
      </section>

      <section aria-labelledby="contributions">
        <h2 id="contributions" safe>
          {t(lang, 'finance.contributions')}
        </h2>
        {view.contributions.length ? (
          <ContributionsTable ctx={ctx} names={names} rows={view.contributions} amountsVisible={visible} />
        ) : (
          <p class="empty" safe>
            {t(lang, 'finance.noContributions')}
          </p>
        )}
        {visible ? (
          <p class="downloads">
            <a href={href(ctx, '/finance/contributions.csv')} safe>
              {t(lang, 'finance.csv')}
            </a>
          </p>
        ) : (
          ''
        )}
      </section>

      {totals && view.receipts ? (
        <section aria-labelledby="totals">
          <h2 id="totals" safe>
            {t(lang, 'finance.byCurrency')}
          </h2>
          <dl class="facts">
            {Object.entries(totals.byCurrency).map(([currency, amount]) => (
              <>
                <dt safe>{currency}</dt>
                <dd safe>{amountText(lang, amount)}</dd>
              </>
            ))}
            <dt safe>{t(lang, 'finance.convertedTotal', { currency: base })}</dt>
            <dd safe>{totals.converted === null ? t(lang, 'finance.unknown') : amountText(lang, totals.converted)}</dd>
          </dl>
          {totals.missingRates.length ? (
            <p class="note" safe>
              {t(lang, 'finance.missingRates', { list: totals.missingRates.join(', ') })}
            </p>
          ) : (
            ''
          )}
          <h3 safe>{t(lang, 'finance.receipts', { currency: base })}</h3>
          <MonthColumns title={t(lang, 'finance.receipts', { currency: base })} months={view.receipts} lang={lang} />
          <h3 safe>{t(lang, 'finance.byContributor', { currency: base })}</h3>
          {byContributor.length ? (
            <Bars
              title={t(lang, 'finance.byContributor', { currency: base })}
              rows={byContributor}
              base={base}
              lang={lang}
            />
          ) : (
            <p class="empty" safe>
              {t(lang, 'finance.chartEmpty')}
            </p>
          )}
        </section>
      ) : (
        ''
      )}

      {view.arrears ? (
        <section aria-labelledby="arrears">
          <h2 id="arrears" safe>
            {t(lang, 'finance.arrears')}
          </h2>
          {view.arrears.length ? (
            <ContributionsTable ctx={ctx} names={names} rows={view.arrears} amountsVisible={visible} />
          ) : (
            <p class="empty" safe>
              {t(lang, 'finance.noArrears')}
            </p>
          )}
        </section>
      ) : (
        ''
      )}
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export function FinanceStatePage({
  ctx,
  view,
  names,
  name,
  citations,
}: {
  ctx: PageContext;
  view: StateView;
  names: Names;
  name: string;
  citations: readonly Citation[];
}): JSX.Element {
  const { lang } = ctx;
  const title = t(lang, 'finance.stateTitle', { state: name });
  const byYear = (view.byYear ?? [])
    .filter((y) => y.totals.converted !== null)
    .map((y) => ({ name: String(y.year), amount: y.totals.converted ?? '0' }));
  return (
    <Layout ctx={ctx} title={title}>
      <PageHeader title={title} />
      <RestrictedNote ctx={ctx} visible={view.amountsVisible} />
      {view.ranks.length ? (
        <section aria-labelledby="ranks">
          <h2 id="ranks" safe>
            {t(lang, 'finance.ranking')}
          </h2>
          <ul class="plain">
            {view.ranks.map((r) => (
              <li>
                <a href={href(ctx, `/finance/${r.year}#ranking`)} safe>
                  {String(r.year)}
                </a>
                <span
                  safe
                >{`: ${t(lang, 'finance.rankPlace').toLowerCase()} ${r.rank} (${t(lang, 'finance.basis.published')})`}</span>
                <Sources ctx={ctx} provenance={r.provenance} />
              </li>
            ))}
          </ul>
        </section>
      ) : (
        ''
      )}
      <section aria-labelledby="contributions">
        <h2 id="contributions" safe>
          {t(lang, 'finance.contributions')}
        </h2>
        {view.contributions.length ? (
          <ContributionsTable
            ctx={ctx}
            names={names}
            rows={view.contributions}
            amountsVisible={view.amountsVisible}
            showYear
          />
        ) : (
          <p class="empty" safe>
            {t(lang, 'finance.noContributionsOf')}
          </p>
        )}
      </section>
      {view.byYear && byYear.length ? (
        <section aria-labelledby="by-year">
          <h2 id="by-year" safe>
            {t(lang, 'finance.byYear', { currency: view.base })}
          </h2>
          <Bars title={t(lang, 'finance.byYear', { currency: view.base })} rows={byYear} base={view.base} lang={lang} />
        </section>
      ) : (
        ''
      )}
      <Citations ctx={ctx} citations={citations} />
    </Layout>
  );
}

export function FinanceImportPage({
  ctx,
  text,
  problems,
  done,
}: {
  ctx: OfficeContext;
  text: string;
  problems: readonly ImportProblem[];
  done: string | null;
}): JSX.Element {
  const { lang } = ctx;
  const columns =
    'id, year, state, organization, kind, purpose_en, purpose_ru, description_en, description_ru, amount, currency, pledged_on, received_on, release, sources, confidence';
  return (
    <OfficePage ctx={ctx} title={t(lang, 'finance.import.title')} lead={t(lang, 'finance.import.lead')}>
      {done ? (
        <p class="flash" role="status" safe>
          {done}
        </p>
      ) : (
        ''
      )}
      {problems.length ? (
        <div class="problems" role="alert">
          <ul>
            {problems.map((p) => (
              <li safe>
                {t(lang, 'finance.import.problem', {
                  line: p.line,
                  column: p.column,
                  problem:
                    p.message === 'finance.import.header'
                      ? t(lang, 'finance.import.header', { columns })
                      : problemText(lang, p.message),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        ''
      )}
      <form method="post" action={href(ctx, '/office/finance/import')}>
        <input type="hidden" name="_csrf" value={ctx.csrf} />
        <label for="csv" safe>
          {t(lang, 'finance.import.file')}
        </label>
        <textarea id="csv" name="csv" rows="14" required safe>
          {text}
        </textarea>
        <button type="submit" safe>
          {t(lang, 'finance.import.submit')}
        </button>
      </form>
    </OfficePage>
  );
}
