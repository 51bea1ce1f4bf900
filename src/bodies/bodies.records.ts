/** Bodies and their meetings as staff edit them. */
import { type RecordsOf, bilingual, named, provenance, s, choices } from '../platform/records.ts';
import { BODY_KINDS } from './bodies.ts';

export const bodiesRecords: RecordsOf = {
  records: [
    {
      type: 'bodies',
      table: 'body',
      key: 'id',
      labels: { one: 'res.body', many: 'res.bodies' },
      order: 'position',
      retirable: true,
      fields: [
        {
          column: 'kind',
          kind: 'select',
          options: choices(BODY_KINDS, (v) => `structure.kind.${v}`),
          label: 'col.kind',
          required: true,
        },
        { column: 'position', kind: 'number', label: 'col.position', required: true },
        ...bilingual('name', 'text', true),
        ...bilingual('acronym'),
        ...bilingual('former_name'),
        { column: 'renamed_on', kind: 'date', label: 'col.renamed_on' },
        { column: 'founded', kind: 'partial-date', label: 'col.founded' },
        ...bilingual('role', 'textarea'),
        ...bilingual('frequency'),
      ],
      title: (v, lang) => named(lang, v),
      children: ['meetings'],
      publicPath: (v) => `/structure/${s(v.id)}`,
    },
    {
      type: 'meetings',
      table: 'meeting',
      key: 'id',
      labels: { one: 'res.meeting', many: 'res.meetings' },
      order: 'start_date',
      retirable: true,
      parent: { type: 'bodies', column: 'body_id' },
      fields: [
        { column: 'body_id', kind: 'ref', ref: 'body', label: 'col.body_id', required: true, immutable: true },
        { column: 'number', kind: 'number', label: 'col.number' },
        {
          column: 'kind',
          kind: 'select',
          options: choices(['regular', 'special', 'informal', 'decision'], (v) => `meeting.kind.${v}`),
          label: 'col.meeting_kind',
          required: true,
        },
        {
          column: 'status',
          kind: 'select',
          options: choices(['held', 'planned'], (v) => `activity.status.${v}`),
          label: 'col.meeting_status',
          required: true,
        },
        ...bilingual('title'),
        { column: 'start_date', kind: 'partial-date', label: 'col.start_date', required: true },
        { column: 'end_date', kind: 'date', label: 'col.end_date' },
        ...bilingual('city'),
        { column: 'country_code', kind: 'ref', ref: 'state', label: 'col.country_code' },
        {
          column: 'format',
          kind: 'select',
          options: choices(['in-person', 'online', 'hybrid'], (v) => `format.${v}`),
          label: 'col.format',
        },
        ...bilingual('summary', 'textarea'),
        ...provenance,
      ],
      title: (v, lang) =>
        `${named(lang, v, 'title_en', 'title_ru') || (v.number ? `№ ${s(v.number)}` : '')} ${s(v.start_date)}`.trim(),
      publicPath: (v) => `/structure/${s(v.body_id)}#${s(v.id)}`,
    },
  ],
  references: [
    { kind: 'body', table: 'body', key: 'id', label: ['name_en', 'name_ru'] },
    { kind: 'meeting', table: 'meeting', key: 'id', label: ['title_en', 'title_ru'], extra: 'start_date' },
  ],
};
