import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type CoordinatorTerm, checkAssignment, coordinatorsOn, versionOn } from './cbm.ts';

const term = (
  id: string,
  stateCode: string,
  role: CoordinatorTerm['role'],
  from: string | null,
  until: string | null = null,
  extra: Partial<CoordinatorTerm> = {},
): CoordinatorTerm => ({ id, priorityAreaId: 'ict', stateCode, role, from, until, ...extra });

describe('coordinatorsOn', () => {
  const ict = [
    term('ru', 'RU', 'coordinator', null, null, { fromAttested: '2022' }),
    term('cn', 'CN', 'co-coordinator', '2022', '2025'),
  ];
  it('gives the coordinator and co-coordinators in force on a date', () => {
    const on = coordinatorsOn(ict, '2024-06-01');
    assert.equal(on.coordinator?.stateCode, 'RU');
    assert.deepEqual(
      on.coCoordinators.map((t) => t.stateCode),
      ['CN'],
    );
  });
  it('reads a year-only end as the last day of that year', () => {
    assert.equal(coordinatorsOn(ict, '2025-12-31').coCoordinators.length, 1);
    assert.equal(coordinatorsOn(ict, '2026-01-01').coCoordinators.length, 0);
  });
  it('knows no coordinator before the record shows one', () => {
    const on = coordinatorsOn(ict, '2019-01-01');
    assert.equal(on.coordinator, null);
    assert.deepEqual(on.coCoordinators, []);
  });
  it('on a change of coordinator gives the newcomer', () => {
    const change = [
      term('a', 'AA', 'coordinator', '2020-01-01', '2022-06-30'),
      term('b', 'BB', 'coordinator', '2022-06-30'),
    ];
    assert.equal(coordinatorsOn(change, '2022-06-30').coordinator?.stateCode, 'BB');
    assert.equal(coordinatorsOn(change, '2022-06-29').coordinator?.stateCode, 'AA');
  });
});

describe('versionOn', () => {
  const versions = [
    { id: '2004', adoptedOn: '2004-10-22' },
    { id: '2021', adoptedOn: '2021-10-12' },
    { id: '2024', adoptedOn: '2024-12-17' },
  ];
  it('is the last version adopted by the date', () => {
    assert.equal(versionOn(versions, '2021-10-11')?.id, '2004');
    assert.equal(versionOn(versions, '2021-10-12')?.id, '2021');
    assert.equal(versionOn(versions, '2030-01-01')?.id, '2024');
    assert.equal(versionOn(versions, '2000-01-01'), null);
  });
});

describe('checkAssignment', () => {
  it('refuses a term that ends before it starts', () => {
    assert.deepEqual(checkAssignment([], term('x', 'KZ', 'coordinator', '2024-05-01', '2024-04-30')), {
      ok: false,
      reason: 'ends-before-start',
    });
  });
  it('refuses a second coordinator over the same period, but not a co-coordinator', () => {
    const existing = [term('a', 'RU', 'coordinator', '2022-01-01')];
    assert.deepEqual(checkAssignment(existing, term('b', 'CN', 'coordinator', '2024-01-01')), {
      ok: false,
      reason: 'overlaps-coordinator',
    });
    assert.equal(checkAssignment(existing, term('c', 'CN', 'co-coordinator', '2024-01-01')).ok, true);
  });
  it("accepts a handover: the last coordinator's term ends the day the next begins", () => {
    const existing = [term('a', 'RU', 'coordinator', '2022-01-01', '2024-01-01')];
    assert.equal(checkAssignment(existing, term('b', 'CN', 'coordinator', '2024-01-01')).ok, true);
  });
  it("refuses a back-dated coordinator whose term runs into the current one's", () => {
    const existing = [term('a', 'RU', 'coordinator', '2022-01-01')];
    assert.deepEqual(checkAssignment(existing, term('b', 'CN', 'coordinator', '2020-01-01', '2023')), {
      ok: false,
      reason: 'overlaps-coordinator',
    });
    assert.equal(checkAssignment(existing, term('c', 'CN', 'coordinator', '2020-01-01', '2021-12-31')).ok, true);
  });
  it('accepts a coordinator who starts the day after the last one ended', () => {
    const existing = [term('a', 'RU', 'coordinator', '2022-01-01', '2023-12-31')];
    assert.equal(checkAssignment(existing, term('b', 'CN', 'coordinator', '2024-01-01')).ok, true);
  });
});
