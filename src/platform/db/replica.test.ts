import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { after, before, beforeEach, afterEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { createAccountsService } from '../../accounts/accounts.service.ts';
import { createPlatform } from '../../platform.ts';
import { fixedClock } from '../clock.ts';
import { TEST_TODAY } from '../testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../testing/client.ts';
import { POSTGRES_MISSING, freshRecord } from '../testing/engines.ts';
import { type Store, connect } from './connect.ts';

const ADMIN = process.env.TEST_POSTGRES_URL;

/** Waits until `ok` holds, checking every 50 ms, for at most five seconds. */
async function eventually(ok: () => Promise<boolean> | boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await ok()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.fail(`still not so after 5 s: ${what}`);
}

describe('a PostgreSQL read replica', { skip: ADMIN ? false : POSTGRES_MISSING }, () => {
  let replicaAdmin = '';
  let folder = '';
  before(() => {
    const out = execFileSync('bash', ['scripts/pg-replica.sh', 'start', ADMIN!], { encoding: 'utf8' }).trim();
    [replicaAdmin = '', folder = ''] = out.split(' ');
  });
  after(() => {
    if (folder) execFileSync('bash', ['scripts/pg-replica.sh', 'stop', folder]);
  });

  let record: Awaited<ReturnType<typeof freshRecord>>;
  let store: Store;
  let app: FastifyInstance;
  let token = '';
  const replicaUrl = (url: string) => {
    const u = new URL(replicaAdmin);
    u.pathname = new URL(url).pathname;
    return u.toString();
  };
  const publish = (title: string, date: string) =>
    app.inject({
      method: 'POST',
      url: '/api/press-releases?publish=true',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify([{ lang: 'en', title, place: 'Astana', date, body: 'Text of the release.' }]),
    });
  const onReplica = async <T>(text: string) => {
    const direct = connect(replicaUrl(record.url));
    try {
      return (await sql.raw<T>(text).execute(direct.db)).rows;
    } finally {
      await direct.db.destroy();
    }
  };

  beforeEach(async () => {
    record = await freshRecord('postgres');
    const clock = fixedClock(TEST_TODAY);
    await seedAccounts(record.store.db, clock);
    token = await createAccountsService(record.store.db, clock).createToken('editor@cica.test', 'test');
    store = connect(record.url, { replicaUrl: replicaUrl(record.url), maxLagMs: 2000 });
    app = await createPlatform(store, clock);
    // The new database reaches the replica by streaming, like everything else.
    await eventually(async () => {
      await store.replica!.check();
      return store.replica!.state().usable;
    }, `the replica in step (${store.replica!.state().reason})`);
  });
  afterEach(async () => {
    await onReplica('select pg_wal_replay_resume()').catch(() => {});
    await app.close();
    await store.db.destroy();
    await record.dispose();
  });

  it('serves a release published on the primary to the public from the replica', async () => {
    assert.equal((await publish('Through the replica', '2025-05-01')).statusCode, 201);
    await eventually(async () => {
      await store.replica!.check();
      return store.replica!.state().usable;
    }, 'the replica caught up with the release');
    const before = store.replica!.served();
    const page = await app.inject('/en/news/2025-05-01-through-the-replica');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Through the replica/);
    assert.ok(store.replica!.served() > before, 'the page was read from the replica');
  });

  it('falls back to the primary while the replica lags, and a staff member reads their own write', async () => {
    await onReplica('select pg_wal_replay_pause()');
    assert.equal((await publish('Written while the replica waits', '2025-05-02')).statusCode, 201);
    await store.replica!.check();
    assert.equal(store.replica!.state().usable, false, 'a replica behind the primary is not used');
    const before = store.replica!.served();
    const page = await app.inject('/en/news/2025-05-02-written-while-the-replica-waits');
    assert.equal(page.statusCode, 200, 'the public sees the release at once, from the primary');
    assert.equal(store.replica!.served(), before);

    const staff = new Client(app);
    await staff.signIn('editor@cica.test', PASSWORD);
    const own = await staff.get('/en/office/releases');
    assert.match(own.body, /Written while the replica waits/);
    assert.equal(store.replica!.served(), before, 'staff pages never read from the replica');
  });

  it('falls back to the primary when the replica does not answer', async () => {
    const lost = connect(record.url, { replicaUrl: 'postgres://postgres@127.0.0.1:1/nowhere' });
    const lostApp = await createPlatform(lost, fixedClock(TEST_TODAY));
    try {
      await lost.replica!.check();
      assert.match(lost.replica!.state().reason, /does not answer/);
      const page = await lostApp.inject('/en/states');
      assert.equal(page.statusCode, 200);
      assert.equal(lost.replica!.served(), 0);
    } finally {
      await lostApp.close();
      await lost.db.destroy();
    }
  });
});
