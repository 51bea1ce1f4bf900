/**
 * An import killed with SIGKILL at a random moment (issue 10, item 5): the
 * record is intact, the import is all or nothing, and once the platform starts
 * again search finds every release that was committed.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { createPlatform } from '../platform.ts';
import { fixedClock } from '../platform/clock.ts';
import { connect } from '../platform/db/connect.ts';
import { ENGINES, POSTGRES_MISSING, freshRecord } from '../platform/testing/engines.ts';
import { seedAccounts } from '../platform/testing/client.ts';

const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const RELEASES = 120;
const WORD = 'quillmarsh';
const dir = mkdtempSync(join(tmpdir(), 'crash-'));
const file = join(dir, 'releases.json');
writeFileSync(
  file,
  JSON.stringify(
    Array.from({ length: RELEASES }, (_, i) => ({
      lang: 'en',
      title: `Crash test release ${i + 1}`,
      place: 'Astana',
      date: '2024-03-01',
      body: `A ${WORD} release, number ${i + 1}, imported while the process may be killed.`,
    })),
  ),
);

type Moment = 'while writing' | 'after writing' | 'at a random time';
const MOMENTS: readonly Moment[] = ['while writing', 'after writing', 'at a random time', 'at a random time'];

/** Runs the import and kills it with SIGKILL at the moment asked; resolves when it has ended either way. */
function importAndKill(databaseUrl: string, moment: Moment): Promise<{ killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', CLI, 'releases', 'import', file, '--as', 'editor@cica.test', '--publish'],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    );
    let killed = false;
    const kill = () => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    const lines: string[] = [];
    const killAtLine = 1 + Math.floor(Math.random() * 9);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      lines.push(...chunk.split('\n').filter(Boolean));
      const progress = lines.filter((l) => l.startsWith('imported ')).length;
      if (moment === 'while writing' && progress >= killAtLine) kill();
      if (moment === 'after writing' && lines.some((l) => l === `imported ${RELEASES} of ${RELEASES}`)) kill();
    });
    if (moment === 'at a random time') setTimeout(kill, 800 + Math.random() * 2500);
    child.on('exit', () => resolve({ killed }));
  });
}

after(() => rmSync(dir, { recursive: true, force: true }));

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  describe(`${engine}: an import killed with SIGKILL`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
    for (const [round, moment] of MOMENTS.entries()) {
      it(`leaves the record whole and searchable (round ${round + 1}, ${moment})`, async () => {
        const record = await freshRecord(engine);
        const clock = fixedClock('2025-06-01');
        await seedAccounts(record.store.db, clock);
        await record.store.db.destroy();
        try {
          await importAndKill(record.url, moment);

          const store = connect(record.url);
          if (engine === 'sqlite') {
            const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(store.db);
            assert.deepEqual(
              check.rows.map((r) => r.integrity_check),
              ['ok'],
            );
          }
          const { n } = await store.db
            .selectFrom('press_release')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .executeTakeFirstOrThrow();
          const committed = Number(n);
          assert.ok(committed === 0 || committed === RELEASES, `all or nothing, found ${committed} of ${RELEASES}`);

          const app = await createPlatform(store, clock);
          try {
            const found = await app.inject(`/api/search?q=${WORD}&type=release&lang=en`);
            assert.equal(found.statusCode, 200);
            assert.equal(found.json().total, committed, 'search finds every committed release, and nothing else');
            assert.equal((await app.inject('/healthz')).statusCode, 200);
          } finally {
            await app.close();
            await store.db.destroy();
          }
        } finally {
          await record.dispose().catch(() => {});
        }
      });
    }
  });
}

describe('start-up', () => {
  it('listens at once and says 503 "starting" at /healthz until the search index has caught up', async () => {
    const record = await freshRecord('sqlite');
    try {
      const app = await createPlatform(record.store, fixedClock('2025-06-01'), { waitForIndex: false });
      try {
        const first = await app.inject('/healthz');
        assert.equal(first.statusCode, 503);
        assert.deepEqual(first.json(), { ok: false, status: 'starting' });
        assert.equal((await app.inject('/en')).statusCode, 200, 'pages are served meanwhile');
        let health = first;
        for (let i = 0; i < 200 && health.statusCode !== 200; i++) {
          await new Promise((r) => setTimeout(r, 50));
          health = await app.inject('/healthz');
        }
        assert.deepEqual(health.json(), { ok: true, status: 'ready' });
      } finally {
        await app.close();
      }
    } finally {
      await record.dispose();
    }
  });
});
