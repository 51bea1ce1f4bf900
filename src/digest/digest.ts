/**
 * "Voice of Asia", the quarterly digest: how an issue is compiled from the
 * period's published releases, how its articles are ordered and moved, and
 * how it goes from draft to publication. Pure.
 */
import type { IsoDate } from '../platform/dates.ts';

export const DIGEST_STATUSES = ['draft', 'review', 'published'] as const;
export type DigestStatus = (typeof DIGEST_STATUSES)[number];
export const DIGEST_ACTIONS = ['submit', 'send-back', 'publish', 'unpublish'] as const;
export type DigestAction = (typeof DIGEST_ACTIONS)[number];

/** Who may do what: editors compile and submit, reviewers publish or send back. */
const TRANSITIONS: Record<DigestAction, { from: DigestStatus; to: DigestStatus; by: 'editor' | 'reviewer' }> = {
  submit: { from: 'draft', to: 'review', by: 'editor' },
  'send-back': { from: 'review', to: 'draft', by: 'reviewer' },
  publish: { from: 'review', to: 'published', by: 'reviewer' },
  unpublish: { from: 'published', to: 'draft', by: 'reviewer' },
};

export function digestTransition(status: DigestStatus, action: DigestAction, role: string): DigestStatus | null {
  const t = TRANSITIONS[action];
  if (t.from !== status) return null;
  const may = role === 'admin' || (t.by === 'editor' ? role === 'editor' : role === 'reviewer');
  return may ? t.to : null;
}

export function digestActions(status: DigestStatus, role: string): DigestAction[] {
  return (Object.keys(TRANSITIONS) as DigestAction[]).filter((a) => digestTransition(status, a, role) !== null);
}

/** A release as the digest sees it: its text in the language, and what it is about. */
export type Candidate = Readonly<{ id: string; date: IsoDate; title: string; bodies: readonly string[] }>;

/** The month a release belongs to: that of its dateline. */
export const monthOf = (date: string) => date.slice(0, 7);

/** Releases of the period in date order; a release with no text in the language is not offered. */
export function articlesOf<C extends Candidate>(candidates: readonly C[], from: IsoDate, to: IsoDate): C[] {
  return candidates
    .filter((c) => c.date >= from && c.date <= to && c.title.trim() !== '')
    .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title));
}

/**
 * The spotlight an editor is offered: the release about the meeting of the
 * most senior body (the lowest standing: summit before ministers before
 * senior officials), the latest such if several; else the period's first.
 */
export function suggestSpotlight(articles: readonly Candidate[], standing: ReadonlyMap<string, number>): string | null {
  let best: { id: string; rank: number; date: string } | null = null;
  for (const a of articles) {
    const rank = Math.min(...a.bodies.map((b) => standing.get(b) ?? Infinity));
    if (rank === Infinity) continue;
    if (!best || rank < best.rank || (rank === best.rank && a.date > best.date))
      best = { id: a.id, rank, date: a.date };
  }
  return best?.id ?? articles[0]?.id ?? null;
}

/** Cover teasers: the spotlight, then the latest of each month in turn, up to `count` (four to eight on the cover). */
export function suggestTeasers(articles: readonly Candidate[], spotlight: string | null, count = 6): string[] {
  const chosen = spotlight ? [spotlight] : [];
  const byMonth = new Map<string, Candidate[]>();
  for (const a of articles)
    if (a.id !== spotlight) byMonth.set(monthOf(a.date), [...(byMonth.get(monthOf(a.date)) ?? []), a]);
  const queues = [...byMonth.values()].map((xs) => [...xs].reverse());
  while (chosen.length < count && queues.some((q) => q.length)) {
    for (const q of queues) {
      const next = q.shift();
      if (next && chosen.length < count) chosen.push(next.id);
    }
  }
  return chosen;
}

/**
 * Where an article is filed: `null` (the month of its dateline), a month
 * (`2024-11`, for an event of 31 October – 1 November the real issue files under
 * November), `after-flash` (printed after the flash briefing), or a section the
 * editor names ("CICA at the United Nations"), printed after the months.
 */
export type Section = string | null;
export const AFTER_FLASH = 'after-flash';
export const isMonth = (s: string) => /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

export type Placed = Readonly<{ id: string; date: string; position: number; section?: Section }>;

/** The section an article is printed in. */
export const sectionOf = (a: Placed): string => a.section ?? monthOf(a.date);

/** The order sections are printed in: months by the calendar, then named ones as first placed, then those after the flash briefing. */
function sectionRank(key: string, firstSeen: ReadonlyMap<string, number>): [number, string | number] {
  if (isMonth(key)) return [0, key];
  if (key === AFTER_FLASH) return [2, 0];
  return [1, firstSeen.get(key) ?? 0];
}

/**
 * Moves an article one place up or down within its section (sections follow
 * their own order and are not reordered by a move); returns positions 1…n.
 */
