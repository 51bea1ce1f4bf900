/**
 * Archive rules: the addresses the Secretariat's earlier sites gave an item,
 * how a dateline and a "Posted on" date may disagree, and whether a post
 * written beside a name is the post the record has that person in on the day.
 * Pure: the record's positions and post titles are passed in.
 */
import type { IsoDate } from '../platform/dates.ts';
import { type Post, postsHeldOn, type PositionPeriod } from '../people/people.ts';

export const ARCHIVE_KINDS = ['release', 'speech'] as const;
export type ArchiveKind = (typeof ARCHIVE_KINDS)[number];

/**
 * An old address reduced to its key and language: `press_releases:2775`,
 * `speeches:178`, `page:press-release-5-december-2019`. Either order of the
 * query's parameters gives the same key; the Russian mirror lives under /ru/.
 */
export type OldAddress = Readonly<{ key: string; lang: 'en' | 'ru' }>;

const ID = /^[1-9]\d{0,8}$/;
// An old page's name: the characters the old site used in its paths, nothing that could leave our own site.
const PAGE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,150}$/;

/** The section of the current site an index.php address points at, by its `t` or `view` parameter. */
const SECTIONS: Readonly<Record<string, string>> = {
  press_releases: 'press_releases',
  speeches: 'speeches',
};

/**
 * The key of an address of the current site (`index.php?view=page&t=press_releases&id=N`,
 * `index.php?id=N&view=press_releases`, `speeches_detail/?id=N`) or the older one
 * (`page/<name>/`), from its path and query; null for any other address.
 */
export function oldAddress(path: string, query: URLSearchParams): OldAddress | null {
  let p = path.replace(/^https?:\/\/[^/]+/i, '');
  let lang: 'en' | 'ru' = 'en';
  if (/^\/ru(\/|$)/i.test(p)) {
    lang = 'ru';
    p = p.slice(3);
  } else if (/^\/en(\/|$)/i.test(p)) p = p.slice(3);
  p = p.replace(/^\/+/, '/');
  if (/^\/index\.php$/i.test(p)) {
    const id = query.get('id') ?? '';
    const section = SECTIONS[query.get('t') ?? ''] ?? SECTIONS[query.get('view') ?? ''];
    return section && ID.test(id) ? { key: `${section}:${id}`, lang } : null;
  }
  if (/^\/speeches_detail\/?$/i.test(p)) {
    const id = query.get('id') ?? '';
    return ID.test(id) ? { key: `speeches:${id}`, lang } : null;
  }
  const page = /^\/page\/([^/?#]+)\/?$/i.exec(p);
  if (page && PAGE.test(page[1]!)) return { key: `page:${page[1]!.toLowerCase()}`, lang };
  return null;
}

/** The key of a full old address as written in a page or a copy ("https://www.s-cica.org/index.php?…"). */
export function oldAddressOf(url: string): OldAddress | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), 'https://www.s-cica.org');
  } catch {
    return null;
  }
  if (!/(^|\.)s-cica\.org$/i.test(parsed.hostname)) return null;
  return oldAddress(parsed.pathname, parsed.searchParams);
}

/** How long after an event its release may be posted before the two dates are said to disagree. */
export const POSTED_WITHIN_DAYS = 3;

const dayNumber = (d: IsoDate) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;

/**
 * Whether a "Posted on" date disagrees with the dateline: posted before the
 * event began, or more than a few days after it ended. Both are kept; staff see the flag.
 */
export function datesDisagree(dateline: Readonly<{ from: IsoDate; to: IsoDate }>, posted: IsoDate): boolean {
  return posted < dateline.from || dayNumber(posted) - dayNumber(dateline.to) > POSTED_WITHIN_DAYS;
}

/** A post's titles in the releases' two languages, as the record's messages say them. */
export type PostTitles = ReadonlyArray<Readonly<{ post: Post; titles: readonly string[] }>>;

const norm = (s: string) => s.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/**
 * The post a written title names ("Executive Director of the CICA Secretariat",
 * "Генеральный секретарь СВМДА"): the longest recorded title it contains, so
 * "Deputy Secretary General" is not read as "Secretary General". Null when it names none of them.
 */
export function postNamed(written: string, titles: PostTitles): Post | null {
  const text = ` ${norm(written)} `;
  let best: { post: Post; length: number } | null = null;
  for (const { post, titles: forms } of titles)
    for (const form of forms) {
      const f = norm(form);
      // A Russian title is declined ("Генерального секретаря"): its words are compared by their first letters.
      const hit = text.includes(` ${f} `) || text.includes(` ${f},`) || stemsMatch(text, f);
      if (hit && (!best || f.length > best.length)) best = { post, length: f.length };
    }
  return best?.post ?? null;
}

// Compiled once a title: asked for every post written beside every name of every page of a run.
const stemPatterns = new Map<string, RegExp | null>();

function stemsMatch(text: string, title: string): boolean {
  let re = stemPatterns.get(title);
  if (re === undefined) {
    re = stemPattern(title);
    stemPatterns.set(title, re);
  }
  return re?.test(text) ?? false;
}

