/**
 * Links proposed from a release's own words: an imported release that names no
 * states, bodies or people is read by media monitoring's recognizer, and what it
 * finds waits for an editor as proposals, each with the words it was found by.
 * Pure: the findings come in, the proposals go out.
 */
import type { Link, LinkKind, ReleaseColumns } from './newsroom.ts';

/** The kinds whose presence means a release already says what it is about. */
const NAMING: ReadonlySet<LinkKind> = new Set(['state', 'body', 'person']);

/**
 * A person found with at most one spelling slip (an initial, a one-letter typo) is proposed;
 * two slips (0.7) are too loose to put before an editor as a person the release concerns.
 */
export const PERSON_CONFIDENCE = 0.85;

/** What the recognizer says it found in a text: the fields of media's `Findings` a proposal needs. */
export type Recognized = Readonly<{
  states: ReadonlyArray<Readonly<{ id: string; seen: readonly string[] }>>;
  bodies: ReadonlyArray<Readonly<{ id: string; seen: readonly string[] }>>;
  areas: ReadonlyArray<Readonly<{ id: string; seen: readonly string[] }>>;
  people: ReadonlyArray<Readonly<{ personId: string; proposed: boolean; seen: readonly string[]; confidence: number }>>;
}>;

/** What reads a text for the record's names: media monitoring's recognition index, handed in by the composition root. */
export type Recognizer = Readonly<{ recognize(text: string): Recognized }>;

export type ProposedLink = Readonly<{ kind: LinkKind; id: string; seen: readonly string[] }>;

/** The texts of a release the recognizer reads: each language's headline, lead and body, apart. */
export function textsOf(
  r: Pick<ReleaseColumns, 'title_en' | 'title_ru' | 'lead_en' | 'lead_ru' | 'body_en' | 'body_ru'>,
): string[] {
  return (['en', 'ru'] as const).flatMap((l) => {
    const parts = [r[`title_${l}`], r[`lead_${l}`], r[`body_${l}`]].filter((p): p is string => !!p?.trim());
    return parts.length ? [parts.join('.\n')] : [];
  });
}

/**
 * The opening of each language's text: the headline and the lead, or where the release has no lead, the
 * body's first sentence (a plain import's body is often one paragraph, so its first paragraph is all of it).
 * What a release is about is named there; a body named further down is often named in passing ("the budget
 * of the Secretariat").
 */
export function openingsOf(r: Parameters<typeof textsOf>[0]): string[] {
  return (['en', 'ru'] as const).flatMap((l) => {
    const lead = r[`lead_${l}`]?.trim() || r[`body_${l}`]?.trim().split(/(?<=[.!?])\s+/)[0];
    const parts = [r[`title_${l}`], lead].filter((p): p is string => !!p?.trim());
    return parts.length ? [parts.join('.\n')] : [];
  });
}

/**
 * The proposals for a release from what was found in its texts. None when the
 * release already links a state, a body or a person (its editor said what it is
 * about); never one for what it links or once held, proposed or dismissed
 * (`held`), so importing the same text again proposes nothing twice. People
 * still waiting in media's review (not on the record) are never proposed.
 * Where a body is named in an opening (`openings`, what was found in `openingsOf`), only the bodies named
 * there are proposed; a body found only further down is proposed when no opening names one.
 */
export function proposalsFrom(
  links: readonly Link[],
  found: readonly Recognized[],
  held: readonly Pick<Link, 'kind' | 'id'>[] = [],
  openings: readonly Recognized[] = [],
): ProposedLink[] {
  if (namesItsSubjects(links)) return [];
  const taken = new Set([...links, ...held].map((l) => `${l.kind}:${l.id}`));
  const out = new Map<string, { kind: LinkKind; id: string; seen: string[] }>();
  const add = (kind: LinkKind, id: string, seen: readonly string[]) => {
    const key = `${kind}:${id}`;
    if (taken.has(key)) return;
    const entry = out.get(key) ?? { kind, id, seen: [] };
    for (const s of seen) if (!entry.seen.includes(s)) entry.seen.push(s);
    out.set(key, entry);
  };
  const opening = new Set(openings.flatMap((f) => f.bodies.map((b) => b.id)));
  for (const f of found) {
    for (const m of f.bodies) if (opening.size === 0 || opening.has(m.id)) add('body', m.id, m.seen);
    for (const m of f.states) add('state', m.id, m.seen);
    for (const p of f.people) if (!p.proposed && p.confidence >= PERSON_CONFIDENCE) add('person', p.personId, p.seen);
    for (const m of f.areas) add('area', m.id, m.seen);
  }
  return [...out.values()];
}

/** Whether a release's links already say what it is about (then nothing is proposed). */
export const namesItsSubjects = (links: readonly Pick<Link, 'kind'>[]): boolean =>
  links.some((l) => NAMING.has(l.kind));
