/** Activities, their participants and outcomes, and the annual action plan, as staff edit them. */
import './activities.messages.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type RecordsOf, type Values, bilingual, choices, named, notes, optionLabel, s } from '../platform/records.ts';
import {
  ACTIVITY_KINDS,
  ACTIVITY_STATUSES,
  FORMATS,
  MEETING_KINDS,
  OUTCOME_KINDS,
  PARTICIPANT_ROLES,
  PLAN_DECISIONS,
} from './activities.ts';
import { completeActivity } from './activities.service.ts';

const ROLES = choices(PARTICIPANT_ROLES, (v) => `participant.${v}`);
const OUTCOMES = choices(OUTCOME_KINDS, (v) => `outcome.${v}`);

/**
 * Only a regular meeting of a body may go without a title (its series names it);
 * a meeting's kind and number belong to a meeting of a body.
 */
async function activityProblems(values: Values): Promise<FieldProblem[]> {
  const meetingOfBody = values.kind === 'meeting' && !!values.body_id;
  const numbered = meetingOfBody && (values.meeting_kind ?? 'regular') === 'regular';
  const problems: FieldProblem[] = [];
  if (!values.title_en && !numbered) problems.push({ field: 'title_en', message: 'field.required' });
  if (!meetingOfBody && values.meeting_kind) problems.push({ field: 'meeting_kind', message: 'field.meetingOfBody' });
  if (!numbered && values.meeting_number !== null && values.meeting_number !== undefined)
    problems.push({ field: 'meeting_number', message: 'field.meetingOfBody' });
  return problems;
}

