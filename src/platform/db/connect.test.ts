import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { connect } from './connect.ts';

describe('sqlite: connect', () => {
  it('syncs the write-ahead log at every commit, so a write that returned success survives a power cut', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'connect-'));
    const store = connect(join(dir, 'record.sqlite'));
    try {
      const { rows: [journal] } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
      const { rows: [sync] } = await sql<{ synchronous: number }>`pragma synchronous`.execute(store.db);
      assert.equal(journal?.journal_mode, 'wal');
      assert.equal(sync?.synchronous, 2, 'FULL');
    } finally {
      await store.db.destroy();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
