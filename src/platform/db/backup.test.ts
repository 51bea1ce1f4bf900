import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach } from 'node:test';
import { sql } from 'kysely';
import type { Actor } from '../access.ts';
import { fixedClock } from '../clock.ts';
import { describeEachEngine, emptyDatabase, freshRecord } from '../testing/engines.ts';
import { openRecord } from '../../platform.ts';
import { buildServices } from '../../services.ts';
import { BackupError, backup, restore } from './backup.ts';
import { type Store, connect, engineOf, sqliteFile } from './connect.ts';

/** Every table of the record, each with all its rows in one order: what a backup must give back. */
async function exportAll(store: Store): Promise<Map<string, string[]>> {
  const { rows: tables } =
    store.engine === 'sqlite'
      ? await sql<{ name: string }>`select name from sqlite_schema where type = 'table' order by name`.execute(store.db)
      : await sql<{
          name: string;
        }>`select table_schema || '.' || table_name as name from information_schema.tables where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema') order by 1`.execute(
          store.db,
        );
  const all = new Map<string, string[]>();
  for (const { name } of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(name)}`.execute(store.db);
    all.set(name, rows.map((row) => JSON.stringify(row)).sort());
  }
  return all;
}

/** What the record holds where it is: the tables that exist, on either engine. */
async function tableCount(url: string): Promise<number> {
  if (engineOf(url) === 'sqlite' && !existsSync(sqliteFile(url))) return 0;
  const store = connect(url);
  try {
    return (await exportAll(store)).size;
  } finally {
    await store.db.destroy();
  }
}

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };

describeEachEngine('backup and restore', (record, it, engine) => {
  const dir = mkdtempSync(join(tmpdir(), 'backup-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const clock = fixedClock('2026-12-01', '09:00:00');
  const services = () => buildServices(record().db, clock);
  /** A backup of this test's record, in a file of its own. */
  const backedUp = async () => {
    const file = join(mkdtempSync(join(dir, 'test-')), 'record.backup');
    await backup(record().url, file);
    return file;
  };

  // An account, a press release and an office change, made through the services.
  beforeEach(async () => {
    await services().accounts.create(
      { role: 'editor', email: editor.email, name: editor.name, password: 'a very good password' },
      null,
    );
    const account = await services().accounts.actorByEmail(editor.email);
    const actor = { ...editor, id: account!.id };
    const release = await services().newsroom.create(actor, {
      title_en: 'Backups are tested',
      place_en: 'Astana',
      date: '2026-12-01',
      body_en: 'Every **table** comes back.',
      title_ru: 'Резервные копии проверены',
      place_ru: 'Астана',
      body_ru: 'Каждая таблица возвращается.',
      states: ['KZ'],
      bodies: [],
      areas: [],
      people: [],
    });
    assert.ok(release.ok);
    const person = await services().office.create(actor, 'people', { name_en: 'Test Archivist', state_code: 'KZ' });
    assert.ok(person.ok);
  });

  it('restores a backup into an empty record with every table the same', async () => {
    const file = join(mkdtempSync(join(dir, 'test-')), 'record.backup');
    const made = await backup(record().url, file);
    assert.ok(made.bytes > 0);
    const target = await emptyDatabase(engine);
    try {
      await restore(file, target.url);
      const restored = connect(target.url);
      try {
        const [before, after] = [await exportAll(record()), await exportAll(restored)];
        assert.deepEqual([...after.keys()], [...before.keys()], 'the same tables');
        for (const [table, rows] of before) assert.deepEqual(after.get(table), rows, `table ${table}`);
        const prefix = engine === 'postgres' ? 'public.' : '';
        for (const table of ['account', 'press_release', 'person', 'audit_entry', 'state', 'kysely_migration']) {
          assert.ok(
            (after.get(`${prefix}${table}`)?.length ?? 0) > 0,
            `${table} has rows, so the comparison says something`,
          );
        }
      } finally {
        await restored.db.destroy();
      }
      const reopened = await openRecord(target.url);
      try {
        assert.equal(reopened.loadedPack, false, 'the restored record is not loaded again');
        assert.equal((await buildServices(reopened.db, clock).newsroom.officeList()).length, 1);
      } finally {
        await reopened.db.destroy();
      }
    } finally {
      await target.dispose();
    }
  });

  it('never overwrites a file with a backup', async () => {
    const file = await backedUp();
    const before = readFileSync(file);
    await assert.rejects(
      backup(record().url, file),
      (e: Error) => e instanceof BackupError && /already exists/.test(e.message),
    );
    assert.deepEqual(readFileSync(file), before);
  });

  it('refuses a restore into a record that has data, and changes nothing', async () => {
    const file = await backedUp();
    const before = await exportAll(record());
    await assert.rejects(
      restore(file, record().url),
      (e: Error) => e instanceof BackupError && /not empty/.test(e.message),
    );
    assert.deepEqual(await exportAll(record()), before);
  });

  it(
    engine === 'sqlite'
      ? 'takes a record migrated but never loaded as empty'
      : 'refuses a database that has tables, even without rows',
    async () => {
      const file = await backedUp();
      const migrated = await freshRecord(engine, { load: false });
      await migrated.store.db.destroy();
      try {
        if (engine === 'sqlite') {
          await restore(file, migrated.url);
          const store = connect(migrated.url);
          try {
            assert.ok((await store.db.selectFrom('press_release').select('id').execute()).length === 1);
          } finally {
            await store.db.destroy();
          }
        } else {
          await assert.rejects(
            restore(file, migrated.url),
            (e: Error) =>
              e instanceof BackupError && /not empty \(it holds \d+ tables, views or functions\)/.test(e.message),
          );
        }
      } finally {
        await migrated.dispose();
      }
    },
  );

  it('refuses a file that is not a backup, or a damaged one, and leaves the target empty', async () => {
    const file = await backedUp();
    const target = await emptyDatabase(engine);
    try {
      const garbage = join(dir, 'garbage.bin');
      writeFileSync(garbage, 'this is not a backup at all');
      await assert.rejects(
        restore(garbage, target.url),
        (e: Error) => e instanceof BackupError && /not a Secretariat backup/.test(e.message),
      );
      const whole = readFileSync(file);
      const truncated = join(dir, 'truncated.backup');
      writeFileSync(truncated, whole.subarray(0, Math.floor(whole.length / 2)));
      await assert.rejects(
        restore(truncated, target.url),
        (e: Error) => e instanceof BackupError && !e.message.includes('\n'),
      );
      await assert.rejects(
        restore(join(dir, 'missing.backup'), target.url),
        (e: Error) => e instanceof BackupError && /cannot be read \(ENOENT\)/.test(e.message),
      );
      assert.equal(await tableCount(target.url), 0);
    } finally {
      await target.dispose();
    }
  });

  if (engine === 'sqlite') {
    it('refuses a SQLite database that is not a Secretariat record', async () => {
      const other = join(dir, 'other.sqlite');
      const store = connect(other);
      await sql`create table notes (id integer primary key, text text)`.execute(store.db);
      await store.db.destroy();
      const target = await emptyDatabase(engine);
      try {
        await assert.rejects(
          restore(other, target.url),
          (e: Error) =>
            e instanceof BackupError && /not a Secretariat record \(it has no kysely_migration table\)/.test(e.message),
        );
        assert.equal(existsSync(sqliteFile(target.url)), false);
      } finally {
        await target.dispose();
      }
    });
  }

  it('refuses a tampered backup that carries code (a trigger; a function and a materialized view), running none of it', async () => {
    const source = await emptyDatabase(engine);
    const target = await emptyDatabase(engine);
    const tampered = join(dir, `tampered-${engine}.backup`);
    try {
      const store = connect(source.url);
      await sql`create table kysely_migration (name varchar(255) primary key, timestamp varchar(255) not null)`.execute(
        store.db,
      );
      await sql`create table audit_entry (id text primary key)`.execute(store.db);
      if (engine === 'sqlite') {
        await sql`create trigger hide_audit after insert on audit_entry begin delete from audit_entry where id = new.id; end`.execute(
          store.db,
        );
      } else {
        await sql
          .raw(
            `create function public.pwn() returns int language plpgsql as $$ begin create table public.pwned (x int); return 1; end $$`,
          )
          .execute(store.db);
        await sql`create materialized view public.mv as select public.pwn() as x`.execute(store.db);
      }
      await store.db.destroy();
      await backup(source.url, tampered);
      await assert.rejects(
        restore(tampered, target.url),
        (e: Error) => e instanceof BackupError && /holds what no Secretariat record does/.test(e.message),
      );
      assert.equal(await tableCount(target.url), 0, 'nothing restored, nothing run');
    } finally {
      await source.dispose();
      await target.dispose();
    }
  });

  it('refuses a backup made by the other engine, naming both', async () => {
    const foreign = join(dir, 'foreign.backup');
    writeFileSync(
      foreign,
      engine === 'sqlite'
        ? Buffer.concat([Buffer.from('PGDMP'), Buffer.alloc(64)])
        : Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(84)]),
    );
    const target = await emptyDatabase(engine);
    try {
      const expected =
        engine === 'sqlite'
          ? /is a PostgreSQL backup and DATABASE_URL names a SQLite record/
          : /is a SQLite backup and DATABASE_URL names a PostgreSQL record/;
      await assert.rejects(
        restore(foreign, target.url),
        (e: Error) => e instanceof BackupError && expected.test(e.message),
      );
      assert.equal(await tableCount(target.url), 0);
    } finally {
      await target.dispose();
    }
  });
});
