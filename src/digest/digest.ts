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

export type Placed = Readonly<{ id: string; date: string; position: number }>;

/**
 * Moves an article one place up or down within its month (months follow the
 * calendar and cannot be reordered); returns the new positions, 1…n.
 */
export function move<P extends Placed>(articles: readonly P[], id: string, direction: 'up' | 'down'): P[] {
  const ordered = [...articles].sort((a, b) => a.position - b.position);
  const i = ordered.findIndex((a) => a.id === id);
  const j = direction === 'up' ? i - 1 : i + 1;
  if (i < 0 || j < 0 || j >= ordered.length || monthOf(ordered[i]!.date) !== monthOf(ordered[j]!.date))
    return renumber(ordered);
  [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  return renumber(ordered);
}

const renumber = <P extends Placed>(xs: P[]): P[] => xs.map((x, k) => ({ ...x, position: k + 1 }));

/** Articles grouped by month, months in calendar order, each in the editor's order. */
export function byMonth<P extends Placed>(articles: readonly P[]): Array<{ month: string; articles: P[] }> {
  const groups = new Map<string, P[]>();
  for (const a of [...articles].sort(
    (x, y) => monthOf(x.date).localeCompare(monthOf(y.date)) || x.position - y.position,
  )) {
    groups.set(monthOf(a.date), [...(groups.get(monthOf(a.date)) ?? []), a]);
  }
  return [...groups].map(([month, list]) => ({ month, articles: list }));
}

export type Part = Readonly<{
  title: string | null;
  text: string | null;
  src: string | null;
  releaseId: string | null;
}>;
export type ArticleRow = Readonly<{ id: string; releaseId: string; position: number; teaser: boolean }>;
