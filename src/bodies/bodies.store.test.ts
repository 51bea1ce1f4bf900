import assert from 'node:assert/strict';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';

describeEachEngine(
  'bodies and meetings',
  (record, it) => {
    const bodies = () => buildServices(record().db).bodies;

    it('numbers the Ministerial series with the name in force on each date', async () => {
      const meetings = (await bodies().meetings({ bodyId: 'ministerial' })).filter((m) => m.number !== null);
      assert.deepEqual(
        meetings.map((m) => m.number),
        [1, 2, 3, 4, 5, 6, 7],
      );
      assert.equal(meetings[5]?.title.en, 'Sixth Ministerial Meeting');
      assert.equal(meetings[6]?.title.en, 'Seventh Ministerial Council Meeting');
      assert.equal(meetings[6]?.title.ru, 'Седьмое заседание Совета министров иностранных дел СВМДА');
    });

    it('titles the Think Tank Forum in digits above ten, agreeing in Russian', async () => {
      const [last] = (await bodies().meetings({ bodyId: 'think-tank-forum' })).slice(-1);
      assert.equal(last?.title.en, '12th CICA Think Tank Forum');
      assert.equal(last?.title.ru, '12-й форум аналитических центров СВМДА');
    });

    it('lists the Seventh Summit, planned for 2026, for confirmation once 2026 is over', async () => {
      assert.deepEqual(
        (await bodies().meetingsPastPlannedDate('2026-12-31')).map((m) => m.id),
        [],
      );
      const overdue = await bodies().meetingsPastPlannedDate('2027-01-15');
      assert.deepEqual(
        overdue.map((m) => [m.id, m.title.en]),
        [['summit-7', 'Seventh CICA Summit']],
      );
    });

    it('keeps the Seventh Summit as planned, and leaves it out of meetings held by today', async () => {
      const summits = await bodies().meetings({ bodyId: 'summit' });
      assert.equal(summits.at(-1)?.status, 'planned');
      assert.equal((await bodies().meetings({ bodyId: 'summit', heldBy: '2025-01-01' })).length, 6);
    });

    it('leaves out bodies founded after a date', async () => {
      const in2010 = (await bodies().bodies('2010-01-01')).map((b) => b.id);
      assert.ok(in2010.includes('secretariat'));
      assert.ok(!in2010.includes('cica-fund'));
    });

    it('refuses an unknown body with a stable code', async () => {
      await assert.rejects(bodies().body('nope'), { code: 'BODY_NOT_FOUND' });
    });
  },
  { readOnly: true },
);
