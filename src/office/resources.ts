/** Every part of the record staff can edit, described once (see resource.ts). */
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, FORMATS, OUTCOME_KINDS, PARTICIPANT_ROLES, PLAN_DECISIONS } from '../activities/activities.ts';
import { completeActivity } from '../activities/activities.service.ts';
import { BODY_KINDS } from '../bodies/bodies.ts';
import { ROLES as COORDINATOR_ROLES } from '../cbm/cbm.ts';
import { DOCUMENT_KINDS, STATE_ACTIONS } from '../documents/documents.ts';
import { HEAD_POSTS, POSTS, type Post } from '../people/people.ts';
import { type Lang, type MessageKey, pick, t } from '../platform/i18n/i18n.ts';
import { STATUSES } from '../registry/registry.ts';
import type { Field, Resource, Values } from './resource.ts';

const CONFIDENCE = ['H', 'M', 'L'] as const;
const s = (v: Values[string] | undefined) => (v === null || v === undefined ? '' : String(v));
const named = (lang: Lang, v: Values, en = 'name_en', ru = 'name_ru') => pick(lang, s(v[en]), v[ru] == null || v[ru] === '' ? null : s(v[ru])) ?? '';

const bilingual = (base: string, kind: Field['kind'] = 'text', required = false): Field[] => [
  { column: `${base}_en`, kind, label: `col.${base}_en` as never, lang: 'en', required },
  { column: `${base}_ru`, kind, label: `col.${base}_ru` as never, lang: 'ru' },
];
const provenance: Field[] = [
  { column: 'sources', kind: 'text', label: 'col.sources', required: true },
  { column: 'confidence', kind: 'select', label: 'col.confidence', options: CONFIDENCE, optionPrefix: 'confidence.', required: true },
];
const period: Field[] = [
  { column: 'from_date', kind: 'partial-date', label: 'col.from_date' },
  { column: 'from_attested', kind: 'partial-date', label: 'col.from_attested' },
  { column: 'until_date', kind: 'partial-date', label: 'col.until_date' },
  { column: 'until_attested', kind: 'partial-date', label: 'col.until_attested' },
];
const notes = bilingual('note', 'textarea');
const span = (v: Values) => `${s(v.from_date ?? v.from_attested) || '?'} – ${s(v.until_date ?? v.until_attested)}`;
const label = (lang: Lang, prefix: string, value: Values[string] | undefined) => (value ? t(lang, `${prefix}${s(value)}` as MessageKey) : '');

