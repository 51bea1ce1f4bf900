import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { connect } from './platform/db/connect.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cli-'));
const DATABASE_URL = join(dir, 'record.sqlite');
const run = (args: string[], input: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, DATABASE_URL } });

describe('npm run secretariat -- user add', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the first administrator, reading the password from standard input in a script', async () => {
    const res = run(['user', 'add', '--role', 'admin', '--email', 'First@CICA.test', '--name', 'First Admin'], 'a very good password\n');
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /created admin first@cica\.test/);
    const store = connect(DATABASE_URL);
    const account = await store.db.selectFrom('account').selectAll().executeTakeFirstOrThrow();
    await store.db.destroy();
    assert.equal(account.role, 'admin');
    assert.match(account.password_hash, /^\$argon2id\$/);
  });

  it('refuses a short password or a delegate without a state, naming the field, and creates nothing', () => {
    const short = run(['user', 'add', '--role', 'editor', '--email', 'e@cica.test'], 'short\n');
    assert.equal(short.status, 2);
    assert.match(short.stderr, /password: A password needs at least 12 characters\./);
    const delegate = run(['user', 'add', '--role', 'delegate', '--email', 'd@cica.test'], 'a very good password\n');
    assert.equal(delegate.status, 2);
    assert.match(delegate.stderr, /stateCode: A delegate must be tied to a member state\./);
  });

  it('refuses a second account for the same address', () => {
    const again = run(['user', 'add', '--role', 'editor', '--email', 'first@cica.test'], 'another good password\n');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /email/);
  });

  it('explains itself when called wrongly', () => {
    const res = run(['user', 'remove'], '');
    assert.equal(res.status, 2);
    assert.match(res.stderr, /usage:/);
  });
});
