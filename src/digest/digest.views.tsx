import './digest.messages.ts';
import { renderMarkdown } from '../platform/markdown.ts';
import { type Lang, formatDate, t } from '../platform/i18n/i18n.ts';
import { PageHeader } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import type { ArchiveEntry, Article, Edition, Issue } from './digest.service.ts';
import { PictureFigure, PictureImg } from '../pictures/pictures.views.tsx';
import { sectionTitle } from './digest.pdf.views.ts';
import { type Block, printOrder } from './digest.ts';
import type { IssueRow } from './digest.store.ts';

export const period = (lang: Lang, row: IssueRow) =>
  `${formatDate(lang, row.period_from)} – ${formatDate(lang, row.period_to)}`;
export const monthName = sectionTitle;
const anchor = (a: Article) => `a-${a.releaseId}`;

function Markdown({ text }: { text: string }): JSX.Element {
  // Markdown from staff, parsed and sanitized by renderMarkdown: the one place user text becomes HTML.
  const safeHtml = renderMarkdown(text);
  return <div class="article-body">{safeHtml}</div>;
}

export function ArchivePage({ ctx, issues }: { ctx: PageContext; issues: ArchiveEntry[] }): JSX.Element {
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
          {issues.map(({ row: i, editions }) => (
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
              <ul class="plain-list digest-editions">
                {editions.map((e) => (
                  <li>
                    <a href={href(ctx, `/digest/${i.number}/${e.number}`)} safe>
                      {t(lang, 'digest.edition', { n: e.number, date: formatDate(lang, e.publishedAt.slice(0, 10)) })}
                    </a>
                    {' · '}
                    <a href={href(ctx, `/digest/${i.number}/${e.number}.pdf`)} safe>
                      {t(lang, 'digest.pdf')}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </Layout>
  );
}

/** The dateline run into the lead, joined to it by a no-break space so that it never hangs alone at a line's end. */
function Dateline({ a }: { a: Article }): JSX.Element {
  const dateline = `${a.dateline.replace(/\s*—$/, '')}\u00a0—`;
  return (
    <p class="news-lead">
      <span class="dateline" safe>
        {dateline}
      </span>{' '}
      <span safe>{a.lead ?? ''}</span>
    </p>
  );
}

function ArticleSection({ ctx, a }: { ctx: PageContext; a: Article }): JSX.Element {
  return (
    <article class="digest-article" id={anchor(a)} aria-labelledby={`${anchor(a)}-h`}>
      {!!a.picture && <PictureFigure picture={a.picture} lang={ctx.lang} class="article-figure opener" />}
      <h3 id={`${anchor(a)}-h`}>
        <a href={href(ctx, `/news/${a.slug}`)} safe>
          {a.title}
        </a>
      </h3>
      <Dateline a={a} />
      {!!a.pullQuote && (
        <blockquote class="pull-quote">
          <p safe>{a.pullQuote}</p>
        </blockquote>
      )}
      <Markdown text={a.body} />
    </article>
  );
}

/** The web edition: the issue as the PDF has it, with its contents as links; on a phone the contents fold away. */
export function IssuePage({
  ctx,
  issue,
  editions,
}: {
  ctx: PageContext;
  issue: Issue;
  editions: Edition[];
}): JSX.Element {
  const { lang } = ctx;
  const { row } = issue;
  const title = `${row.title} — ${t(lang, 'digest.issue', { number: row.number })}`;
  const edition = issue.edition;
  const pdf = edition ? `/digest/${row.number}/${edition.number}.pdf` : `/digest/${row.number}.pdf`;
  const blocks = printOrder(
    issue.sections.map((s) => s.section),
    issue.partners,
  );
  return (
    <Layout ctx={ctx} title={title} description={period(lang, row)}>
      <p class="breadcrumb">
        <a href={href(ctx, '/digest')} safe>
          {t(lang, 'digest.title')}
        </a>
      </p>
      <PageHeader title={title} lead={period(lang, row)}>
        {!!edition && editions.length > 1 && (
          <p class="meta" safe>
            {t(lang, 'digest.correctedNote', {
              n: edition.number,
              date: formatDate(lang, edition.publishedAt.slice(0, 10)),
            })}
          </p>
        )}
        <p>
          <a class="button" href={href(ctx, pdf)} safe>
            {t(lang, 'digest.pdf')}
          </a>
        </p>
      </PageHeader>
      {!!issue.coverPicture && <PictureFigure picture={issue.coverPicture} lang={lang} class="digest-cover" />}
      <div class="digest-layout">
        <details class="digest-contents">
          <summary safe>{t(lang, 'digest.inThisIssue')}</summary>
          <nav aria-label={t(lang, 'digest.inThisIssue')}>
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
              {issue.sections.map((m) => (
                <li>
                  <strong safe>{sectionTitle(lang, m.section)}</strong>
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
        </details>
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
          {blocks.map((b) => (
            <IssueBlock ctx={ctx} issue={issue} block={b} />
          ))}
        </div>
      </div>
    </Layout>
  );
}

/** One block of the issue after its spotlight: a section, the flash briefing, the activities in pictures or a partner page. */
function IssueBlock({ ctx, issue, block: b }: { ctx: PageContext; issue: Issue; block: Block }): JSX.Element {
  const { lang } = ctx;
  const section = (key: string) => issue.sections.find((s) => s.section === key);
  if (b.kind === 'section') {
    const m = section(b.key)!;
    return (
      <section aria-labelledby={`m-${m.section}`}>
        <h2 id={`m-${m.section}`} safe>
          {sectionTitle(lang, m.section)}
        </h2>
        {m.articles.map((a) => (
          <ArticleSection ctx={ctx} a={a} />
        ))}
      </section>
    );
  }
  if (b.kind === 'flash')
    return issue.flash.length === 0 ? (
      <></>
    ) : (
      <section aria-labelledby="flash">
        <h2 id="flash" safe>
          {t(lang, 'digest.flash')}
        </h2>
        <ul class="flash">
          {issue.flash.map((f) => (
            <li>
              <Markdown text={f.text ?? ''} />
              {!!f.slug && (
                <p class="meta">
                  <a href={href(ctx, `/news/${f.slug}`)} safe>
                    {t(lang, 'digest.readRelease')}
                  </a>
                </p>
              )}
            </li>
          ))}
        </ul>
      </section>
    );
  if (b.kind === 'pictures')
    return issue.pictures.length === 0 ? (
      <></>
    ) : (
      <section aria-labelledby="pictures">
        <h2 id="pictures" safe>
          {t(lang, 'digest.activities')}
        </h2>
        <div class="picture-grid">
          {issue.pictures.map((p) => (
            <figure>
              <PictureImg picture={p.picture} lang={lang} sizes="(max-width: 700px) 100vw, 340px" />
              {!!p.caption && <figcaption safe>{p.caption}</figcaption>}
            </figure>
          ))}
        </div>
      </section>
    );
  const p = issue.partners[b.index]!;
  return (
    <section class="partner">
      <h2 safe>{p.title ?? ''}</h2>
      {!!p.picture && <PictureFigure picture={p.picture} lang={lang} />}
      {!!p.text && <Markdown text={p.text} />}
    </section>
  );
}
