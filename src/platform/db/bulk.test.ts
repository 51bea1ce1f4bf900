import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describeEachEngine } from '../testing/engines.ts';
import { withBulkCache } from './bulk.ts';

describeEachEngine(
  'a bulk write’s page cache',
  (record, it, engine) => {
    const cacheSize = async () =>
      Number((await sql<{ cache_size: number }>`pragma cache_size`.execute(record().db)).rows[0]?.cache_size);

    it('is larger while the write runs and as it was afterwards, also when the write fails', async () => {
      if (engine === 'postgres') {
        assert.equal(await withBulkCache(record().db, async () => 'written'), 'written');
        return;
      }
      const before = await cacheSize();
      const during = await withBulkCache(record().db, cacheSize);
      assert.equal(during, -32 * 1024);
      assert.equal(await cacheSize(), before);
      await assert.rejects(
        withBulkCache(record().db, async () => {
          throw new Error('the write failed');
        }),
        /the write failed/,
      );
      assert.equal(await cacheSize(), before);
    });
  },
  { readOnly: true },
);
