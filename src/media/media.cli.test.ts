// `npm run secretariat -- coverage import`: a folder of articles in, a summary out.
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
import { CEREMONY_EN, CEREMONY_WIRE } from './media.fixture.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));

describe('npm run secretariat -- coverage import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'coverage-'));
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

  it('imports a folder, counts a second import as duplicates, and names each refused file with its reason', () => {
    const folder = join(dir, 'june');
    mkdirSync(folder, { recursive: true });
    const article = (a: { title: string; published: string; text: string }) =>
      `${a.title}\ndate ${a.published}\n\n${a.text}\n`;
    writeFileSync(join(folder, '1-ceremony.txt'), article(CEREMONY_EN));
    writeFileSync(
      join(folder, '2-wire.md'),
      `---\ntitle: ${CEREMONY_WIRE.title}\ndate: ${CEREMONY_WIRE.published}\n---\n${CEREMONY_WIRE.text}\n`,
    );
    writeFileSync(join(folder, '3-empty.txt'), '');
    writeFileSync(join(folder, '4-broken.rss'), '<rss><channel><item><title>x</channel></rss>');

    const first = run(['coverage', 'import', folder, '--as', 'editor@cica.test', '--source', 'Astana Daily']);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stdout, /2 imported, 0 duplicates, 2 refused/);
    assert.match(first.stderr, /refused: .*3-empty\.txt: the file is empty/);
    assert.match(first.stderr, /refused: .*4-broken\.rss: the feed is not well-formed XML/);
    assert.match(first.stderr, /imported 2 of 2/);

    const again = run([
      'coverage',
      'import',
      join(folder, '1-ceremony.txt'),
      '--as',
      'editor@cica.test',
      '--source',
      'Astana Daily',
    ]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 imported, 1 duplicates, 0 refused/);
  });

  it('asks who imports, and for something to import', () => {
    assert.match(run(['coverage', 'import', dir]).stderr, /--as: name the editor/);
    assert.match(run(['coverage', 'import', '--as', 'editor@cica.test']).stderr, /name at least one file or folder/);
    assert.match(
      run(['coverage', 'import', join(dir, 'nowhere'), '--as', 'editor@cica.test']).stderr,
      /nowhere: cannot be read \(ENOENT\)/,
    );
  });
});
