import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Resource, choices } from '../platform/records.ts';
import { type PlannedFact, listed, needingConfirmation, plannedTermEnds } from './office.ts';

const people: Resource = {
  type: 'people',
  table: 'person',
  key: 'id',
  labels: { one: 'res.person', many: 'res.people' },
  fields: [],
  title: (v, lang) => String((lang === 'ru' ? v.name_ru : null) ?? v.name_en),
  retirable: true,
  order: 'name_en',
};
const row = (id: string, en: string, ru: string | null, retired: string | null = null) => ({
  id,
  name_en: en,
  name_ru: ru,
  version: 1,
  retired_at: retired,
});
const rows = [
  row('p1', 'Zhanna Ivanova', 'Жанна Иванова'),
  row('p2', 'Kairat Sarybay', 'Кайрат Сарыбай'),
  row('p3', 'Alexei Borisov', 'Алексей Борисов', '2025-01-01T00:00:00Z'),
];

describe('office: a record list', () => {
  it("sorts by the title in the reader's language, not by code (Kairat before Zhanna; Жанна before Кайрат)", () => {
    assert.deepEqual(
      listed(people, rows, {}, 'en').map((r) => r.id),
      ['p3', 'p2', 'p1'],
    );
    assert.deepEqual(
      listed(people, rows, {}, 'ru').map((r) => r.id),
      ['p3', 'p1', 'p2'],
    );
  });

  it('finds a record by words of its title in either language or by its code, ignoring case', () => {
    assert.deepEqual(
      listed(people, rows, { q: 'сары' }, 'en').map((r) => r.id),
      ['p2'],
    );
    assert.deepEqual(
      listed(people, rows, { q: 'KAIRAT sary' }, 'ru').map((r) => r.id),
      ['p2'],
    );
    assert.deepEqual(
      listed(people, rows, { q: 'p1' }, 'en').map((r) => r.id),
      ['p1'],
    );
    assert.deepEqual(listed(people, rows, { q: 'nobody' }, 'en'), []);
  });

  it('keeps only current or only retired records when asked', () => {
    assert.deepEqual(
      listed(people, rows, { status: 'retired' }, 'en').map((r) => r.id),
      ['p3'],
    );
    assert.deepEqual(
      listed(people, rows, { status: 'current' }, 'en').map((r) => r.id),
      ['p2', 'p1'],
    );
  });

  it("filters by the type's own status field", () => {
    const activities: Resource = {
      ...people,
      type: 'activities',
      fields: [
        {
          column: 'status',
          kind: 'select',
          label: 'col.status',
          options: choices(['planned', 'held', 'cancelled'], (v) => `activity.status.${v}`),
        },
      ],
    };
    const a = [
      { ...row('a1', 'Seminar', null), status: 'held' },
      { ...row('a2', 'Forum', null), status: 'planned' },
    ];
    assert.deepEqual(
      listed(activities, a, { status: 'planned' }, 'en').map((r) => r.id),
      ['a2'],
    );
  });
});

describe('office: facts needing confirmation', () => {
  const fact = (id: string, plannedFor: string): PlannedFact => ({
    type: 'activities',
    id,
    title: { en: id, ru: null },
    plannedFor,
    what: 'held',
  });

  it('lists a plan only once its whole planned period has passed, earliest first', () => {
    const facts = [fact('summit-2026', '2026'), fact('forum', '2026-11-20'), fact('seminar', '2026-10')];
    assert.deepEqual(
      needingConfirmation(facts, '2026-12-01').map((f) => f.id),
      ['seminar', 'forum'],
    );
    assert.deepEqual(
      needingConfirmation(facts, '2027-01-01').map((f) => f.id),
      ['seminar', 'forum', 'summit-2026'],
    );
    assert.deepEqual(
      needingConfirmation([fact('today', '2026-12-01')], '2026-12-01'),
      [],
      'the day itself has not passed',
    );
  });

  it("asks to confirm a chair's planned end only while no successor is recorded", () => {
    const title = { en: 'Chairmanship of Azerbaijan', ru: null };
    const az = { id: 'az-2024', from: '2024-12-17', until: null, plannedUntil: '2026', title };
    const kz = { id: 'kz-2020', from: '2020-10-01', until: '2024-12-17', plannedUntil: null, title };
    const facts = plannedTermEnds([kz, az]);
    assert.deepEqual(
      facts.map((f) => [f.type, f.id, f.plannedFor, f.what]),
      [['chair-terms', 'az-2024', '2026', 'term-end']],
    );
    assert.deepEqual(needingConfirmation(facts, '2027-01-15').length, 1);
    const next = { id: 'xx-2027', from: '2027-02-01', until: null, plannedUntil: null, title };
    assert.deepEqual(plannedTermEnds([kz, az, next]), []);
  });
});
