/**
 * Outside articles read from the files they come in: plain text, Markdown with
 * front matter, saved HTML pages, RSS and Atom feeds. Bytes in, articles or one
 * reason out; a file either yields all its articles or none (nothing is
 * half-imported). The DOM used for HTML runs no script and loads nothing.
 */
import { Readability } from '@mozilla/readability';
import chardet from 'chardet';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { parseHTML } from 'linkedom';
import type { IsoDate } from '../platform/dates.ts';
import { parseFrontMatter } from '../platform/front-matter.ts';
import { parseDate, parseDateline } from './datelines.ts';
import { MAX_FILE_BYTES, type Refused, type Refusal, refuse } from './refusals.ts';

export type ArticleFormat = 'text' | 'markdown' | 'html' | 'feed';

/** An article as read, before anything is recognized in it. */
export type ArticleDraft = Readonly<{
  url: string | null;
  title: string;
  lang: 'en' | 'ru';
  published: IsoDate | null;
  text: string;
  raw: string;
  format: ArticleFormat;
}>;

export type ReadResult =
  | { ok: true; articles: ArticleDraft[]; encoding: string }
  | { ok: false; reason: string; refusal: Refusal };

/** Shorter than this is a caption or a menu, not an article. */
const MIN_TEXT = 40;

/** Text of the bytes in the encoding they were written in, or why it cannot be told. */
export function decode(
  bytes: Uint8Array,
  declared: string | null = null,
): { ok: true; text: string; encoding: string } | Refused {
  if (bytes.length === 0) return refuse({ code: 'empty' });
  if (bytes.length > MAX_FILE_BYTES) return refuse({ code: 'too-large', mb: MAX_FILE_BYTES / 1024 / 1024 });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'UTF-8' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    const encoding = bytes[0] === 0xff ? 'UTF-16LE' : 'UTF-16BE';
    return { ok: true, text: iconv.decode(Buffer.from(bytes.subarray(2)), encoding), encoding };
  }
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of sample) {
    if (b === 0) return refuse({ code: 'binary' });
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > sample.length / 100) return refuse({ code: 'binary' });
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: the page's own declaration, else a guess from the bytes
  }
  const guess =
    declared && iconv.encodingExists(declared) && !/^utf-?8$/i.test(declared) ? declared : chardet.detect(bytes);
  if (!guess || !iconv.encodingExists(guess) || /^utf-?8$/i.test(guess))
    return refuse({ code: 'encoding', guess: guess || null });
  return { ok: true, text: iconv.decode(Buffer.from(bytes), guess), encoding: guess };
}

/** The format a file is in, from its name first and its first characters after. */
export function formatOf(name: string, text: string): ArticleFormat {
  const lower = name.toLowerCase();
  if (/\.(rss|atom|xml)$/.test(lower)) return 'feed';
  if (/\.html?$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  const head = text.trimStart().slice(0, 300).toLowerCase();
  if (head.startsWith('<?xml') || head.startsWith('<rss') || head.startsWith('<feed')) return 'feed';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'html';
  if (head.startsWith('---')) return 'markdown';
  return 'text';
}

/** Cyrillic letters outnumbering Latin ones make a Russian article. */
export function languageOf(text: string): 'en' | 'ru' {
  let cyr = 0;
  let lat = 0;
  // Character codes, not a Unicode regular expression per letter: asked of every page of an archive run.
  const end = Math.min(text.length, 4000);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (
      (c >= 0x400 && c <= 0x52f) ||
      (c >= 0x1c80 && c <= 0x1c8f) ||
      (c >= 0x2de0 && c <= 0x2dff) ||
      (c >= 0xa640 && c <= 0xa69f)
    )
      cyr++;
    else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) lat++;
  }
  return cyr > lat ? 'ru' : 'en';
}

/** Every article in one file. */
export function readArticles(name: string, bytes: Uint8Array): ReadResult {
  const declared = declaredCharset(bytes);
  const decoded = decode(bytes, declared);
  if (!decoded.ok) return decoded;
  const text = decoded.text;
  if (text.trim() === '') return refuse({ code: 'no-text' });
  const format = formatOf(name, text);
  const read =
    format === 'feed'
      ? readFeed(text)
      : format === 'html'
        ? readHtml(text)
        : format === 'markdown'
          ? readMarkdown(text)
          : readPlain(text, text, 'text', {});
  return read.ok ? { ...read, encoding: decoded.encoding } : read;
}