export const activitiesRecords: RecordsOf = {
  records: [
    {
      type: 'activities',
      table: 'activity',
      key: 'id',
      labels: { one: 'res.activity', many: 'res.activities' },
      order: 'start_date',
      retirable: true,
      fields: [
        {
          column: 'kind',
          kind: 'select',
          options: choices(ACTIVITY_KINDS, (v) => `activity.kind.${v}`),
          label: 'col.activity_kind',
          required: true,
        },
        {
          column: 'status',
          kind: 'select',
          options: choices(ACTIVITY_STATUSES, (v) => `activity.status.${v}`),
          label: 'col.activity_status',
          required: true,
        },
        // A numbered meeting takes its title from its body's series; the check below asks it of the rest.
        ...bilingual('title'),
        { column: 'start_date', kind: 'partial-date', label: 'col.start_date', required: true },
        { column: 'end_date', kind: 'date', label: 'col.end_date' },
        ...bilingual('city'),
        { column: 'country_code', kind: 'ref', ref: 'state', label: 'col.country_code' },
        { column: 'format', kind: 'select', options: choices(FORMATS, (v) => `format.${v}`), label: 'col.format' },
        { column: 'body_id', kind: 'ref', ref: 'body', label: 'col.body_id' },
        {
          column: 'meeting_kind',
          kind: 'select',
          options: choices(MEETING_KINDS, (v) => `meeting.kind.${v}`),
          label: 'col.meeting_kind',
        },
        { column: 'meeting_number', kind: 'number', label: 'col.number' },
        { column: 'plan_item_id', kind: 'ref', ref: 'plan-item', label: 'col.plan_item_id' },
        { column: 'areas', kind: 'refs', ref: 'area', label: 'col.areas' },
        { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.activity_dimension' },
        { column: 'organizers', kind: 'refs', ref: 'party', label: 'col.organizers' },
        { column: 'hosts', kind: 'refs', ref: 'party', label: 'col.hosts' },
        { column: 'participants', kind: 'refs', ref: 'state', label: 'col.participants' },
        { column: 'participant_count', kind: 'number', label: 'col.participant_count' },
        { column: 'summary_en', kind: 'textarea', label: 'col.activity_summary_en', lang: 'en' },
        { column: 'summary_ru', kind: 'textarea', label: 'col.activity_summary_ru', lang: 'ru' },
        ...bilingual('outcome', 'textarea'),
        { column: 'sources', kind: 'text', label: 'col.sources' },
        {
          column: 'confidence',
          kind: 'select',
          label: 'col.confidence',
          options: choices(['H', 'M', 'L'], (v) => `confidence.${v}`),
        },
      ],
      check: activityProblems,
      title: (v, lang) =>
        `${named(lang, v, 'title_en', 'title_ru') || (v.meeting_number ? `№ ${s(v.meeting_number)}` : '')} (${s(v.start_date)})`,
      children: ['activity-people', 'activity-outcomes'],
      publicPath: (v) => `/activities/${s(v.id)}`,
      complete: completeActivity,
    },
    {
      type: 'activity-people',
      table: 'activity_person',
      key: 'id',
      labels: { one: 'res.activityPerson', many: 'res.activityPeople' },
      order: 'state_code',
      retirable: false,
      parent: { type: 'activities', column: 'activity_id' },
      fields: [
        {
          column: 'activity_id',
          kind: 'ref',
          ref: 'activity',
          label: 'col.activity_id',
          required: true,
          immutable: true,
        },
        { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true },
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.delegation' },
        {
          column: 'role',
          kind: 'select',
          options: ROLES,
          label: 'col.participant_role',
          required: true,
        },
        ...bilingual('title'),
      ],
      title: (v, lang) =>
        `${s(v.person_id)}${v.state_code ? ` (${s(v.state_code)})` : ''}, ${optionLabel(lang, ROLES, v.role)}`,
    },
    {
      type: 'activity-outcomes',
      table: 'activity_outcome',
      key: 'id',
      labels: { one: 'res.outcome', many: 'res.outcomes' },
      order: 'kind',
      retirable: false,
      parent: { type: 'activities', column: 'activity_id' },
      fields: [
        {
          column: 'activity_id',
          kind: 'ref',
          ref: 'activity',
          label: 'col.activity_id',
          required: true,
          immutable: true,
        },
        {
          column: 'kind',
          kind: 'select',
          options: OUTCOMES,
          label: 'col.outcome_kind',
          required: true,
        },
        { column: 'document_id', kind: 'ref', ref: 'document', label: 'col.document_id' },
        ...bilingual('text', 'textarea'),
      ],
      title: (v, lang) =>
        `${optionLabel(lang, OUTCOMES, v.kind)}: ${(named(lang, v, 'text_en', 'text_ru') || s(v.document_id)).slice(0, 80)}`,
    },
    {
      type: 'action-plans',
      table: 'action_plan',
      key: 'id',
      labels: { one: 'res.plan', many: 'res.plans' },
      order: 'year',
      retirable: false,
      fields: [
        { column: 'year', kind: 'number', label: 'col.year', required: true },
        ...bilingual('title', 'text', true),
        { column: 'approved_on', kind: 'date', label: 'col.approved_on' },
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        ...notes,
      ],
      title: (v, lang) => named(lang, v, 'title_en', 'title_ru'),
      children: ['plan-items'],
      publicPath: (v) => `/activities/plan/${s(v.year)}`,
    },
    {
      type: 'plan-items',
      table: 'plan_item',
      key: 'id',
      labels: { one: 'res.planItem', many: 'res.planItems' },
      order: 'planned_from',
      retirable: false,
      parent: { type: 'action-plans', column: 'plan_id' },
      fields: [
        { column: 'plan_id', kind: 'ref', ref: 'plan', label: 'col.plan_id', required: true, immutable: true },
        { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
        { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.activity_dimension' },
        ...bilingual('title', 'text', true),
        {
          column: 'kind',
          kind: 'select',
          options: choices(ACTIVITY_KINDS, (v) => `activity.kind.${v}`),
          label: 'col.activity_kind',
          required: true,
        },
        { column: 'responsible', kind: 'refs', ref: 'state', label: 'col.responsible' },
        { column: 'planned_from', kind: 'partial-date', label: 'col.planned_from', required: true },
        { column: 'planned_until', kind: 'partial-date', label: 'col.planned_until' },
        ...bilingual('place'),
        { column: 'format', kind: 'select', options: choices(FORMATS, (v) => `format.${v}`), label: 'col.format' },
        {
          column: 'decision',
          kind: 'select',
          options: choices(PLAN_DECISIONS, (v) => `plan.${v}`),
          label: 'col.decision',
          required: true,
        },
        ...notes,
      ],
      title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru')} (${s(v.planned_from)})`,
    },
  ],
  references: [
    { kind: 'activity', table: 'activity', key: 'id', label: ['title_en', 'title_ru'], extra: 'start_date' },
    // A meeting of a body is an activity: what documents, handovers and plans name as "the meeting".
    { kind: 'meeting', table: 'activity', key: 'id', label: ['title_en', 'title_ru'], extra: 'start_date' },
    { kind: 'plan', table: 'action_plan', key: 'id', label: ['title_en', 'title_ru'] },
    { kind: 'plan-item', table: 'plan_item', key: 'id', label: ['title_en', 'title_ru'], extra: 'planned_from' },
    // Organizers and hosts: a state, an organization, or the Secretariat, which has no table of its own.
    {
      kind: 'party',
      anyOf: ['state', 'organization'],
      fixed: [{ id: 'secretariat', en: 'CICA Secretariat', ru: 'Секретариат СВМДА', extra: null }],
    },
  ],
};
