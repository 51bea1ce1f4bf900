import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { connect } from '../platform/db/connect.ts';
import { migrateTo, migrateToLatest } from '../platform/db/migrate.ts';
import { POSTGRES_MISSING, emptyDatabase } from '../platform/testing/engines.ts';
import { createSearchStore } from '../search/search.store.ts';

const entry = (type: string, ref: string, title: string, date: string | null) => ({
  id: `${type}:${ref}:en`,
  type,
  ref_id: ref,
  lang: 'en',
  title,
  body: `${title}, in Astana.`,
  date,
  path: `/${type}/${ref}`,
  states: '',
  dimensions: '',
});

describe('postgres: migration 0046, the record’s own pages indexed apart', {
  skip: !process.env.TEST_POSTGRES_URL && POSTGRES_MISSING,
}, () => {
  it('indexes the entries that are not releases, which the record’s pages are then read from', async () => {
    const database = await emptyDatabase('postgres');
    const store = connect(database.url);
    const db = store.db as Kysely<any>;
    try {
      await migrateTo(db, '0045_search_fts_contentless');
      const releases = Array.from({ length: 300 }, (_, i) =>
        entry('release', `r${i}`, `Meeting ${i} of experts`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`),
      );
      await db
        .insertInto('search_entry')
        .values([
          entry('state', 'KZ', 'Kazakhstan', null),
          entry('body', 'council', 'Ministerial Council', null),
          ...releases,
        ])
        .execute();

      await migrateToLatest(db);

      const index = await sql<{ predicate: string }>`select pg_get_expr(indpred, indrelid) as predicate from pg_index
        where indexrelid = 'search_entry_records_tsv_idx'::regclass`.execute(db);
      assert.match(index.rows[0]?.predicate ?? '', /type.*<>.*'release'/);
      await sql`analyze search_entry`.execute(db);
      const plan = await db.connection().execute(async (c) => {
        await sql`set enable_seqscan = off`.execute(c);
        // Without the list of types (which another index serves for so few rows), as the search asks it.
        const rows = await sql<{ 'QUERY PLAN': string }>`explain select id from search_entry e
          where e.lang = 'en' and e.type <> 'release' and e.tsv @@ to_tsquery('simple', 'astana:*')`.execute(c);
        await sql`reset enable_seqscan`.execute(c);
        return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
      });
      assert.match(plan, /search_entry_records_tsv_idx/);

      const found = await createSearchStore(db).search({ tokens: ['astana'], lang: 'en', limit: 5, offset: 0 });
      assert.deepEqual(
        found.hits
          .slice(0, 2)
          .map((h) => h.refId)
          .sort(),
        ['KZ', 'council'],
        'the record’s pages first',
      );
      assert.equal(found.hits.length, 7, "the page's five releases after them");
      assert.equal(found.total, 302);
    } finally {
      await store.db.destroy();
      await database.dispose();
    }
  });
});
