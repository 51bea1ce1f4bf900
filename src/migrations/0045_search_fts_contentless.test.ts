import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { connect } from '../platform/db/connect.ts';
import { migrateTo, migrateToLatest } from '../platform/db/migrate.ts';
import { emptyDatabase } from '../platform/testing/engines.ts';
import { recordRowids, releaseRowids } from '../search/search.ts';
import { createSearchStore } from '../search/search.store.ts';

const entry = (id: string, type: string, lang: string, title: string, body: string, date: string | null) => ({
  id,
  type,
  ref_id: id.split(':')[1]!,
  lang,
  title,
  body,
  date,
  path: `/${id.split(':')[1]}`,
  states: '',
  dimensions: '',
});

describe('sqlite: migration 0045, a contentless full-text index', () => {
  it('carries every indexed entry under its row id, keeps no copy of the text, and still finds, ranks and forgets', async () => {
    const database = await emptyDatabase('sqlite');
    const store = connect(database.url);
    const db = store.db as Kysely<any>;
    try {
      await migrateTo(db, '0044_search_entry_no_type_index');
      const rows = [
        entry(
          'release:r1:en',
          'release',
          'en',
          'Ministerial Council in Astana',
          'The ministers met in Kazakhstan.',
          '2024-10-03',
        ),
        entry(
          'release:r1:ru',
          'release',
          'ru',
          'Совет министров в Астане',
          'Министры встретились в Казахстане.',
          '2024-10-03',
        ),
        entry(
          'release:r2:en',
          'release',
          'en',
          'Youth forum',
          'Astana hosted the youth forum of the Council.',
          '2024-09-01',
        ),
        entry('state:KZ:en', 'state', 'en', 'Kazakhstan', 'A member state; Astana is its capital.', null),
      ];
      await db.insertInto('search_entry').values(rows).execute();
      const rowids = [
        releaseRowids('2024-10-03', 'en')[0],
        releaseRowids('2024-10-03', 'ru')[0],
        releaseRowids('2024-09-01', 'en')[0],
        recordRowids('en')[0],
      ];
      await sql`insert into search_fts (rowid, entry_id, title, body) values ${sql.join(
        rows.map((r, i) => sql`(${rowids[i]}, ${r.id}, ${r.title}, ${r.body})`),
      )}`.execute(db);
      await db
        .insertInto('search_term')
        .values(['astana', 'kazakhstan', 'ministers', 'министры'].map((term) => ({ term })))
        .execute();

      await migrateToLatest(db);

      const carried = await db.selectFrom('search_entry').select(['id', 'fts_rowid']).orderBy('fts_rowid').execute();
      assert.deepEqual(
        carried,
        rows
          .map((r, i) => ({ id: r.id, fts_rowid: rowids[i] }))
          .sort((a, b) => (a.fts_rowid ?? 0) - (b.fts_rowid ?? 0)),
      );
      const tables = await sql<{ name: string }>`select name from sqlite_master where name like 'search_fts%'`.execute(
        db,
      );
      assert.ok(!tables.rows.some((t) => t.name === 'search_fts_content'), 'FTS5 keeps no copy of the text');
      const indexed = await sql<{ rowid: number }>`select rowid from search_fts order by rowid`.execute(db);
      assert.deepEqual(
        indexed.rows.map((r) => r.rowid),
        [...rowids].sort((a, b) => a - b),
      );

      const search = createSearchStore(db);
      const refs = async (tokens: string[], lang: string) =>
        (await search.search({ tokens, lang, limit: 10, offset: 0 })).hits.map((h) => h.refId);
      // The record's own page first (ranked), then releases newest first.
      assert.deepEqual(await refs(['astana'], 'en'), ['KZ', 'r1', 'r2']);
      assert.deepEqual(await refs(['kaz'], 'en'), ['KZ', 'r1']);
      assert.deepEqual(await refs(['министры'], 'ru'), ['r1']);
      const hit = (await search.search({ tokens: ['youth'], lang: 'en', limit: 10, offset: 0 })).hits[0];
      assert.equal(hit?.title, 'Youth forum', 'the text comes from search_entry');

      // A release taken out of the index leaves no row behind, in the entries or the word lists.
      await db.transaction().execute(async (trx) => {
        await createSearchStore(trx).replaceHere([{ type: 'release', refId: 'r1' }], []);
      });
      assert.deepEqual(await refs(['astana'], 'en'), ['KZ', 'r2']);
      assert.deepEqual(await refs(['министры'], 'ru'), []);
      const left = await sql<{ n: number }>`select count(*) as n from search_fts`.execute(db);
      assert.equal(Number(left.rows[0]?.n), 2);

      // And back: the index with its own copy again, built from search_entry.
      await migrateTo(db, '0044_search_entry_no_type_index');
      const back = await sql<{
        rowid: number;
        entry_id: string;
      }>`select rowid, entry_id from search_fts order by rowid`.execute(db);
      assert.deepEqual(back.rows, [
        { rowid: rowids[3], entry_id: 'state:KZ:en' },
        { rowid: rowids[2], entry_id: 'release:r2:en' },
      ]);
    } finally {
      await store.db.destroy();
      await database.dispose();
    }
  });
});
