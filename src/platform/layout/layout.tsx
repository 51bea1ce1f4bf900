import type { PropsWithChildren } from '@kitajs/html';
import type { Actor } from '../access.ts';
import { SECRETARIAT_CONTACT } from '../contact.ts';
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
  /** Signed-in staff see where Russian text falls back to English. */
  staff?: boolean;
  /** The organization's emblem, where the Secretariat chose one; else the drawn mark. */
  emblem?: Emblem | undefined;
}>;

/** The emblem as the header shows it: served by the site, in the widths it has. */
export type Emblem = Readonly<{ src: string; srcset: string }>;

/** What an office page adds: who is signed in, and the token its forms carry. */
export type OfficeFrame = Readonly<{ actor: Actor; csrf: string }>;

export const href = (ctx: Pick<PageContext, 'lang'>, path: string) => `/${ctx.lang}${path === '/' ? '' : path}`;

/** A menu entry is current on its own pages; News also on the speeches, its second list. */
const within = (at: string, path: string) =>
  at === path || at.startsWith(`${path}/`) || (path === '/news' && (at === '/speeches' || at.startsWith('/speeches/')));

const NAV: ReadonlyArray<readonly [path: string, key: MessageKey]> = [
  ['/news', 'nav.news'],
  ['/activities', 'nav.activities'],
  ['/digest', 'nav.digest'],
  ['/states', 'nav.states'],
  ['/structure', 'nav.structure'],
  ['/chairmanship', 'nav.chairmanship'],
  ['/cbm', 'nav.cbm'],
  ['/documents', 'nav.documents'],
];

/** How a page presents itself when shared (Open Graph), and the feeds it offers. */
export type PageMeta = Readonly<{
  type?: 'website' | 'article';
  image?: string | undefined;
  publishedTime?: string | undefined;
  feeds?: ReadonlyArray<Readonly<{ href: string; type: 'rss' | 'atom'; title: string }>>;
  /** Seconds after which the page loads itself again: work under way, followed without JavaScript. */
  refresh?: number | undefined;
}>;

type LayoutProps = PropsWithChildren<{
  ctx: PageContext;
  title: string;
  description?: string | undefined;
  office?: OfficeFrame;
  meta?: PageMeta;
}>;

const OFFICE_NAV: ReadonlyArray<readonly [path: string, key: MessageKey, roles: readonly Actor['role'][]]> = [
  ['/office', 'office.dashboard', ['admin', 'editor', 'reviewer', 'delegate']],
  ['/office/releases', 'nr.releases', ['admin', 'editor', 'reviewer']],
  ['/office/digest', 'digest.office', ['admin', 'editor', 'reviewer']],
  ['/office/pictures', 'pictures.office', ['admin', 'editor', 'reviewer']],
  ['/office/archive', 'office.archive', ['admin', 'editor', 'reviewer']],
  ['/office/records/states', 'res.states', ['admin', 'editor', 'reviewer']],
  ['/office/records/chair-terms', 'res.chairTerms', ['admin', 'editor', 'reviewer']],
  ['/office/records/bodies', 'res.bodies', ['admin', 'editor', 'reviewer']],
  ['/office/records/people', 'res.people', ['admin', 'editor', 'reviewer']],
  ['/office/records/dimensions', 'nav.cbm', ['admin', 'editor', 'reviewer']],
  ['/office/records/organizations', 'res.organizations', ['admin', 'editor', 'reviewer']],
  ['/office/records/documents', 'res.documents', ['admin', 'editor', 'reviewer']],
  ['/office/records/activities', 'res.activities', ['admin', 'editor', 'reviewer']],
  ['/office/records/action-plans', 'res.plans', ['admin', 'editor', 'reviewer']],
  ['/office/records/contributions', 'res.contributions', ['admin', 'editor', 'reviewer']],
  ['/office/records/capsules', 'res.capsules', ['admin', 'editor', 'reviewer']],
  ['/office/coverage', 'nav.coverage', ['admin', 'editor', 'reviewer']],
  ['/office/parity', 'office.parity', ['admin', 'editor', 'reviewer']],
  ['/office/jobs', 'jobs.title', ['admin', 'editor', 'reviewer']],
  ['/office/audit', 'office.audit', ['admin']],
  ['/office/accounts', 'office.accounts', ['admin']],
];

