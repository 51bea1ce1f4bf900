/**
 * Dates in the record. A fact is often known only to the year or the month
 * ("Bahrain joined during 2011"), so the record keeps partial dates and the
 * rules compare through their first or last day. No clock is read here.
 */

/** A calendar day, `YYYY-MM-DD`. */
export type IsoDate = string & { readonly __isoDate?: never };

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: as precise as the source is. */
export type PartialDate = string & { readonly __partialDate?: never };

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(value: string): value is IsoDate {
  const m = PARTIAL.exec(value);
  return m !== null && m[3] !== undefined && isRealDay(+m[1]!, +m[2]!, +m[3]);
}

export function isPartialDate(value: string): value is PartialDate {
  const m = PARTIAL.exec(value);
  if (!m) return false;
  if (m[2] === undefined) return true;
  if (+m[2] < 1 || +m[2] > 12) return false;
  return m[3] === undefined || isRealDay(+m[1]!, +m[2], +m[3]);
}

function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate): Precision {
  const parts = date.split('-').length;
  return parts === 1 ? 'year' : parts === 2 ? 'month' : 'day';
}

/** The first day a partial date can mean: `2011` → `2011-01-01`. */
export function firstDay(date: PartialDate): IsoDate {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: `2024-02` → `2024-02-29`. */
export function lastDay(date: PartialDate): IsoDate {
  const [y, m, d] = date.split('-');
  if (d !== undefined) return date;
  if (m === undefined) return `${y}-12-31`;
  return `${y}-${m}-${String(daysInMonth(+y!, +m)).padStart(2, '0')}`;
}

/**
 * A period of a fact (a status, a term, a role). `from` and `until` are
 * inclusive. Where a start is unknown, `fromAttested` is the earliest date a
 * source shows the fact in force; where an end is unknown but the fact is over,
 * `untilAttested` is the last date a source shows it.
 */
export type Period = Readonly<{
  from: PartialDate | null;
  fromAttested?: PartialDate | null;
  until: PartialDate | null;
  untilAttested?: PartialDate | null;
}>;

/** The first day the record can vouch for, or null if it vouches for none. */
export function periodStart(p: Period): IsoDate | null {
  const start = p.from ?? p.fromAttested ?? null;
  return start === null ? null : firstDay(start);
}

/** The last day the record can vouch for; null while the fact is still in force. */
export function periodEnd(p: Period): IsoDate | null {
  if (p.until !== null) return lastDay(p.until);
  if (p.untilAttested) return lastDay(p.untilAttested);
  return null;
}

export function hasEnded(p: Period): boolean {
  return p.until !== null || Boolean(p.untilAttested);
}

/** Whether the record shows the period in force on `date` (both ends inclusive). */
export function inForceOn(p: Period, date: IsoDate): boolean {
  const start = periodStart(p);
  if (start === null || start > date) return false;
  const end = periodEnd(p);
  return end === null || end >= date;
}

/** Of the periods in force on a date, the one that began last: on a handover day the newcomer holds. */
export function latestInForce<T extends Period>(periods: readonly T[], date: IsoDate): T | null {
  let best: T | null = null;
  for (const p of periods) {
    if (!inForceOn(p, date)) continue;
    if (best === null || periodStart(p)! >= periodStart(best)!) best = p;
  }
  return best;
}
