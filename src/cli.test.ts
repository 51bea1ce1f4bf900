import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAccountsService } from './accounts/accounts.service.ts';
import { systemClock } from './platform/clock.ts';
import { backup } from './platform/db/backup.ts';
import { connect } from './platform/db/connect.ts';
import { describeEachEngine, emptyDatabase, freshRecord } from './platform/testing/engines.ts';

const CLI = fileURLToPath(new URL('./cli.ts', import.meta.url));

/** A fresh SQLite record for each test, and the command line run over it. */
function useCliRecord() {
  let record: Awaited<ReturnType<typeof freshRecord>> | undefined;
  beforeEach(async () => {
    record = await freshRecord('sqlite');
  });
  afterEach(async () => {
    await record?.dispose();
    record = undefined;
  });
  const current = () => record ?? assert.fail('the record is not open yet');
  return {
    url: () => current().url,
    db: () => current().store.db,
    /** `npm run secretariat -- ARGS` over the record, with `input` on standard input. */
    run: (args: string[], input = '') =>
      spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
        input,
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: current().url },
      }),
  };
}

describe('npm run secretariat -- user add', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const cli = useCliRecord();
  const run = cli.run;
  /** The first administrator, first@cica.test, as `user add` makes it. */
  const firstAdmin = () =>
    createAccountsService(cli.db(), systemClock).create(
      { email: 'first@cica.test', name: 'First Admin', role: 'admin', password: 'a very good password' },
      null,
    );

  it('creates the first administrator, reading the password from standard input in a script', async () => {
    const res = run(
      ['user', 'add', '--role', 'admin', '--email', 'First@CICA.test', '--name', 'First Admin'],
      'a very good password\n',
    );
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /created admin first@cica\.test/);
    const account = await cli.db().selectFrom('account').selectAll().executeTakeFirstOrThrow();
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

  it('refuses a second account for the same address', async () => {
    await firstAdmin();
    const again = run(['user', 'add', '--role', 'editor', '--email', 'first@cica.test'], 'another good password\n');
    assert.equal(again.status, 2);
    assert.match(again.stderr, /email/);
  });

  it('explains itself when called wrongly', () => {
    const res = run(['user', 'remove'], '');
    assert.equal(res.status, 2);
    assert.match(res.stderr, /usage:/);
    const help = run(['user', 'add', '--help'], '');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /usage:/);
    const unknown = run(['user', 'add', '--bogus'], '');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /^error: Unknown option '--bogus'/);
    assert.doesNotMatch(unknown.stderr, /\n\s+at /, 'no stack trace');
  });

  it('imports releases from files with a summary, and refuses a bad file naming file, item and field', async () => {
    await firstAdmin();
    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify([{ lang: 'en', title: 'Imported release', place: 'Astana', date: '2024-11-20', body: 'Text.' }]),
    );
    const bad = join(dir, 'bad.md');
    writeFileSync(bad, '---\nlang: en\ntitle: Bad\nplace: Astana\n---\nNo date.\n');
    const refused = run(['releases', 'import', good, bad, '--as', 'first@cica.test'], '');
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /refused: .*bad\.md date: expected a date as YYYY-MM-DD/);
    assert.match(refused.stderr, /nothing was imported/);
    const ok = run(['releases', 'import', good, '--as', 'first@cica.test', '--publish'], '');
    assert.equal(ok.status, 0, ok.stderr);
    assert.match(ok.stdout, /1 created, 0 skipped as duplicates, 0 refused/);
    assert.match(ok.stderr, /imported 1 of 1/);
    assert.match(
      run(['releases', 'import', good, '--as', 'first@cica.test'], '').stdout,
      /0 created, 1 skipped as duplicates/,
    );
  });

  it('makes an API token for an account', async () => {
    await firstAdmin();
    const res = run(['token', 'add', '--email', 'first@cica.test', '--label', 'importer'], '');
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stdout, /^sec_[A-Za-z0-9_-]{40,}\n$/);
  });
});