function OfficeNav({ ctx, office }: { ctx: PageContext; office: OfficeFrame }): JSX.Element {
  return (
    <nav class="mainnav officenav" aria-label={t(ctx.lang, 'office.title')}>
      <details class="navmenu">
        <summary>
          <span class="navmenu-icon" aria-hidden="true" />
          <span safe>{t(ctx.lang, 'nav.menu')}</span>
        </summary>
        <ul>
          {OFFICE_NAV.filter(([, , roles]) => roles.includes(office.actor.role)).map(([path, key]) => (
            <li>
              <a
                href={href(ctx, path)}
                aria-current={
                  ctx.path === path || (path !== '/office' && ctx.path.startsWith(`${path}/`)) ? 'page' : undefined
                }
                safe
              >
                {t(ctx.lang, key)}
              </a>
            </li>
          ))}
          <li class="nav-end">
            <form method="post" action={href(ctx, '/office/sign-out')}>
              <input type="hidden" name="_csrf" value={office.csrf} />
              <span class="whoami" safe>
                {t(ctx.lang, 'office.signedInAs', {
                  name: office.actor.name,
                  role: t(ctx.lang, `role.${office.actor.role}`),
                })}
              </span>
              <button type="submit" class="link-button" safe>
                {t(ctx.lang, 'office.signOut')}
              </button>
            </form>
          </li>
        </ul>
      </details>
    </nav>
  );
}

