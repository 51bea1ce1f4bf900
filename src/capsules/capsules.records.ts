/** What is known of a time capsule, as staff edit it. Its contents are never a field here: they are sealed apart. */
import './capsules.messages.ts';
import { type RecordsOf, named, notes, provenance, s } from '../platform/records.ts';

export const capsulesRecords: RecordsOf = {
  records: [
    {
      type: 'capsules',
      table: 'capsule',
      key: 'id',
      labels: { one: 'res.capsule', many: 'res.capsules' },
      order: 'sealed_on',
      retirable: true,
      fields: [
        { column: 'title_en', kind: 'text', label: 'col.title_en', lang: 'en', required: true },
        { column: 'title_ru', kind: 'text', label: 'col.title_ru', lang: 'ru' },
        { column: 'sealed_on', kind: 'partial-date', label: 'capsule.col.sealed_on' },
        { column: 'place_en', kind: 'text', label: 'col.place_en', lang: 'en' },
        { column: 'place_ru', kind: 'text', label: 'col.place_ru', lang: 'ru' },
        // Fixed when the capsule is recorded: a seal binds its opening day, and no later edit may bring it forward.
        { column: 'opens_on', kind: 'partial-date', label: 'capsule.col.opens_on', required: true, immutable: true },
        { column: 'people_present', kind: 'textarea', label: 'capsule.col.people_present' },
        { column: 'states_present', kind: 'refs', ref: 'state', label: 'capsule.col.states_present' },
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => named(lang, v, 'title_en', 'title_ru'),
      publicPath: (v) => `/capsules/${s(v.id)}`,
    },
  ],
  references: [],
};
