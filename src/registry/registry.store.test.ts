import assert from 'node:assert/strict';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';

describeEachEngine(
  'registry',
  (record, it) => {
    const services = () => buildServices(record().db);

    it('has the 28 member states and 10 observer states of the CICA pack at the end of 2024', async () => {
      const members = await services().registry.standings('2024-12-31', 'member');
      const observers = await services().registry.standings('2024-12-31', 'observer');
      assert.equal(members.length, 28);
      assert.equal(observers.length, 10);
      assert.ok(
        members.some((s) => s.stateCode === 'PS' && s.state.name.ru === 'Палестина'),
        'Palestine is PS, with its Russian name intact',
      );
      assert.ok(members.some((s) => s.stateCode === 'TR' && s.state.name.en === 'Türkiye'));
    });

    it('answers membership for earlier dates from the periods the record keeps', async () => {
      const at = async (date: string) =>
        (await services().registry.standings(date, 'member')).map((s) => s.stateCode).sort();
      assert.equal((await at('1999-09-14')).length, 15, 'the fifteen states of the 1999 Declaration');
      assert.equal((await at('2004-10-22')).length, 17, 'Mongolia and Thailand by the Second Ministerial Meeting');
      assert.ok(!(await at('2006-06-16')).includes('KR'));
      assert.ok((await at('2006-06-17')).includes('KR'));
      assert.ok(!(await at('2022-10-12')).includes('KW'));
      assert.equal((await at('2022-10-13')).length, 28);
    });

    it('says when a status began, as precisely as the source does', async () => {
      const members = await services().registry.standings('2024-12-31', 'member');
      assert.equal(members.find((s) => s.stateCode === 'BH')?.since, '2011');
      assert.equal(members.find((s) => s.stateCode === 'QA')?.since, '2014-05');
      const mongolia = members.find((s) => s.stateCode === 'MN')!;
      assert.equal(mongolia.since, null, "Mongolia's accession date is not known");
      assert.equal(mongolia.attestedSince, '2002-06-04');
    });

    it("keeps the Republic of Korea's observer years in its history", async () => {
      const profile = await services().registry.profile('kr', '2024-01-01');
      assert.equal(profile.state.code, 'KR');
      assert.deepEqual(
        profile.history.map((h) => h.status),
        ['observer', 'member'],
      );
      assert.equal(profile.statusToday?.status, 'member');
      assert.deepEqual(
        profile.meetings.map((m) => m.title.en),
        ['Second CICA Summit'],
      );
    });

    it('lists former observers and the observer and partner organizations', async () => {
      assert.deepEqual((await services().registry.formerStates()).map((s) => s.code).sort(), ['AU', 'LB']);
      const orgs = await services().registry.organizations();
      assert.equal(orgs.filter((o) => o.relations.some((r) => r.relation === 'observer')).length, 5);
      assert.equal(orgs.find((o) => o.id === 'eec')?.relations[0]?.from, '2022-10-13');
    });

    it('refuses an unknown state with a stable code', async () => {
      await assert.rejects(services().registry.profile('XX', '2024-01-01'), { code: 'STATE_NOT_FOUND' });
    });
  },
  { readOnly: true },
);
