/** Small pieces every page uses, so a date, a period or a source looks the same everywhere. */
import type { PropsWithChildren } from '@kitajs/html';
import type { IsoDate, PartialDate } from '../dates.ts';
import { type Lang, type MessageKey, formatDate, formatDateRange, pick, t } from '../i18n/i18n.ts';
import type { Bilingual, Citation, Provenance } from '../sourced.ts';
import { type PageContext, href } from './layout.tsx';

export function DateText({ lang, date }: { lang: Lang; date: PartialDate }): JSX.Element {
  return (
    <time datetime={date} safe>
      {formatDate(lang, date)}
    </time>
  );
}

export function DateRange({ lang, from, to }: { lang: Lang; from: PartialDate; to: IsoDate | null }): JSX.Element {
  return (
    <time datetime={from} safe>
      {formatDateRange(lang, from, to)}
    </time>
  );
}

type PeriodLike = Readonly<{
  from: string | null;
  fromAttested?: string | null | undefined;
  until: string | null;
  untilAttested?: string | null | undefined;
}>;

/**
 * "4 June 2002 – 8 June 2010", written as the organization would write what it does not
 * know: an unknown start with the date a source first shows the fact reads "by June 2021";
 * with none it is left out ("until 2023"); an open period runs to the present.
 */
export function PeriodText({
  lang,
  period,
  openEnd,
}: {
  lang: Lang;
  period: PeriodLike;
  openEnd?: string;
}): JSX.Element {
  const on = (key: 'common.byDate' | 'common.untilDate' | 'common.atLeastUntil', date: string) =>
    t(lang, key, { date: formatDate(lang, date, 'gen') });
  const end = period.until ? (
    <DateText lang={lang} date={period.until} />
  ) : period.untilAttested ? (
    <span safe>{on('common.atLeastUntil', period.untilAttested)}</span>
  ) : (
    <span safe>{openEnd ?? t(lang, 'common.present')}</span>
  );
  if (period.from)
    return (
      <span class="period">
        <DateText lang={lang} date={period.from} /> – {end}
      </span>
    );
  if (period.fromAttested)
    return (
      <span class="period">
        <span safe>{on('common.byDate', period.fromAttested)}</span> – {end}
      </span>
    );
  if (period.until)
    return (
      <span class="period" safe>
        {on('common.untilDate', period.until)}
      </span>
    );
  return (
    <span class="period" safe>
      {t(lang, 'common.datesNotRecorded')}
    </span>
  );
}

/**
 * A fact's source keys and confidence letter: the working notes of staff, who check and
 * correct the record. Readers get citations instead (`Citations`), so anonymous pages show none.
 */
export function Sources({ ctx, provenance }: { ctx: PageContext; provenance: Provenance }): JSX.Element {
  if (!ctx.staff) return '';
  const { lang } = ctx;
  return (
    <small class="sources" title={t(lang, `common.confidence.${provenance.confidence}`)}>
      <span class="visually-hidden" safe>{`${t(lang, 'common.sources')}: `}</span>
      <span safe>{provenance.sources.join(', ')}</span>
      <abbr
        class={`confidence confidence-${provenance.confidence}`}
        title={t(lang, `common.confidence.${provenance.confidence}`)}
      >
        {provenance.confidence}
      </abbr>
    </small>
  );
}

