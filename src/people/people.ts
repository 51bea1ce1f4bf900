/**
 * People and the posts they hold over time. One person, many spellings
 * (Sarybay / Sarybai); one post, many holders in sequence.
 */
import type { Provenance } from '../platform/sourced.ts';
import type { Bilingual } from '../platform/sourced.ts';
import { type IsoDate, type Period, inForceOn, periodEnd, periodStart } from '../platform/dates.ts';

export const POSTS = [
  'executive-director',
  'secretary-general',
  'deputy-executive-director',
  'deputy-secretary-general',
  'pr-officer',
  'cep-head',
] as const;
export type Post = (typeof POSTS)[number];

/** English titles the Secretariat's releases give a post besides its name here (fact sheet 9b: "PR Officer"). */
export const POST_TITLE_VARIANTS: Readonly<Partial<Record<Post, readonly string[]>>> = {
  'pr-officer': ['PR Officer'],
};

/** The heads of the Secretariat: the post was Executive Director until 2022, Secretary General after. */
export const HEAD_POSTS: readonly Post[] = ['executive-director', 'secretary-general'];

export type PositionPeriod = Period & Readonly<{ id: string; personId: string; post: Post }>;

/** Earliest first; a period with no known dates goes last. */
export function chronological<P extends PositionPeriod>(positions: readonly P[]): P[] {
  const key = (p: P) => periodStart(p) ?? periodEnd(p) ?? '9999';
  return [...positions].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The posts a person holds on a date. On the day one of their posts ends and another of
 * theirs begins (Executive Director to Secretary General on 13 October 2022) the new post
 * holds, as a newcomer does on a handover day; two posts held side by side both count.
 */
export function postsHeldOn<P extends PositionPeriod>(positions: readonly P[], date: IsoDate): P[] {
  const held = positions.filter((p) => inForceOn(p, date));
  return chronological(
    held.filter(
      (p) =>
        periodEnd(p) !== date ||
        !held.some((other) => other !== p && other.personId === p.personId && periodStart(other) === date),
    ),
  );
}

export type Person = Readonly<{
  id: string;
  name: Bilingual;
  stateCode: string | null;
  /** Every spelling the record knows, the main one first. */
  names: readonly Readonly<{ name: string; lang: string; script: string; romanization?: Romanization | null }>[];
  /** The portrait's picture id in the media library, where one is chosen. */
  portraitId?: string | null;
}>;

/**
 * The romanization systems a Latin spelling of a name may follow, where the one who recorded it
 * knew: BGN/PCGN, ISO 9, GOST 7.79, ICAO passport rules (Doc 9303), Kazakh Latin alphabet of
 * 2021, Hanyu Pinyin, or another. A spelling with none is of a system not known.
 */
export const ROMANIZATIONS = [
  'bgn-pcgn',
  'iso-9',
  'gost-7-79',
  'icao-9303',
  'kazakh-latin-2021',
  'pinyin',
  'other',
] as const;
export type Romanization = (typeof ROMANIZATIONS)[number];
export const isRomanization = (v: unknown): v is Romanization =>
  typeof v === 'string' && (ROMANIZATIONS as readonly string[]).includes(v);
export type PositionRecord = PositionPeriod &
  Readonly<{ person: Person; note: Bilingual | null; provenance: Provenance }>;

/**
 * A person's name in both languages: the Russian is the record's Russian name,
 * else a spelling recorded in Cyrillic (Russian first); null where neither is.
 */
export function personName(person: Pick<Person, 'name' | 'names'>): Bilingual {
  const cyrillic =
    person.names.find((n) => n.script === 'Cyrl' && n.lang === 'ru') ?? person.names.find((n) => n.script === 'Cyrl');
  return { en: person.name.en, ru: person.name.ru ?? cyrillic?.name ?? null };
}

/** Every spelling of a name the record knows, each once, the main ones first. */
export function allSpellings(person: Pick<Person, 'name' | 'names'>): string[] {
  const { en, ru } = personName(person);
  return [...new Set([en, ...(ru ? [ru] : []), ...person.names.map((n) => n.name)])];
}

/** The spellings other than those the page already shows as the name in each language. */
export function otherSpellings(person: Pick<Person, 'name' | 'names'>): string[] {
  const { en, ru } = personName(person);
  return allSpellings(person).filter((s) => s !== en && s !== ru);
}
