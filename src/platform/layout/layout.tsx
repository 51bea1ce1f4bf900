import type { PropsWithChildren } from '@kitajs/html';
import type { IsoDate } from '../dates.ts';
import { type Lang, type MessageKey, t } from '../i18n/i18n.ts';

/** What every page knows about the request it answers. */
export type PageContext = Readonly<{
  lang: Lang;
  /** The path without its language prefix, e.g. `/states/KZ`. */
  path: string;
  /** The query string with its `?`, or ''. */
  search: string;
  today: IsoDate;
}>;

export const href = (ctx: Pick<PageContext, 'lang'>, path: string) => `/${ctx.lang}${path === '/' ? '' : path}`;

const NAV: ReadonlyArray<readonly [path: string, key: MessageKey]> = [
  ['/states', 'nav.states'],
  ['/structure', 'nav.structure'],
  ['/chairmanship', 'nav.chairmanship'],
  ['/cbm', 'nav.cbm'],
  ['/documents', 'nav.documents'],
];

type LayoutProps = PropsWithChildren<{
  ctx: PageContext;
  title: string;
  description?: string;
}>;

export function Layout({ ctx, title, description, children }: LayoutProps): string {
  const other: Lang = ctx.lang === 'en' ? 'ru' : 'en';
  const here = (lang: Lang) => `/${lang}${ctx.path === '/' ? '' : ctx.path}${ctx.search}`;
  const siteName = t(ctx.lang, 'site.acronym');
  // Every component here is synchronous, so the element is a string already.
  return '<!doctype html>' + ((
    <html lang={ctx.lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title safe>{`${title} — ${siteName}`}</title>
        <meta name="description" content={description ?? t(ctx.lang, 'site.tagline')} />
        <link rel="stylesheet" href="/static/site.css" />
        <link rel="alternate" hreflang="en" href={here('en')} />
        <link rel="alternate" hreflang="ru" href={here('ru')} />
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <a class="skip" href="#content" safe>{t(ctx.lang, 'nav.skip')}</a>
        <header class="masthead">
          <div class="masthead-inner">
            <a class="brand" href={href(ctx, '/')}>
              <span class="brand-mark" aria-hidden="true">
                <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true"><circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" stroke-width="2" /><path d="M8 22c6-8 18-8 24 0M11 27c5-5 13-5 18 0M20 6v28" fill="none" stroke="currentColor" stroke-width="2" /></svg>
              </span>
              <span class="brand-text">
                <span class="brand-acronym" safe>{siteName}</span>
                <span class="brand-name" safe>{t(ctx.lang, 'site.name')}</span>
              </span>
            </a>
            <a class="lang-switch" href={here(other)} hreflang={other} lang={other} title={t(ctx.lang, 'lang.switchLabel')} safe>
              {t(ctx.lang, 'lang.switch')}
            </a>
          </div>
          <nav class="mainnav" aria-label={t(ctx.lang, 'nav.main')}>
            <ul>
              <li><a href={href(ctx, '/')} aria-current={ctx.path === '/' ? 'page' : undefined} safe>{t(ctx.lang, 'nav.home')}</a></li>
              {NAV.map(([path, key]) => (
                <li>
                  <a href={href(ctx, path)} aria-current={ctx.path === path || ctx.path.startsWith(`${path}/`) ? 'page' : undefined} safe>
                    {t(ctx.lang, key)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="content" tabindex="-1">
          {children}
        </main>
        <footer class="colophon">
          <div class="colophon-inner">
            <div>
              <p class="colophon-name" safe>{t(ctx.lang, 'site.name')}</p>
              <address>
                <span safe>{t(ctx.lang, 'footer.address')}</span><br />
                +7 7172 576510 · <a href="mailto:s-cica@s-cica.org">s-cica@s-cica.org</a>
              </address>
            </div>
            <div>
              <p safe>{t(ctx.lang, 'footer.record')}</p>
              <p><a href="/api/docs" safe>{t(ctx.lang, 'footer.api')}</a></p>
            </div>
          </div>
        </footer>
      </body>
    </html>
  ) as string);
}
