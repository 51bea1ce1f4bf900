/**
 * Reading the Secretariat's earlier publications as its sites published them:
 * a saved page of the current site (index.php?…), of the older one (page/…,
 * "Posted on: December 05, 2019 | Back | Print"), or a plain-text copy of
 * either. A page becomes lines of text, so one reader serves all three; what
 * it finds becomes the item's fields, and what it could not find is said.
 * Pure: bytes in, an item or one reason out. The DOM runs no script.
 */
import { parseHTML } from 'linkedom';
import { declaredCharset, decode, languageOf } from '../media/articles.ts';
import { type Dateline, parseDate, parseDateline } from '../media/datelines.ts';
import type { IsoDate } from '../platform/dates.ts';
import { type ArchiveKind, type OldAddress, datesDisagree, oldAddressOf } from './archive.ts';

export type ArchiveLayout = 'current' | 'older' | 'text';
export type Contact = Readonly<{
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}>;

/** What the import says it recognized, and what it looked for and did not find. */
export const FINDINGS = ['section', 'headline', 'dateline', 'posted', 'contact', 'address'] as const;
export type Finding = (typeof FINDINGS)[number];

export type ArchivePage = Readonly<{
  layout: ArchiveLayout;
  /** From the section label ("Press Releases", "Statements and Remarks"); null when the page has none. */
  kind: ArchiveKind | null;
  section: string | null;
  lang: 'en' | 'ru';
  title: string;
  dateline: Dateline | null;
  posted: IsoDate | null;
  /** The day the item is of: the dateline's, else the day it was posted. */
  date: IsoDate;
  dateTo: IsoDate | null;
  place: string | null;
  /** Paragraphs, one blank line apart, without the site's furniture, the dateline or the contact block. */
  body: string;
  contact: Contact | null;
  addresses: readonly OldAddress[];
  encoding: string;
  found: readonly Finding[];
  missing: readonly Finding[];
  /** The dateline and the "Posted on" line name days too far apart: kept, and flagged for staff. */
  datesDisagree: boolean;
}>;

/** Why a file is refused; `detail` is what was seen (the line, the encoding's guess). */
export const REFUSALS = [
  'empty',
  'too-large',
  'binary',
  'encoding',
  'not-ours',
  'no-headline',
  'no-date',
  'bad-posted',
  'bad-dateline',
  'no-text',
] as const;
export type RefusalCode = (typeof REFUSALS)[number];
export type ArchiveRead = { ok: true; page: ArchivePage } | { ok: false; reason: RefusalCode; detail: string | null };

const refuse = (reason: RefusalCode, detail: string | null = null): ArchiveRead => ({ ok: false, reason, detail });

/** Media's decoder says why in words; the archive says it in the reader's language, so by code. */
function decodeRefusal(reason: string): ArchiveRead {
  if (/empty/.test(reason)) return refuse('empty');
  if (/larger/.test(reason)) return refuse('too-large');
  if (/binary/.test(reason)) return refuse('binary');
  return refuse('encoding', /looks like ([\w-]+)/.exec(reason)?.[1] ?? null);
}

// Section labels of both sites in both languages, and the kind of item each lists.
const SECTIONS: ReadonlyArray<readonly [RegExp, ArchiveKind]> = [
  [/^(?:about us\s*)?(?:news\s*[/|»>]\s*)?press[- ]releases?$/i, 'release'],
  [/^(?:о нас\s*)?(?:новости\s*[/|»>]\s*)?пресс-релизы?$/i, 'release'],
  [
    /^(?:about us\s*)?(?:news\s*[/|»>]\s*)?(?:speeches|statements(?: and remarks)?(?: of (?:the )?cica secretary general)?)$/i,
    'speech',
  ],
  [/^(?:новости\s*[/|»>]\s*)?(?:выступления|заявления и выступления)(?: генерального секретаря свмда)?$/i, 'speech'],
];
const POSTED = /^(?:posted on|опубликовано|дата публикации)\s*:?\s*(.+?)\s*(?:\|.*)?$/i;
const FURNITURE =
  /^(?:back|print|share|назад|печать|версия для печати|поделиться)(?:\s*\|\s*(?:back|print|share|назад|печать))*$/i;
