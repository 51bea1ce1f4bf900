import './search.messages.ts';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader, Pagination } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { SEARCH_TYPES, segments } from './search.ts';
import type { Hit } from './search.ts';

export type SearchForm = Readonly<{
  q: string;
  type: string;
  from: string;
  to: string;
  state: string;
  dimension: string;
}>;
export type Option = Readonly<{ value: string; label: string }>;

/** A snippet with its matches marked: the text is escaped, only the marks are ours. */
function Snippet({ text }: { text: string }): JSX.Element {
  return (
    <p class="snippet">
      {segments(text).map((s) => (s.mark ? <mark safe>{s.text}</mark> : <span safe>{s.text}</span>))}
    </p>
  );
}

/** The index keeps one title per language: a Russian entry with no Cyrillic in it is the English title standing in. */
const inEnglish = (lang: Lang, title: string) => lang === 'ru' && !/\p{Script=Cyrillic}/u.test(title);

/** A date filter; text that is not a date is kept in the field and explained under it. */
function DateFilter({
  lang,
  name,
  value,
  bad,
}: {
  lang: Lang;
  name: 'from' | 'to';
  value: string;
  bad: boolean;
}): JSX.Element {
  const error = `search-${name}-error`;
  return (
    <label>
      <span safe>{t(lang, `search.${name}`)}</span>
      <input
        type="date"
        name={name}
        value={value}
        aria-invalid={bad ? 'true' : undefined}
        aria-describedby={bad ? error : undefined}
      />
      {bad ? (
        <span class="field-error" id={error} safe>
          {t(lang, 'field.date')}
        </span>
      ) : (
        ''
      )}
    </label>
  );
}

export function SearchPage({
  ctx,
  form,
  hits,
  total,
  more = false,
  page,
  pages,
  states,
  dimensions,
  badDates = [],
}: {
  ctx: PageContext;
  form: SearchForm;
  /** Date fields whose text is not a date: searched without, and said so beside the field. */
  badDates?: ReadonlyArray<'from' | 'to'>;
  hits: Hit[];
  total: number;
  /** More results than `total`, which is where counting and paging stop. */
  more?: boolean;
  page: number;
  pages: number;
  states: Option[];
  dimensions: Option[];
}): JSX.Element {
  const { lang } = ctx;
  const query = new URLSearchParams(Object.entries(form).filter(([, v]) => v !== '')).toString();
  return (
    <Layout ctx={ctx} title={form.q ? `${t(lang, 'search.title')}: ${form.q}` : t(lang, 'search.title')}>
      <PageHeader title={t(lang, 'search.title')} />
      <form
        class="search-form filters"
        method="get"
        action={href(ctx, '/search')}
        role="search"
        aria-label={t(lang, 'search.title')}
      >
        <label class="grow">
          <span safe>{t(lang, 'search.label')}</span>
          <input type="search" name="q" value={form.q} />
        </label>
        <label>
          <span safe>{t(lang, 'search.type')}</span>
          <select name="type">
            <option value="" safe>
              {t(lang, 'search.anyType')}
            </option>
            {SEARCH_TYPES.map((type) => (
              <option value={type} selected={form.type === type} safe>
                {t(lang, `search.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <DateFilter lang={lang} name="from" value={form.from} bad={badDates.includes('from')} />
        <DateFilter lang={lang} name="to" value={form.to} bad={badDates.includes('to')} />
        <label>
          <span safe>{t(lang, 'search.state')}</span>
          <select name="state">
            <option value="" safe>
              {t(lang, 'search.anyState')}
            </option>
            {states.map((s) => (
              <option value={s.value} selected={form.state === s.value} safe>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span safe>{t(lang, 'search.dimension')}</span>
          <select name="dimension">
            <option value="" safe>
              {t(lang, 'search.anyDimension')}
            </option>
            {dimensions.map((d) => (
              <option value={d.value} selected={form.dimension === d.value} safe>
                {d.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="button" safe>
          {t(lang, 'search.button')}
        </button>
      </form>
      {!form.q ? (
        <p class="empty" safe>
          {t(lang, 'search.prompt')}
        </p>
      ) : total === 0 ? (
        <p class="empty" role="status" safe>
          {t(lang, 'search.none', { q: form.q })}
        </p>
      ) : (
        <>
          <p role="status" safe>
            {more
              ? t(lang, 'search.resultsMore', { count: total, total: total.toLocaleString(lang), q: form.q })
              : t(lang, 'search.results', { total, q: form.q })}
          </p>
          {more && page >= pages && (
            <p class="empty" safe>
              {t(lang, 'search.narrow')}
            </p>
          )}
          <ol class="results">
            {hits.map((h) => (
              <li class="result">
                <p class="result-kind">
                  <span safe>{t(lang, `search.type.${h.type}`)}</span>
                  {h.date && h.type === 'release' ? <span safe>{` · ${formatDate(lang, h.date)}`}</span> : ''}
                </p>
                <h2 class="result-title">
                  <a href={href(ctx, h.path)} lang={inEnglish(lang, h.title) ? 'en' : undefined} safe>
                    {h.title}
                  </a>
                  {inEnglish(lang, h.title) && (
                    <>
                      {' '}
                      <small class="lang-note" safe>
                        {t(lang, 'common.givenInEnglish')}
                      </small>
                    </>
                  )}
                </h2>
                {!!h.snippet && <Snippet text={h.snippet} />}
              </li>
            ))}
          </ol>
          <Pagination ctx={ctx} page={page} pages={pages} base={href(ctx, `/search?${query}`)} />
        </>
      )}
    </Layout>
  );
}
