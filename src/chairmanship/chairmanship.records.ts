/** Chairmanship terms as staff edit them: a new term closes the one still open. */
import './chairmanship.messages.ts';
import { type RecordsOf, notes, provenance, s, span } from '../platform/records.ts';

export const chairmanshipRecords: RecordsOf = {
  records: [
    {
      type: 'chair-terms',
      table: 'chair_term',
      key: 'id',
      labels: { one: 'res.chairTerm', many: 'res.chairTerms' },
      order: 'from_date',
      retirable: false,
      fields: [
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.state_code', required: true },
        { column: 'from_date', kind: 'date', label: 'col.from_date', required: true },
        { column: 'until_date', kind: 'date', label: 'col.until_date' },
        { column: 'planned_until', kind: 'partial-date', label: 'col.planned_until' },
        { column: 'designated_on', kind: 'date', label: 'col.designated_on' },
        { column: 'handover_meeting_id', kind: 'ref', ref: 'meeting', label: 'col.handover_meeting_id' },
        ...notes,
        ...provenance,
      ],
      title: (v) => `${s(v.state_code)}, ${span(v)}`,
      slot: () => ({}),
      publicPath: () => '/chairmanship',
    },
  ],
  references: [],
};
