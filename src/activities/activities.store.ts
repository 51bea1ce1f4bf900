/** Activities, their people and outcomes, and the action plans, as the rules in activities.ts see them. */
import type { Selectable, SelectQueryBuilder } from 'kysely';
import type { Meeting, MeetingFilter } from '../bodies/bodies.ts';
import type { ActivityTable, Database, Db } from '../platform/db/database.ts';
import { type Bilingual, bilingual, provenance } from '../platform/sourced.ts';
import {
  type Activity,
  type ActivityKind,
  type ActivityStatus,
  type Countable,
  type Format,
  type MeetingKind,
  type PlanDecision,
  type PlanItem,
  refList,
} from './activities.ts';
import type { Outcome, OutcomeKind, Participant, ParticipantRole, Plan } from './activities.ts';

type ActivityRow = Selectable<ActivityTable>;

/** An activity as stored: a numbered meeting has no title of its own until its body's series gives it one. */
export type StoredActivity = Omit<Activity, 'title'> & Readonly<{ title: Bilingual | null }>;

const provenanceOf = (r: ActivityRow) =>
  r.sources === null ? null : provenance({ sources: r.sources, confidence: r.confidence ?? 'H' });

function toActivity(r: ActivityRow): StoredActivity {
  return {
    id: r.id,
    kind: r.kind as ActivityKind,
    status: r.status as ActivityStatus,
    title: bilingual(r.title_en, r.title_ru),
    start: r.start_date,
    end: r.end_date,
    city: bilingual(r.city_en, r.city_ru),
    countryCode: r.country_code,
    format: r.format as Format | null,
    bodyId: r.body_id,
    meeting:
      r.body_id !== null && r.meeting_kind !== null
        ? { kind: r.meeting_kind as MeetingKind, number: r.meeting_number }
        : null,
    dimensionId: r.dimension_id,
    areaIds: refList(r.areas),
    organizers: refList(r.organizers),
    hosts: refList(r.hosts),
    participants: refList(r.participants),
    participantCount: r.participant_count,
    planItemId: r.plan_item_id,
    summary: bilingual(r.summary_en, r.summary_ru),
    outcome: bilingual(r.outcome_en, r.outcome_ru),
    provenance: provenanceOf(r),
  };
}

type Span = Readonly<{
  from?: string | undefined;
  to?: string | undefined;
  planItemIds?: readonly string[];
  outside?: readonly [string, string];
}>;

