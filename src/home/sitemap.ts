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
