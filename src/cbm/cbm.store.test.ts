import assert from 'node:assert/strict';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';

describeEachEngine(
  'catalogue of CBMs',
  (record, it) => {
    const cbm = () => buildServices(record().db).cbm;

    it('has five dimensions and eighteen priority areas', async () => {
      const c = await cbm().catalogueOn('2025-01-01');
      assert.equal(c.dimensions.length, 5);
      assert.equal(
        c.dimensions.reduce((n, d) => n + d.areas.length, 0),
        18,
      );
      assert.equal(c.version?.id, 'catalogue-2024');
    });

    it('gives the coordinators in force on a date, and none before the record shows them', async () => {
      const area = async (date: string, id: string) =>
        (await cbm().catalogueOn(date)).dimensions.flatMap((d) => d.areas).find((a) => a.area.id === id)!;
      const ict = await area('2024-06-01', 'ict-security');
      assert.equal(ict.coordinator?.stateCode, 'RU');
      assert.deepEqual(
        ict.coCoordinators.map((c) => c.stateCode),
        ['CN'],
      );
      assert.deepEqual(
        (await area('2026-06-01', 'ict-security')).coCoordinators,
        [],
        "China's term ran to the end of 2025",
      );
      const epi = await area('2021-06-23', 'epidemiological-safety');
      assert.equal(epi.coordinator, null, 'the coordinator is not confirmed');
      assert.deepEqual(epi.coCoordinators.map((c) => c.stateCode).sort(), ['CN', 'JO']);
      assert.deepEqual((await area('2021-06-22', 'epidemiological-safety')).coCoordinators, []);
    });

    it('adds the volunteerism measure only from the 2024 Catalogue', async () => {
      const human = async (date: string) =>
        (await cbm().catalogueOn(date)).dimensions.find((d) => d.dimension.id === 'human')!.areas[0]!.measures;
      assert.equal((await human('2024-12-16')).length, 6);
      assert.equal((await human('2024-12-17')).length, 7);
    });

    it("lists a state's roles with their areas", async () => {
      const roles = await cbm().rolesOf('BD');
      assert.deepEqual(roles.map((r) => r.area.id).sort(), [
        'disaster-management',
        'environment-protection',
        'information-technology',
      ]);
      assert.ok(roles.every((r) => r.role === 'co-coordinator'));
    });
  },
  { readOnly: true },
);