const CONTACT = /^(?:media contacts?|press contacts?|контакты для сми|контактное лицо)\s*:?\s*(.*)$/i;
const EMAIL = /[^\s@,;<>()]+@[^\s@,;<>()]+\.[a-z]{2,}/i;
const PHONE = /^(?:(?:tel|phone|mob|тел)\.?\s*:?\s*)?(\+?\d[\d\s().-]{5,}\d)$/i;
const URL_LINE = /https?:\/\/(?:www\.)?s-cica\.org\/[^\s"'<>]*/gi;
/** Shorter than this is a menu or a caption, not the text of a release. */
const MIN_BODY = 80;

const squash = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/** One file of the archive read, or why it cannot be. */
export function readArchiveFile(name: string, bytes: Uint8Array): ArchiveRead {
  const decoded = decode(bytes, declaredCharset(bytes));
  if (!decoded.ok) return decodeRefusal(decoded.reason);
  const text = decoded.text;
  if (text.trim() === '') return refuse('empty');
  const isHtml = /\.html?$/i.test(name) || /^\s*(?:<!doctype html|<html)/i.test(text.slice(0, 500));
  const page = isHtml
    ? pageLines(text)
    : { lines: text.replace(/\r\n?/g, '\n').split('\n').map(squash), headline: null, links: [] };
  return readLines(page.lines, {
    html: isHtml,
    headline: page.headline,
    links: [
      ...page.links,
      ...(/[?=&]/.test(name)
        ? [
            `https://www.s-cica.org/${name
              .split('/')
              .pop()!
              .replace(/\.html?$/i, '')}`,
          ]
        : []),
    ],
    encoding: decoded.encoding,
  });
}

const BLOCKS = new Set(
  'p div h1 h2 h3 h4 h5 h6 li ul ol table tr td th section article main blockquote pre dt dd address br hr'.split(' '),
);
// What is never the text of an item: scripts, styles, the site's navigation and forms.
const NOT_CONTENT = new Set(
  'script style noscript template nav header footer aside form select button iframe object svg head'.split(' '),
);

type Node = {
  nodeType: number;
  nodeName: string;
  data?: string;
  childNodes: ArrayLike<Node>;
  getAttribute?(name: string): string | null;
};

/** A saved page as the lines a reader sees, its headline (the first h1) and the addresses it names for itself. */
function pageLines(html: string): { lines: string[]; headline: string | null; links: string[] } {
  const { document } = parseHTML(html);
  const links = [
    document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ].filter((x): x is string => !!x);
  // One walk over the tree, a line break at each block's edges; the DOM is read, never changed.
  const out: string[] = [];
  let headline: string | null = null;
  const walk = (node: Node, into: string[]) => {
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.nodeType === 3) into.push(child.data ?? '');
      else if (child.nodeType === 1) {
        const tag = child.nodeName.toLowerCase();
        if (
          NOT_CONTENT.has(tag) ||
          child.getAttribute?.('role') === 'navigation' ||
          child.getAttribute?.('hidden') !== null
        )
          continue;
        const block = BLOCKS.has(tag);
        if (block) into.push('\n');
        if (tag === 'h1' && headline === null) {
          const own: string[] = [];
          walk(child, own);
          headline = squash(own.join('')) || null;
          into.push(...own);
        } else walk(child, into);
        if (block) into.push('\n');
      }
    }
  };
  const root = (document.body ?? document.documentElement) as unknown as Node | null;
  if (root) walk(root, out);
  return { lines: out.join('').split('\n').map(squash), headline, links };
}

