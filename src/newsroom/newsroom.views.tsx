import './newsroom.messages.ts';
import type { Release } from './newsroom.ts';
import { textOf } from './newsroom.ts';
import type { LinkKind } from './newsroom.ts';
import { formatDate, pick, t } from '../platform/i18n/i18n.ts';
import { renderMarkdown } from '../platform/markdown.ts';
import { PageHeader, Pagination, PublicationTabs } from '../platform/layout/components.tsx';
import { Layout, type PageContext, type PageMeta, href } from '../platform/layout/layout.tsx';
import type { ReleaseEvent } from './newsroom.ts';
import type { Picture } from '../pictures/pictures.service.ts';
import { PictureFigure, PictureImg } from '../pictures/pictures.views.tsx';
import { pictureAddress, sizeFor } from '../pictures/pictures.ts';

/** The media library's pictures a page shows, by id; a release's picture not in it is not shown. */
export type Pictures = ReadonlyMap<string, Picture>;
const NO_PICTURES: Pictures = new Map();
/** The ids of the pictures a release shows: its lead picture, then its gallery. */
export const pictureIdsOf = (releases: readonly Release[], gallery = true): string[] =>
  releases.flatMap((r) => [
    ...(r.pictures?.lead ? [r.pictures.lead] : []),
    ...(gallery ? (r.pictures?.gallery ?? []) : []),
  ]);

/** What a link from a release points at, named and addressed for the reader's language. */
export type LinkTarget = Readonly<{ kind: LinkKind; id: string; name: string }>;
export type Targets = ReadonlyMap<string, LinkTarget>;
export const targetKey = (kind: string, id: string) => `${kind}:${id}`;

function ReleaseSummary({
  ctx,
  release,
  pictures,
}: {
  ctx: PageContext;
  release: Release;
  pictures: Pictures;
}): JSX.Element {
  const text = textOf(ctx.lang, release);
  const lead = release.pictures?.lead ? pictures.get(release.pictures.lead) : undefined;
  return (
    <li class={lead ? 'news-item with-picture' : 'news-item'}>
      {!!lead && <PictureImg picture={lead} lang={ctx.lang} sizes="(max-width: 700px) 100vw, 160px" />}
      <p class="dateline" lang={text.fallback ? 'en' : undefined} safe>
        {text.dateline.replace(/ —$/, '')}
      </p>
      <h2 class="news-title">
        <a
          href={href(ctx, `/news/${release.slug}`)}
          lang={text.fallback ? 'en' : undefined}
          class={text.fallback ? 'fallback' : undefined}
          safe
        >
          {text.title}
        </a>
      </h2>
      {!!text.lead && (
        <p class="news-lead" lang={text.fallback ? 'en' : undefined} safe>
          {text.lead}
        </p>
      )}
    </li>
  );
}

function Feeds({ ctx, base }: { ctx: PageContext; base: string }): JSX.Element {
  return (
    <p class="feeds">
      <span safe>{t(ctx.lang, 'news.feeds')}</span>:{' '}
      <a href={href(ctx, `${base}/feed.rss`)} safe>
        {t(ctx.lang, 'news.rss')}
      </a>
      {' · '}
      <a href={href(ctx, `${base}/feed.atom`)} safe>
        {t(ctx.lang, 'news.atom')}
      </a>
    </p>
  );
}

const feedMeta = (ctx: PageContext, base: string, title: string): PageMeta => ({
  feeds: [
    { href: href(ctx, `${base}/feed.rss`), type: 'rss', title },
    { href: href(ctx, `${base}/feed.atom`), type: 'atom', title },
  ],
});

