/**
 * Chairmanship rules. A term is in force from the day it began to the day it
 * ended, both included; on a handover day the incoming chair holds. An open
 * term stays in force past its planned end until a successor takes over: a
 * chair does not lapse because a Summit is late. The date is always passed in.
 */
import type { Provenance } from '../platform/sourced.ts';
import type { Bilingual } from '../platform/sourced.ts';
import { type IsoDate, type PartialDate, lastDay, latestInForce, periodStart } from '../platform/dates.ts';

export type ChairTerm = Readonly<{
  id: string;
  stateCode: string;
  from: IsoDate;
  /** The handover day; null while the term runs. */
  until: IsoDate | null;
  /** When an open term is expected to end ("2026", at the next Summit). */
  plannedUntil: PartialDate | null;
  /** When the chair was designated; null where the record does not know. */
  designatedOn: IsoDate | null;
  handoverMeetingId: string | null;
}>;

export type Troika = Readonly<{
  date: IsoDate;
  previous: ChairTerm | null;
  current: ChairTerm | null;
  incoming: ChairTerm | null;
}>;

const byStart = (a: ChairTerm, b: ChairTerm) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

/** The term in force on a date, if any; an open term holds until the next one begins, whatever its planned end. */
export function chairOn(terms: readonly ChairTerm[], date: IsoDate): ChairTerm | null {
  return latestInForce(terms.map(asPeriod), date)?.term ?? null;
}

function asPeriod(term: ChairTerm) {
  return { term, from: term.from, until: term.until };
}

/** Whether an open term's planned end lies before the date: the record then owes a handover it does not show. */
export function isPastPlannedEnd(term: ChairTerm, date: IsoDate): boolean {
  return term.until === null && term.plannedUntil !== null && lastDay(term.plannedUntil) < date;
}

/** Whether a later term is recorded, begun or only designated. */
export function hasSuccessor(terms: readonly ChairTerm[], term: ChairTerm): boolean {
  return terms.some((t) => t.id !== term.id && t.from > term.from);
}

/** A fact the record planned for a day now past, which staff should confirm or correct. */
export type OverdueTerm = Readonly<{ kind: 'chair-term'; term: ChairTerm; plannedUntil: PartialDate }>;

/**
 * The chair terms whose planned end has passed by the date with no successor
 * recorded (Azerbaijan's "to 2026", read in 2027): still shown as current,
 * listed for staff as needing confirmation.
 */
export function termsPastPlannedEnd(terms: readonly ChairTerm[], date: IsoDate): OverdueTerm[] {
  return terms
    .filter((t) => isPastPlannedEnd(t, date) && !hasSuccessor(terms, t))
    .sort(byStart)
    .map((term) => ({ kind: 'chair-term', term, plannedUntil: term.plannedUntil! }));
}

/**
 * The troika on a date: the chair in force, the chair before it and the chair
 * designated after it. A renewed term is not its own predecessor: "previous" is
 * the last term held by another state, and "incoming" the next one. Where no
 * chair is in force (before the first term, after the last known one), the
 * troika is read from the nearest terms on either side.
 */
export function troikaOn(terms: readonly ChairTerm[], date: IsoDate): Troika {
  const sorted = [...terms].sort(byStart);
  const current = chairOn(sorted, date);
  const pivot = current ? sorted.indexOf(current) : sorted.findIndex((t) => t.from > date);
  const before = current ? sorted.slice(0, pivot) : pivot === -1 ? sorted : sorted.slice(0, pivot);
  const after = current ? sorted.slice(pivot + 1) : pivot === -1 ? [] : sorted.slice(pivot);

  const otherState = (t: ChairTerm) => current === null || t.stateCode !== current.stateCode;
  const previous = [...before].reverse().find((t) => otherState(t) && periodStart(asPeriod(t))! <= date) ?? null;
  const next = after.find(otherState) ?? null;
  const incoming = next && (next.designatedOn === null || next.designatedOn <= date) ? next : null;
  return { date, previous, current, incoming };
}

/** Consecutive terms of one state, for display as one chairmanship ("2020–2024, renewed 2022"). */
export function isRenewal(terms: readonly ChairTerm[], term: ChairTerm): boolean {
  return terms.some((t) => t.stateCode === term.stateCode && t.until === term.from);
}

export type ChairTermRecord = ChairTerm & Readonly<{ note: Bilingual | null; provenance: Provenance }>;
