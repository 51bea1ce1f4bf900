import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { connect } from '../platform/db/connect.ts';
import { migrateTo, migrateToLatest } from '../platform/db/migrate.ts';
import { POSTGRES_MISSING, emptyDatabase } from '../platform/testing/engines.ts';

/** A release entry with a long text, whose tsvector PostgreSQL would have moved out of line. */
const longEntry = {
  id: 'release:long:en',
  type: 'release',
  ref_id: 'long',
  lang: 'en',
  title: 'Confidence building in Asia',
  body: Array.from({ length: 600 }, (_, i) => `w${i}q${(i * 7919) % 10007}`).join(' '),
  date: '2025-05-01',
  path: '/news/long',
  states: '',
  dimensions: '',
};

describe('postgres: migration 0041, search entries keep their words in the row', {
  skip: !process.env.TEST_POSTGRES_URL && POSTGRES_MISSING,
}, () => {
  it('keeps the tsvector in the row and the table in newest-first order, and still finds what was there', async () => {
    const database = await emptyDatabase('postgres');
    const store = connect(database.url);
    const db = store.db as Kysely<any>;
    try {
      await migrateTo(db, '0040_picture_credit_ru');
      await db.insertInto('search_entry').values(longEntry).execute();
      await migrateToLatest(db);
      const column = await sql<{ attstorage: string }>`select attstorage from pg_attribute
        where attrelid = 'search_entry'::regclass and attname = 'tsv'`.execute(db);
      assert.equal(column.rows[0]?.attstorage, 'm');
      const clustered = await sql<{ indisclustered: boolean }>`select indisclustered from pg_index
        where indexrelid = 'search_entry_newest_idx'::regclass`.execute(db);
      assert.equal(clustered.rows[0]?.indisclustered, true);
      const found = await sql<{ id: string }>`select id from search_entry
        where tsv @@ to_tsquery('simple', 'w599q:*')`.execute(db);
      assert.deepEqual(
        found.rows.map((r) => r.id),
        [longEntry.id],
      );
    } finally {
      await store.db.destroy();
      await database.dispose();
    }
  });
});
