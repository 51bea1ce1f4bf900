/** States and their status periods, organizations and their relations with CICA, as staff edit them. */
import './registry.messages.ts';
import {
  type RecordsOf,
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
import { STATUSES } from './registry.ts';

const STATUS_CHOICES = choices(STATUSES, (v) => `status.${v}`);
const RELATIONS = choices(['observer', 'partner', 'partner-in-progress'], (v) => `relation.${v}`);

export const registryRecords: RecordsOf = {
  records: [
    {
      type: 'states',
      table: 'state',
      key: 'code',
      labels: { one: 'res.state', many: 'res.states' },
      order: 'code',
      retirable: true,
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
      type: 'status-periods',
      table: 'state_status',
      key: 'id',
      labels: { one: 'res.statusPeriod', many: 'res.statusPeriods' },
      order: 'from_date',
      retirable: false,
      parent: { type: 'states', column: 'state_code' },
      fields: [
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true, immutable: true },
        {
          column: 'status',
          kind: 'select',
          options: STATUS_CHOICES,
          label: 'col.status',
          required: true,
        },
        ...period,
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${optionLabel(lang, STATUS_CHOICES, v.status)}, ${span(v)}`,
      slot: (v) => ({ state_code: v.state_code ?? null }),
      publicPath: (v) => `/states/${s(v.state_code)}`,
    },
    {
      type: 'organizations',
      table: 'organization',
      key: 'id',
      labels: { one: 'res.organization', many: 'res.organizations' },
      order: 'name_en',
      retirable: true,
      fields: [...bilingual('name', 'text', true), ...bilingual('acronym')],
      title: (v, lang) => named(lang, v),
      children: ['organization-relations'],
      publicPath: () => '/states#partners',
    },
    {
      type: 'organization-relations',
      table: 'organization_relation',
      key: 'id',
      labels: { one: 'res.relation', many: 'res.relations' },
      order: 'id',
      retirable: false,
      parent: { type: 'organizations', column: 'organization_id' },
      fields: [
        {
          column: 'organization_id',
          kind: 'ref',
          ref: 'organization',
          label: 'col.organization_id',
          required: true,
          immutable: true,
        },
        {
          column: 'relation',
          kind: 'select',
          options: RELATIONS,
          label: 'col.relation',
          required: true,
        },
        ...bilingual('instrument'),
        { column: 'from_date', kind: 'partial-date', label: 'col.from_date' },
        { column: 'from_attested', kind: 'partial-date', label: 'col.from_attested' },
        { column: 'until_date', kind: 'partial-date', label: 'col.until_date' },
        ...bilingual('place'),
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${optionLabel(lang, RELATIONS, v.relation)}${v.from_date ? `, ${s(v.from_date)}` : ''}`,
    },
  ],
  references: [
    { kind: 'state', table: 'state', key: 'code', label: ['name_en', 'name_ru'] },
    { kind: 'organization', table: 'organization', key: 'id', label: ['name_en', 'name_ru'] },
  ],
};
