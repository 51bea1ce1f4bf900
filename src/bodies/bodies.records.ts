/** Bodies as staff edit them; their meetings are activities (activities.records.ts). */
import './bodies.messages.ts';
import { type RecordsOf, bilingual, named, s, choices } from '../platform/records.ts';
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
      publicPath: (v) => `/structure/${s(v.id)}`,
    },
  ],
  references: [{ kind: 'body', table: 'body', key: 'id', label: ['name_en', 'name_ru'] }],
};
