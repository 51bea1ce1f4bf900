/**
 * Activities and the action plan: the register, the calendar, the report and
 * the timelines, all read through the one filter rule in activities.ts. Staff
 * edit them in the office; the plan also comes and goes as CSV.
 */
import './activities.messages.ts';
import type { BodiesService } from '../bodies/bodies.service.ts';
import { type MeetingReader, meetingTitle, untitledMeetingTitle } from '../bodies/bodies.ts';
import type { CbmService, CatalogueOnDate } from '../cbm/cbm.service.ts';
import type { NewsroomService } from '../newsroom/newsroom.service.ts';
import type { Release } from '../newsroom/newsroom.ts';
import type { OfficeService, Save } from '../office/office.service.ts';
import type { PeopleService } from '../people/people.service.ts';
import type { Actor } from '../platform/access.ts';
import { type Change, RefusedChange, invalid } from '../platform/changes.ts';
import { INT_MAX } from '../platform/numbers.ts';
import type { Clock } from '../platform/clock.ts';
import { type IsoDate, firstDay, latestInForce } from '../platform/dates.ts';
import type { Db } from '../platform/db/database.ts';
import { DomainError, type FieldProblem } from '../platform/errors.ts';
import type { Lang } from '../platform/i18n/i18n.ts';
import type { Bilingual } from '../platform/sourced.ts';
import {
  type Activity,
  type ActivityFilter,
  type AreaDimensions,
  type PlanItem,
  type PlanOutcome,
  type Report,
  byDate,
  implementationReport,
  matches,
  RECORD_YEARS,
  REPORT_MAX_YEARS,
  nextMeetingNumber,
  planOutcome,
} from './activities.ts';
import { reportPeriodIssues } from './activities.schema.ts';
import { type PlanRow, parsePlanCsv, planCsv } from './activities.csv.ts';
import { type StoredActivity, createActivitiesStore } from './activities.store.ts';
import type { ActivityStatus, Outcome, Participant, Plan, PlanDecision } from './activities.ts';
import type { Post } from '../people/people.ts';

export type Deps = Readonly<{
  clock: Clock;
  cbm: CbmService;
  /** For the titles of meetings, which their body's series gives. */
  bodies: Pick<BodiesService, 'bodies'>;
  people: PeopleService;
  office: Pick<OfficeService, 'check' | 'get' | 'saveAll'>;
  newsroom: () => NewsroomService;
}>;

/** A participant with the title they held on the day: from their recorded post, else as written for the activity. */
export type Delegate = Participant & Readonly<{ post: Post | null }>;

export type ActivityPage = Readonly<{
  activity: Activity;
  participants: Delegate[];
  outcomes: Outcome[];
  plan: Readonly<{ item: PlanItem; outcome: PlanOutcome; year: number | null }> | null;
  releases: Release[];
}>;

/** A step of a timeline; a plan item notes staff's decision on it, an activity its status. */
export type TimelineEntry = Readonly<{ date: string; title: Bilingual; path: string | null }> &
  (
    | Readonly<{ kind: 'plan'; note: PlanDecision }>
    | Readonly<{ kind: 'activity'; note: ActivityStatus }>
    | Readonly<{ kind: 'document' | 'release'; note: null }>
  );

export type ReportPage = Readonly<{ report: Report; catalogue: CatalogueOnDate }>;

export type PlanImportResult =
  | { ok: true; created: number; updated: number }
  | { ok: false; problems: Array<FieldProblem & { row: number }> };

type Values = Record<string, string | number | null>;

/**
 * The office's completion of a new activity, inside its transaction: a body's
 * regular meeting recorded without a number takes the next one in the body's
 * series. The activity is the meeting; nothing else is written.
 */
export async function completeActivity(values: Values, change: Change): Promise<Values> {
  if (values.kind !== 'meeting' || typeof values.body_id !== 'string') return values;
  const kind = typeof values.meeting_kind === 'string' ? values.meeting_kind : 'regular';
  if (kind !== 'regular' || (values.meeting_number !== null && values.meeting_number !== undefined))
    return { ...values, meeting_kind: kind };
  const store = createActivitiesStore(change.trx);
  const number = nextMeetingNumber(await store.series(values.body_id), String(values.start_date));
  if (number > INT_MAX) throw new RefusedChange(invalid([{ field: 'body_id', message: 'field.numberRange' }]));
  return { ...values, meeting_kind: kind, meeting_number: number };
}

/** The narrow read the bodies capability is given of the meetings recorded as activities. */
export function meetingReader(db: Db): MeetingReader {
  return createActivitiesStore(db).meetings;
}

