/**
 * The office's own rules: how a list of records is filtered and ordered for
 * the reader, and which planned facts the record can no longer take on trust.
 * Pure: the date and the language are passed in.
 */
import { type IsoDate, type PartialDate, isPartialDate, lastDay } from '../platform/dates.ts';
import { type Lang, sortByName } from '../platform/i18n/i18n.ts';
import type { Resource, Values } from '../platform/records.ts';

/** What a record list can be narrowed to: words of its title or code, and one status. */
export type ListFilter = Readonly<{ q?: string | undefined; status?: string | undefined }>;

/** `current` and `retired` stand for every type; a type with a status field adds its values. */
export const LIFE_STATUSES = ['current', 'retired'] as const;

/** The column a type's own status is kept in, if it has one (an activity is planned, held or cancelled). */
export function statusField(resource: Resource) {
  return resource.fields.find((f) => f.column === 'status' && f.kind === 'select') ?? null;
}

/**
 * The records matching the filter, sorted by their title in the reader's
 * language. A word matches the title in either language or the record's code,
 * ignoring case, so "сары" and "Sary" both find Kairat Sarybay.
 */
export function listed<R extends Values>(resource: Resource, rows: readonly R[], filter: ListFilter, lang: Lang): R[] {
  const words = (filter.q ?? '').toLocaleLowerCase().split(/\s+/).filter(Boolean);
  const own = statusField(resource);
  const kept = rows.filter((row) => {
    if (filter.status === 'current' && row.retired_at) return false;
    if (filter.status === 'retired' && !row.retired_at) return false;
    if (filter.status && own?.options?.values.includes(filter.status) && row[own.column] !== filter.status)
      return false;
    if (words.length === 0) return true;
    const text = `${resource.title(row, 'en')} ${resource.title(row, 'ru')} ${String(row[resource.key] ?? '')}`;
    const lower = text.toLocaleLowerCase();
    return words.every((w) => lower.includes(w));
  });
  return sortByName(lang, kept, (row) => resource.title(row, lang) || String(row[resource.key] ?? ''));
}

/** A fact the record states as planned: it holds until a date, and is confirmed (or not) by what staff record. */
export type PlannedFact = Readonly<{
  /** The office record type and id that says it, so the dashboard links to where it is corrected. */
  type: string;
  id: string;
  title: Readonly<{ en: string; ru: string | null }>;
  /** The day, month or year it was planned for, as precisely as the source gave it. */
  plannedFor: PartialDate;
  /** What was planned: a term's end, or an activity or meeting taking place. */
  what: 'term-end' | 'held';
}>;

/**
 * Planned facts whose date has wholly passed by `today` (a plan for "2026" has
 * passed on 1 January 2027, not before): the record still says "planned", so
 * staff must say what happened. Earliest first.
 */
export function needingConfirmation(facts: readonly PlannedFact[], today: IsoDate): PlannedFact[] {
  return facts
    .filter((f) => isPartialDate(f.plannedFor) && lastDay(f.plannedFor) < today)
    .sort((a, b) => (lastDay(a.plannedFor) < lastDay(b.plannedFor) ? -1 : 1));
}

/** A chair's term as the office reads it to see whether its planned end went by unrecorded. */
export type TermOfChair = Readonly<{
  id: string;
  from: IsoDate;
  until: IsoDate | null;
  plannedUntil: PartialDate | null;
  title: Readonly<{ en: string; ru: string | null }>;
}>;

/**
 * An open term with a planned end and no later term recorded: its planned end
 * is a fact to confirm. The term itself stays in force; chairmanship decides that.
 */
export function plannedTermEnds(terms: readonly TermOfChair[]): PlannedFact[] {
  return terms
    .filter((t) => t.until === null && t.plannedUntil !== null && !terms.some((o) => o.from > t.from))
    .map((t) => ({ type: 'chair-terms', id: t.id, title: t.title, plannedFor: t.plannedUntil!, what: 'term-end' }));
}
