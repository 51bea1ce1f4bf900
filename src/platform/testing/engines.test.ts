import assert from 'node:assert/strict';
import { openRecord } from '../../platform.ts';
import { isLoaded } from '../../packs/load.ts';
import { rowCounts } from './app.ts';
import { describeEachEngine, emptyDatabase, freshRecord } from './engines.ts';

// Tests start from copies of a template made once per run: a copy must be the record start-up makes.
describeEachEngine("a test's record", (record, it, engine) => {
  it('is the record openRecord makes: migrated, and the CICA pack loaded, table for table', async () => {
    const target = await emptyDatabase(engine);
    const opened = await openRecord(target.url);
    try {
      assert.equal(opened.loadedPack, true);
      assert.deepEqual(await rowCounts(record().db), await rowCounts(opened.db));
    } finally {
      await opened.db.destroy();
      await target.dispose();
    }
  });

  it("is its own: what one test writes is not in the next test's record", async () => {
    await record()
      .db.insertInto('account')
      .values({
        id: 'acct-a',
        email: 'a@cica.test',
        name: 'A',
        role: 'editor',
        password_hash: 'x',
        created_at: '2025-01-01',
      })
      .execute();
    const next = await freshRecord(engine);
    try {
      assert.deepEqual(await next.store.db.selectFrom('account').select('id').execute(), []);
    } finally {
      await next.dispose();
    }
  });

  it('is migrated and empty when asked not to load the pack', async () => {
    const empty = await freshRecord(engine, { load: false });
    try {
      assert.equal(await isLoaded(empty.store.db), false);
      assert.ok(Object.keys(await rowCounts(empty.store.db)).includes('state'), 'the tables are there');
      assert.ok(Object.values(await rowCounts(empty.store.db)).every((n) => n === 0));
    } finally {
      await empty.dispose();
    }
  });
});
