import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Kysely, sql } from 'kysely';
import { connect } from '../platform/db/connect.ts';
import { migrateTo, migrateToLatest } from '../platform/db/migrate.ts';
import { emptyDatabase } from '../platform/testing/engines.ts';
import { releaseRowids } from '../search/search.ts';
import { createSearchStore } from '../search/search.store.ts';

describe('sqlite: migration 0043, the full-text index without prefix lists', () => {
  it('keeps every row under its id, drops the prefix lists, and still finds a word by its beginning', async () => {
    const database = await emptyDatabase('sqlite');
    const store = connect(database.url);
    const db = store.db as Kysely<any>;
    try {
      await migrateTo(db, '0040_picture_credit_ru');
      const entry = (id: string, lang: string, title: string, body: string) => ({
        id,
        type: 'release',
        ref_id: id.slice(0, -3),
        lang,
        title,
        body,
        date: '2024-10-03',
        path: `/${lang}/news/${id}`,
        states: '',
        dimensions: '',
      });
      const rows = [
        entry('r1:en', 'en', 'Ministerial Council in Astana', 'The ministers met in Kazakhstan.'),
        entry('r1:ru', 'ru', 'Совет министров в Астане', 'Министры встретились в Казахстане.'),
      ];
      await db.insertInto('search_entry').values(rows).execute();
      const [low] = releaseRowids('2024-10-03', 'en');
      const [lowRu] = releaseRowids('2024-10-03', 'ru');
      await sql`insert into search_fts (rowid, entry_id, title, body) values
        (${low}, 'r1:en', ${rows[0]!.title}, ${rows[0]!.body}), (${lowRu}, 'r1:ru', ${rows[1]!.title}, ${rows[1]!.body})`.execute(
        db,
      );
      await db
        .insertInto('search_term')
        .values(['ministers', 'kazakhstan', 'министры', 'казахстане'].map((term) => ({ term })))
        .execute();
      const before = await sql<{ sql: string }>`select sql from sqlite_master where name = 'search_fts'`.execute(db);
      assert.match(before.rows[0]!.sql, /prefix/);

      await migrateTo(db, '0043_search_without_prefix_indexes');

      const after = await sql<{ sql: string }>`select sql from sqlite_master where name = 'search_fts'`.execute(db);
      assert.doesNotMatch(after.rows[0]!.sql, /prefix/);
      const kept = await sql<{
        rowid: number;
        entry_id: string;
      }>`select rowid, entry_id from search_fts order by rowid`.execute(db);
      assert.deepEqual(kept.rows, [
        { rowid: low, entry_id: 'r1:en' },
        { rowid: lowRu, entry_id: 'r1:ru' },
      ]);
      // Searched with today's store, which needs the later migrations too.
      await migrateToLatest(db);
      const search = createSearchStore(db);
      for (const [tokens, lang] of [
        [['kaz'], 'en'],
        [['ka'], 'en'],
        [['казах'], 'ru'],
        [['мин', 'аст'], 'ru'],
      ] as const) {
        const found = await search.search({ tokens: [...tokens], lang, limit: 10, offset: 0 });
        assert.deepEqual(
          found.hits.map((h) => h.refId),
          ['r1'],
          `${tokens.join(' ')} (${lang})`,
        );
      }
    } finally {
      await store.db.destroy();
      await database.dispose();
    }
  });
});
