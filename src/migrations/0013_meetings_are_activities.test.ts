import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { connect } from '../platform/db/connect.ts';
import { migrateTo, migrateToLatest } from '../platform/db/migrate.ts';
import { ENGINES, POSTGRES_MISSING, emptyDatabase } from '../platform/testing/engines.ts';

/** A record as it stood before meetings became activities: one meeting on its own, one already recorded as an activity. */
async function before(db: Kysely<any>): Promise<void> {
  await migrateTo(db, '0012_name_renderings');
  await db.insertInto('state').values({ code: 'KZ', name_en: 'Kazakhstan', name_ru: 'Казахстан' }).execute();
  await db
    .insertInto('body')
    .values({ id: 'summit', kind: 'governing', position: 1, name_en: 'Summit', name_ru: 'Саммит' })
    .execute();
  const meeting = { body_id: 'summit', kind: 'regular', status: 'held', country_code: 'KZ', confidence: 'M' };
  await db
    .insertInto('meeting')
    .values([
      { ...meeting, id: 'summit-1', number: 1, start_date: '2002-06-04', city_en: 'Almaty', sources: 'S-first-summit' },
      { ...meeting, id: 'm-of-activity', number: 2, start_date: '2006-06-17', sources: 'activity:a-2' },
    ])
    .execute();
  await db
    .insertInto('activity')
    .values({
      id: 'a-2',
      kind: 'meeting',
      status: 'held',
      title_en: 'Second Summit',
      start_date: '2006-06-17',
      body_id: 'summit',
      meeting_id: 'm-of-activity',
    })
    .execute();
  await db
    .insertInto('document')
    .values([
      { id: 'act', kind: 'act', title_en: 'Almaty Act', meeting_id: 'summit-1' },
      { id: 'agreement', kind: 'agreement', title_en: 'Agreement', meeting_id: 'm-of-activity' },
    ])
    .execute();
  await db
    .insertInto('chair_term')
    .values({ id: 't1', state_code: 'KZ', from_date: '2002-06-04', handover_meeting_id: 'summit-1' })
    .execute();
}

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  describe(`${engine}: migration 0013, meetings become activities`, { skip: missing && POSTGRES_MISSING }, () => {
    it('moves every meeting into one activity, keeps what pointed at it, and drops the meeting table', async () => {
      const database = await emptyDatabase(engine);
      const store = connect(database.url);
      const db = store.db as Kysely<any>;
      try {
        await before(db);
        await migrateToLatest(db);
        const activities = await db
          .selectFrom('activity')
          .select(['id', 'kind', 'title_en', 'body_id', 'meeting_number', 'meeting_kind', 'city_en', 'sources'])
          .orderBy('id')
          .execute();
        assert.deepEqual(activities, [
          {
            id: 'a-2',
            kind: 'meeting',
            title_en: 'Second Summit',
            body_id: 'summit',
            meeting_number: 2,
            meeting_kind: 'regular',
            city_en: null,
            sources: 'activity:a-2',
          },
          {
            id: 'summit-1',
            kind: 'meeting',
            title_en: null,
            body_id: 'summit',
            meeting_number: 1,
            meeting_kind: 'regular',
            city_en: 'Almaty',
            sources: 'S-first-summit',
          },
        ]);
        assert.deepEqual(await db.selectFrom('document').select(['id', 'meeting_id']).orderBy('id').execute(), [
          { id: 'act', meeting_id: 'summit-1' },
          { id: 'agreement', meeting_id: 'a-2' },
        ]);
        const tables = (await db.introspection.getTables()).map((t) => t.name);
        assert.ok(!tables.includes('meeting'));
        // The references now hold against activities: one to a missing activity is refused.
        await assert.rejects(
          db
            .insertInto('chair_term')
            .values({ id: 't2', state_code: 'KZ', from_date: '2010-06-08', handover_meeting_id: 'nowhere' })
            .execute(),
        );
        await db
          .insertInto('chair_term')
          .values({ id: 't3', state_code: 'KZ', from_date: '2010-06-08', handover_meeting_id: 'a-2' })
          .execute();
      } finally {
        await store.db.destroy();
        await database.dispose();
      }
    });
  });
}
