/** The Catalogue as staff edit it: dimensions, priority areas, their coordinators over time, measures and versions. */
import './cbm.messages.ts';
import {
  type RecordReader,
  type RecordsOf,
  type Values,
  bilingual,
  named,
  notes,
  optionLabel,
  period,
  provenance,
  s,
  span,
  choices,
} from '../platform/records.ts';
import type { FieldProblem } from '../platform/errors.ts';
import { type CoordinatorTerm, ROLES as COORDINATOR_ROLES, type Role, checkAssignment } from './cbm.ts';

const ROLES = choices(COORDINATOR_ROLES, (v) => `role.${v}`);

const text = (v: Values[string] | undefined) => (v === null || v === undefined || v === '' ? null : String(v));
const termOf = (v: Values): CoordinatorTerm => ({
  id: s(v.id),
  priorityAreaId: s(v.priority_area_id),
  stateCode: s(v.state_code),
  role: s(v.role) as Role,
  from: text(v.from_date),
  fromAttested: text(v.from_attested),
  until: text(v.until_date),
  untilAttested: text(v.until_attested),
});

/** The Catalogue's rule for coordinators (cbm.ts), asked of every save: the other terms are read as they stand. */
async function coordinatorProblems(values: Values, read: RecordReader): Promise<FieldProblem[]> {
  const others = (await read.list('coordinator-terms', { priority_area_id: values.priority_area_id ?? null })).map(
    termOf,
  );
  const result = checkAssignment(others, termOf(values));
  if (result.ok) return [];
  return result.reason === 'ends-before-start'
    ? [{ field: 'until_date', message: 'field.endBeforeStart' }]
    : [{ field: 'from_date', message: 'field.overlapsCoordinator' }];
}

export const cbmRecords: RecordsOf = {
  records: [
    {
      type: 'dimensions',
      table: 'dimension',
      key: 'id',
      labels: { one: 'res.dimension', many: 'res.dimensions' },
      order: 'position',
      retirable: false,
      fields: [
        { column: 'position', kind: 'number', label: 'col.position', required: true },
        ...bilingual('name', 'text', true),
      ],
      title: (v, lang) => named(lang, v),
      children: ['priority-areas'],
      publicPath: (v) => `/cbm#dim-${s(v.id)}`,
    },
    {
      type: 'priority-areas',
      table: 'priority_area',
      key: 'id',
      labels: { one: 'res.area', many: 'res.areas' },
      order: 'dimension_id',
      retirable: true,
      parent: { type: 'dimensions', column: 'dimension_id' },
      fields: [
        { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.dimension_id', required: true },
        { column: 'position', kind: 'number', label: 'col.position', required: true },
        ...bilingual('name', 'text', true),
        ...notes,
      ],
      title: (v, lang) => named(lang, v),
      children: ['coordinator-terms', 'measures'],
      publicPath: (v) => `/cbm#${s(v.id)}`,
    },
    {
      type: 'coordinator-terms',
      table: 'coordinator_term',
      key: 'id',
      labels: { one: 'res.coordinatorTerm', many: 'res.coordinatorTerms' },
      order: 'priority_area_id',
      retirable: false,
      parent: { type: 'priority-areas', column: 'priority_area_id' },
      fields: [
        {
          column: 'priority_area_id',
          kind: 'ref',
          ref: 'area',
          label: 'col.priority_area_id',
          required: true,
          immutable: true,
        },
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
        {
          column: 'role',
          kind: 'select',
          options: ROLES,
          label: 'col.coordinator_role',
          required: true,
        },
        ...period,
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${optionLabel(lang, ROLES, v.role)}: ${s(v.state_code)}, ${span(v)}`,
      // One coordinator per area at a time; co-coordinators may overlap.
      slot: (v) =>
        v.role === 'coordinator' ? { priority_area_id: v.priority_area_id ?? null, role: 'coordinator' } : null,
      check: coordinatorProblems,
      publicPath: (v) => `/cbm#${s(v.priority_area_id)}`,
    },
    {
      type: 'measures',
      table: 'measure',
      key: 'id',
      labels: { one: 'res.measure', many: 'res.measures' },
      order: 'position',
      retirable: true,
      parent: { type: 'priority-areas', column: 'priority_area_id' },
      fields: [
        { column: 'dimension_id', kind: 'ref', ref: 'dimension', label: 'col.dimension_id', required: true },
        { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
        {
          column: 'catalogue_version_id',
          kind: 'ref',
          ref: 'version',
          label: 'col.catalogue_version_id',
          required: true,
        },
        { column: 'code', kind: 'text', label: 'col.measure_code' },
        { column: 'position', kind: 'number', label: 'col.position', required: true },
        ...bilingual('text', 'textarea', true),
        ...provenance,
      ],
      title: (v, lang) => named(lang, v, 'text_en', 'text_ru').slice(0, 80),
    },
    {
      type: 'catalogue-versions',
      table: 'catalogue_version',
      key: 'id',
      labels: { one: 'res.version', many: 'res.versions' },
      order: 'adopted_on',
      retirable: false,
      fields: [
        { column: 'adopted_on', kind: 'date', label: 'col.adopted_on', required: true },
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        ...bilingual('title', 'text', true),
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${named(lang, v, 'title_en', 'title_ru')} (${s(v.adopted_on)})`,
    },
  ],
  references: [
    { kind: 'dimension', table: 'dimension', key: 'id', label: ['name_en', 'name_ru'] },
    { kind: 'area', table: 'priority_area', key: 'id', label: ['name_en', 'name_ru'] },
    { kind: 'version', table: 'catalogue_version', key: 'id', label: ['title_en', 'title_ru'] },
  ],
};
