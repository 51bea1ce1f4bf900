// Layouts through the one job interface, on each engine's own queue (pg-boss on PostgreSQL,
// in-process on SQLite): laid out once per version, joined while open, refused past the limit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { DomainError } from '../errors.ts';
import { diskFileStore } from '../files/disk.ts';
import { DEFAULT_PDF_LIMITS, limitPdfRendering } from '../pdf.ts';
import { ENGINES, POSTGRES_MISSING, freshRecord } from '../testing/engines.ts';
import { type Jobs, createJobs } from './jobs.ts';
import { type LayoutTarget, type Layouts, createLayouts, layoutStamp } from './layouts.ts';

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  const queue = engine === 'postgres' ? 'pg-boss' : 'in-process';
  describe(`${engine}: PDF layouts kept by version (${queue})`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
    let record: Awaited<ReturnType<typeof freshRecord>>;
    let jobs: Jobs;
    let layouts: Layouts;
    let dir: string;
    let laidOut: string[];
    let gate: Promise<void>;
    let open: () => void;
    beforeEach(async () => {
      record = await freshRecord(engine);
      dir = mkdtempSync(join(tmpdir(), 'layouts-'));
      jobs = createJobs(record.store.db, () => new Date(), engine === 'postgres' ? record.url : null);
      layouts = createLayouts(record.store.db, {
        jobs,
        files: diskFileStore(dir),
        now: () => new Date(),
        kinds: ['page'],
      });
      laidOut = [];
      gate = new Promise((r) => {
        open = r;
      });
      jobs.define('page', {
        retries: 0,
        retryDelaySeconds: 1,
        handler: async (data) => {
          const { subject, stamp, text } = data as LayoutTarget & { text: string };
          await gate;
          laidOut.push(text);
          return layouts.keep({ subject, stamp }, Buffer.from(`%PDF-1.7 ${text}`));
        },
      });
      await jobs.start();
    });
    afterEach(async () => {
      open();
      limitPdfRendering(DEFAULT_PDF_LIMITS);
      await jobs.stop();
      await record.dispose();
      rmSync(dir, { recursive: true, force: true });
    });

    const target = (text: string): LayoutTarget => ({ subject: 'page:1', stamp: layoutStamp('v1', text) });

    it('lays out a version once: asked while open it joins the job, asked after it answers the stored file', async () => {
      const first = await layouts.ask('page', target('one'), { text: 'one' }, null);
      assert.ok('job' in first);
      const joined = await layouts.ask('page', target('one'), { text: 'one' }, null);
      assert.deepEqual(joined, first, 'the open job is joined, not queued twice');
      open();
      const job = await layouts.settle(first.job, 10_000);
      assert.equal(job?.state, 'done');
      const again = await layouts.ask('page', target('one'), { text: 'one' }, null);
      assert.ok('ready' in again);
      assert.equal(again.ready, (job?.result as { file?: string } | undefined)?.file);
      assert.deepEqual(laidOut, ['one']);
      assert.equal(await layouts.stored('page:1', target('one').stamp), again.ready);
      // Another version of the same document is another layout.
      const changed = await layouts.ask('page', target('two'), { text: 'two' }, null);
      assert.ok('job' in changed);
      await layouts.settle(changed.job, 10_000);
      assert.deepEqual(laidOut, ['one', 'two']);
    });

    it('refuses as BUSY, queueing nothing, while as many layouts are open as the PDF pool admits', async () => {
      limitPdfRendering({ threads: 1, queue: 0 });
      const held = await layouts.ask('page', target('one'), { text: 'one' }, null);
      assert.ok('job' in held);
      await assert.rejects(
        layouts.ask('page', { subject: 'page:2', stamp: 'x' }, { text: 'other' }, null),
        (e: unknown) => e instanceof DomainError && e.code === 'BUSY',
      );
      assert.equal((await jobs.recent()).length, 1);
      open();
      await layouts.settle(held.job, 10_000);
      assert.ok('job' in (await layouts.ask('page', { subject: 'page:2', stamp: 'x' }, { text: 'other' }, null)));
    });
  });
}