export function createActivitiesStore(db: Db) {
  const q = { activity: () => db.selectFrom('activity').selectAll().where('retired_at', 'is', null) };

  /**
   * The one way activities are narrowed: begun within `from`…`to`, carrying
   * out given plan items, begun outside a span. An empty list of plan items
   * asks for none (null).
   */
  function narrowed<Q extends SelectQueryBuilder<Database, 'activity', object>>(query: Q, f: Span): Q | null {
    let out = query;
    if (f.from) out = out.where('start_date', '>=', f.from) as Q;
    if (f.to) out = out.where('start_date', '<=', f.to) as Q;
    if (f.planItemIds) {
      if (f.planItemIds.length === 0) return null;
      out = out.where('plan_item_id', 'in', f.planItemIds) as Q;
    }
    if (f.outside) {
      const [before, after] = f.outside;
      out = out.where((eb) => eb.or([eb('start_date', '<', before), eb('start_date', '>', after)])) as Q;
    }
    return out;
  }

  return {
    /** Activities whose first day falls within `from`…`to` (either open), earliest first. */
    async activities(filter: Omit<Span, 'outside'> = {}): Promise<StoredActivity[]> {
      const query = narrowed(q.activity(), filter);
      return query ? (await query.orderBy('start_date').orderBy('id').execute()).map(toActivity) : [];
    },

    /** The counting columns of activities begun within `from`…`to`, or answering plan items: what a report reads. */
    async countable(filter: Span): Promise<Countable[]> {
      const query = narrowed(
        db
          .selectFrom('activity')
          .select([
            'id',
            'kind',
            'status',
            'start_date',
            'end_date',
            'body_id',
            'dimension_id',
            'areas',
            'organizers',
            'hosts',
            'participants',
            'plan_item_id',
            'city_en',
            'city_ru',
            'format',
          ])
          .where('retired_at', 'is', null),
        filter,
      );
      if (!query) return [];
      return (await query.execute()).map((r) => ({
        id: r.id,
        kind: r.kind as ActivityKind,
        status: r.status as ActivityStatus,
        start: r.start_date,
        end: r.end_date,
        bodyId: r.body_id,
        dimensionId: r.dimension_id,
        areaIds: refList(r.areas),
        organizers: refList(r.organizers),
        hosts: refList(r.hosts),
        participants: refList(r.participants),
        planItemId: r.plan_item_id,
        city: bilingual(r.city_en, r.city_ru),
        format: r.format as Format | null,
      }));
    },

    /** Activities under way on any day of a span: a calendar month shows a conference that began the month before. */
    async during(from: string, to: string): Promise<StoredActivity[]> {
      const found = await q
        .activity()
        .where('start_date', '<=', to)
        .where((eb) =>
          eb.or([eb('end_date', '>=', from), eb.and([eb('end_date', 'is', null), eb('start_date', '>=', from)])]),
        )
        .orderBy('start_date')
        .orderBy('id')
        .execute();
      return found.map(toActivity);
    },

    async activity(id: string): Promise<StoredActivity | null> {
      const row = await q.activity().where('id', '=', id).executeTakeFirst();
      return row ? toActivity(row) : null;
    },

    async names(): Promise<StoredActivity[]> {
      return (await q.activity().execute()).map(toActivity);
    },

    /** The activities a person took part in, earliest first, with the role and title recorded for each. */
    async attendedBy(
      personId: string,
    ): Promise<Array<{ activity: StoredActivity; role: ParticipantRole; title: Bilingual | null }>> {
      // Both tables have an id and a version: the activity's columns are named, not `select *`.
      const rows = await db
        .selectFrom('activity')
        .innerJoin('activity_person as ap', 'ap.activity_id', 'activity.id')
        .selectAll('activity')
        .select(['ap.role as ap_role', 'ap.title_en as ap_title_en', 'ap.title_ru as ap_title_ru'])
        .where('activity.retired_at', 'is', null)
        .where('ap.person_id', '=', personId)
        .orderBy('activity.start_date')
        .orderBy('activity.id')
        .execute();
      return rows.map((r) => ({
        activity: toActivity(r),
        role: r.ap_role as ParticipantRole,
        title: bilingual(r.ap_title_en, r.ap_title_ru),
      }));
    },

    async participants(activityId: string): Promise<Participant[]> {
      const found = await db
        .selectFrom('activity_person as ap')
        .innerJoin('person as p', 'p.id', 'ap.person_id')
        .select([
          'ap.id',
          'ap.person_id',
          'p.name_en',
          'p.name_ru',
          'ap.state_code',
          'ap.role',
          'ap.title_en',
          'ap.title_ru',
        ])
        .where('ap.activity_id', '=', activityId)
        .orderBy('ap.state_code')
        .orderBy('p.name_en')
        .execute();
      return found.map((r) => ({
        id: r.id,
        personId: r.person_id,
        name: bilingual(r.name_en, r.name_ru),
        stateCode: r.state_code,
        role: r.role as ParticipantRole,
        title: bilingual(r.title_en, r.title_ru),
      }));
    },

    async outcomes(activityId: string): Promise<Outcome[]> {
      const found = await db
        .selectFrom('activity_outcome as o')
        .leftJoin('document as d', 'd.id', 'o.document_id')
        .select([
          'o.id',
          'o.kind',
          'o.document_id',
          'd.title_en as doc_en',
          'd.title_ru as doc_ru',
          'o.text_en',
          'o.text_ru',
        ])
        .where('o.activity_id', '=', activityId)
        // Activity pages are public: an outcome that is a document not public is not shown on them.
        .where((eb) => eb.or([eb('o.document_id', 'is', null), eb('d.classification', '=', 'public')]))
        .orderBy('o.kind')
        .orderBy('o.id')
        .execute();
      return found.map((r) => ({
        id: r.id,
        kind: r.kind as OutcomeKind,
        documentId: r.document_id,
        documentTitle: bilingual(r.doc_en, r.doc_ru),
        text: bilingual(r.text_en, r.text_ru),
      }));
    },

    /** Outcome documents of many activities at once, for timelines. */
    async outcomeDocuments(
      activityIds: readonly string[],
    ): Promise<Array<{ activityId: string; documentId: string; title: Bilingual; date: string | null }>> {
      if (activityIds.length === 0) return [];
      const found = await db
        .selectFrom('activity_outcome as o')
        .innerJoin('document as d', 'd.id', 'o.document_id')
        .select(['o.activity_id', 'd.id', 'd.title_en', 'd.title_ru', 'd.date'])
        .where('o.activity_id', 'in', activityIds)
        .where('d.classification', '=', 'public')
        .execute();
      return found.map((r) => ({
        activityId: r.activity_id,
        documentId: r.id,
        title: bilingual(r.title_en, r.title_ru),
        date: r.date,
      }));
    },

    /** The meetings of a body, for numbering a new one. */
    async series(bodyId: string): Promise<Array<{ number: number | null; kind: string; start: string }>> {
      return (
        await db
          .selectFrom('activity')
          .select(['meeting_number', 'meeting_kind', 'start_date'])
          .where('body_id', '=', bodyId)
          .where('meeting_kind', 'is not', null)
          .where('retired_at', 'is', null)
          .execute()
      ).map((m) => ({ number: m.meeting_number, kind: m.meeting_kind ?? 'regular', start: m.start_date }));
    },

    /** Meetings of bodies in date order, as the bodies capability reads them; `heldBy` keeps those begun on or before that day. */
    async meetings(filter: MeetingFilter = {}): Promise<Meeting[]> {
      let query = q.activity().where('body_id', 'is not', null).where('meeting_kind', 'is not', null);
      if (filter.bodyId) query = query.where('body_id', '=', filter.bodyId);
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        query = query.where('id', 'in', filter.ids);
      }
      if (filter.heldBy) query = query.where('start_date', '<=', filter.heldBy);
      const rows = await query.orderBy('start_date').orderBy('id').execute();
      return rows.map((r) => ({
        id: r.id,
        bodyId: r.body_id!,
        number: r.meeting_number,
        kind: r.meeting_kind as MeetingKind,
        status: r.status === 'planned' ? 'planned' : r.status === 'cancelled' ? 'cancelled' : 'held',
        titleEn: r.title_en,
        titleRu: r.title_ru,
        start: r.start_date,
        end: r.end_date,
        city: bilingual(r.city_en, r.city_ru),
        countryCode: r.country_code,
        format: r.format as Meeting['format'],
        summary: bilingual(r.summary_en, r.summary_ru),
        provenance: provenanceOf(r),
      }));
    },

    /** Action plans, the latest year first; `year` for one. */
    async plans(filter: { year?: number } = {}): Promise<Plan[]> {
      let query = db.selectFrom('action_plan').selectAll();
      if (filter.year !== undefined) query = query.where('year', '=', filter.year);
      const found = await query.orderBy('year', 'desc').execute();
      return found.map((r) => ({
        id: r.id,
        year: r.year,
        title: bilingual(r.title_en, r.title_ru),
        approvedOn: r.approved_on,
        meetingId: r.meeting_id,
        note: bilingual(r.note_en, r.note_ru),
      }));
    },

    async planItems(filter: { planIds?: readonly string[]; ids?: readonly string[] } = {}): Promise<PlanItem[]> {
      let query = db.selectFrom('plan_item').selectAll();
      if (filter.planIds) {
        if (filter.planIds.length === 0) return [];
        query = query.where('plan_id', 'in', filter.planIds);
      }
      if (filter.ids) {
        if (filter.ids.length === 0) return [];
        query = query.where('id', 'in', filter.ids);
      }
      return (await query.orderBy('planned_from').orderBy('id').execute()).map((r) => ({
        id: r.id,
        planId: r.plan_id,
        areaId: r.priority_area_id,
        dimensionId: r.dimension_id,
        title: bilingual(r.title_en, r.title_ru),
        kind: r.kind as ActivityKind,
        responsible: refList(r.responsible),
        plannedFrom: r.planned_from,
        plannedUntil: r.planned_until,
        place: bilingual(r.place_en, r.place_ru),
        format: r.format as Format | null,
        decision: r.decision as PlanDecision,
        note: bilingual(r.note_en, r.note_ru),
      }));
    },
  };
}

export type ActivitiesStore = ReturnType<typeof createActivitiesStore>;
