/** The sitemap: every public page, in both languages, each pointing at its other-language twin. */
export type SitemapEntry = Readonly<{ path: string; lastmod?: string | undefined }>;

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(origin: string, entries: readonly SitemapEntry[]): string {
  const urls = entries.flatMap((e) =>
    (['en', 'ru'] as const).map((lang) => {
      const loc = (l: string) => escapeXml(`${origin}/${l}${e.path === '/' ? '' : e.path}`);
      return (
        `<url><loc>${loc(lang)}</loc>${e.lastmod ? `<lastmod>${escapeXml(e.lastmod)}</lastmod>` : ''}` +
        `<xhtml:link rel="alternate" hreflang="en" href="${loc('en')}"/><xhtml:link rel="alternate" hreflang="ru" href="${loc('ru')}"/></url>`
      );
    }),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}

/** The protocol's limit is 50,000 addresses a file; each page is two (English and Russian). */
const ADDRESSES_PER_FILE = 50_000;
export const RELEASES_PER_SITEMAP = 20_000;

export const fitsOneSitemap = (pages: number): boolean => pages * 2 <= ADDRESSES_PER_FILE;

/** The parts of a large site's sitemap: the pages, then the releases' files. */
export const sitemapParts = (releases: number): string[] => [
  '/sitemap/pages.xml',
  ...Array.from({ length: Math.ceil(releases / RELEASES_PER_SITEMAP) }, (_, i) => `/sitemap/news-${i + 1}.xml`),
];

/** `pages.xml` or `news-N.xml` (N from 1), or null for any other name. */
export function parseSitemapPart(name: string): 'pages' | number | null {
  if (name === 'pages.xml') return 'pages';
  const n = /^news-([1-9]\d{0,5})\.xml$/.exec(name)?.[1];
  return n === undefined ? null : Number(n);
}

export function sitemapIndexXml(origin: string, paths: readonly string[]): string {
  const items = paths.map((p) => `<sitemap><loc>${escapeXml(`${origin}${p}`)}</loc></sitemap>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join('\n')}\n</sitemapindex>\n`;
}
