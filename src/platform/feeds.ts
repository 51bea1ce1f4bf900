/**
 * RSS 2.0 and Atom 1.0, written here rather than by the `feed` package, which
 * declares every title and summary as HTML (Atom `type="html"`, CDATA in RSS):
 * a title typed as `<script>…` reached readers as markup. Here titles and
 * summaries are text and say so, and only `contentHtml`, which the caller has
 * sanitized (platform/markdown.ts), goes out as HTML.
 */

export type FeedEntry = Readonly<{
  id: string;
  link: string;
  /** Plain text. */
  title: string;
  /** Plain text. */
  summary: string | null;
  /** HTML that went through the sanitizer (`renderMarkdown`); nothing else may be passed here. */
  contentHtml: string | null;
  updated: Date;
  published: Date;
}>;

export type FeedChannel = Readonly<{
  id: string;
  /** The page the feed follows. */
  link: string;
  /** Where the feed itself is, in each format. */
  self: Readonly<{ rss: string; atom: string }>;
  /** Plain text, like every text of the channel. */
  title: string;
  subtitle: string;
  language: string;
  icon: string;
  rights: string;
  updated: Date;
  entries: readonly FeedEntry[];
}>;

/** Characters XML 1.0 does not allow at all (controls but tab and newlines, lone surrogates, U+FFFE/F): dropped, or the feed would not parse. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text as XML character data or an attribute's value. */
export function xmlText(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Text as HTML that shows it as it is: where a format allows only HTML (RSS `description`). */
const htmlOfText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const GENERATOR = 'Secretariat';

export function atomFeed(c: FeedChannel): string {
  const entry = (e: FeedEntry) =>
    [
      '  <entry>',
      `    <title type="text">${xmlText(e.title)}</title>`,
      `    <id>${xmlText(e.id)}</id>`,
      `    <link href="${xmlText(e.link)}"/>`,
      `    <updated>${e.updated.toISOString()}</updated>`,
      `    <published>${e.published.toISOString()}</published>`,
      e.summary ? `    <summary type="text">${xmlText(e.summary)}</summary>` : null,
      e.contentHtml ? `    <content type="html">${xmlText(e.contentHtml)}</content>` : null,
      '  </entry>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xmlText(c.language)}">`,
    `  <id>${xmlText(c.id)}</id>`,
    `  <title type="text">${xmlText(c.title)}</title>`,
    `  <subtitle type="text">${xmlText(c.subtitle)}</subtitle>`,
    `  <updated>${c.updated.toISOString()}</updated>`,
    `  <generator>${GENERATOR}</generator>`,
    `  <link rel="alternate" type="text/html" href="${xmlText(c.link)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(c.self.atom)}"/>`,
    `  <icon>${xmlText(c.icon)}</icon>`,
    `  <rights type="text">${xmlText(c.rights)}</rights>`,
    ...c.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}

/**
 * RSS has no way to say "text": `title` is text by the specification, but
 * `description` is HTML, so a summary goes in as HTML that shows the text.
 */
export function rssFeed(c: FeedChannel): string {
  const item = (e: FeedEntry) =>
    [
      '    <item>',
      `      <title>${xmlText(e.title)}</title>`,
      `      <link>${xmlText(e.link)}</link>`,
      `      <guid isPermaLink="false">${xmlText(e.id)}</guid>`,
      `      <pubDate>${e.published.toUTCString()}</pubDate>`,
      e.summary ? `      <description>${xmlText(htmlOfText(e.summary))}</description>` : null,
      e.contentHtml ? `      <content:encoded>${xmlText(e.contentHtml)}</content:encoded>` : null,
      '    </item>',
    ]
      .filter((line) => line !== null)
      .join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">',
    '  <channel>',
    `    <title>${xmlText(c.title)}</title>`,
    `    <link>${xmlText(c.link)}</link>`,
    `    <description>${xmlText(htmlOfText(c.subtitle))}</description>`,
    `    <language>${xmlText(c.language)}</language>`,
    `    <copyright>${xmlText(c.rights)}</copyright>`,
    `    <lastBuildDate>${c.updated.toUTCString()}</lastBuildDate>`,
    `    <generator>${GENERATOR}</generator>`,
    '    <docs>https://www.rssboard.org/rss-specification</docs>',
    `    <atom:link href="${xmlText(c.self.rss)}" rel="self" type="application/rss+xml"/>`,
    ...c.entries.map(item),
    '  </channel>',
    '</rss>',
    '',
  ].join('\n');
}
