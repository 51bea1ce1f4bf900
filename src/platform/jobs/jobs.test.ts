import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { ENGINES, POSTGRES_MISSING, freshRecord } from '../testing/engines.ts';
import { type Jobs, createJobs } from './jobs.ts';

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  const queue = engine === 'postgres' ? 'pg-boss' : 'in-process';
  describe(`${engine}: background jobs (${queue})`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
    let record: Awaited<ReturnType<typeof freshRecord>>;
    let jobs: Jobs;
    beforeEach(async () => {
      record = await freshRecord(engine);
      jobs = createJobs(record.store.db, () => new Date(), engine === 'postgres' ? record.url : null);
    });
    afterEach(async () => {
      await jobs.stop();
      await record.dispose();
    });

    it('answers the enqueue at once, then runs the job with its progress and keeps its result', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      jobs.define('count', {
        retries: 0,
        retryDelaySeconds: 1,
        handler: async (data, { progress }) => {
          const { n } = data as { n: number };
          await gate;
          for (let i = 1; i <= n; i++) progress(i, n);
          return { counted: n };
        },
      });
      await jobs.start();
      const id = await jobs.enqueue('count', { n: 3 }, 'someone');
      const queued = await jobs.get(id);
      assert.ok(queued && ['queued', 'running'].includes(queued.state), 'not done before the gate opens');
      assert.deepEqual(await jobs.depth(), { count: 1 });
      release();
      await jobs.idle();
      const done = await jobs.get(id);
      assert.equal(done?.state, 'done');
      assert.deepEqual(done?.result, { counted: 3 });
      assert.equal(done?.done, 3);
      assert.equal(done?.total, 3);
      assert.equal(done?.createdBy, 'someone');
      assert.deepEqual(await jobs.depth(), { count: 0 });
      assert.equal((await jobs.recent())[0]?.id, id);
    });

    it('retries a failing job, and marks it failed when no attempt is left', async () => {
      let calls = 0;
      jobs.define('flaky', {
        retries: 1,
        retryDelaySeconds: 1,
        handler: async () => {
          calls++;
          if (calls === 1) throw new Error('first attempt fails');
          return 'ok';
        },
      });
      jobs.define('broken', {
        retries: 1,
        retryDelaySeconds: 1,
        handler: async () => {
          throw new Error('always fails');
        },
      });
      await jobs.start();
      const flaky = await jobs.enqueue('flaky', {});
      const broken = await jobs.enqueue('broken', {});
      await jobs.idle();
      const f = await jobs.get(flaky);
      assert.equal(f?.state, 'done');
      assert.equal(f?.attempts, 2);
      const b = await jobs.get(broken);
      assert.equal(b?.state, 'failed');
      assert.equal(b?.attempts, 2);
      assert.equal(b?.error, 'always fails');
    });

    it('runs a job of one kind while a long one of another kind is still running', async () => {
      let release: () => void = () => {};
      const gate = new Promise<void>((r) => {
        release = r;
      });
      jobs.define('long-import', {
        retries: 0,
        retryDelaySeconds: 1,
        handler: async () => gate.then(() => 'imported'),
      });
      jobs.define('layout', { retries: 0, retryDelaySeconds: 1, handler: async () => 'laid out' });
      await jobs.start();
      const long = await jobs.enqueue('long-import', {});
      const layout = await jobs.enqueue('layout', {});
      for (let waited = 0; (await jobs.get(layout))?.state !== 'done'; waited += 25) {
        assert.ok(waited < 10_000, 'the layout waited on the import');
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.equal((await jobs.get(layout))?.result, 'laid out');
      assert.ok(['queued', 'running'].includes((await jobs.get(long))?.state ?? ''), 'the import is still open');
      release();
      await jobs.idle();
      assert.equal((await jobs.get(long))?.result, 'imported');
    });

    if (engine === 'sqlite')
      it('goes on after a restart with the attempts a job had left, and runs none past the last', async () => {
        let calls = 0;
        jobs.define('slow', {
          retries: 1,
          retryDelaySeconds: 1,
          handler: async () => {
            calls++;
            return 'ok';
          },
        });
        // As a process stopped mid-attempt leaves them (written as rows, so no queue runs them
        // before the start): one in its first attempt, the other in its last.
        const [resumed, spent] = ['job-resumed', 'job-spent'];
        await record.store.db
          .insertInto('job')
          .values(
            [
              { id: resumed, attempts: 1 },
              { id: spent, attempts: 2 },
            ].map((j) => ({
              ...j,
              kind: 'slow',
              state: 'running',
              data: '{}',
              created_by: null,
              created_at: '2026-01-01T00:00:00.000Z',
              updated_at: '2026-01-01T00:00:00.000Z',
            })),
          )
          .execute();
        await jobs.start();
        await jobs.idle();
        assert.equal(calls, 1);
        assert.deepEqual([(await jobs.get(resumed))?.state, (await jobs.get(resumed))?.attempts], ['done', 2]);
        assert.deepEqual([(await jobs.get(spent))?.state, (await jobs.get(spent))?.attempts], ['failed', 2]);
      });
  });
}
