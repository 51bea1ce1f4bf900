// Two server processes over one PostgreSQL record, as behind a proxy or with WORKERS=2:
// a change made through one is on the other's public pages within a second, and the
// periodic work is done by exactly one of them, the other taking over when it goes.
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { createAccountsService } from './accounts/accounts.service.ts';
import { fixedClock } from './platform/clock.ts';
import { TEST_TODAY } from './platform/testing/app.ts';
import { seedAccounts } from './platform/testing/client.ts';
import { POSTGRES_MISSING, freshRecord } from './platform/testing/engines.ts';

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

async function until<T>(get: () => Promise<T | null>, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await get().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > end) assert.fail(`not so after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Server = { base: string; child: ChildProcess };

async function start(url: string, env: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  // Starting a process (tsx compiling the tree, migrations) takes long on a busy machine.
  await until(async () => ((await fetch(`${base}/healthz`)).ok ? true : null), `${base} ready`, 120_000);
  return { base, child };
}

const health = async (s: Server) => (await (await fetch(`${s.base}/healthz`)).json()) as { periodic?: string };

describe('two processes over one record', { skip: process.env.TEST_POSTGRES_URL ? false : POSTGRES_MISSING }, () => {
  let record: Awaited<ReturnType<typeof freshRecord>>;
  let a: Server;
  let b: Server;
  let token = '';
  before(async () => {
    record = await freshRecord('postgres');
    const clock = fixedClock(TEST_TODAY);
    await seedAccounts(record.store.db, clock);
    token = await createAccountsService(record.store.db, clock).createToken('editor@cica.test', 'test');
    [a, b] = await Promise.all([start(record.url), start(record.url)]);
  });
  after(async () => {
    // The database is dropped only once both processes are gone.
    await Promise.all(
      [a, b].map((s) =>
        s && s.child.exitCode === null
          ? new Promise((r) => {
              s.child.once('exit', r);
              s.child.kill('SIGTERM');
            })
          : null,
      ),
    );
    await record.dispose();
  });

  it("puts a change made through one process on the other's cached pages within a second", async () => {
    await fetch(`${b.base}/en/news`);
    const kept = await fetch(`${b.base}/en/news`);
    assert.equal(kept.headers.get('x-cache'), 'hit');
    const posted = await fetch(`${a.base}/api/press-releases?publish=true`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify([{ lang: 'en', title: 'Seen by both', place: 'Astana', date: '2025-05-03', body: 'Text.' }]),
    });
    assert.equal(posted.status, 201);
    const at = Date.now();
    await until(
      async () => ((await (await fetch(`${b.base}/en/news`)).text()).includes('Seen by both') ? true : null),
      'the other process shows the release',
      1000,
    );
    assert.ok(Date.now() - at <= 1000);
  });

  it('does the periodic work in exactly one process, and the other takes over when it goes', async () => {
    const roles = await until(async () => {
      const r = [(await health(a)).periodic, (await health(b)).periodic];
      return r.includes('leading') ? r : null;
    }, 'one process leads');
    assert.deepEqual([...roles].sort(), ['following', 'leading']);
    const [leader, other] = roles[0] === 'leading' ? [a, b] : [b, a];
    leader.child.kill('SIGTERM');
    await until(async () => ((await health(other)).periodic === 'leading' ? true : null), 'the other leads', 10_000);
  });
});

describe('WORKERS=2', { skip: process.env.TEST_POSTGRES_URL ? false : POSTGRES_MISSING }, () => {
  let record: Awaited<ReturnType<typeof freshRecord>>;
  let server: Server;
  before(async () => {
    record = await freshRecord('postgres');
    server = await start(record.url, { WORKERS: '2' });
  });
  after(async () => {
    if (server?.child.exitCode === null)
      await new Promise((r) => {
        server.child.once('exit', r);
        server.child.kill('SIGTERM');
      });
    await record.dispose();
  });

  it('answers /metrics for both workers, whichever is asked', async () => {
    /** Requests answered to /healthz, as /metrics counts them: 200 once a worker is ready, 503 before. */
    const answered = async () => {
      const r = await fetch(`${server.base}/metrics`);
      assert.equal(r.status, 200);
      return (await r.text())
        .split('\n')
        .filter((l) => l.startsWith('http_request_duration_seconds_count') && l.includes('route="/healthz"'))
        .reduce((n, l) => n + Number(l.split(' ').pop()), 0);
    };
    // Until both workers have started, the first process cannot gather their figures.
    await until(async () => ((await fetch(`${server.base}/metrics`)).ok ? true : null), 'both workers answer', 120_000);
    const before = await answered();
    for (let i = 0; i < 20; i++) {
      const r = await fetch(`${server.base}/healthz`, { headers: { connection: 'close' } });
      // A worker still catching up with the search index answers 503: counted all the same.
      assert.ok([200, 503].includes(r.status));
      await r.arrayBuffer();
    }
    // Two workers share the port, so each counted some; every answer shows the sum.
    for (let i = 0; i < 4; i++) {
      const n = await answered();
      assert.equal(n - before, 20);
    }
  });
});
