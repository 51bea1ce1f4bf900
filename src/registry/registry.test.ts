import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type StatusPeriod, isFormer, standingsOn, statusOn } from './registry.ts';

const period = (
  stateCode: string,
  status: StatusPeriod['status'],
  from: string | null,
  until: string | null = null,
  extra: Partial<StatusPeriod> = {},
): StatusPeriod => ({
  id: `${stateCode}-${status}-${from}`,
  stateCode,
  status,
  from,
  until,
  meetingId: null,
  ...extra,
});

const korea = [period('KR', 'observer', '1993', '2006-06-17'), period('KR', 'member', '2006-06-17')];

describe('statusOn', () => {
  it('is the observer status before admission and the member status from the admission day', () => {
    assert.equal(statusOn(korea, '2006-06-16')?.status, 'observer');
    assert.equal(statusOn(korea, '2006-06-17')?.status, 'member');
  });
  it('reads a year-only start as the first of January', () => {
    assert.equal(statusOn(korea, '1993-01-01')?.status, 'observer');
    assert.equal(statusOn(korea, '1992-12-31'), null);
  });
  it('vouches for a status of unknown start only from the date a source shows it', () => {
    const belarus = [period('BY', 'observer', null, null, { fromAttested: '2019' })];
    assert.equal(statusOn(belarus, '2018-12-31'), null);
    assert.equal(statusOn(belarus, '2019-01-01')?.status, 'observer');
  });
  it('keeps a former observer, ended at an unknown date, only as long as a source shows it', () => {
    const australia = [period('AU', 'observer', null, null, { fromAttested: '2004', untilAttested: '2004' })];
    assert.equal(statusOn(australia, '2004-06-01')?.status, 'observer');
    assert.equal(statusOn(australia, '2010-01-01'), null);
    assert.equal(isFormer(australia), true);
    assert.equal(isFormer(korea), false);
  });
  it('never vouches for a period with neither a start nor a date shown', () => {
    assert.equal(statusOn([period('TH', 'observer', null, '2004-10-22')], '2004-10-01'), null);
  });
});

describe('standingsOn', () => {
  const all = [
    ...korea,
    period('KZ', 'member', '1999-09-14'),
    period('SA', 'observer', '2023-12-26'),
    period('BY', 'observer', null, null, { fromAttested: '2019' }),
  ];
  it('lists members and observers on a date, with the day their status began', () => {
    const members = standingsOn(all, '2024-01-01', 'member');
    assert.deepEqual(members.map((s) => [s.stateCode, s.since]).sort(), [
      ['KR', '2006-06-17'],
      ['KZ', '1999-09-14'],
    ]);
    const observers = standingsOn(all, '2024-01-01', 'observer');
    assert.deepEqual(observers.map((s) => s.stateCode).sort(), ['BY', 'SA']);
  });
  it('says the start is unknown, and gives the date a source shows, where that is all the record has', () => {
    const by = standingsOn(all, '2024-01-01').find((s) => s.stateCode === 'BY')!;
    assert.equal(by.since, null);
    assert.equal(by.attestedSince, '2019');
  });
  it('gives the state its earlier status on an earlier date', () => {
    assert.deepEqual(
      standingsOn(all, '2000-01-01', 'observer').map((s) => s.stateCode),
      ['KR'],
    );
    assert.deepEqual(
      standingsOn(all, '2023-12-25', 'observer').map((s) => s.stateCode),
      ['BY'],
      'Saudi Arabia only from 26 December',
    );
  });
});