export function Layout({ ctx, title, description, office, meta, children }: LayoutProps): string {
  const other: Lang = ctx.lang === 'en' ? 'ru' : 'en';
  const here = (lang: Lang) => `/${lang}${ctx.path === '/' ? '' : ctx.path}${ctx.search}`;
  // Through /lang, which remembers the choice in a cookie: the page itself sets none, so shared caches keep it.
  const switchHref = (lang: Lang, to: string) => `/lang/${lang}?next=${encodeURIComponent(to)}`;
  const siteName = t(ctx.lang, 'site.acronym');
  // Every component here is synchronous, so the element is a string already.
  return (
    '<!doctype html>' +
    ((
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
          <meta property="og:site_name" content={t(ctx.lang, 'site.name')} />
          <meta property="og:title" content={title} />
          <meta property="og:description" content={description ?? t(ctx.lang, 'site.tagline')} />
          <meta property="og:type" content={meta?.type ?? 'website'} />
          <meta property="og:url" content={here(ctx.lang)} />
          <meta property="og:locale" content={ctx.lang === 'ru' ? 'ru_RU' : 'en_GB'} />
          {meta?.refresh ? <meta http-equiv="refresh" content={String(meta.refresh)} /> : ''}
          {meta?.image ? <meta property="og:image" content={meta.image} /> : ''}
          {meta?.publishedTime ? <meta property="article:published_time" content={meta.publishedTime} /> : ''}
          {(meta?.feeds ?? []).map((f) => (
            <link
              rel="alternate"
              type={f.type === 'rss' ? 'application/rss+xml' : 'application/atom+xml'}
              href={f.href}
              title={f.title}
            />
          ))}
        </head>
        <body class={ctx.staff || office ? 'staff' : undefined}>
          <a class="skip" href="#content" safe>
            {t(ctx.lang, 'nav.skip')}
          </a>
          <header class="masthead">
            <div class="masthead-inner">
              <a class="brand" href={href(ctx, '/')}>
                {ctx.emblem ? (
                  // The link's words name the organization; the emblem beside them says it again, so it is not read out.
                  <img class="site-emblem" src={ctx.emblem.src} srcset={ctx.emblem.srcset} sizes="48px" alt="" />
                ) : (
                  <span class="brand-mark" aria-hidden="true">
                    <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true">
                      <circle cx="20" cy="20" r="19" fill="none" stroke="currentColor" stroke-width="2" />
                      <path
                        d="M8 22c6-8 18-8 24 0M11 27c5-5 13-5 18 0M20 6v28"
                        fill="none"
                        stroke="currentColor"
                        stroke-width="2"
                      />
                    </svg>
                  </span>
                )}
                <span class="brand-text">
                  <span class="brand-acronym" safe>
                    {siteName}
                  </span>
                  <span class="brand-name" safe>
                    {t(ctx.lang, 'site.name')}
                  </span>
                </span>
              </a>
              <div class="masthead-tools">
                <form
                  class="site-search"
                  method="get"
                  action={href(ctx, '/search')}
                  role="search"
                  aria-label={t(ctx.lang, 'search.label')}
                >
                  <label for="site-search-q" class="visually-hidden" safe>
                    {t(ctx.lang, 'search.label')}
                  </label>
                  <input id="site-search-q" type="search" name="q" placeholder={t(ctx.lang, 'search.label')} />
                  <button type="submit" safe>
                    {t(ctx.lang, 'search.button')}
                  </button>
                </form>
                <a
                  class="lang-switch"
                  href={switchHref(other, here(other))}
                  hreflang={other}
                  lang={other}
                  title={t(ctx.lang, 'lang.switchLabel')}
                  safe
                >
                  {t(ctx.lang, 'lang.switch')}
                </a>
              </div>
            </div>
            {office ? (
              <OfficeNav ctx={ctx} office={office} />
            ) : (
              <nav class="mainnav" aria-label={t(ctx.lang, 'nav.main')}>
                {/* On a phone the sections fold behind a button that needs no script; on a wide screen the list stands open. */}
                <details class="navmenu">
                  <summary>
                    <span class="navmenu-icon" aria-hidden="true" />
                    <span safe>{t(ctx.lang, 'nav.menu')}</span>
                  </summary>
                  <ul>
                    <li>
                      <a href={href(ctx, '/')} aria-current={ctx.path === '/' ? 'page' : undefined} safe>
                        {t(ctx.lang, 'nav.home')}
                      </a>
                    </li>
                    {NAV.map(([path, key]) => (
                      <li>
                        <a href={href(ctx, path)} aria-current={within(ctx.path, path) ? 'page' : undefined} safe>
                          {t(ctx.lang, key)}
                        </a>
                      </li>
                    ))}
                  </ul>
                </details>
              </nav>
            )}
          </header>
          <main id="content" tabindex="-1">
            {children}
          </main>
          <footer class="colophon">
            <div class="colophon-inner">
              <div>
                <p class="colophon-name" safe>
                  {t(ctx.lang, 'site.name')}
                </p>
                <address>
                  <span safe>{t(ctx.lang, 'footer.address')}</span>
                  <br />
                  <span>{SECRETARIAT_CONTACT.phone}</span> ·{' '}
                  <a href={`mailto:${SECRETARIAT_CONTACT.email}`}>{SECRETARIAT_CONTACT.email}</a>
                </address>
              </div>
              <div>
                <p safe>{t(ctx.lang, 'footer.record')}</p>
                <p>
                  <a href="/api/docs" safe>
                    {t(ctx.lang, 'footer.api')}
                  </a>
                </p>
                {/* Here rather than in the main menu, which already fills a 1280 px line. */}
                <p>
                  <a href={href(ctx, '/finance')} safe>
                    {t(ctx.lang, 'nav.finance')}
                  </a>
                  {' · '}
                  <a href={href(ctx, '/capsules')} safe>
                    {t(ctx.lang, 'nav.capsules')}
                  </a>
                </p>
              </div>
            </div>
          </footer>
        </body>
      </html>
    ) as string)
  );
}