export function move<P extends Placed>(articles: readonly P[], id: string, direction: 'up' | 'down'): P[] {
  const ordered = inReadingOrder(articles);
  const i = ordered.findIndex((a) => a.id === id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ordered.length || sectionOf(ordered[i]!) !== sectionOf(ordered[j]!))
    return renumber(ordered);
  [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  return renumber(ordered);
}

/** Files an article under another section, last in it; `null` files it back under its dateline's month. */
export function file<P extends Placed>(articles: readonly P[], id: string, section: Section): P[] {
  const ordered = inReadingOrder(articles).map((a) => (a.id === id ? { ...a, section } : a));
  const moved = ordered.find((a) => a.id === id);
  if (!moved) return renumber(ordered);
  const rest = ordered.filter((a) => a.id !== id);
  const target = sectionOf(moved);
  const lastOfSection = rest.map((a) => sectionOf(a)).lastIndexOf(target);
  rest.splice(lastOfSection < 0 ? rest.length : lastOfSection + 1, 0, moved);
  // `rest` is in reading order with the article last in its new section: positions follow it.
  return renumber(rest);
}

const renumber = <P extends Placed>(xs: P[]): P[] => xs.map((x, k) => ({ ...x, position: k + 1 }));

/** Articles in the order a reader meets them: section by section, each in the editor's order. */
export function inReadingOrder<P extends Placed>(articles: readonly P[]): P[] {
  return bySection(articles).flatMap((s) => s.articles);
}

/** Articles grouped by section, sections in print order, each in the editor's order. */
export function bySection<P extends Placed>(articles: readonly P[]): Array<{ section: string; articles: P[] }> {
  const byPosition = [...articles].sort((x, y) => x.position - y.position);
  const firstSeen = new Map<string, number>();
  for (const a of byPosition) if (!firstSeen.has(sectionOf(a))) firstSeen.set(sectionOf(a), a.position);
  const groups = new Map<string, P[]>();
  for (const a of byPosition) groups.set(sectionOf(a), [...(groups.get(sectionOf(a)) ?? []), a]);
  return [...groups]
    .sort(([x], [y]) => {
      const [rx, kx] = sectionRank(x, firstSeen);
      const [ry, ky] = sectionRank(y, firstSeen);
      return rx - ry || (typeof kx === 'string' ? kx.localeCompare(String(ky)) : kx - Number(ky));
    })
    .map(([section, list]) => ({ section, articles: list }));
}

/** Articles grouped by month of filing, for the callers that know only months. */
export function byMonth<P extends Placed>(articles: readonly P[]): Array<{ month: string; articles: P[] }> {
  return bySection(articles).map((s) => ({ month: s.section, articles: s.articles }));
}

/** The most headlines the cover holds, the spotlight among them. */
export const MAX_TEASERS = 8;

export type Teaser = Readonly<{ releaseId: string; order: number; text: string | null }>;

/**
 * The cover's headlines: the spotlight first, then the chosen teasers in the
 * editor's order, each with its own wording where the editor wrote one.
 */
export function coverTeasers<A extends { releaseId: string; title: string }>(
  articles: readonly A[],
  teasers: readonly Teaser[],
  spotlight: string | null,
): Array<{ article: A; text: string }> {
  const byId = new Map(articles.map((a) => [a.releaseId, a]));
  const wording = new Map(teasers.map((t) => [t.releaseId, t.text]));
  const ids = [
    ...(spotlight && byId.has(spotlight) ? [spotlight] : []),
    ...[...teasers]
      .sort((x, y) => x.order - y.order)
      .map((t) => t.releaseId)
      .filter((id) => id !== spotlight),
  ];
  return [...new Set(ids)].flatMap((id) => {
    const article = byId.get(id);
    return article ? [{ article, text: wording.get(id)?.trim() || article.title }] : [];
  });
}

/**
 * A short part of an issue: a flash item (paragraphs, perhaps standing for a
 * release), a picture of the activities pages (`src` is the picture's id) or
 * a partner page (title, picture, Markdown text, printed after `place`).
 */
export type Part = Readonly<{
  title: string | null;
  text: string | null;
  src: string | null;
  releaseId: string | null;
  place: string | null;
}>;
export type ArticleRow = Readonly<{
  id: string;
  releaseId: string;
  position: number;
  teaser: boolean;
  section: Section;
  teaserPosition: number | null;
  teaserText: string | null;
  pullQuote: string | null;
  pictureId: string | null;
}>;

export type Block =
  | Readonly<{ kind: 'section'; key: string }>
  | Readonly<{ kind: 'flash' }>
  | Readonly<{ kind: 'pictures' }>
  | Readonly<{ kind: 'partner'; index: number }>;

/**
 * What an issue prints after its spotlight, in order: its sections, the flash
 * briefing, what is filed after it, the activities in pictures; each partner
 * page right after the block its `place` names (a section's key, `flash`,
 * `pictures`), or at the end when it names none or one the issue lacks.
 */
export function printOrder(sections: readonly string[], partners: ReadonlyArray<{ place: string | null }>): Block[] {
  const before = sections.filter((s) => s !== AFTER_FLASH);
  const main: Block[] = [
    ...before.map((key) => ({ kind: 'section' as const, key })),
    { kind: 'flash' },
    ...(sections.includes(AFTER_FLASH) ? [{ kind: 'section' as const, key: AFTER_FLASH }] : []),
    { kind: 'pictures' },
  ];
  const keyOf = (b: Block) => (b.kind === 'section' ? b.key : b.kind);
  const out: Block[] = [];
  const placed = new Set<number>();
  for (const block of main) {
    out.push(block);
    partners.forEach((p, index) => {
      if (p.place === keyOf(block)) {
        out.push({ kind: 'partner', index });
        placed.add(index);
      }
    });
  }
  partners.forEach((_, index) => {
    if (!placed.has(index)) out.push({ kind: 'partner', index });
  });
  return out;
}
