import './speeches.messages.ts';
import { t } from '../platform/i18n/i18n.ts';
import { postAfterName } from '../platform/i18n/i18n.ts';
import { renderMarkdown } from '../platform/markdown.ts';
import { PageHeader, Pagination, PublicationTabs } from '../platform/layout/components.tsx';
import { Layout, type PageContext, href } from '../platform/layout/layout.tsx';
import { type Speech, speechText } from './speeches.ts';

/** The speaker in the page's language: the record's name and the post held that day, else the name as written. */
export type SpeakerView = Readonly<{ name: string | null; post: string | null; personId: string | null }>;

function Feeds({ ctx }: { ctx: PageContext }): JSX.Element {
  return (
    <p class="feeds">
      <span safe>{t(ctx.lang, 'news.feeds')}</span>:{' '}
      <a href={href(ctx, '/speeches/feed.rss')} safe>
        {t(ctx.lang, 'news.rss')}
      </a>
      {' · '}
      <a href={href(ctx, '/speeches/feed.atom')} safe>
        {t(ctx.lang, 'news.atom')}
      </a>
    </p>
  );
}

function Speaker({ ctx, speaker }: { ctx: PageContext; speaker: SpeakerView }): JSX.Element {
  if (!speaker.name) return '';
  const post = speaker.post ? `, ${postAfterName(ctx.lang, speaker.post)}` : '';
  return speaker.personId ? (
    <>
      <a href={href(ctx, `/people/${speaker.personId}`)} safe>
        {speaker.name}
      </a>
      <span safe>{post}</span>
    </>
  ) : (
    <span safe>{`${speaker.name}${post}`}</span>
  );
}

export function SpeechesPage({
  ctx,
  items,
  page,
  pages,
}: {
  ctx: PageContext;
  items: ReadonlyArray<{ speech: Speech; speaker: SpeakerView }>;
  page: number;
  pages: number;
}): JSX.Element {
  const { lang } = ctx;
  const title = t(lang, 'speech.title');
  return (
    <Layout
      ctx={ctx}
      title={title}
      description={t(lang, 'speech.lead')}
      meta={{
        feeds: [
          { href: href(ctx, '/speeches/feed.rss'), type: 'rss', title },
          { href: href(ctx, '/speeches/feed.atom'), type: 'atom', title },
        ],
      }}
    >
      <PageHeader title={title} lead={t(lang, 'speech.lead')}>
        <Feeds ctx={ctx} />
        <PublicationTabs ctx={ctx} current="/speeches" />
      </PageHeader>
      {items.length === 0 ? (
        <p class="empty" safe>
          {t(lang, 'speech.none')}
        </p>
      ) : (
        <ol class="news-list">
          {items.map(({ speech, speaker }) => {
            const text = speechText(lang, speech);
            return (
              <li class="news-item">
                <p class="dateline" lang={text.fallback ? 'en' : undefined} safe>
                  {text.when}
                </p>
                <h2 class="news-title">
                  <a href={href(ctx, `/speeches/${speech.slug}`)} lang={text.fallback ? 'en' : undefined} safe>
                    {text.title}
                  </a>
                </h2>
                <p class="news-lead">
                  <Speaker ctx={ctx} speaker={speaker} />
                </p>
              </li>
            );
          })}
        </ol>
      )}
      <Pagination ctx={ctx} page={page} pages={pages} base={href(ctx, '/speeches')} />
    </Layout>
  );
}

export function SpeechPage({
  ctx,
  speech,
  speaker,
}: {
  ctx: PageContext;
  speech: Speech;
  speaker: SpeakerView;
}): JSX.Element {
  const { lang } = ctx;
  const text = speechText(lang, speech);
  // The text as the import wrote it (paragraphs as Markdown), sanitized by renderMarkdown.
  const safeBody = renderMarkdown(text.body);
  return (
    <Layout ctx={ctx} title={text.title} meta={{ type: 'article', publishedTime: speech.publishedAt ?? undefined }}>
      <article class="article" lang={text.fallback ? 'en' : undefined}>
        {text.fallback && (
          <p class="notice" lang={lang} safe>
            {t(lang, 'speech.inEnglishOnly')}
          </p>
        )}
        <p class="meta" lang={lang} safe>
          {t(lang, 'speech.kind')}
        </p>
        <h1 safe>{text.title}</h1>
        <dl class="facts" lang={lang}>
          {!!speaker.name && (
            <div>
              <dt safe>{t(lang, 'speech.speaker')}</dt>
              <dd>
                <Speaker ctx={ctx} speaker={speaker} />
              </dd>
            </div>
          )}
          {!!text.occasion && (
            <div>
              <dt safe>{t(lang, 'speech.occasion')}</dt>
              <dd lang={text.fallback ? 'en' : undefined} safe>
                {text.occasion}
              </dd>
            </div>
          )}
        </dl>
        <p class="article-lead">
          <strong class="dateline" safe>
            {`${text.when} —`}
          </strong>
        </p>
        <div class="article-body">{safeBody}</div>
      </article>
      <p class="article-tools">
        <a href={href(ctx, '/speeches')} safe>{`← ${t(lang, 'speech.all')}`}</a>
      </p>
    </Layout>
  );
}