function sectionOf(line: string): ArchiveKind | null {
  const l = squash(line.replace(/[«»"]/g, ''));
  for (const [re, kind] of SECTIONS) if (re.test(l)) return kind;
  return null;
}

function readLines(
  all: string[],
  known: { html: boolean; headline: string | null; links: string[]; encoding: string },
): ArchiveRead {
  const addresses = new Map<string, OldAddress>();
  const addAddress = (url: string) => {
    const a = oldAddressOf(url);
    if (a) addresses.set(`${a.lang}:${a.key}`, a);
  };
  for (const l of known.links) addAddress(l);
  const lines: string[] = [];
  for (const line of all) {
    const urls = line.match(URL_LINE);
    for (const u of urls ?? []) addAddress(u);
    // A line that is only an address ("Source: https://…") is where the copy came from, not text.
    const rest = squash(line.replace(URL_LINE, '').replace(/^(?:source|url|address|источник)\s*:?\s*$/i, ''));
    if (urls && (rest === '' || /^(?:source|url|address|источник)\s*:?$/i.test(rest))) continue;
    lines.push(line);
  }

  // The section label opens the item; what comes before it is the site's menus.
  const start = lines.findIndex((l) => l !== '' && sectionOf(l) !== null);
  const kind = start === -1 ? null : sectionOf(lines[start]!);
  const section = start === -1 ? null : lines[start]!;
  if (start === -1 && addresses.size === 0) return refuse('not-ours');
  const rest = lines.slice(start + 1).filter((l) => l !== '');

  // The headline: the page's first heading, else the first line after the label that is not furniture.
  let i = 0;
  const skipFurniture = () => {
    while (i < rest.length && (FURNITURE.test(rest[i]!) || sectionOf(rest[i]!) !== null)) i++;
  };
  skipFurniture();
  let title: string | null = null;
  if (known.headline && sectionOf(known.headline) === null) {
    title = known.headline;
    const at = rest.indexOf(known.headline);
    if (at !== -1) i = at + 1;
  } else if (i < rest.length && !POSTED.test(rest[i]!) && !CONTACT.test(rest[i]!)) {
    title = rest[i]!;
    i++;
  }
  if (!title || title.length > 400) return refuse('no-headline');

  // "Posted on: December 05, 2019 | Back | Print", or a line that is only a date.
  let posted: IsoDate | null = null;
  let postedSeen: string | null = null;
  for (let k = i; k < Math.min(rest.length, i + 3); k++) {
    const m = POSTED.exec(rest[k]!);
    const candidate = m ? m[1]! : rest[k]!.replace(/\s*\|.*$/, '');
    const d = parseDate(candidate);
    if (d.ok) {
      posted = d.date;
      postedSeen = rest[k]!;
      rest.splice(k, 1);
      break;
    }
    if (m) return refuse('bad-posted', rest[k]!);
  }
  skipFurniture();

  // The body runs to the media contact, leaving out the site's furniture.
  const paragraphs: string[] = [];
  let contact: Contact | null = null;
  for (; i < rest.length; i++) {
    const line = rest[i]!;
    const c = CONTACT.exec(line);
    if (c) {
      contact = readContact([c[1]!, ...rest.slice(i + 1, i + 6)]);
      break;
    }
    if (FURNITURE.test(line) || sectionOf(line) !== null || line === postedSeen) continue;
    paragraphs.push(line);
  }

  const year = posted ? +posted.slice(0, 4) : null;
  const first = paragraphs[0] ?? '';
  const dl = parseDateline(first, year);
  if (!dl.ok) return refuse('bad-dateline', dl.seen);
  const dateline = dl.dateline;
  if (dateline) {
    const after = first.trimStart().slice(dl.dateline!.seen.length).trim();
    if (after) paragraphs[0] = after;
    else paragraphs.shift();
  }
  const date = dateline?.from ?? posted;
  if (!date) return refuse('no-date');
  const body = paragraphs.join('\n\n');
  if (body.length < MIN_BODY) return refuse('no-text');

  const hasPosted = posted !== null && (postedSeen === null || POSTED.test(postedSeen));
  const layout: ArchiveLayout = !known.html
    ? 'text'
    : hasPosted || [...addresses.values()].some((a) => a.key.startsWith('page:'))
      ? 'older'
      : 'current';
  const seen: Record<Finding, boolean> = {
    section: section !== null,
    headline: true,
    dateline: dateline !== null,
    posted: posted !== null,
    contact: contact !== null,
    address: addresses.size > 0,
  };
  return {
    ok: true,
    page: {
      layout,
      kind,
      section,
      // The headline and the opening say the language; reading all of a long text for it costs more than it tells.
      lang: languageOf(`${title}\n${body.slice(0, 400)}`),
      title,
      dateline,
      posted,
      date,
      dateTo: dateline && dateline.to !== dateline.from ? dateline.to : null,
      place: dateline?.place ?? null,
      body,
      contact,
      addresses: [...addresses.values()],
      encoding: known.encoding,
      found: FINDINGS.filter((f) => seen[f]),
      missing: FINDINGS.filter((f) => !seen[f]),
      datesDisagree: dateline !== null && posted !== null && datesDisagree(dateline, posted),
    },
  };
}

/** "Media Contact:" and what follows it: a name, a title, an e-mail address and a phone number, in lines or one line. */
function readContact(lines: string[]): Contact | null {
  const pieces = lines
    .flatMap((l) => l.split(/\s*[,;|]\s*(?=\S)/))
    .map(squash)
    .filter(Boolean);
  let name: string | null = null;
  let title: string | null = null;
  let email: string | null = null;
  let phone: string | null = null;
  for (const p of pieces) {
    if (FURNITURE.test(p)) break;
    const e = EMAIL.exec(p);
    if (e) {
      email ??= e[0];
      continue;
    }
    const ph = PHONE.exec(p);
    if (ph) {
      phone ??= ph[1]!;
      continue;
    }
    if (p.length > 80 || /[.!?]$/.test(p)) break;
    if (name === null) name = p.replace(/^(?:name|имя)\s*:\s*/i, '');
    else if (title === null) title = p.replace(/^(?:title|должность)\s*:\s*/i, '');
    else break;
    if (email && phone) break;
  }
  return name || email || phone ? { name, title, email, phone } : null;
}
