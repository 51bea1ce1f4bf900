/**
 * Bodies and their numbered meetings. A body names its series ("Ministerial
 * Meeting", later "Ministerial Council Meeting"); a meeting's title is its
 * number in words or digits with the series name in force on its date.
 */
import type { Provenance } from '../platform/sourced.ts';
import type { Bilingual } from '../platform/sourced.ts';
import type { IsoDate, PartialDate } from '../platform/dates.ts';
import { firstDay, lastDay } from '../platform/dates.ts';
import { type Lang, t } from '../platform/i18n/i18n.ts';
import './bodies.messages.ts';
import {
  type Case,
  type Gender,
  capitalize,
  englishOrdinalNumeral,
  englishOrdinalWord,
  russianOrdinalNumeral,
  russianOrdinalWord,
} from './ordinals.ts';

export const BODY_KINDS = ['governing', 'working', 'secretariat', 'advisory', 'standing'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export type SeriesName = Readonly<{
  from: string | null;
  nounEn: string;
  headRu: Readonly<Record<Case, string>>;
  genderRu: Gender;
  tailRu: string;
}>;

export type MeetingForTitle = Readonly<{
  number: number | null;
  start: PartialDate;
  titleEn: string | null;
  titleRu: string | null;
}>;

/** Ordinals up to ten are spelled out, higher ones are written in digits ("Seventh", "12th"). */
const SPELLED_UP_TO = 10;

/** The series name in force on a date: the latest renaming on or before it. */
export function seriesOn(series: readonly SeriesName[], date: PartialDate): SeriesName | null {
  const day = firstDay(date);
  let found: SeriesName | null = null;
  for (const s of series) {
    if ((s.from === null || s.from <= day) && (found === null || (s.from ?? '') > (found.from ?? ''))) found = s;
  }
  return found;
}

/** "Seventh Ministerial Council Meeting", "12th CICA Think Tank Forum". */
export function englishMeetingTitle(number: number, series: SeriesName): string {
  const ordinal = number <= SPELLED_UP_TO ? capitalize(englishOrdinalWord(number)) : englishOrdinalNumeral(number);
  return `${ordinal} ${series.nounEn}`;
}

/** "Седьмое заседание Совета министров иностранных дел СВМДА"; in the genitive, "Седьмого заседания …". */
export function russianMeetingTitle(number: number, series: SeriesName, kase: Case = 'nom'): string {
  const ordinal =
    number <= SPELLED_UP_TO
      ? russianOrdinalWord(number, series.genderRu, kase)
      : russianOrdinalNumeral(number, series.genderRu, kase);
  return capitalize([ordinal, series.headRu[kase], series.tailRu].filter(Boolean).join(' '));
}

/**
 * A meeting's title in a language: numbered meetings get their series title, the
 * others their own. Null when the record has neither (the view then names the body).
 */
export function meetingTitle(meeting: MeetingForTitle, series: readonly SeriesName[], lang: Lang): string | null {
  const own = lang === 'ru' ? (meeting.titleRu ?? meeting.titleEn) : meeting.titleEn;
  if (own) return own;
  const name = meeting.number === null ? null : seriesOn(series, meeting.start);
  if (meeting.number === null || name === null) return null;
  return lang === 'ru' ? russianMeetingTitle(meeting.number, name) : englishMeetingTitle(meeting.number, name);
}

/**
 * What an unnumbered meeting without a title of its own is called: after its body,
 * in Russian from the series' own words where the body has a series ("Заседание
 * Комитета старших должностных лиц СВМДА", not "Заседание: Комитет…").
 */
export function untitledMeetingTitle(
  lang: Lang,
  series: readonly SeriesName[],
  start: PartialDate,
  bodyName: Bilingual,
): string {
  const name = lang === 'ru' ? seriesOn(series, start) : null;
  if (name) return capitalize([name.headRu.nom, name.tailRu].filter(Boolean).join(' '));
  return t(lang, 'meeting.untitled', { body: lang === 'ru' ? (bodyName.ru ?? bodyName.en) : bodyName.en });
}

export type Body = Readonly<{
  id: string;
  kind: BodyKind;
  position: number;
  name: Bilingual;
  acronym: Bilingual | null;
  formerName: Bilingual | null;
  renamedOn: string | null;
  founded: string | null;
  role: Bilingual | null;
  frequency: Bilingual | null;
  series: SeriesName[];
}>;
export type MeetingKind = 'regular' | 'special' | 'informal' | 'decision';
export type Meeting = Readonly<{
  id: string;
  bodyId: string;
  number: number | null;
  kind: MeetingKind;
  status: 'held' | 'planned' | 'cancelled';
  titleEn: string | null;
  titleRu: string | null;
  start: string;
  end: string | null;
  city: Bilingual | null;
  countryCode: string | null;
  format: 'in-person' | 'online' | 'hybrid' | null;
  summary: Bilingual | null;
  /** Null when the Secretariat recorded the meeting itself. */
  provenance: Provenance | null;
}>;
export type MeetingFilter = Readonly<{ bodyId?: string; ids?: readonly string[]; heldBy?: string }>;
/**
 * How the bodies capability reads its meetings: a meeting of a body is an
 * activity (decision 013), so the activities capability answers, in date order.
 */
export type MeetingReader = (filter?: MeetingFilter) => Promise<Meeting[]>;

/**
 * Meetings still recorded as planned whose dates have all passed by the date
 * (the Seventh Summit, "autumn 2026", read in 2027): the record owes word of
 * whether they were held, so staff are asked to confirm. A date known only to
 * the year or month passes with its last day.
 */
export function meetingsPastPlannedDate<M extends Pick<Meeting, 'status' | 'start' | 'end'>>(
  meetings: readonly M[],
  date: IsoDate,
): M[] {
  return meetings
    .filter((m) => m.status === 'planned' && lastDay(m.end ?? m.start) < date)
    .sort((a, b) => (firstDay(a.start) < firstDay(b.start) ? -1 : 1));
}
