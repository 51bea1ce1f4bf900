/**
 * What outside media wrote about a record (an activity, a person, a state, a
 * priority area), as the page of that record lists it. The capability that owns
 * the page hands over plain items; media monitoring reads them.
 */
import type { IsoDate } from '../dates.ts';
import { formatDate, t } from '../i18n/i18n.ts';
import type { PageContext } from './layout.tsx';

export type CoverageItem = Readonly<{
  id: string;
  source: string;
  published: IsoDate | null;
  title: string;
  url: string | null;
  lang: string;
}>;

/**
 * Headlines are the outlet's words, in the outlet's language: text, never markup,
 * marked with their language, and their links say they lead to another site.
 */
export function CoverageList({ ctx, items }: { ctx: PageContext; items: readonly CoverageItem[] }): JSX.Element {
  if (items.length === 0) return '';
  const { lang } = ctx;
  return (
    <section class="coverage" aria-labelledby="coverage">
      <h2 id="coverage" safe>
        {t(lang, 'coverage.title')}
      </h2>
      <ul class="plain-list">
        {items.map((c) => (
          <li>
            {c.url ? (
              <a href={c.url} rel="external noopener nofollow">
                <span lang={c.lang} safe>
                  {c.title}
                </span>
                <span class="external-note" safe>
                  {` (${t(lang, 'coverage.elsewhere')})`}
                </span>
              </a>
            ) : (
              <span lang={c.lang} safe>
                {c.title}
              </span>
            )}
            <span class="meta">
              <span translate="no" safe>
                {c.source}
              </span>
              {c.published ? <span safe>{`, ${formatDate(lang, c.published)}`}</span> : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
