import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { connect } from './connect.ts';

describe('sqlite: connect', () => {
  it('syncs the write-ahead log at every commit, so a write that returned success survives a power cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connect-'));
    const store = connect(join(dir, 'record.sqlite'));
    try {
      const {
        rows: [journal],
      } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const {
        rows: [sync],
      } = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      assert.equal(journal?.journal_mode, 'wal');
      assert.equal(sync?.synchronous, 2, 'FULL');
    } finally {
      await store.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("waits for another process's write transaction instead of failing at once (regression: SQLITE_BUSY on import)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connect-'));
    const file = join(dir, 'record.sqlite');
    const store = connect(file);
    try {
      await sql`create table t (n integer)`.execute(store.db);
      await sql`insert into t values (0)`.execute(store.db);
      // Another process holds the write lock for a second, as an import does.
      const holder = spawn(
        process.execPath,
        [
          '-e',
          `
        const db = new (require('better-sqlite3'))(${JSON.stringify(file)});
        db.exec('begin immediate; insert into t values (1)');
        process.stdout.write('holding\\n');
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1000);
        db.exec('commit');
      `,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()));
      // A read inside the transaction first, then a write: a deferred BEGIN fails here with SQLITE_BUSY.
      await store.db.transaction().execute(async (trx) => {
        await sql`select count(*) from t`.execute(trx);
        await sql`insert into t values (2)`.execute(trx);
      });
      await new Promise((resolve) => holder.once('exit', resolve));
      const { rows } = await sql<{ n: number }>`select n from t order by n`.execute(store.db);
      assert.deepEqual(
        rows.map((r) => r.n),
        [0, 1, 2],
      );
    } finally {
      await store.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