export const RESOURCES: readonly Resource[] = [
  {
    type: 'states', table: 'state', key: 'code', labels: { one: 'res.state', many: 'res.states' }, order: 'code', retirable: true,
    fields: [
      { column: 'code', kind: 'text', label: 'col.code', required: true, pattern: /^[A-Z]{2}$/, immutable: true },
      ...bilingual('name', 'text', true),
      ...bilingual('official_name'),
    ],
    title: (v, lang) => `${named(lang, v)} (${s(v.code)})`,
    children: ['status-periods'],
    publicPath: (v) => `/states/${s(v.code)}`,
  },
  {
    type: 'status-periods', table: 'state_status', key: 'id', labels: { one: 'res.statusPeriod', many: 'res.statusPeriods' }, order: 'from_date', retirable: false,
    parent: { type: 'states', column: 'state_code' },
    fields: [
      { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true, immutable: true },
      { column: 'status', kind: 'select', options: STATUSES, optionPrefix: 'status.', label: 'col.status', required: true },
      ...period,
      { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
      ...notes, ...provenance,
    ],
    title: (v, lang) => `${label(lang, 'status.', v.status)}, ${span(v)}`,
    slot: (v) => ({ state_code: v.state_code ?? null }),
    publicPath: (v) => `/states/${s(v.state_code)}`,
  },
  {
    type: 'organizations', table: 'organization', key: 'id', labels: { one: 'res.organization', many: 'res.organizations' }, order: 'name_en', retirable: true,
    fields: [...bilingual('name', 'text', true), ...bilingual('acronym')],
    title: (v, lang) => named(lang, v),
    children: ['organization-relations'],
    publicPath: () => '/states#partners',
  },
  {
    type: 'organization-relations', table: 'organization_relation', key: 'id', labels: { one: 'res.relation', many: 'res.relations' }, order: 'id', retirable: false,
    parent: { type: 'organizations', column: 'organization_id' },
    fields: [
      { column: 'organization_id', kind: 'ref', ref: 'organization', label: 'col.organization_id', required: true, immutable: true },
      { column: 'relation', kind: 'select', options: ['observer', 'partner', 'partner-in-progress'], optionPrefix: 'relation.', label: 'col.relation', required: true },
      ...bilingual('instrument'),
      { column: 'from_date', kind: 'partial-date', label: 'col.from_date' },
      { column: 'from_attested', kind: 'partial-date', label: 'col.from_attested' },
      { column: 'until_date', kind: 'partial-date', label: 'col.until_date' },
      ...bilingual('place'), ...notes, ...provenance,
    ],
    title: (v, lang) => `${label(lang, 'relation.', v.relation)}${v.from_date ? `, ${s(v.from_date)}` : ''}`,
  },
  {
    type: 'chair-terms', table: 'chair_term', key: 'id', labels: { one: 'res.chairTerm', many: 'res.chairTerms' }, order: 'from_date', retirable: false,
    fields: [
      { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
      { column: 'from_date', kind: 'date', label: 'col.from_date', required: true },
      { column: 'until_date', kind: 'date', label: 'col.until_date' },
      { column: 'planned_until', kind: 'partial-date', label: 'col.planned_until' },
      { column: 'designated_on', kind: 'date', label: 'col.designated_on' },
      { column: 'handover_meeting_id', kind: 'ref', ref: 'meeting', label: 'col.handover_meeting_id' },
      ...notes, ...provenance,
    ],
    title: (v) => `${s(v.state_code)}, ${span(v)}`,
    slot: () => ({}),
    publicPath: () => '/chairmanship',
  },
  {
    type: 'bodies', table: 'body', key: 'id', labels: { one: 'res.body', many: 'res.bodies' }, order: 'position', retirable: true,
    fields: [
      { column: 'kind', kind: 'select', options: BODY_KINDS, optionPrefix: 'structure.kind.', label: 'col.kind', required: true },
      { column: 'position', kind: 'number', label: 'col.position', required: true },
      ...bilingual('name', 'text', true), ...bilingual('acronym'), ...bilingual('former_name'),
      { column: 'renamed_on', kind: 'date', label: 'col.renamed_on' },
      { column: 'founded', kind: 'partial-date', label: 'col.founded' },
      ...bilingual('role', 'textarea'), ...bilingual('frequency'),
    ],
    title: (v, lang) => named(lang, v),
    children: ['meetings'],
    publicPath: (v) => `/structure/${s(v.id)}`,
  },
  {
    type: 'meetings', table: 'meeting', key: 'id', labels: { one: 'res.meeting', many: 'res.meetings' }, order: 'start_date', retirable: true,
    parent: { type: 'bodies', column: 'body_id' },
    fields: [
      { column: 'body_id', kind: 'ref', ref: 'body', label: 'col.body_id', required: true, immutable: true },
      { column: 'number', kind: 'number', label: 'col.number' },
      { column: 'kind', kind: 'select', options: ['regular', 'special', 'informal', 'decision'], label: 'col.meeting_kind', required: true },
      { column: 'status', kind: 'select', options: ['held', 'planned'], label: 'col.meeting_status', required: true },
      ...bilingual('title'),
      { column: 'start_date', kind: 'partial-date', label: 'col.start_date', required: true },
      { column: 'end_date', kind: 'date', label: 'col.end_date' },
      ...bilingual('city'),
      { column: 'country_code', kind: 'ref', ref: 'state', label: 'col.country_code' },
      { column: 'format', kind: 'select', options: ['in-person', 'online', 'hybrid'], label: 'col.format' },
      ...bilingual('summary', 'textarea'), ...provenance,
    ],
    title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru') || (v.number ? `№ ${s(v.number)}` : '')} ${s(v.start_date)}`.trim(),
    publicPath: (v) => `/structure/${s(v.body_id)}#${s(v.id)}`,
  },
  {
    type: 'people', table: 'person', key: 'id', labels: { one: 'res.person', many: 'res.people' }, order: 'name_en', retirable: true,
    fields: [...bilingual('name', 'text', true), { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.nationality' }],
    title: (v, lang) => named(lang, v),
    children: ['person-names', 'positions'],
  },
  {
    type: 'person-names', table: 'person_name', key: 'id', labels: { one: 'res.personName', many: 'res.personNames' }, order: 'id', retirable: false,
    parent: { type: 'people', column: 'person_id' },
    fields: [
      { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true, immutable: true },
      { column: 'name', kind: 'text', label: 'col.spelling', required: true },
      { column: 'lang', kind: 'text', label: 'col.lang', required: true, pattern: /^[a-z]{2,3}$/ },
      { column: 'script', kind: 'text', label: 'col.script', required: true, pattern: /^[A-Z][a-z]{3}$/ },
    ],
    title: (v) => `${s(v.name)} (${s(v.lang)}, ${s(v.script)})`,
  },
  {
    type: 'positions', table: 'position', key: 'id', labels: { one: 'res.position', many: 'res.positions' }, order: 'from_date', retirable: false,
    parent: { type: 'people', column: 'person_id' },
    fields: [
      { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true, immutable: true },
      { column: 'post', kind: 'select', options: POSTS, optionPrefix: 'post.', label: 'col.post', required: true },
      ...period, ...notes, ...provenance,
    ],
    title: (v, lang) => `${label(lang, 'post.', v.post)}, ${span(v)}`,
    // One head of the Secretariat at a time: a new head's term closes the last one's.
    slot: (v) => (HEAD_POSTS.includes(v.post as Post) ? { post: v.post ?? null } : null),
  },
  {
    type: 'dimensions', table: 'dimension', key: 'id', labels: { one: 'res.dimension', many: 'res.dimensions' }, order: 'position', retirable: false,
    fields: [{ column: 'position', kind: 'number', label: 'col.position', required: true }, ...bilingual('name', 'text', true)],
    title: (v, lang) => named(lang, v),
    children: ['priority-areas'],
    publicPath: (v) => `/cbm#dim-${s(v.id)}`,
  },
  {
    type: 'priority-areas', table: 'priority_area', key: 'id', labels: { one: 'res.area', many: 'res.areas' }, order: 'dimension_id', retirable: true,
    parent: { type: 'dimensions', column: 'dimension_id' },
    fields: [
      { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.dimension_id', required: true },
      { column: 'position', kind: 'number', label: 'col.position', required: true },
      ...bilingual('name', 'text', true), ...notes,
    ],
    title: (v, lang) => named(lang, v),
    children: ['coordinator-terms', 'measures'],
    publicPath: (v) => `/cbm#${s(v.id)}`,
  },
  {
    type: 'coordinator-terms', table: 'coordinator_term', key: 'id', labels: { one: 'res.coordinatorTerm', many: 'res.coordinatorTerms' }, order: 'priority_area_id', retirable: false,
    parent: { type: 'priority-areas', column: 'priority_area_id' },
    fields: [
      { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id', required: true, immutable: true },
      { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
      { column: 'role', kind: 'select', options: COORDINATOR_ROLES, optionPrefix: 'role.', label: 'col.coordinator_role', required: true },
      ...period, ...notes, ...provenance,
    ],
    title: (v, lang) => `${label(lang, 'role.', v.role)}: ${s(v.state_code)}, ${span(v)}`,
    // One coordinator per area at a time; co-coordinators may overlap.
    slot: (v) => (v.role === 'coordinator' ? { priority_area_id: v.priority_area_id ?? null, role: 'coordinator' } : null),
    publicPath: (v) => `/cbm#${s(v.priority_area_id)}`,
  },
  {
    type: 'measures', table: 'measure', key: 'id', labels: { one: 'res.measure', many: 'res.measures' }, order: 'position', retirable: true,
    parent: { type: 'priority-areas', column: 'priority_area_id' },
    fields: [
      { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.dimension_id', required: true },
      { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
      { column: 'catalogue_version_id', kind: 'ref', ref: 'version', label: 'col.catalogue_version_id', required: true },
      { column: 'code', kind: 'text', label: 'col.measure_code' },
      { column: 'position', kind: 'number', label: 'col.position', required: true },
      ...bilingual('text', 'textarea', true), ...provenance,
    ],
    title: (v, lang) => named(lang, v, 'text_en', 'text_ru').slice(0, 80),
  },
  {
    type: 'catalogue-versions', table: 'catalogue_version', key: 'id', labels: { one: 'res.version', many: 'res.versions' }, order: 'adopted_on', retirable: false,
    fields: [
      { column: 'adopted_on', kind: 'date', label: 'col.adopted_on', required: true },
      { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
      ...bilingual('title', 'text', true), ...notes, ...provenance,
    ],
    title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru')} (${s(v.adopted_on)})`,
  },
  {
    type: 'documents', table: 'document', key: 'id', labels: { one: 'res.document', many: 'res.documents' }, order: 'date', retirable: true,
    fields: [
      { column: 'kind', kind: 'select', options: DOCUMENT_KINDS, optionPrefix: 'doc.kind.', label: 'col.kind', required: true },
      ...bilingual('title', 'text', true),
      { column: 'date', kind: 'partial-date', label: 'col.date' },
      ...bilingual('place'),
      { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
      { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
      { column: 'classification', kind: 'select', options: ['public', 'restricted', 'internal'], label: 'col.classification', required: true },
      ...notes, ...provenance,
    ],
    title: (v, lang) => named(lang, v, 'title_en', 'title_ru'),
    children: ['document-actions'],
    publicPath: (v) => `/documents#${s(v.id)}`,
  },
  {
    type: 'document-actions', table: 'document_action', key: 'id', labels: { one: 'res.documentAction', many: 'res.documentActions' }, order: 'date', retirable: false,
    parent: { type: 'documents', column: 'document_id' },
    fields: [
      { column: 'document_id', kind: 'ref', ref: 'document', label: 'col.document_id', required: true, immutable: true },
      { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
      { column: 'action', kind: 'select', options: STATE_ACTIONS, optionPrefix: 'action.', label: 'col.action', required: true },
      { column: 'date', kind: 'date', label: 'col.date' },
      { column: 'date_attested', kind: 'partial-date', label: 'col.date_attested' },
      { column: 'reference', kind: 'text', label: 'col.reference' },
      ...provenance,
    ],
    title: (v, lang) => `${s(v.state_code)}: ${label(lang, 'action.', v.action)} ${s(v.date ?? v.date_attested)}`,
  },
  {
    type: 'activities', table: 'activity', key: 'id', labels: { one: 'res.activity', many: 'res.activities' }, order: 'start_date', retirable: true,
    fields: [
      { column: 'kind', kind: 'select', options: ACTIVITY_KINDS, optionPrefix: 'activity.kind.', label: 'col.activity_kind', required: true },
      { column: 'status', kind: 'select', options: ACTIVITY_STATUSES, optionPrefix: 'activity.status.', label: 'col.activity_status', required: true },
      ...bilingual('title', 'text', true),
      { column: 'start_date', kind: 'date', label: 'col.start_date', required: true },
      { column: 'end_date', kind: 'date', label: 'col.end_date' },
      ...bilingual('city'),
      { column: 'country_code', kind: 'ref', ref: 'state', label: 'col.country_code' },
      { column: 'format', kind: 'select', options: FORMATS, optionPrefix: 'format.', label: 'col.format' },
      { column: 'body_id', kind: 'ref', ref: 'body', label: 'col.body_id' },
      { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.activity_meeting' },
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
    ],
    title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru')} (${s(v.start_date)})`,
    children: ['activity-people', 'activity-outcomes'],
    publicPath: (v) => `/activities/${s(v.id)}`,
    complete: completeActivity,
  },
  {
    type: 'activity-people', table: 'activity_person', key: 'id', labels: { one: 'res.activityPerson', many: 'res.activityPeople' }, order: 'state_code', retirable: false,
    parent: { type: 'activities', column: 'activity_id' },
    fields: [
      { column: 'activity_id', kind: 'ref', ref: 'activity', label: 'col.activity_id', required: true, immutable: true },
      { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true },
      { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.delegation' },
      { column: 'role', kind: 'select', options: PARTICIPANT_ROLES, optionPrefix: 'participant.', label: 'col.participant_role', required: true },
      ...bilingual('title'),
    ],
    title: (v, lang) => `${s(v.person_id)}${v.state_code ? ` (${s(v.state_code)})` : ''}, ${label(lang, 'participant.', v.role)}`,
  },
  {
    type: 'activity-outcomes', table: 'activity_outcome', key: 'id', labels: { one: 'res.outcome', many: 'res.outcomes' }, order: 'kind', retirable: false,
    parent: { type: 'activities', column: 'activity_id' },
    fields: [
      { column: 'activity_id', kind: 'ref', ref: 'activity', label: 'col.activity_id', required: true, immutable: true },
      { column: 'kind', kind: 'select', options: OUTCOME_KINDS, optionPrefix: 'outcome.', label: 'col.outcome_kind', required: true },
      { column: 'document_id', kind: 'ref', ref: 'document', label: 'col.document_id' },
      ...bilingual('text', 'textarea'),
    ],
    title: (v, lang) => `${label(lang, 'outcome.', v.kind)}: ${(named(lang, v, 'text_en', 'text_ru') || s(v.document_id)).slice(0, 80)}`,
  },
  {
    type: 'action-plans', table: 'action_plan', key: 'id', labels: { one: 'res.plan', many: 'res.plans' }, order: 'year', retirable: false,
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
    type: 'plan-items', table: 'plan_item', key: 'id', labels: { one: 'res.planItem', many: 'res.planItems' }, order: 'planned_from', retirable: false,
    parent: { type: 'action-plans', column: 'plan_id' },
    fields: [
      { column: 'plan_id', kind: 'ref', ref: 'plan', label: 'col.plan_id', required: true, immutable: true },
      { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
      { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.activity_dimension' },
      ...bilingual('title', 'text', true),
      { column: 'kind', kind: 'select', options: ACTIVITY_KINDS, optionPrefix: 'activity.kind.', label: 'col.activity_kind', required: true },
      { column: 'responsible', kind: 'refs', ref: 'state', label: 'col.responsible' },
      { column: 'planned_from', kind: 'partial-date', label: 'col.planned_from', required: true },
      { column: 'planned_until', kind: 'partial-date', label: 'col.planned_until' },
      ...bilingual('place'),
      { column: 'format', kind: 'select', options: FORMATS, optionPrefix: 'format.', label: 'col.format' },
      { column: 'decision', kind: 'select', options: PLAN_DECISIONS, optionPrefix: 'plan.', label: 'col.decision', required: true },
      ...notes,
    ],
    title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru')} (${s(v.planned_from)})`,
  },
];

export const resourceByType = new Map(RESOURCES.map((r) => [r.type, r]));
