/**
 * Which activities an article reports, how sure we are, and why; which
 * articles report one event (a story). The score adds up what agrees: the
 * event's dates, its place, the people, states and bodies named. A link needs
 * a date that fits; above LINK_AT it is made, between REVIEW_AT and LINK_AT it
 * waits for staff, below REVIEW_AT nothing is proposed. Pure.
 */
import type { IsoDate } from '../platform/dates.ts';
import { memo, nameKey, russianStem } from './names.ts';

export const LINK_AT = 0.75;
export const REVIEW_AT = 0.45;
/** Coverage of an event is written during it and up to this many days after. */
export const REPORTING_DAYS = 10;

export type ActivityEntry = Readonly<{
  id: string;
  title: string;
  from: IsoDate;
  to: IsoDate;
  /** The place in every language the record gives it ("Astana", "Астана"). */
  places: readonly string[];
  stateCodes: readonly string[];
  bodyId: string | null;
  personIds: readonly string[];
}>;

// Words too common in coverage to say which activity an article is about.
const COMMON = new Set(
  'the of and in on for with to a an at cica meeting session conference forum of by from its new заседание встреча совещание свмда и в на по с для'.split(
    ' ',
  ),
);
const stem = memo((w: string) => (/\p{Script=Cyrillic}/u.test(w) ? russianStem(w) : w.replace(/s$/, '')));

/** A word compared by its stem ("Security" and "security" agree), kept as it was written for the evidence. */
export type TitleWord = Readonly<{ stem: string; written: string }>;

/** The telling words of an activity's title, which an article about it is likely to repeat. */
export function titleWords(title: string): TitleWord[] {
  return titleWordsOf(title);
}
const titleWordsOf = memoList((title: string): TitleWord[] => {
  const out = new Map<string, string>();
  for (const written of title.match(/\p{L}{4,}/gu) ?? []) {
    const lower = written.toLowerCase();
    if (COMMON.has(lower)) continue;
    const k = stem(lower);
    if (!out.has(k)) out.set(k, written);
  }
  return [...out].map(([k, written]) => ({ stem: k, written }));
});

/**
 * An article's words by stem, each as the article first wrote it, for asking whether it repeats a
 * title's words and showing which: the reviewer reads "Security", not "secur".
 */
export function wordsByStem(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const written of text.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (written.length < 4) continue;
    const k = stem(written.toLowerCase());
    if (!out.has(k)) out.set(k, written);
  }
  return out;
}

// Activity titles are few and asked about for every article that may report them.
function memoList<T>(fn: (s: string) => T[]): (s: string) => T[] {
  let cache = new Map<string, T[]>();
  return (s) => {
    let v = cache.get(s);
    if (!v) {
      if (cache.size > 50_000) cache = new Map();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}

/** What an article says about the event it reports. */
export type EventSignature = Readonly<{
  published: IsoDate | null;
  /** The event's days, from the dateline or a date stated in the text. */
  dates: readonly Readonly<{ from: IsoDate; to: IsoDate; seen: string }>[];
  places: readonly string[];
  personIds: readonly string[];
  stateCodes: readonly string[];
  bodyIds: readonly string[];
  /** The article's words by the stem titleWords compares them by, each as the article wrote it. */
  words?: ReadonlyMap<string, string>;
}>;

/**
 * One reason a link was scored, with what the article says (`seen`, its exact words where there
 * are words) and what of the activity it agrees with; said in the reader's language at the edge.
 */
export type Evidence =
  | Readonly<{ kind: 'date'; seen: string; from: IsoDate; to: IsoDate }>
  | Readonly<{ kind: 'published'; seen: IsoDate; daysAfter: number }>
  | Readonly<{ kind: 'place'; seen: string }>
  | Readonly<{ kind: 'people'; ids: readonly string[] }>
  | Readonly<{ kind: 'states'; codes: readonly string[] }>
  /** Each shared word as the article wrote it (`seen`) and as the activity's title does (`title`). */
  | Readonly<{ kind: 'title'; words: readonly Readonly<{ seen: string; title: string }>[] }>
  | Readonly<{ kind: 'body'; id: string }>;

export type LinkProposal = Readonly<{ activityId: string; confidence: number; evidence: Evidence[] }>;

const DAY = 86_400_000;
const ms = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
export const addDays = (d: IsoDate, n: number): IsoDate =>
  n === 0 ? d : new Date(ms(d) + n * DAY).toISOString().slice(0, 10);
const overlaps = (a: { from: IsoDate; to: IsoDate }, b: { from: IsoDate; to: IsoDate }, slack = 0) =>
  a.from <= addDays(b.to, slack) && b.from <= addDays(a.to, slack);

/** A place's key: "Астане", "Astana" and "ASTANA" agree. */
export const placeKey = memo((place: string): string => {
  const word = place.trim().split(/[\s,]+/)[0] ?? '';
  return nameKey(/\p{Script=Cyrillic}/u.test(word) ? russianStem(word) : word);
});
const samePlace = (a: string, b: string) => {
  const x = placeKey(a);
  const y = placeKey(b);
  return x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x));
};

