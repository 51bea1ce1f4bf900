/**
 * Datelines and dates stated in an article, in the English and Russian house
 * styles and the variants the Secretariat's own releases have used. Pure: the
 * year to assume for "on June 26" is passed in, never read from a clock.
 */
import type { IsoDate } from '../platform/dates.ts';

export type Dateline = Readonly<{ place: string | null; from: IsoDate; to: IsoDate; seen: string }>;

const MONTHS_EN = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
// Russian months in the genitive ("26 июня") and the nominative ("июнь 2024").
const MONTHS_RU = [
  ['января', 'январь'],
  ['февраля', 'февраль'],
  ['марта', 'март'],
  ['апреля', 'апрель'],
  ['мая', 'май'],
  ['июня', 'июнь'],
  ['июля', 'июль'],
  ['августа', 'август'],
  ['сентября', 'сентябрь'],
  ['октября', 'октябрь'],
  ['ноября', 'ноябрь'],
  ['декабря', 'декабрь'],
];

/** The month number (1–12) of an English or Russian month name or its three-letter short form, or null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  for (let i = 0; i < 12; i++) {
    const en = MONTHS_EN[i]!;
    if (w === en || (w.length >= 3 && en.startsWith(w) && (w.length === 3 || w === 'sept'))) return i + 1;
    const [gen, nom] = MONTHS_RU[i]!;
    if (w === gen || w === nom || (w.length >= 3 && gen!.startsWith(w) && w.length <= 4)) return i + 1;
  }
  return null;
}

/** A calendar date that exists ("2024-02-30" does not), or null. */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export type DateParse = { ok: true; date: IsoDate } | { ok: false; reason: 'not-a-date' | 'no-such-date' };

/** "2024-06-26", "26 June 2024", "June 26, 2024", "26 июня 2024 г." → the date; "31 June 2024" is no such date. */
export function parseDate(text: string): DateParse {
  const t = text.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) return checked(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})(?:\s*(?:г\.|года))?$/u.exec(t);
  if (m) {
    const month = monthNumber(m[2]!);
    return month ? checked(+m[3]!, month, +m[1]!) : { ok: false, reason: 'not-a-date' };
  }
  m = /^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})$/u.exec(t);
  if (m) {
    const month = monthNumber(m[1]!);
    return month ? checked(+m[3]!, month, +m[2]!) : { ok: false, reason: 'not-a-date' };
  }
  return { ok: false, reason: 'not-a-date' };
}

function checked(year: number, month: number, day: number): DateParse {
  const date = isoDate(year, month, day);
  return date ? { ok: true, date } : { ok: false, reason: 'no-such-date' };
}

// A place: one to three capitalized words ("Astana", "Nur-Sultan", "Ho Chi Minh City"),
// optionally followed by ", Country".
const PLACE = String.raw`(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2})(?:,\s*(\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?))?`;
const DASH = String.raw`\s*[-–—]\s*`;
const DAY_RANGE = String.raw`(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?`;
const MONTH = String.raw`(\p{L}+)\.?`;
const YEAR = String.raw`(\d{4})(?:\s*(?:г\.|года))?`;

// "Astana, 3-4 October 2024 —", "Астана, 26 июня 2024 г. —"
const PLACE_FIRST = new RegExp(String.raw`^${PLACE},\s*${DAY_RANGE}\s+${MONTH}\s+${YEAR}${DASH}`, 'u');
// "26 June 2024 – Astana, Kazakhstan -", "12 March 2024 - Astana -"
const DATE_FIRST = new RegExp(String.raw`^${DAY_RANGE}\s+${MONTH}\s+${YEAR}${DASH}${PLACE}${DASH}`, 'u');
// "Astana, Kazakhstan – 5 October 2023 –"
const PLACE_DASH_DATE = new RegExp(String.raw`^${PLACE}${DASH}${DAY_RANGE}\s+${MONTH}\s+${YEAR}${DASH}`, 'u');
// "ASTANA, June 26 (Agency) –", the wire style with the month first and the year left out
const WIRE = new RegExp(
  String.raw`^${PLACE},\s*${MONTH}\s+(\d{1,2})(?:\s*[-–—]\s*(\d{1,2}))?(?:,\s*(\d{4}))?(?:\s*\([^)]{1,60}\))?${DASH}`,
  'u',
);

