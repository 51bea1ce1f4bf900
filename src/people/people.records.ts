/** People, every spelling of their names, and their posts over time, as staff edit them. */
import './people.messages.ts';
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
import { HEAD_POSTS, POSTS, type Post, ROMANIZATIONS } from './people.ts';

const POST_CHOICES = choices(POSTS, (v) => `post.${v}`);
const ROMANIZATION_CHOICES = choices(ROMANIZATIONS, (v) => `romanization.${v}`);

export const peopleRecords: RecordsOf = {
  records: [
    {
      type: 'people',
      table: 'person',
      key: 'id',
      labels: { one: 'res.person', many: 'res.people' },
      order: 'name_en',
      retirable: true,
      fields: [
        ...bilingual('name', 'text', true),
        { column: 'state_code', kind: 'ref', ref: 'state', label: 'col.nationality' },
        { column: 'portrait_picture_id', kind: 'ref', ref: 'picture', label: 'col.portrait' },
      ],
      title: (v, lang) => named(lang, v),
      children: ['person-names', 'positions'],
    },
    {
      type: 'person-names',
      table: 'person_name',
      key: 'id',
      labels: { one: 'res.personName', many: 'res.personNames' },
      order: 'id',
      retirable: false,
      parent: { type: 'people', column: 'person_id' },
      fields: [
        { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true, immutable: true },
        { column: 'name', kind: 'text', label: 'col.spelling', required: true },
        { column: 'lang', kind: 'text', label: 'col.lang', required: true, pattern: /^[a-z]{2,3}$/ },
        { column: 'script', kind: 'text', label: 'col.script', required: true, pattern: /^[A-Z][a-z]{3}$/ },
        {
          column: 'origin',
          kind: 'select',
          options: choices(['secretariat'], (v) => `nameOrigin.${v}`),
          label: 'col.name_origin',
        },
        {
          column: 'romanization',
          kind: 'select',
          options: ROMANIZATION_CHOICES,
          label: 'col.romanization',
        },
      ],
      // The romanization is named where known, so the list of a person's spellings tells them apart.
      title: (v, lang) =>
        `${s(v.name)} (${[s(v.lang), s(v.script), ...(v.romanization ? [optionLabel(lang, ROMANIZATION_CHOICES, v.romanization)] : [])].join(', ')})`,
    },
    {
      type: 'positions',
      table: 'position',
      key: 'id',
      labels: { one: 'res.position', many: 'res.positions' },
      order: 'from_date',
      retirable: false,
      parent: { type: 'people', column: 'person_id' },
      fields: [
        { column: 'person_id', kind: 'ref', ref: 'person', label: 'col.person_id', required: true, immutable: true },
        { column: 'post', kind: 'select', options: POST_CHOICES, label: 'col.post', required: true },
        ...period,
        ...notes,
        ...provenance,
      ],
      title: (v, lang) => `${optionLabel(lang, POST_CHOICES, v.post)}, ${span(v)}`,
      // One head of the Secretariat at a time: a new head's term closes the last one's.
      slot: (v) => (HEAD_POSTS.includes(v.post as Post) ? { post: v.post ?? null } : null),
    },
  ],
  references: [{ kind: 'person', table: 'person', key: 'id', label: ['name_en', 'name_ru'] }],
};