// An HTML page or feed may say its encoding in its first bytes, which are ASCII in every encoding it could be in.
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  const m = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding=["']([\w-]+)/i.exec(head);
  return m ? m[1]! : null;
}

type Known = Partial<{ title: string; url: string; lang: string; published: string }>;
type One = { ok: true; articles: ArticleDraft[] } | Refused;

const clean = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .trim();

/** A headline line, an optional "date YYYY-MM-DD" line or a dateline, paragraphs. */
function readPlain(body: string, raw: string, format: ArticleFormat, known: Known): One {
  const lines = clean(body).split('\n');
  let title = known.title?.trim() ?? '';
  if (!title) {
    while (lines.length && lines[0]!.trim() === '') lines.shift();
    title = (lines.shift() ?? '').replace(/^#+\s*/, '').trim();
  }
  if (!title) return refuse({ code: 'no-headline' });
  let published: IsoDate | null = null;
  if (known.published !== undefined && known.published !== '') {
    const d = parseDate(String(known.published).slice(0, 10));
    if (!d.ok)
      return refuse({ code: d.reason === 'no-such-date' ? 'no-such-date' : 'not-a-date', date: known.published });
    published = d.date;
  }
  while (lines.length && lines[0]!.trim() === '') lines.shift();
  const dateLine = /^date:?\s+(.+)$/i.exec(lines[0]?.trim() ?? '');
  if (dateLine) {
    const d = parseDate(dateLine[1]!);
    if (!d.ok) return refuse({ code: d.reason === 'no-such-date' ? 'no-such-date' : 'not-a-date', date: dateLine[1]! });
    published ??= d.date;
    lines.shift();
  }
  const text = lines.join('\n').trim();
  if (text.length < MIN_TEXT) return refuse({ code: 'no-article-text' });
  const dl = parseDateline(text, published ? +published.slice(0, 4) : null);
  if (!dl.ok) return refuse({ code: 'dateline-no-day', seen: dl.seen });
  published ??= dl.dateline?.to ?? null;
  const lang = known.lang === 'ru' || known.lang === 'en' ? known.lang : languageOf(`${title}\n${text}`);
  return { ok: true, articles: [{ url: known.url ?? null, title, lang, published, text, raw, format }] };
}

function readMarkdown(text: string): One {
  const fm = parseFrontMatter(text);
  if (!fm.ok) return refuse({ code: 'front-matter', detail: fm.reason });
  const field = (k: string) => {
    const v = fm.data[k];
    return v instanceof Date
      ? v.toISOString().slice(0, 10)
      : typeof v === 'string' || typeof v === 'number'
        ? String(v)
        : undefined;
  };
  const known: Known = {};
  for (const [key, from] of [
    ['title', 'title'],
    ['url', 'url'],
    ['lang', 'lang'],
    ['published', 'published'],
    ['published', 'date'],
  ] as const) {
    const v = field(from);
    if (v !== undefined && known[key] === undefined) known[key] = v;
  }
  const body = fm.body.replace(/^\s*#\s+(.+)\n/, (_, h: string) => {
    known.title ??= h.trim();
    return '';
  });
  return readPlain(stripMarkdown(body), text, 'markdown', known);
}

// Coverage is matched on words; links, emphasis and heading marks are not words.
function stripMarkdown(md: string): string {
  return md
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, '$2');
}

function readHtml(html: string): One {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || undefined;
  const ld = jsonLd(
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''),
  );
  const known: Known = {};
  const title =
    ld.headline ??
    meta('meta[property="og:title"]') ??
    document.querySelector('title')?.textContent?.trim() ??
    undefined;
  if (title) known.title = title;
  const published =
    ld.datePublished ??
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[name="pubdate"]') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    undefined;
  if (published) known.published = published;
  const url = meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (url) known.url = url;
  const lang = (ld.inLanguage ?? document.documentElement?.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  if (lang) known.lang = lang;
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const text = paragraphs(article?.content ?? '');
  if (!article || text.length < 200) return refuse({ code: 'no-page-text' });
  known.title ??= article.title ?? undefined;
  return readPlain(text, html, 'html', known);
}

