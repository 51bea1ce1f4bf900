import './digest.messages.ts';
import { renderMarkdown } from '../platform/markdown.ts';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { Article, Issue } from './digest.service.ts';
import type { IssueRow } from './digest.store.ts';

export const period = (lang: Lang, row: IssueRow) =>
  `${formatDate(lang, row.period_from)} – ${formatDate(lang, row.period_to)}`;
export const monthName = (lang: Lang, month: string) => {
  const s = formatDate(lang, month).replace(/ г\.$/, '');
  return s.charAt(0).toUpperCase() + s.slice(1);
};
const anchor = (a: Article) => `a-${a.releaseId}`;

function Markdown({ text }: { text: string }): JSX.Element {
  // Markdown from staff, parsed and sanitized by renderMarkdown: the one place user text becomes HTML.
  const safeHtml = renderMarkdown(text);
  return <div class="article-body">{safeHtml}</div>;
}

export function ArchivePage({ ctx, issues }: { ctx: PageContext; issues: IssueRow[] }): JSX.Element {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={t(lang, 'digest.title')} description={t(lang, 'digest.lead')}>
      <PageHeader title={t(lang, 'digest.title')} lead={t(lang, 'digest.lead')} />
      <h2 safe>{t(lang, 'digest.archive')}</h2>
      {issues.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'digest.none')}
        </p>
      ) : (
        <ul class="cards">
          {issues.map((i) => (
            <li class="card digest-card">
              <h3>
                <a
                  href={href(ctx, `/digest/${i.number}`)}
                  safe
                >{`${i.title} — ${t(lang, 'digest.issue', { number: i.number })}`}</a>
              </h3>
              <p class="meta" safe>
                {period(lang, i)}
              </p>
              <p>
                <a href={href(ctx, `/digest/${i.number}.pdf`)} safe>
                  {t(lang, 'digest.pdf')}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

function ArticleSection({ ctx, a }: { ctx: PageContext; a: Article }): JSX.Element {
  return (
    <article class="digest-article" id={anchor(a)} aria-labelledby={`${anchor(a)}-h`}>
      <h3 id={`${anchor(a)}-h`}>
        <a href={href(ctx, `/news/${a.release.slug}`)} safe>
          {a.title}
        </a>
      </h3>
      <p class="dateline" safe>
        {a.dateline}
      </p>
      {!!a.lead && (
        <p class="news-lead" safe>
          {a.lead}
        </p>
      )}
      <Markdown text={a.body} />
      {a.release.images.map((img) => {
        const caption = (ctx.lang === 'en' ? img.caption.en : img.caption.ru) ?? img.caption.en ?? '';
        return (
          <figure class="article-figure">
            <img src={img.src} alt={caption} loading="lazy" />
            {!!caption && <figcaption safe>{caption}</figcaption>}
          </figure>
        );
      })}
    </article>
  );
}

/** The web edition: the issue as the PDF has it, with its contents as links. */
export function IssuePage({ ctx, issue }: { ctx: PageContext; issue: Issue }): JSX.Element {
  const { lang } = ctx;
  const { row } = issue;
  const title = `${row.title} — ${t(lang, 'digest.issue', { number: row.number })}`;
  return (
    <Layout ctx={ctx} title={title} description={period(lang, row)}>
      <p class="breadcrumb">
        <a href={href(ctx, '/digest')} safe>
          {t(lang, 'digest.title')}
        </a>
      </p>
      <PageHeader title={title} lead={period(lang, row)}>
        <p>
          <a class="button" href={href(ctx, `/digest/${row.number}.pdf`)} safe>
            {t(lang, 'digest.pdf')}
          </a>
        </p>
      </PageHeader>
      <div class="digest-layout">
        <nav class="digest-contents" aria-labelledby="contents">
          <h2 id="contents" safe>
            {t(lang, 'digest.inThisIssue')}
          </h2>
          <ol class="plain-list">
            {!!issue.spotlight && (
              <li>
                <strong safe>{t(lang, 'digest.spotlight')}</strong>
                <ul class="plain-list">
                  <li>
                    <a href={`#${anchor(issue.spotlight)}`} safe>
                      {issue.spotlight.title}
                    </a>
                  </li>
                </ul>
              </li>
            )}
            {issue.months.map((m) => (
              <li>
                <strong safe>{monthName(lang, m.month)}</strong>
                <ul class="plain-list">
                  {m.articles.map((a) => (
                    <li>
                      <a href={`#${anchor(a)}`} safe>
                        {a.title}
                      </a>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </nav>
        <div class="digest-body">
          {!!row.foreword_text && (
            <section class="foreword" aria-labelledby="foreword">
              <h2 id="foreword" safe>
                {t(lang, 'digest.foreword')}
              </h2>
              <Markdown text={row.foreword_text} />
              <p class="signature">
                <strong safe>{row.foreword_author ?? ''}</strong>
                <br />
                <em safe>{row.foreword_title ?? ''}</em>
              </p>
            </section>
          )}
          {!!issue.spotlight && (
            <section aria-labelledby="spotlight">
              <h2 id="spotlight" safe>
                {t(lang, 'digest.spotlight')}
              </h2>
              <ArticleSection ctx={ctx} a={issue.spotlight} />
            </section>
          )}
          {issue.months.map((m) => (
            <section aria-labelledby={`m-${m.month}`}>
              <h2 id={`m-${m.month}`} safe>
                {monthName(lang, m.month)}
              </h2>
              {m.articles.map((a) => (
                <ArticleSection ctx={ctx} a={a} />
              ))}
            </section>
          ))}
          {issue.flash.length > 0 && (
            <section aria-labelledby="flash">
              <h2 id="flash" safe>
                {t(lang, 'digest.flash')}
              </h2>
              <ul class="flash">
                {issue.flash.map((f) => {
                  const slug = f.releaseId ? issue.flashReleases.get(f.releaseId) : undefined;
                  return (
                    <li>
                      {slug ? (
                        <a href={href(ctx, `/news/${slug}`)} safe>
                          {f.text ?? ''}
                        </a>
                      ) : (
                        <span safe>{f.text ?? ''}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {issue.pictures.length > 0 && (
            <section aria-labelledby="pictures">
              <h2 id="pictures" safe>
                {t(lang, 'digest.activities')}
              </h2>
              <div class="picture-grid">
                {issue.pictures.map((p) => (
                  <figure>
                    <img src={p.src ?? ''} alt={p.text ?? ''} loading="lazy" />
                    <figcaption safe>{p.text ?? ''}</figcaption>
                  </figure>
                ))}
              </div>
            </section>
          )}
          {issue.partners.map((p) => (
            <section class="partner">
              <h2 safe>{p.title ?? ''}</h2>
              {!!p.text && <p safe>{p.text}</p>}
            </section>
          ))}
        </div>
      </div>
    </Layout>
  );
}