/** An address as readable text: no scheme, no "www.", cut short where it runs long. */
function addressText(url: string): string {
  const text = url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/**
 * A page's sources as a reader's citations, once each: the title (or, where the record has
 * none, the address), the publisher and the date where known, linked to the source.
 * Staff also see each citation's key, the one they see beside the facts.
 */
export function Citations({ ctx, citations }: { ctx: PageContext; citations: readonly Citation[] }): JSX.Element {
  if (citations.length === 0) return '';
  const { lang } = ctx;
  return (
    <section class="citations" aria-labelledby="citations">
      <h2 id="citations" safe>
        {t(lang, 'common.sources')}
      </h2>
      <ol>
        {citations.map((c) => {
          const label = c.title ? (
            <Text lang={lang} text={c.title} />
          ) : (
            // An address is no prose to translate: the scan of the Russian pages, like a translating browser, leaves it.
            <span translate="no" safe>
              {addressText(c.url ?? c.key)}
            </span>
          );
          return (
            <li>
              {c.url ? (
                <a href={c.url} rel="external noopener noreferrer">
                  {label}
                </a>
              ) : (
                label
              )}
              {!!c.publisher && (
                <>
                  {' — '}
                  <Text lang={lang} text={c.publisher} />
                </>
              )}
              {!!c.date && (
                <>
                  {', '}
                  <DateText lang={lang} date={c.date} />
                </>
              )}
              {!!ctx.staff && (
                <span class="source-key" safe>
                  {` [${c.key}]`}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * A bilingual text in the page's language. Where a Russian page has only the
 * English text, it says so in words a reader sees, rather than mixing languages silently.
 */
export function Text({ lang, text }: { lang: Lang; text: Bilingual | null }): JSX.Element {
  if (!text) return '';
  if (lang === 'ru' && !text.ru)
    return (
      <>
        <span lang="en" class="fallback" title={t(lang, 'office.englishFallback')} safe>
          {text.en}
        </span>{' '}
        <small class="lang-note" safe>
          {t(lang, 'common.givenInEnglish')}
        </small>
      </>
    );
  return <span safe>{pick(lang, text.en, text.ru)}</span>;
}

export function StateLink({ ctx, code, name }: { ctx: PageContext; code: string; name: Bilingual }): JSX.Element {
  return (
    <a class="state-link" href={href(ctx, `/states/${code}`)}>
      <span class="state-code" aria-hidden="true" safe>
        {code}
      </span>{' '}
      <span safe>{pick(ctx.lang, name.en, name.ru)}</span>
    </a>
  );
}

export function PageHeader({
  title,
  lead,
  children,
}: PropsWithChildren<{ title: string; lead?: string }>): JSX.Element {
  return (
    <header class="page-header">
      <h1 safe>{title}</h1>
      {lead ? (
        <p class="lead" safe>
          {lead}
        </p>
      ) : (
        ''
      )}
      {children}
    </header>
  );
}

/** A plain GET form asking for one date; works without JavaScript and keeps the answer bookmarkable. */
export function DateForm({
  ctx,
  action,
  name,
  value,
  label,
  error,
}: {
  ctx: PageContext;
  action: string;
  name: string;
  value: string;
  label: string;
  error?: string | undefined;
}): JSX.Element {
  const id = `field-${name}`;
  return (
    <form class="date-form" method="get" action={href(ctx, action)} novalidate>
      <label for={id} safe>
        {label}
      </label>
      <input
        id={id}
        name={name}
        type="date"
        value={value}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <button type="submit" safe>
        {t(ctx.lang, 'common.show')}
      </button>
      {error ? (
        <p class="field-error" id={`${id}-error`} role="alert" safe>
          {error}
        </p>
      ) : (
        ''
      )}
    </form>
  );
}

/** Newer and older pages of a list; `base` is the list's address, with or without a query. */
export function Pagination({
  ctx,
  page,
  pages,
  base,
}: {
  ctx: PageContext;
  page: number;
  pages: number;
  base: string;
}): JSX.Element {
  if (pages <= 1) return '';
  const at = (p: number) => `${base}${base.includes('?') ? '&' : '?'}page=${p}`;
  return (
    <nav class="pagination" aria-label={t(ctx.lang, 'news.pagination')}>
      {page > 1 ? <a href={at(page - 1)} rel="prev" safe>{`← ${t(ctx.lang, 'news.newer')}`}</a> : <span />}
      <span safe>{t(ctx.lang, 'news.page', { page, pages })}</span>
      {page < pages ? <a href={at(page + 1)} rel="next" safe>{`${t(ctx.lang, 'news.older')} →`}</a> : <span />}
    </nav>
  );
}

/**
 * What the Secretariat publishes in its own voice, side by side under "News": press
 * releases and the speeches and statements, each a list of its own (one menu entry for both).
 */
const PUBLICATIONS: ReadonlyArray<readonly [path: string, key: MessageKey]> = [
  ['/news', 'news.tab.releases'],
  ['/speeches', 'news.tab.speeches'],
];

export function PublicationTabs({ ctx, current }: { ctx: PageContext; current: '/news' | '/speeches' }): JSX.Element {
  return (
    <nav class="tabs" aria-label={t(ctx.lang, 'nav.news')}>
      <ul>
        {PUBLICATIONS.map(([path, key]) => (
          <li>
            <a href={href(ctx, path)} aria-current={path === current ? 'page' : undefined} safe>
              {t(ctx.lang, key)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
