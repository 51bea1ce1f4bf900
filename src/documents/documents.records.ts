/** Documents and what each state did with them (signature, ratification), as staff edit them. */
import './documents.messages.ts';
import { type RecordsOf, bilingual, named, notes, optionLabel, provenance, s, choices } from '../platform/records.ts';
import { DOCUMENT_KINDS, STATE_ACTIONS } from './documents.ts';

const ACTIONS = choices(STATE_ACTIONS, (v) => `action.${v}`);

export const documentsRecords: RecordsOf = {
  records: [
    {
      type: 'documents',
      table: 'document',
      key: 'id',
      labels: { one: 'res.document', many: 'res.documents' },
      order: 'date',
      retirable: true,
      fields: [
        {
          column: 'kind',
          kind: 'select',
          options: choices(DOCUMENT_KINDS, (v) => `doc.kind.${v}`),
          label: 'col.kind',
          required: true,
        },
        ...bilingual('title', 'text', true),
        { column: 'date', kind: 'partial-date', label: 'col.date' },
        ...bilingual('place'),
        { column: 'meeting_id', kind: 'ref', ref: 'meeting', label: 'col.meeting_id' },
        { column: 'priority_area_id', kind: 'ref', ref: 'area', label: 'col.priority_area_id' },
        {
          column: 'classification',
          kind: 'select',
          options: choices(['public', 'restricted', 'internal'], (v) => `doc.visibility.${v}`),
          label: 'col.classification',
          required: true,
        },
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => named(lang, v, 'title_en', 'title_ru'),
      children: ['document-actions'],
      publicPath: (v) => `/documents#${s(v.id)}`,
    },
    {
      type: 'document-actions',
      table: 'document_action',
      key: 'id',
      labels: { one: 'res.documentAction', many: 'res.documentActions' },
      order: 'date',
      retirable: false,
      parent: { type: 'documents', column: 'document_id' },
      fields: [
        {
          column: 'document_id',
          kind: 'ref',
          ref: 'document',
          label: 'col.document_id',
          required: true,
          immutable: true,
        },
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
        {
          column: 'action',
          kind: 'select',
          options: ACTIONS,
          label: 'col.action',
          required: true,
        },
        { column: 'date', kind: 'date', label: 'col.date' },
        { column: 'date_attested', kind: 'partial-date', label: 'col.date_attested' },
        { column: 'reference', kind: 'text', label: 'col.reference' },
        ...provenance,
      ],
      title: (v, lang) => `${s(v.state_code)}: ${optionLabel(lang, ACTIONS, v.action)} ${s(v.date ?? v.date_attested)}`,
    },
  ],
  references: [{ kind: 'document', table: 'document', key: 'id', label: ['title_en', 'title_ru'] }],
};
