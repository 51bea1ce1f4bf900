/**
 * Activities and the action plan: what counts, where and when. An activity
 * counts once, in the period and the year its first day falls in, and only
 * once it is held; it counts once in each of its priority areas and once in
 * each dimension they belong to. A plan item is held when a held activity
 * answers it; otherwise it is what the Secretariat last said of it. Pure.
 */
import { type IsoDate, type PartialDate, firstDay, lastDay } from '../platform/dates.ts';
import type { Bilingual, Provenance } from '../platform/sourced.ts';

export const MEETING_KINDS = ['regular', 'special', 'informal', 'decision'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const ACTIVITY_KINDS = [
  'meeting',
  'seminar',
  'webinar',
  'workshop',
  'conference',
  'forum',
  'visit',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const FORMATS = ['in-person', 'online', 'hybrid'] as const;
export type Format = (typeof FORMATS)[number];
export const ACTIVITY_STATUSES = ['planned', 'held', 'cancelled'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];
/** What staff say of a plan item; "held" is never said, it is seen from the activity that answers the item. */
export const PLAN_DECISIONS = ['pending', 'postponed', 'cancelled'] as const;
export type PlanDecision = (typeof PLAN_DECISIONS)[number];
export type PlanOutcomeStatus = PlanDecision | 'held';
export const PARTICIPANT_ROLES = ['delegate', 'head-of-delegation', 'speaker', 'secretariat'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];
export const OUTCOME_KINDS = ['document', 'recommendation', 'other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];
export const STATE_ROLES = ['organizer', 'host', 'participant'] as const;
export type StateRole = (typeof STATE_ROLES)[number];

/** The party that is neither a state nor an organization: the CICA Secretariat. */
export const SECRETARIAT = 'secretariat';
/** States are two capital letters; organizations are lower-case ids, the Secretariat is "secretariat". Counting calls this a great deal. */
const isStateCode = (party: string) => party.length === 2 && party.charCodeAt(0) <= 90 && party.charCodeAt(1) <= 90;

/** A list of references as stored: codes or ids separated by spaces. */
export function refList(value: string | null | undefined): string[] {
  return value ? value.split(/[\s,;]+/).filter(Boolean) : [];
}

export type Activity = Readonly<{
  id: string;
  kind: ActivityKind;
  status: ActivityStatus;
  title: Bilingual;
  /** A day, or for a meeting known only by its month or year, as precise as the source. */
  start: PartialDate;
  end: IsoDate | null;
  city: Bilingual | null;
  countryCode: string | null;
  format: Format | null;
  bodyId: string | null;
  /** Set when the activity is a meeting of its body: its kind, and its number in the body's series. */
  meeting: Readonly<{ kind: MeetingKind; number: number | null }> | null;
  dimensionId: string | null;
  areaIds: readonly string[];
  /** States (ISO codes), organizations (ids) and the Secretariat. */
  organizers: readonly string[];
  hosts: readonly string[];
  /** Participating states. */
  participants: readonly string[];
  participantCount: number | null;
  planItemId: string | null;
  summary: Bilingual | null;
  outcome: Bilingual | null;
  /** Null when the Secretariat recorded it itself; a fact from the pack names its sources. */
  provenance: Provenance | null;
}>;

/** What counting needs of an activity: a report reads only these, as thousands of whole rows are slow to read. */
export type Countable = Pick<
  Activity,
  | 'id'
  | 'kind'
  | 'status'
  | 'start'
  | 'end'
  | 'bodyId'
  | 'dimensionId'
  | 'areaIds'
  | 'organizers'
  | 'hosts'
  | 'participants'
  | 'planItemId'
  | 'city'
  | 'format'
>;

export type AreaDimensions = ReadonlyMap<string, string>;

/** The dimensions an activity serves: its areas' and, for a measure of a dimension as a whole, its own. */
export function dimensionsOf(a: Countable, areas: AreaDimensions): string[] {
  const dims = new Set<string>();
  for (const id of a.areaIds) {
    const d = areas.get(id);
    if (d) dims.add(d);
  }
  if (a.dimensionId) dims.add(a.dimensionId);
  return [...dims];
}

/** The states an activity concerns in a role, or in any role; organizations and the Secretariat are not states. */
export function statesOf(a: Countable, role?: StateRole): string[] {
  const lists =
    role === 'organizer'
      ? [a.organizers]
      : role === 'host'
        ? [a.hosts]
        : role === 'participant'
          ? [a.participants]
          : [a.organizers, a.hosts, a.participants];
  return [...new Set(lists.flat().filter(isStateCode))];
}

export type ActivityFilter = Readonly<{
  from?: IsoDate | undefined;
  to?: IsoDate | undefined;
  dimension?: string | undefined;
  area?: string | undefined;
  state?: string | undefined;
  role?: StateRole | undefined;
  body?: string | undefined;
  kind?: ActivityKind | undefined;
  status?: ActivityStatus | undefined;
}>;

/** One rule for the calendar, the lists and the report's figures, so a figure and the list it links to agree. */
export function matches(a: Countable, f: ActivityFilter, areas: AreaDimensions): boolean {
  if (f.from && a.start < f.from) return false;
  if (f.to && a.start > f.to) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.kind && a.kind !== f.kind) return false;
  if (f.body && a.bodyId !== f.body) return false;
  if (f.area && !a.areaIds.includes(f.area)) return false;
  if (f.dimension && !dimensionsOf(a, areas).includes(f.dimension)) return false;
  if (f.state && !statesOf(a, f.role).includes(f.state)) return false;
  return true;
}

/** Whether an activity is under way on any day of a span (the calendar shows a conference on each of its days). */
export function overlaps(a: Countable, from: IsoDate, to: IsoDate): boolean {
  return a.start <= to && (a.end ?? a.start) >= from;
}

/** Earliest first; on the same day, the longer first, then by title. */
export function byDate(a: Activity, b: Activity): number {
  return (
    a.start.localeCompare(b.start) ||
    (b.end ?? b.start).localeCompare(a.end ?? a.start) ||
    a.title.en.localeCompare(b.title.en)
  );
}

export type SeriesMeeting = Readonly<{ number: number | null; kind: string; start: PartialDate }>;

/**
 * The number a new regular meeting takes in its body's series: one more than
 * the last numbered regular meeting before it. Special and informal meetings
 * are not numbered.
 */
export function nextMeetingNumber(meetings: readonly SeriesMeeting[], date: IsoDate): number {
  let last = 0;
  for (const m of meetings) {
    if (m.kind === 'regular' && m.number !== null && firstDay(m.start) < date) last = Math.max(last, m.number);
  }
  return last + 1;
}

export type PlanItem = Readonly<{
  id: string;
  planId: string;
  areaId: string | null;
  dimensionId: string | null;
  title: Bilingual;
  kind: ActivityKind;
  responsible: readonly string[];
  plannedFrom: PartialDate;
  plannedUntil: PartialDate | null;
  place: Bilingual | null;
  format: Format | null;
  decision: PlanDecision;
  note: Bilingual | null;
}>;

export type PlanChange = 'date' | 'place' | 'format';

export type PlanOutcome<A extends Countable = Activity> = Readonly<{
  status: PlanOutcomeStatus;
  activity: A | null;
  changes: PlanChange[];
}>;

/**
 * What became of a plan item: held (by the activity that answers it, with what
 * changed from the plan), or what staff last decided. A held activity wins
 * over an earlier "postponed": the plan, the change and the outcome all show.
 */
export function planOutcome<A extends Countable>(item: PlanItem, answering: readonly A[]): PlanOutcome<A> {
  const held =
    answering
      .filter((a) => a.planItemId === item.id && a.status === 'held')
      .sort((a, b) => a.start.localeCompare(b.start))[0] ?? null;
  if (!held) return { status: item.decision, activity: null, changes: [] };
  const changes: PlanChange[] = [];
  const end = held.end ?? held.start;
  if (held.start < firstDay(item.plannedFrom) || end > lastDay(item.plannedUntil ?? item.plannedFrom))
    changes.push('date');
  const plannedPlace = item.place?.en.trim().toLowerCase();
  if (plannedPlace && held.city && held.city.en.trim().toLowerCase() !== plannedPlace) changes.push('place');
  if (item.format && held.format && item.format !== held.format) changes.push('format');
  return { status: 'held', activity: held, changes };
}

export type Tally<K extends string = string> = Readonly<{ key: K; count: number }>;
export type StateTally = Readonly<{ code: string; organizer: number; host: number; participant: number; any: number }>;
export type PlanTally = Readonly<Record<PlanOutcomeStatus | 'planned', number>>;

export type Report = Readonly<{
  from: IsoDate;
  to: IsoDate;
  /** Held activities whose first day falls in the period. */
  total: number;
  byDimension: Tally[];
  byArea: Tally[];
  byKind: Tally<ActivityKind>[];
  byYear: Tally[];
  byState: StateTally[];
  plan: PlanTally;
}>;

const tallies = <K extends string>(counts: Map<K, number>, order?: readonly K[]): Tally<K>[] => {
  const keys = order
    ? [...order.filter((k) => counts.has(k)), ...[...counts.keys()].filter((k) => !order.includes(k)).sort()]
    : [...counts.keys()].sort();
  return keys.map((key) => ({ key, count: counts.get(key)! }));
};
const bump = <K extends string>(m: Map<K, number>, key: K) => m.set(key, (m.get(key) ?? 0) + 1);

/** Years of a period, each as its own span: `2024-06-01…2025-03-31` → 2024, 2025. */
export function yearsOf(from: IsoDate, to: IsoDate): string[] {
  const years: string[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) years.push(String(y));
  return years;
}

/** The years the record speaks of, in reports and plans alike: the CICA process began in 1992; 2200 is far enough ahead. */
export const RECORD_YEARS = { first: 1992, last: 2200 } as const;
/** A report lists every year of its period, one row each: a period of centuries is work for nothing. */
export const REPORT_MAX_YEARS = 25;

export type PeriodProblem = Readonly<{ field: 'from' | 'to'; reason: 'year-out-of-range' | 'too-long' }>;

/** Why a report period is refused, naming the end that is wrong; none when it may be reported. Either end may be left out. */
export function reportPeriodProblems(from: IsoDate | undefined, to: IsoDate | undefined): PeriodProblem[] {
  const year = (d: IsoDate) => Number(d.slice(0, 4));
  const outside = (d: IsoDate | undefined) =>
    d !== undefined && (year(d) < RECORD_YEARS.first || year(d) > RECORD_YEARS.last);
  const problems: PeriodProblem[] = [];
  if (outside(from)) problems.push({ field: 'from', reason: 'year-out-of-range' });
  if (outside(to)) problems.push({ field: 'to', reason: 'year-out-of-range' });
  if (problems.length === 0 && from && to && year(to) - year(from) + 1 > REPORT_MAX_YEARS)
    problems.push({ field: 'to', reason: 'too-long' });
  return problems;
}

/**
 * The implementation report of a period. `areaOrder` and `dimensionOrder`
 * put the rows in the Catalogue's order. A plan item belongs to the period
 * its planned start does.
 */
export function implementationReport(
  input: Readonly<{
    activities: readonly Countable[];
    planItems: readonly PlanItem[];
    areas: AreaDimensions;
    areaOrder: readonly string[];
    dimensionOrder: readonly string[];
    from: IsoDate;
    to: IsoDate;
  }>,
): Report {
  const { areas, from, to } = input;
  const held = input.activities.filter((a) => matches(a, { from, to, status: 'held' }, areas));
  const byDimension = new Map<string, number>(),
    byArea = new Map<string, number>(),
    byKind = new Map<ActivityKind, number>(),
    byYear = new Map<string, number>();
  const byState = new Map<string, { organizer: number; host: number; participant: number; any: number }>();
  for (const a of held) {
    for (const d of dimensionsOf(a, areas)) bump(byDimension, d);
    for (const id of new Set(a.areaIds)) bump(byArea, id);
    bump(byKind, a.kind);
    bump(byYear, a.start.slice(0, 4));
    const inRole = {
      organizer: new Set(statesOf(a, 'organizer')),
      host: new Set(statesOf(a, 'host')),
      participant: new Set(statesOf(a, 'participant')),
    };
    for (const code of new Set([...inRole.organizer, ...inRole.host, ...inRole.participant])) {
      const s = byState.get(code) ?? { organizer: 0, host: 0, participant: 0, any: 0 };
      s.any++;
      for (const role of STATE_ROLES) if (inRole[role].has(code)) s[role]++;
      byState.set(code, s);
    }
  }
  const plan = { planned: 0, held: 0, postponed: 0, cancelled: 0, pending: 0 };
  const answering = new Map<string, Countable[]>();
  for (const a of input.activities)
    if (a.planItemId) answering.set(a.planItemId, [...(answering.get(a.planItemId) ?? []), a]);
  for (const item of input.planItems) {
    const start = firstDay(item.plannedFrom);
    if (start < from || start > to) continue;
    plan.planned++;
    plan[planOutcome(item, answering.get(item.id) ?? []).status]++;
  }
  return {
    from,
    to,
    total: held.length,
    byDimension: tallies(byDimension, input.dimensionOrder),
    byArea: tallies(byArea, input.areaOrder),
    byKind: tallies(byKind, ACTIVITY_KINDS),
    byYear: yearsOf(from, to).map((key) => ({ key, count: byYear.get(key) ?? 0 })),
    byState: [...byState]
      .map(([code, s]) => ({ code, ...s }))
      .sort((a, b) => b.any - a.any || a.code.localeCompare(b.code)),
    plan,
  };
}

/** Activities still recorded as planned whose last day has passed by the date: staff are asked whether they were held. */
export function activitiesPastPlannedDate(activities: readonly Activity[], date: IsoDate): Activity[] {
  return activities.filter((a) => a.status === 'planned' && (a.end ?? a.start) < date).sort(byDate);
}

export type Plan = Readonly<{
  id: string;
  year: number;
  title: Bilingual;
  approvedOn: string | null;
  meetingId: string | null;
  note: Bilingual | null;
}>;
export type Participant = Readonly<{
  id: string;
  personId: string;
  name: Bilingual;
  stateCode: string | null;
  role: ParticipantRole;
  title: Bilingual | null;
}>;
export type Outcome = Readonly<{
  id: string;
  kind: OutcomeKind;
  documentId: string | null;
  documentTitle: Bilingual | null;
  text: Bilingual | null;
}>;