describe('npm run secretariat -- digest build', () => {
  const dir2 = mkdtempSync(join(tmpdir(), 'cli-digest-'));
  const cli = useCliRecord();
  const runHere = (args: string[]) => cli.run(args);
  after(() => rmSync(dir2, { recursive: true, force: true }));

  it("lays out the quarter's issue as a PDF, telling what it does", async () => {
    const { buildServices } = await import('./services.ts');
    const { seedDigestReleases } = await import('./digest/digest.fixture.ts');
    await cli
      .db()
      .insertInto('account')
      .values({
        id: 'e',
        email: 'e@cica.test',
        name: 'E',
        role: 'editor',
        password_hash: 'x',
        created_at: '2024-01-01',
      })
      .execute();
    await seedDigestReleases(buildServices(cli.db()), {
      id: 'e',
      email: 'e@cica.test',
      name: 'E',
      role: 'editor',
      stateCode: null,
    });
    const out = join(dir2, 'digest.pdf');
    const res = runHere([
      'digest',
      'build',
      '--from',
      '2024-10-01',
      '--to',
      '2024-12-31',
      '--lang',
      'ru',
      '--out',
      out,
    ]);
    assert.equal(res.status, 0, res.stderr);
    assert.match(res.stderr, /5 articles in 3 sections; spotlight: Министры иностранных дел/);
    assert.match(res.stderr, /laying out the PDF… \d+ ms/);
    assert.equal(readFileSync(out).subarray(0, 5).toString(), '%PDF-');
    // A folder that is not there: one line naming --out, no stack trace.
    const unwritable = runHere([
      'digest',
      'build',
      '--from',
      '2024-10-01',
      '--to',
      '2024-12-31',
      '--out',
      join(dir2, 'no', 'such', 'x.pdf'),
    ]);
    assert.equal(unwritable.status, 2);
    assert.match(unwritable.stderr, /error: --out: cannot write .*x\.pdf \(ENOENT\)\n$/);
    assert.doesNotMatch(unwritable.stderr, /\n\s+at /);
  });

  it('says in one line that a period has no release with text in the language asked', () => {
    const res = runHere([
      'digest',
      'build',
      '--from',
      '2023-01-01',
      '--to',
      '2023-03-31',
      '--lang',
      'ru',
      '--out',
      join(dir2, 'y.pdf'),
    ]);
    assert.equal(res.status, 2);
    assert.match(res.stderr, /error: no release published in 2023-01-01 – 2023-03-31 has its text in Russian\n$/);
    assert.doesNotMatch(res.stderr, /\n\s+at /);
  });

  it('refuses a period that ends before it starts, naming the option', () => {
    const res = runHere([
      'digest',
      'build',
      '--from',
      '2024-12-31',
      '--to',
      '2024-10-01',
      '--out',
      join(dir2, 'x.pdf'),
    ]);
    assert.equal(res.status, 2);
    assert.match(res.stderr, /--to: the period ends before it starts/);
  });
});

describeEachEngine('npm run secretariat -- backup and restore', (record, it, engine) => {
  const dir3 = mkdtempSync(join(tmpdir(), 'cli-backup-'));
  /** Where this test's backup goes, in a folder of its own. */
  const backupFile = () => join(mkdtempSync(join(dir3, 'test-')), 'record.backup');
  const runOn = (url: string, args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: url },
    });
  const oneLine = (stderr: string) => {
    assert.match(stderr, /^error: [^\n]+\n$/);
    assert.doesNotMatch(stderr, /\n\s+at /);
  };
  after(() => rmSync(dir3, { recursive: true, force: true }));

  it('backs up the record while it is open, and restores it into an empty record', async () => {
    const file = backupFile();
    const made = runOn(record().url, ['backup', file]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /^backed up the record to .*record\.backup \([\d,]+ bytes\)\n$/);
    const target = await emptyDatabase(engine);
    try {
      const restored = runOn(target.url, ['restore', file]);
      assert.equal(restored.status, 0, restored.stderr);
      const store = connect(target.url);
      const count = async (db: typeof store.db) =>
        (
          await db
            .selectFrom('state')
            .select(({ fn }) => fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n;
      try {
        assert.equal(Number(await count(store.db)), Number(await count(record().db)));
      } finally {
        await store.db.destroy();
      }
      const again = runOn(target.url, ['restore', file]);
      assert.equal(again.status, 2);
      oneLine(again.stderr);
      assert.match(again.stderr, /not empty/);
    } finally {
      await target.dispose();
    }
  });

  it('refuses, in one line, to overwrite a file, or to restore what is not a backup', async () => {
    const file = backupFile();
    await backup(record().url, file);
    const over = runOn(record().url, ['backup', file]);
    assert.equal(over.status, 2);
    oneLine(over.stderr);
    assert.match(over.stderr, /already exists/);
    const garbage = join(dir3, 'garbage.txt');
    writeFileSync(garbage, 'not a backup');
    const target = await emptyDatabase(engine);
    try {
      const refused = runOn(target.url, ['restore', garbage]);
      assert.equal(refused.status, 2);
      oneLine(refused.stderr);
      assert.match(refused.stderr, /not a Secretariat backup/);
    } finally {
      await target.dispose();
    }
  });

  it('asks for the file when none is named', () => {
    const res = runOn(record().url, ['backup']);
    assert.equal(res.status, 2);
    assert.match(res.stderr, /^error: name the one backup file \(npm run secretariat -- backup FILE\)\n$/);
  });
});