export type DatelineParse =
  | { ok: true; dateline: Dateline | null }
  | { ok: false; reason: 'no-such-date'; seen: string };

/**
 * The dateline at the start of `text`, if it has one. A dateline that names a
 * day that does not exist is a refusal, not silence: the article is wrong.
 * `year` is the year to assume where the wire style leaves it out.
 */
export function parseDateline(text: string, year: number | null): DatelineParse {
  const head = text.trimStart().slice(0, 240);
  const tries: Array<() => DatelineParse | null> = [
    () => {
      const m = PLACE_FIRST.exec(head);
      return m ? build(m[0], m[1]!, m[3]!, m[4] ?? null, m[5]!, m[6]!) : null;
    },
    () => {
      const m = DATE_FIRST.exec(head);
      return m ? build(m[0], m[5]!, m[1]!, m[2] ?? null, m[3]!, m[4]!) : null;
    },
    () => {
      const m = PLACE_DASH_DATE.exec(head);
      return m ? build(m[0], m[1]!, m[3]!, m[4] ?? null, m[5]!, m[6]!) : null;
    },
    () => {
      const m = WIRE.exec(head);
      const y = m?.[6] ?? (year ? String(year) : null);
      return m && y ? build(m[0], m[1]!, m[4]!, m[5] ?? null, m[3]!, y) : null;
    },
  ];
  for (const attempt of tries) {
    const found = attempt();
    if (found) return found;
  }
  return { ok: true, dateline: null };
}

function build(
  seen: string,
  place: string,
  fromDay: string,
  toDay: string | null,
  monthWord: string,
  year: string,
): DatelineParse | null {
  const month = monthNumber(monthWord);
  if (!month) return null;
  const from = isoDate(+year, month, +fromDay);
  const to = toDay ? isoDate(+year, month, +toDay) : from;
  if (!from || !to) return { ok: false, reason: 'no-such-date', seen: seen.trim() };
  if (to < from) return null;
  return { ok: true, dateline: { place: titleCase(place), from, to, seen: seen.trim() } };
}

// Wire datelines shout the city ("ASTANA"); the record spells it "Astana".
function titleCase(place: string): string {
  return place === place.toUpperCase()
    ? place.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase())
    : place;
}

export type StatedDate = Readonly<{ place: string | null; from: IsoDate; to: IsoDate; seen: string }>;

const IN_PLACE_ON =
  /\b(?:held|took place|opened|met|convened|hosted)\s+in\s+(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)\s+on\s+(?:(\p{L}+)\s+(\d{1,2})|(\d{1,2})\s+(\p{L}+))(?:,?\s+(\d{4}))?/gu;
const ON_DATE =
  /\bon\s+(?:(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+(\p{L}+)|(\p{L}+)\s+(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?)(?:,?\s+(\d{4}))?/gu;
// "26 июня в Астане", "3–4 октября 2024 года в Баку"
const RU_DATE_IN =
  /(\d{1,2})(?:\s*[-–]\s*(\d{1,2}))?\s+(\p{L}+)(?:\s+(\d{4})\s*(?:г\.|года)?)?\s+в\s+(\p{Lu}[\p{L}-]+)/gu;

/** Dates the text itself states for the event ("held in Astana on June 26"), in the order written. */
export function statedDates(text: string, year: number | null): StatedDate[] {
  const found: StatedDate[] = [];
  const add = (
    seen: string,
    place: string | null,
    m: string,
    d1: string,
    d2: string | undefined,
    y: string | undefined,
  ) => {
    const month = monthNumber(m);
    const yr = y ? +y : year;
    if (!month || !yr) return;
    const from = isoDate(yr, month, +d1);
    const to = d2 ? isoDate(yr, month, +d2) : from;
    if (from && to && to >= from) found.push({ place, from, to, seen });
  };
  for (const m of text.matchAll(IN_PLACE_ON)) add(m[0], m[1]!, m[2] ?? m[5]!, m[3] ?? m[4]!, undefined, m[6]);
  if (found.length === 0) {
    for (const m of text.matchAll(ON_DATE)) add(m[0], null, m[3] ?? m[4]!, m[1] ?? m[5]!, m[2] ?? m[6], m[7]);
  }
  for (const m of text.matchAll(RU_DATE_IN)) add(m[0], m[5]!, m[3]!, m[1]!, m[2], m[4]);
  return found;
}
