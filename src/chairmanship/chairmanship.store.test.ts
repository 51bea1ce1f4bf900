import assert from 'node:assert/strict';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { buildServices } from '../services.ts';

describeEachEngine(
  'chairmanship',
  (record, it) => {
    const chair = () => buildServices(record().db).chairmanship;

    it('holds all seven terms from 2002, with the renewed Kazakh term as its own record', async () => {
      const terms = await chair().terms();
      assert.deepEqual(
        terms.map((t) => t.stateCode),
        ['KZ', 'TR', 'CN', 'TJ', 'KZ', 'KZ', 'AZ'],
      );
      assert.equal(terms.at(-1)?.until, null);
      assert.equal(terms.at(-1)?.plannedUntil, '2026');
    });

    it('gives China, Tajikistan and Kazakhstan as the troika on 3 December 2019', async () => {
      const t = await chair().troika('2019-12-03');
      assert.deepEqual([t.previous?.stateCode, t.current?.stateCode, t.incoming?.stateCode], ['CN', 'TJ', 'KZ']);
    });

    it('gives Tajikistan, Kazakhstan and Azerbaijan, the troika that met on 26 June 2024', async () => {
      const t = await chair().troika('2024-06-26');
      assert.deepEqual([t.previous?.stateCode, t.current?.stateCode, t.incoming?.stateCode], ['TJ', 'KZ', 'AZ']);
    });

    it('limits the list to terms begun by a date', async () => {
      assert.deepEqual(
        (await chair().terms('2014-05-19')).map((t) => t.id),
        ['kz-2002', 'tr-2010'],
      );
    });

    it('lists the Azerbaijani term for confirmation once its planned end of 2026 has passed', async () => {
      assert.deepEqual(await chair().termsPastPlannedEnd('2026-12-31'), []);
      const overdue = await chair().termsPastPlannedEnd('2027-01-15');
      assert.deepEqual(
        overdue.map((o) => [o.term.id, o.plannedUntil]),
        [['az-2024', '2026']],
      );
    });
  },
  { readOnly: true },
);