export function createActivitiesService(db: Db, deps: Deps) {
  const raw = createActivitiesStore(db);

  /** Every activity read gets its title: its own, else, for a meeting, its body's series title, else its body's name. */
  async function titled(found: readonly StoredActivity[]): Promise<Activity[]> {
    if (found.every((a) => a.title !== null)) return found as Activity[];
    const bodies = new Map((await deps.bodies.bodies()).map((b) => [b.id, b]));
    return found.map((a) => {
      if (a.title !== null) return a as Activity;
      const body = a.bodyId ? bodies.get(a.bodyId) : undefined;
      const forTitle = { number: a.meeting?.number ?? null, start: a.start, titleEn: null, titleRu: null };
      const name = (lang: Lang) =>
        meetingTitle(forTitle, body?.series ?? [], lang) ??
        untitledMeetingTitle(lang, body?.series ?? [], a.start, body?.name ?? { en: a.bodyId ?? '', ru: null });
      return { ...a, title: { en: name('en'), ru: name('ru') } };
    });
  }

  const store = {
    ...raw,
    activities: async (filter?: Parameters<typeof raw.activities>[0]) => titled(await raw.activities(filter)),
    during: async (from: string, to: string) => titled(await raw.during(from, to)),
    activity: async (id: string) => {
      const found = await raw.activity(id);
      return found ? (await titled([found]))[0]! : null;
    },
  };

  async function areaDimensions(): Promise<AreaDimensions> {
    return new Map((await deps.cbm.priorityAreas()).map((a) => [a.id, a.dimensionId]));
  }

  return {
    async names(): Promise<Array<{ id: string; title: Bilingual }>> {
      return (await titled(await raw.names())).map((a) => ({ id: a.id, title: a.title }));
    },
    plans: store.plans,

    async activity(id: string): Promise<Activity | null> {
      return store.activity(id);
    },

    /** Activities that pass a filter, earliest first. */
    async list(filter: ActivityFilter): Promise<Activity[]> {
      const [all, areas] = await Promise.all([
        store.activities({ from: filter.from, to: filter.to }),
        areaDimensions(),
      ]);
      return all.filter((a) => matches(a, filter, areas)).sort(byDate);
    },

    /** Activities under way in a span (a calendar month), by the same filter but for the dates. */
    async during(from: IsoDate, to: IsoDate, filter: ActivityFilter): Promise<Activity[]> {
      const [all, areas] = await Promise.all([store.during(from, to), areaDimensions()]);
      return all.filter((a) => matches(a, { ...filter, from: undefined, to: undefined }, areas)).sort(byDate);
    },

    /** What a person attended: the activities that list them among their participants. */
    async attendedBy(personId: string) {
      const found = await store.attendedBy(personId);
      const activities = await titled(found.map((f) => f.activity));
      return found.map((f, i) => ({ ...f, activity: activities[i]! }));
    },

    async page(id: string, lang: Lang): Promise<ActivityPage> {
      const activity = await store.activity(id);
      if (!activity)
        throw new DomainError(
          'RECORD_NOT_FOUND',
          'error.noActivity',
          [{ field: 'id', message: 'error.noActivity', params: { id } }],
          { id },
        );
      const [participants, outcomes, heads, others, items, releases, plans] = await Promise.all([
        store.participants(id),
        store.outcomes(id),
        deps.people.secretariatHeads(),
        deps.people.otherPositions(),
        activity.planItemId ? store.planItems({ ids: [activity.planItemId] }) : Promise.resolve([]),
        deps.newsroom().publicList(lang, { page: 1, link: { kind: 'activity', id }, all: true }),
        store.plans(),
      ]);
      const positions = [...heads, ...others];
      const participantsWithPosts = participants.map((p) => {
        const held = latestInForce(
          positions.filter((x) => x.personId === p.personId),
          activity.start,
        );
        return { ...p, post: held?.post ?? null };
      });
      const item = items[0];
      const plan = item
        ? {
            item,
            outcome: planOutcome(item, await store.activities({ planItemIds: [item.id] })),
            year: plans.find((x) => x.id === item.planId)?.year ?? null,
          }
        : null;
      return { activity, participants: participantsWithPosts, outcomes, plan, releases: releases.items };
    },

    async report(from: IsoDate, to: IsoDate): Promise<ReportPage> {
      // The routes' schemas refuse such a period already; a period one of them completed with today's year is checked here.
      const problems = reportPeriodIssues(from, to);
      if (problems.length > 0)
        throw new DomainError(
          'VALIDATION',
          `a report covers the years ${RECORD_YEARS.first}–${RECORD_YEARS.last}, at most ${REPORT_MAX_YEARS} of them`,
          problems,
        );
      const [activities, catalogue, plans] = await Promise.all([
        store.countable({ from, to }),
        deps.cbm.catalogueOn(to),
        store.plans(),
      ]);
      // Plan items of the plans whose year the period touches; an item planned in the period but answered later still counts as held.
      const years = new Set(
        Array.from(
          { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
          (_, i) => Number(from.slice(0, 4)) + i,
        ),
      );
      const planItems = await store.planItems({ planIds: plans.filter((p) => years.has(p.year)).map((p) => p.id) });
      // Activities of the period are read already; only those that carried out its plan items later (or earlier) are missing.
      const answering = await store.countable({ planItemIds: planItems.map((i) => i.id), outside: [from, to] });
      const areas = new Map(
        catalogue.dimensions.flatMap((d) => d.areas.map((a) => [a.area.id, d.dimension.id] as const)),
      );
      const report = implementationReport({
        activities: [...activities, ...answering],
        planItems,
        areas,
        areaOrder: catalogue.dimensions.flatMap((d) => d.areas.map((a) => a.area.id)),
        dimensionOrder: catalogue.dimensions.map((d) => d.dimension.id),
        from,
        to,
      });
      return { report, catalogue };
    },

    async plan(year: number): Promise<{ plan: Plan; items: Array<{ item: PlanItem; outcome: PlanOutcome }> } | null> {
      const [plan] = await store.plans({ year });
      if (!plan) return null;
      const items = await store.planItems({ planIds: [plan.id] });
      const answering = await store.activities({ planItemIds: items.map((i) => i.id) });
      return { plan, items: items.map((item) => ({ item, outcome: planOutcome(item, answering) })) };
    },

    async planCsv(year: number): Promise<string | null> {
      const [plan] = await store.plans({ year });
      return plan ? planCsv(await store.planItems({ planIds: [plan.id] })) : null;
    },

    /**
     * Reads plan items from CSV into a year's plan: a row with the id of one of
     * the plan's items corrects it, any other row adds one. Every row is checked
     * with the office's one schema first; one bad row refuses the whole file.
     */
    async importPlanCsv(actor: Actor, year: number, text: string): Promise<PlanImportResult> {
      const [plan] = await store.plans({ year });
      if (!plan) return { ok: false, problems: [{ row: 0, field: 'year', message: 'field.unknownRef' }] };
      const parsed = parsePlanCsv(text);
      if (!parsed.ok) return parsed;
      const existing = new Map((await store.planItems({ planIds: [plan.id] })).map((i) => [i.id, i]));
      const problems: Array<FieldProblem & { row: number }> = [];
      for (const [i, row] of parsed.rows.entries()) {
        // Line 1 is the header, so the file's line of a row is its index + 2.
        for (const p of await deps.office.check('plan-items', 'create', { ...row.values, plan_id: plan.id }))
          problems.push({ ...p, row: i + 2 });
      }
      if (problems.length) return { ok: false, problems };
      // One change for the whole file: every row is saved, or none.
      const saves: Save[] = [];
      let created = 0;
      for (const row of parsed.rows as PlanRow[]) {
        const current = row.id ? existing.get(row.id) : undefined;
        if (current)
          saves.push({
            type: 'plan-items',
            id: current.id,
            version: Number((await deps.office.get('plan-items', current.id)).version),
            input: row.values,
          });
        else {
          saves.push({ type: 'plan-items', input: { ...row.values, plan_id: plan.id } });
          created++;
        }
      }
      const saved = await deps.office.saveAll(actor, saves);
      if (!saved.ok) return { ok: false, problems: saved.problems.map((p) => ({ ...p, row: 0 })) };
      const updated = saves.length - created;
      return { ok: true, created, updated };
    },

    /** Plan → activity → outcome documents → press releases for a priority area or a state, in date order. */
    async timeline(subject: Readonly<{ area: string } | { state: string }>, lang: Lang): Promise<TimelineEntry[]> {
      const areas = await areaDimensions();
      const filter: ActivityFilter = 'area' in subject ? { area: subject.area } : { state: subject.state };
      const activities = (await store.activities()).filter((a) => matches(a, filter, areas));
      const plans = await store.plans();
      const items = (await store.planItems()).filter((i) =>
        'area' in subject ? i.areaId === subject.area : i.responsible.includes(subject.state),
      );
      const [documents, releases] = await Promise.all([
        store.outcomeDocuments(activities.map((a) => a.id)),
        deps.newsroom().publicList(lang, {
          page: 1,
          link: 'area' in subject ? { kind: 'area', id: subject.area } : { kind: 'state', id: subject.state },
          all: true,
        }),
      ]);
      const byActivity = new Map(activities.map((a) => [a.id, a]));
      const entries: TimelineEntry[] = [
        ...items.map((i) => ({
          date: firstDay(i.plannedFrom),
          kind: 'plan' as const,
          title: i.title,
          path: `/activities/plan/${plans.find((p) => p.id === i.planId)?.year ?? ''}#${i.id}`,
          note: i.decision,
        })),
        ...activities.map((a) => ({
          date: a.start,
          kind: 'activity' as const,
          title: a.title,
          path: `/activities/${a.id}`,
          note: a.status,
        })),
        ...documents.map((d) => ({
          date: d.date ? firstDay(d.date) : byActivity.get(d.activityId)!.start,
          kind: 'document' as const,
          title: d.title,
          path: `/documents/${d.documentId}`,
          note: null,
        })),
        ...releases.items.map((r) => ({
          date: r.date,
          kind: 'release' as const,
          title: { en: r.title.en ?? r.title.ru ?? '', ru: r.title.ru },
          path: `/news/${r.slug}`,
          note: null,
        })),
      ];
      const order = { plan: 0, activity: 1, document: 2, release: 3 };
      return entries.sort((a, b) => a.date.localeCompare(b.date) || order[a.kind] - order[b.kind]);
    },
  };
}

export type ActivitiesService = ReturnType<typeof createActivitiesService>;
