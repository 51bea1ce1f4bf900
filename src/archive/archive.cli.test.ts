// `npm run secretariat -- archive import`: a folder of saved pages in, a line a file and a summary out.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { systemClock } from '../platform/clock.ts';
import { freshRecord } from '../platform/testing/engines.ts';
import { RELEASE_2019, RELEASE_2024, SPEECH_2023, currentPage, olderPage, textCopy } from './archive.fixture.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

describe('npm run secretariat -- archive import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'archive-cli-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  let record: Awaited<ReturnType<typeof freshRecord>> | undefined;
  beforeEach(async () => {
    record = await freshRecord('sqlite');
    await createAccountsService(record.store.db, systemClock).create(
      { email: 'editor@cica.test', name: 'Erlan Editor', role: 'editor', password: 'a very good password' },
      null,
    );
  });
  afterEach(async () => {
    await record?.dispose();
    record = undefined;
  });
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: record!.url },
    });
  const count = async (table: 'press_release' | 'speech' | 'archive_item') =>
    Number(
      (
        await record!.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('walks a folder: a dry run writes nothing, the run writes all, the same run again nothing', async () => {
    const folder = join(dir, 'site');
    mkdirSync(join(folder, 'older'), { recursive: true });
    writeFileSync(join(folder, '3101.html'), currentPage(RELEASE_2024));
    writeFileSync(join(folder, 'older', 'press-release.html'), olderPage(RELEASE_2019, 'press-release-05122019'));
    writeFileSync(join(folder, 'remarks.html'), currentPage(SPEECH_2023, 'index.php?view=page&t=speeches&id=501'));

    const releases = await count('press_release');
    const dry = run(['archive', 'import', folder, '--as', 'editor@cica.test', '--publish', '--dry-run']);
    assert.equal(dry.status, 0, dry.stderr);
    assert.match(dry.stdout, /would be created: .*3101\.html — "Secretariat hosts a seminar on water management"/);
    assert.match(dry.stdout, /Habibullo Mirzozoda \(Executive Director\)/);
    assert.match(dry.stdout, /3 files: 3 to create, 0 already in the archive, 0 refused, 0 flagged/);
    assert.match(dry.stdout, /Dry run: nothing was written/);
    assert.equal(await count('archive_item'), 0);

    const done = run(['archive', 'import', folder, '--as', 'editor@cica.test', '--publish']);
    assert.equal(done.status, 0, done.stderr);
    assert.match(done.stdout, /3 files: 3 created/);
    assert.match(done.stderr, /imported 3 of 3/);
    assert.deepEqual([(await count('press_release')) - releases, await count('speech')], [2, 1]);

    const again = run(['archive', 'import', folder, '--as', 'editor@cica.test']);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /3 files: 0 created, 3 already in the archive/);
    assert.equal(await count('archive_item'), 3);
  });

  it('refuses the whole run for one bad file, naming it, and says how the command reads', async () => {
    const folder = join(dir, 'bad');
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, 'good.txt'),
      textCopy(RELEASE_2019, 'https://www.s-cica.org/index.php?id=3102&view=press_releases'),
    );
    writeFileSync(join(folder, 'empty.txt'), '');
    const res = run(['archive', 'import', folder, '--as', 'editor@cica.test']);
    assert.equal(res.status, 2);
    assert.match(res.stderr, /refused: .*empty\.txt: the file is empty/);
    assert.match(res.stderr, /Nothing was imported/);
    assert.equal(await count('archive_item'), 0);
    assert.match(run(['archive', 'import', folder]).stderr, /--as: name the editor/);
    assert.match(
      run(['archive', 'import', folder, '--as', 'editor@cica.test', '--kind', 'news']).stderr,
      /--kind: expected release or speech/,
    );
  });
});