/** The text of an HTML fragment with one paragraph a line, run through a DOM that executes nothing. */
export function paragraphs(html: string): string {
  if (!html.trim()) return '';
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const br of document.querySelectorAll('br')) br.replaceWith('\n');
  const blocks = [...document.querySelectorAll('p, h1, h2, h3, h4, li, blockquote, pre')];
  const parts = blocks.length
    ? blocks.filter((b) => !b.querySelector('p, li')).map((b) => b.textContent ?? '')
    : [document.body?.textContent ?? ''];
  return parts
    .map((p) => p.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function jsonLd(scripts: string[]): Partial<Record<'headline' | 'datePublished' | 'inLanguage', string>> {
  for (const s of scripts) {
    try {
      const parsed: unknown = JSON.parse(s);
      for (const item of Array.isArray(parsed) ? parsed : [parsed]) {
        if (item && typeof item === 'object') {
          const o = item as Record<string, unknown>;
          const pick = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
          if (pick('headline') || pick('datePublished')) {
            const out: Partial<Record<'headline' | 'datePublished' | 'inLanguage', string>> = {};
            for (const k of ['headline', 'datePublished', 'inLanguage'] as const) {
              const v = pick(k);
              if (v) out[k] = v;
            }
            return out;
          }
        }
      }
    } catch {
      // a broken JSON-LD block says nothing; the meta tags may still
    }
  }
  return {};
}

const feedParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  processEntities: true,
  htmlEntities: false,
  textNodeName: '#text',
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as Record<string, unknown>)['#text']);
  return '';
}

/** Each item of an RSS feed or entry of an Atom feed is an article; one bad item refuses the feed. */
// biome-ignore lint/suspicious/noExplicitAny: a parsed feed has any shape; every value read from it goes through textOf
type XmlNode = any;

function readFeed(xml: string): One {
  // Entities declared in a DOCTYPE are how XML bombs go off; a news feed needs none.
  if (/<!DOCTYPE/i.test(xml)) return refuse({ code: 'doctype' });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return refuse({ code: 'broken-xml', line: valid.err.line, detail: valid.err.msg });
  const doc = feedParser.parse(xml) as Record<string, XmlNode>;
  const rssItems: XmlNode[] | undefined = doc.rss?.channel?.item ?? doc['rdf:RDF']?.item;
  const atomEntries: XmlNode[] | undefined = doc.feed?.entry;
  if (!rssItems && !atomEntries) return refuse({ code: 'not-a-feed' });
  const articles: ArticleDraft[] = [];
  const items = (rssItems ?? atomEntries)!;
  for (const [i, item] of items.entries()) {
    const title = paragraphs(textOf(item.title));
    const links: XmlNode[] = item.link ?? [];
    const url = rssItems
      ? textOf(links[0])
      : (links.find((l) => !l['@rel'] || l['@rel'] === 'alternate')?.['@href'] ?? '');
    const date = textOf(item.pubDate ?? item['dc:date'] ?? item.published ?? item.updated);
    const html = textOf(item['content:encoded'] ?? item.content ?? item.description ?? item.summary);
    const known: Known = { title, url };
    if (date) {
      const iso = /^\d{4}-\d{2}-\d{2}/.exec(date.trim());
      const exact = iso ? parseDate(iso[0]) : null;
      if (exact && !exact.ok) return refuse({ code: 'item', n: i + 1, inner: { code: 'no-such-date', date } });
      const ms = Date.parse(date);
      if (Number.isNaN(ms)) return refuse({ code: 'item', n: i + 1, inner: { code: 'not-a-date', date } });
      known.published = new Date(ms).toISOString().slice(0, 10);
    }
    const one = readPlain(paragraphs(html), JSON.stringify(item), 'feed', known);
    if (!one.ok) return refuse({ code: 'item', n: i + 1, inner: one.refusal });
    articles.push(...one.articles);
  }
  return { ok: true, articles };
}