/** The activities one article may report, each scored with its evidence, best first. */
export function scoreActivities(article: EventSignature, candidates: readonly ActivityEntry[]): LinkProposal[] {
  const out: LinkProposal[] = [];
  for (const a of candidates) {
    const evidence: Evidence[] = [];
    let score = 0;
    const dated = article.dates.find((d) => overlaps(d, a));
    if (dated) {
      score += 0.35;
      evidence.push({ kind: 'date', seen: dated.seen, from: a.from, to: a.to });
    } else if (article.published && article.published >= a.from && article.published <= addDays(a.to, REPORTING_DAYS)) {
      // published in the reporting window but no date of its own: weaker, and weaker the later
      const late = (ms(article.published) - ms(a.to)) / DAY;
      score += late <= 2 ? 0.2 : 0.1;
      evidence.push({ kind: 'published', seen: article.published, daysAfter: Math.max(0, late) });
    } else continue;
    const place = article.places.find((p) => a.places.some((q) => samePlace(p, q)));
    if (place) {
      score += 0.2;
      evidence.push({ kind: 'place', seen: place });
    }
    const people = article.personIds.filter((p) => a.personIds.includes(p));
    if (people.length) {
      score += Math.min(0.3, 0.15 * people.length);
      evidence.push({ kind: 'people', ids: people });
    }
    const states = article.stateCodes.filter((s) => a.stateCodes.includes(s));
    if (states.length) {
      score += Math.min(0.1, 0.04 * states.length);
      evidence.push({ kind: 'states', codes: states });
    }
    const shared: { seen: string; title: string }[] = [];
    if (article.words)
      for (const w of titleWords(a.title)) {
        const seen = article.words.get(w.stem);
        if (seen !== undefined) shared.push({ seen, title: w.written });
      }
    if (shared.length >= 2) {
      score += 0.15;
      evidence.push({ kind: 'title', words: shared });
    }
    if (a.bodyId && article.bodyIds.includes(a.bodyId)) {
      score += 0.2;
      evidence.push({ kind: 'body', id: a.bodyId });
    }
    const confidence = Math.round(Math.min(1, score) * 100) / 100;
    if (confidence >= REVIEW_AT) out.push({ activityId: a.id, confidence, evidence });
  }
  return out.sort((x, y) => y.confidence - x.confidence || (x.activityId < y.activityId ? -1 : 1));
}

export type LinkDecision = 'linked' | 'proposed';
export const decisionFor = (confidence: number): LinkDecision | null =>
  confidence >= LINK_AT ? 'linked' : confidence >= REVIEW_AT ? 'proposed' : null;

/**
 * Activities by every day an article about them may name or be published on,
 * so an article looks at a handful of candidates, not all of them.
 */
export function activityCalendar(activities: readonly ActivityEntry[]) {
  const byDay = new Map<IsoDate, ActivityEntry[]>();
  for (const a of activities) {
    for (let d = a.from; d <= addDays(a.to, REPORTING_DAYS); d = addDays(d, 1)) {
      const list = byDay.get(d);
      if (list) list.push(a);
      else byDay.set(d, [a]);
    }
  }
  return {
    candidates(article: EventSignature): ActivityEntry[] {
      const seen = new Set<ActivityEntry>();
      const days: IsoDate[] = [];
      for (const d of article.dates) for (let x = d.from; x <= d.to; x = addDays(x, 1)) days.push(x);
      if (article.published) days.push(article.published);
      for (const d of days) for (const a of byDay.get(d) ?? []) seen.add(a);
      return [...seen];
    },
  };
}

/** The event a story is about: enough to tell whether another article reports it too. */
export type StorySignature = Readonly<{
  from: IsoDate;
  to: IsoDate;
  places: readonly string[];
  personIds: readonly string[];
  stateCodes: readonly string[];
  bodyIds: readonly string[];
}>;

/** The days an article puts its event on: its own dates, else the days just before it was published. */
export function eventDays(article: EventSignature): { from: IsoDate; to: IsoDate } | null {
  const d = article.dates[0];
  if (d) return { from: d.from, to: d.to };
  return article.published ? { from: addDays(article.published, -2), to: article.published } : null;
}

/**
 * Two articles report one event when their days meet and they agree on where
 * or on who: the same place, or two people in common, or one person and one
 * body. Different spellings do not matter here: people are compared by id.
 */
export function sameEvent(story: StorySignature, article: EventSignature): boolean {
  const days = eventDays(article);
  if (!days || !overlaps(story, days, 1)) return false;
  const place = article.places.some((p) => story.places.some((q) => samePlace(p, q)));
  const people = article.personIds.filter((p) => story.personIds.includes(p)).length;
  const body = article.bodyIds.some((b) => story.bodyIds.includes(b));
  return (place && (people >= 1 || body)) || people >= 2 || (people >= 1 && body);
}

/** The story signature grown by one more article about it. */
export function widen(story: StorySignature, article: EventSignature): StorySignature {
  const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
  return {
    from: story.from,
    to: story.to,
    places: union(story.places, article.places),
    personIds: union(story.personIds, article.personIds),
    stateCodes: union(story.stateCodes, article.stateCodes),
    bodyIds: union(story.bodyIds, article.bodyIds),
  };
}