function stemPattern(title: string): RegExp | null {
  const words = title.split(' ');
  if (!words.some((w) => /\p{Script=Cyrillic}/u.test(w))) return null;
  const pattern = words
    .map((w) => `${w.slice(0, Math.max(4, w.length - 3)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\p{L}*`)
    .join(' ');
  return new RegExp(`(^|\\s)${pattern}(\\s|,|$)`, 'u');
}

export type PostCheck = { ok: true; post: Post } | { ok: false; written: Post; held: readonly Post[] };

/**
 * A post written beside a person's name, checked against the posts the record
 * has them in on the day: the same, or a contradiction naming what the record holds.
 */
export function checkPost(
  positions: readonly PositionPeriod[],
  personId: string,
  written: Post,
  date: IsoDate,
): PostCheck {
  const held = postsHeldOn(
    positions.filter((p) => p.personId === personId),
    date,
  ).map((p) => p.post);
  return held.includes(written) ? { ok: true, post: written } : { ok: false, written, held };
}

/** Who held a post on a day ("the Executive Director" of a 2019 release), if the record says; one holder or none. */
export function holderOn(positions: readonly PositionPeriod[], post: Post, date: IsoDate): string | null {
  const holders = [
    ...new Set(
      postsHeldOn(positions, date)
        .filter((p) => p.post === post)
        .map((p) => p.personId),
    ),
  ];
  return holders.length === 1 ? holders[0]! : null;
}

/** What the text says of a person and their post, and what the record makes of it. */
export type PersonSeen = Readonly<{
  personId: string;
  seen: string;
  /** The post as written beside the name, if any. */
  written: string | null;
  /** The post the record has them in on the day, when the written one agrees or none is written. */
  post: Post | null;
}>;

/** Something for staff to look at: kept, not silently trusted. */
export type Flag =
  | Readonly<{ kind: 'dates-disagree'; dateline: string; posted: IsoDate }>
  | Readonly<{
      kind: 'post-contradicts';
      personId: string;
      seen: string;
      written: Post;
      held: readonly Post[];
      date: IsoDate;
    }>
  | Readonly<{ kind: 'post-not-held'; written: Post; seen: string; date: IsoDate }>;

// A title standing for the Secretariat's own post, without a name: "the Executive Director of the CICA Secretariat".
const ownTitles = new Map<string, RegExp>();
const OWN_TITLE = (title: string) => {
  let re = ownTitles.get(title);
  if (!re) {
    re = ownTitle(title);
    ownTitles.set(title, re);
  }
  re.lastIndex = 0;
  return re;
};
const ownTitle = (title: string) =>
  new RegExp(
    String.raw`(?:CICA\s+${title}|${title}\s+of\s+(?:the\s+)?CICA(?:\s+Secretariat)?|${title}\s+(?:Секретариата\s+)?СВМДА)`,
    'giu',
  );
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The people a text names with the posts written beside them, checked against
 * the record on the day; and the Secretariat's posts it names without a name,
 * linked to whoever held them that day. A post the record does not have the
 * person in that day, or that nobody held, is a flag, never a link to trust.
 */
export function postsOnTheDay(input: {
  text: string;
  date: IsoDate;
  people: ReadonlyArray<Readonly<{ personId: string; seen: readonly string[]; posts: readonly string[] }>>;
  positions: readonly PositionPeriod[];
  titles: PostTitles;
}): { people: PersonSeen[]; flags: Flag[] } {
  const { text, date, positions, titles } = input;
  const people: PersonSeen[] = [];
  const flags: Flag[] = [];
  for (const p of input.people) {
    const written = p.posts.map((w) => ({ w, post: postNamed(w, titles) })).find((x) => x.post !== null);
    if (!written) {
      // No post written: the one the record has them in that day, if they hold one.
      const held = postsHeldOn(
        positions.filter((x) => x.personId === p.personId),
        date,
      );
      people.push({ personId: p.personId, seen: p.seen[0] ?? '', written: null, post: held[0]?.post ?? null });
      continue;
    }
    const checked = checkPost(positions, p.personId, written.post!, date);
    if (checked.ok)
      people.push({ personId: p.personId, seen: p.seen[0] ?? '', written: written.w, post: checked.post });
    else {
      people.push({ personId: p.personId, seen: p.seen[0] ?? '', written: written.w, post: null });
      flags.push({
        kind: 'post-contradicts',
        personId: p.personId,
        seen: `${written.w} ${p.seen[0] ?? ''}`.trim(),
        written: checked.written,
        held: checked.held,
        date,
      });
    }
  }
  // Longest titles first, each found once: "Deputy Secretary General" is not also a "Secretary General".
  const forms = titles
    .flatMap(({ post, titles: ts }) => ts.map((title) => ({ post, title })))
    .sort((a, b) => b.title.length - a.title.length);
  let rest = text;
  for (const { post, title } of forms) {
    const re = OWN_TITLE(escapeRe(title).replace(/\s+/g, '\\s+'));
    for (const m of rest.matchAll(re)) {
      const holder = holderOn(positions, post, date);
      if (holder) {
        if (!people.some((x) => x.personId === holder))
          people.push({ personId: holder, seen: m[0], written: m[0], post });
      } else if (!flags.some((f) => f.kind === 'post-not-held' && f.written === post))
        flags.push({ kind: 'post-not-held', written: post, seen: m[0], date });
    }
    rest = rest.replace(re, ' ');
  }
  return { people, flags };
}