export function NewsPage({
  ctx,
  items,
  page,
  pages,
  months,
  year,
  month,
  topic,
  pictures = NO_PICTURES,
}: {
  ctx: PageContext;
  pictures?: Pictures;
  items: Release[];
  page: number;
  pages: number;
  months: string[];
  year?: number | undefined;
  month?: number | undefined;
  topic?: LinkTarget | undefined;
}): JSX.Element {
  const { lang } = ctx;
  const base = topic ? `/news/about/${topic.kind}/${topic.id}` : '/news';
  const title = topic
    ? t(lang, 'news.aboutTitle', { name: topic.name })
    : year
      ? `${t(lang, 'news.title')}: ${month ? formatDate(lang, `${year}-${String(month).padStart(2, '0')}`) : formatDate(lang, String(year))}`
      : t(lang, 'news.title');
  const query = year ? `?year=${year}${month ? `&month=${month}` : ''}` : '';
  const years = [...new Set(months.map((m) => m.slice(0, 4)))];
  return (
    <Layout ctx={ctx} title={title} description={t(lang, 'news.lead')} meta={feedMeta(ctx, base, title)}>
      <PageHeader title={title} lead={topic ? undefined : t(lang, 'news.lead')}>
        {!!topic && (
          <p class="meta">
            <span safe>{t(lang, `news.kind.${topic.kind}`)}</span>
          </p>
        )}
        <Feeds ctx={ctx} base={base} />
        {!topic && <PublicationTabs ctx={ctx} current="/news" />}
      </PageHeader>
      <div class="news-layout">
        <section aria-label={title}>
          {items.length === 0 ? (
            <p class="empty" safe>
              {t(lang, 'news.none')}
            </p>
          ) : (
            <ol class="news-list">
              {items.map((r) => (
                <ReleaseSummary ctx={ctx} release={r} pictures={pictures} />
              ))}
            </ol>
          )}
          <Pagination ctx={ctx} page={page} pages={pages} base={href(ctx, base) + query} />
        </section>
        {!topic && months.length > 0 && (
          <nav class="archive" aria-label={t(lang, 'news.archive')}>
            <h2 safe>{t(lang, 'news.archive')}</h2>
            <ul class="plain-list">
              <li>
                <a href={href(ctx, '/news')} aria-current={!year ? 'page' : undefined} safe>
                  {t(lang, 'news.all')}
                </a>
              </li>
              {years.map((y) => (
                <li>
                  <a
                    href={href(ctx, `/news?year=${y}`)}
                    aria-current={year === Number(y) && !month ? 'page' : undefined}
                    safe
                  >
                    {y}
                  </a>
                  <ul class="months">
                    {months
                      .filter((m) => m.startsWith(y))
                      .map((m) => (
                        <li>
                          <a
                            href={href(ctx, `/news?year=${y}&month=${Number(m.slice(5))}`)}
                            aria-current={year === Number(y) && month === Number(m.slice(5)) ? 'page' : undefined}
                            safe
                          >
                            {formatDate(lang, m)}
                          </a>
                        </li>
                      ))}
                  </ul>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
    </Layout>
  );
}

export function ArticleBody({
  ctx,
  release,
  targets,
  events,
  pictures = NO_PICTURES,
}: {
  ctx: PageContext;
  release: Release;
  targets: Targets;
  events: ReleaseEvent[];
  pictures?: Pictures;
}): JSX.Element {
  const { lang } = ctx;
  const lead = release.pictures?.lead ? pictures.get(release.pictures.lead) : undefined;
  const gallery = (release.pictures?.gallery ?? []).flatMap((id) => pictures.get(id) ?? []);
  const text = textOf(lang, release);
  const corrections = events.filter((e) => e.action === 'correct');
  const linked = release.links
    .map((l) => targets.get(targetKey(l.kind, l.id)))
    .filter((x): x is LinkTarget => x !== undefined);
  // The contact as the page's readers know them: in Russian where the release reads in Russian and it was given.
  const inRussian = lang === 'ru' && !text.fallback;
  const c = {
    ...release.contact,
    name: (inRussian ? release.contact.nameRu : null) ?? release.contact.name,
    title: (inRussian ? release.contact.titleRu : null) ?? release.contact.title,
  };
  // Markdown from staff, parsed and sanitized by renderMarkdown: the one place user text becomes HTML.
  const safeBody = renderMarkdown(text.body);
  return (
    <article class="article" lang={text.fallback ? 'en' : undefined}>
      {text.fallback && (
        <p class="notice" lang={lang} safe>
          {t(lang, 'news.inEnglishOnly')}
        </p>
      )}
      {release.status === 'archived' && (
        <p class="notice" lang={lang} safe>
          {t(lang, 'news.archived')}
        </p>
      )}
      <h1 safe>{text.title}</h1>
      <p class="article-lead">
        <strong class="dateline" safe>
          {text.dateline}
        </strong>
        {text.lead ? (
          <>
            {' '}
            <span safe>{text.lead}</span>
          </>
        ) : (
          ''
        )}
      </p>
      {!!lead && <PictureFigure picture={lead} lang={lang} class="article-figure lead-picture" />}
      <div class="article-body">{safeBody}</div>
      {gallery.length > 0 && (
        <section class="gallery" aria-labelledby="gallery-heading" lang={lang}>
          <h2 id="gallery-heading" safe>
            {t(lang, 'nr.galleryHeading')}
          </h2>
          {gallery.map((p) => (
            <PictureFigure picture={p} lang={lang} class="gallery-figure" />
          ))}
        </section>
      )}
      {release.images.map((img) => (
        <figure class="article-figure">
          <img src={img.src} alt={pick(lang, img.caption.en, img.caption.ru) ?? ''} loading="lazy" />
          {!!(img.caption.en || img.caption.ru) && (
            <figcaption safe>{pick(lang, img.caption.en, img.caption.ru) ?? ''}</figcaption>
          )}
        </figure>
      ))}
      {corrections.map((e) => (
        <p class="correction" lang={lang} safe>
          {t(lang, 'news.corrected', { date: formatDate(lang, e.at.slice(0, 10)), note: e.comment ?? '' })}
        </p>
      ))}
      {!!(c.name || c.email || c.phone) && (
        <aside class="media-contact" lang={lang}>
          <h2 safe>{t(lang, 'news.mediaContact')}</h2>
          <p>
            {!!c.name && (
              <>
                <strong safe>{c.name}</strong>
                {c.title ? <span safe>{`, ${c.title}`}</span> : ''}
                <br />
              </>
            )}
            {!!c.email && (
              <>
                <a href={`mailto:${c.email}`} safe>
                  {c.email}
                </a>
                <br />
              </>
            )}
            {!!c.phone && <span safe>{c.phone}</span>}
          </p>
        </aside>
      )}
      {linked.length > 0 && (
        <nav class="article-topics" aria-label={t(lang, 'news.about')} lang={lang}>
          <span safe>{t(lang, 'news.about')}</span>:{' '}
          <ul class="inline-list">
            {linked.map((x) => (
              <li>
                <a href={href(ctx, `/news/about/${x.kind}/${x.id}`)} safe>
                  {x.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}

export function ArticlePage({
  ctx,
  release,
  targets,
  events,
  origin,
  pictures = NO_PICTURES,
}: {
  ctx: PageContext;
  release: Release;
  targets: Targets;
  events: ReleaseEvent[];
  origin: string;
  pictures?: Pictures;
}): JSX.Element {
  const text = textOf(ctx.lang, release);
  // The lead picture from the library first: an outside address may be blocked or gone.
  const lead = release.pictures?.lead ? pictures.get(release.pictures.lead) : undefined;
  const leadSize = lead ? sizeFor(lead.sizes, 1200) : null;
  const image = lead && leadSize ? pictureAddress(lead.id, leadSize.width) : release.images[0]?.src;
  return (
    <Layout
      ctx={ctx}
      title={text.title}
      description={text.lead ?? undefined}
      meta={{
        type: 'article',
        image: image ? new URL(image, origin).toString() : undefined,
        publishedTime: release.publishedAt ?? undefined,
      }}
    >
      <ArticleBody ctx={ctx} release={release} targets={targets} events={events} pictures={pictures} />
      <p class="article-tools">
        <a href={href(ctx, `/news/${release.slug}/print`)} safe>
          {t(ctx.lang, 'news.print')}
        </a>
        {' · '}
        <a href={href(ctx, '/news')} safe>{`← ${t(ctx.lang, 'news.all')}`}</a>
      </p>
    </Layout>
  );
}

/** A page made for paper: the organization's name, the release, its dateline and media contact, nothing else. */
export function PrintPage({
  ctx,
  release,
  targets,
  events,
}: {
  ctx: PageContext;
  release: Release;
  targets: Targets;
  events: ReleaseEvent[];
}): JSX.Element {
  const text = textOf(ctx.lang, release);
  return (
    '<!doctype html>' +
    ((
      <html lang={ctx.lang}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
          <title safe>{text.title}</title>
          <link rel="stylesheet" href="/static/site.css" />
        </head>
        <body class="print-view">
          <header class="print-masthead">
            <p class="print-org" safe>
              {t(ctx.lang, 'site.name')}
            </p>
            <p class="print-kind" safe>
              {t(ctx.lang, 'news.pressRelease')}
            </p>
          </header>
          <main>
            <ArticleBody ctx={ctx} release={release} targets={targets} events={events} />
          </main>
          <footer class="print-footer">
            <p safe>{`${t(ctx.lang, 'footer.address')} · +7 7172 576510 · s-cica@s-cica.org · www.s-cica.org`}</p>
          </footer>
        </body>
      </html>
    ) as string)
  );
}
