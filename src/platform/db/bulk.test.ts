import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { describeEachEngine } from '../testing/engines.ts';
import { withBulkCache } from './bulk.ts';

describeEachEngine(
  'a bulk write’s page cache and memory map',
  (record, it, engine) => {
    const settings = async () => ({
      cache: Number((await sql<{ cache_size: number }>`pragma cache_size`.execute(record().db)).rows[0]?.cache_size),
      mmap: Number((await sql<{ mmap_size: number }>`pragma mmap_size`.execute(record().db)).rows[0]?.mmap_size),
    });

    it('is larger and the file mapped while the write runs, and both as they were afterwards, also when the write fails', async () => {
      if (engine === 'postgres') {
        assert.equal(await withBulkCache(record().db, async () => 'written'), 'written');
        return;
      }
      const before = await settings();
      assert.equal(before.mmap, 0);
      const during = await withBulkCache(record().db, settings);
      assert.deepEqual(during, { cache: -128 * 1024, mmap: 0x7fff_0000 });
      assert.deepEqual(await settings(), before);
      await assert.rejects(
        withBulkCache(record().db, async () => {
          throw new Error('the write failed');
        }),
        /the write failed/,
      );
      assert.deepEqual(await settings(), before);
    });
  },
  { readOnly: true },
);
