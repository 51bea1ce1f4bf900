// PDF layouts as background jobs, over HTTP on each engine: the editor follows the job
// to the stored PDF, the same version is laid out once, publishing finishes when the
// edition's PDF is stored, a layout that fails is retried and then said to have failed
// in the reader's language, and a request never waits on a job it does not need.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, beforeEach, describe, it } from 'node:test';
import { seedDigestReleases } from '../digest/digest.fixture.ts';
import type { Actor } from '../platform/access.ts';
import { diskFileStore } from '../platform/files/disk.ts';
import { usePlatform } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { ENGINES, POSTGRES_MISSING } from '../platform/testing/engines.ts';
import { latinWords } from '../platform/testing/latin.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';
import { buildServices } from '../services.ts';

const OPEN = /data-state="(queued|running|retrying)"/;

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  describe(`${engine}: PDF layouts as jobs`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
    // The files live where the test can reach them (to spoil a picture on purpose).
    const root = mkdtempSync(join(tmpdir(), 'pdf-jobs-'));
    after(() => rmSync(root, { recursive: true, force: true }));
    const files = diskFileStore(root);
    // Retries a twentieth of a second apart: the rule is the kinds', the wait is the test's.
    const app = missing ? null! : usePlatform({ engine, files, jobRetryDelaySeconds: 0.05 });
    let editor: Client;
    let reviewer: Client;
    let issueId = '';
    let actor: Actor;
    const services = () => buildServices(app.db(), app.clock, { files });
    const jobsOf = async (kind: string) =>
      (await app.db().selectFrom('job').select(['id', 'state']).where('kind', '=', kind).execute()).length;

    /** The job's page, fetched until the job is over (within ten seconds); every state seen on the way. */
    async function follow(client: Client, path: string) {
      const seen: string[] = [];
      for (let i = 0; i < 400; i++) {
        const page = await client.get(path);
        seen.push(/data-state="([a-z]+)"/.exec(page.body)?.[1] ?? '');
        if (!OPEN.test(page.body)) return { page, seen };
        await new Promise((r) => setTimeout(r, 25));
      }
      assert.fail(`the job at ${path} did not finish`);
    }

    beforeEach(async () => {
      const emails = await seedAccounts(app.db(), app.clock);
      editor = new Client(app());
      await editor.signIn(emails.editor, PASSWORD);
      reviewer = new Client(app());
      await reviewer.signIn(emails.reviewer, PASSWORD);
      actor = (await services().accounts.actorByEmail(emails.editor))!;
      await seedDigestReleases(services(), actor);
      const made = await services().digest.compile(actor, { from: '2024-10-01', to: '2024-12-31', lang: 'en' });
      assert.ok(made.ok);
      issueId = made.id;
    });

    it("takes the editor from an issue's PDF to its job, which gathers, lays out and stores it once for that version", async () => {
      const asked = await editor.get(`/en/office/digest/${issueId}/pdf`);
      assert.equal(asked.statusCode, 303);
      const jobPath = String(asked.headers.location);
      assert.match(jobPath, /^\/en\/office\/jobs\/[0-9a-f-]{36}$/);
      // The page follows the work without JavaScript while it is open, and stays still once it is over.
      const first = await editor.get(jobPath);
      assert.match(first.body, OPEN, 'the layout is still under way when the editor arrives');
      assert.match(first.body, /<meta http-equiv="refresh" content="2"/);
      assert.match(first.body, /Gathering the data[\s\S]*Laying out the pages[\s\S]*Storing the PDF/);
      const { page, seen } = await follow(editor, jobPath);
      assert.ok(seen.length > 1);
      assert.match(page.body, /data-state="done"/);
      assert.doesNotMatch(page.body, /http-equiv="refresh"/);
      assert.equal((page.body.match(/job-step-done/g) ?? []).length, 3, 'every step done');
      assert.match(page.body, /The PDF is ready\./);
      const link = /<a href="(\/en\/office\/jobs\/[^"]+\/pdf)"[^>]*>Open the PDF<\/a>/.exec(page.body)?.[1];
      assert.ok(link, 'the page links the stored PDF');
      const pdf = await editor.get(link);
      assert.equal(pdf.statusCode, 200);
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString(), '%PDF-');
      const layouts = await app
        .db()
        .selectFrom('pdf_layout')
        .selectAll()
        .where('subject', '=', `digest:${issueId}`)
        .execute();
      assert.equal(layouts.length, 1);
      assert.ok(layouts[0]?.file_key);

      // Asked again for the same version: the stored bytes, at once, and no second job.
      const again = await editor.get(`/en/office/digest/${issueId}/pdf`);
      assert.equal(again.statusCode, 200);
      assert.equal(again.headers['content-type'], 'application/pdf');
      assert.deepEqual(again.rawPayload, pdf.rawPayload);
      assert.equal(await jobsOf('digest-pdf'), 1);

      // A new version of the issue is laid out anew.
      const issue = await services().digest.issue(issueId);
      const saved = await services().digest.update(actor, issueId, issue.row.version, {
        title: 'Voice of Asia, corrected',
        number: issue.row.number,
        spotlight: issue.row.spotlight_release_id,
      });
      assert.ok(saved.ok, JSON.stringify(saved));
      const changed = await editor.get(`/en/office/digest/${issueId}/pdf`);
      assert.equal(changed.statusCode, 303);
      assert.notEqual(changed.headers.location, jobPath);
      await follow(editor, String(changed.headers.location));
      assert.equal(await jobsOf('digest-pdf'), 2);

      // The Russian page says it all in Russian (PDF is the format's name in either language).
      const ru = await editor.get(jobPath.replace('/en/', '/ru/'));
      assert.match(ru.body, /Сбор данных[\s\S]*Вёрстка страниц[\s\S]*Сохранение PDF/);
      assert.match(ru.body, /PDF готов\./);
      assert.deepEqual(
        latinWords(ru.body).filter((w) => !/^(PDF|Erlan|Editor|API)$/.test(w.word) && !w.context.includes('@')),
        [],
        'no English on the Russian page',
      );
    });

    it('publishes only once the edition’s PDF is stored, answering the reviewer at once with the job', async () => {
      const issue = await services().digest.issue(issueId);
      assert.ok((await services().digest.act(actor, issueId, issue.row.version, 'submit')).ok);
      const started = performance.now();
      const posted = await reviewer.post(`/en/office/digest/${issueId}/act`, {
        action: 'publish',
        version: String(issue.row.version + 1),
      });
      const answered = performance.now() - started;
      assert.equal(posted.statusCode, 303);
      const jobPath = String(posted.headers.location);
      assert.match(jobPath, /^\/en\/office\/jobs\//);
      // The request did not wait for the layout: nothing is public yet.
      const editions = () =>
        app.db().selectFrom('digest_edition').selectAll().where('issue_id', '=', issueId).execute();
      assert.deepEqual(await editions(), []);
      assert.equal((await app().inject('/en/digest/1')).statusCode, 404);
      const { page } = await follow(reviewer, jobPath);
      const took = performance.now() - started;
      assert.ok(answered < took, `answered in ${answered} ms, the job took ${took} ms`);
      assert.match(page.body, /The issue is published as edition 1, with its PDF\./);
      assert.match(page.body, new RegExp(`href="/en/office/digest/${issueId}"`));
      const [edition] = await editions();
      assert.ok(edition?.pdf_key);
      const pub = await app().inject('/en/digest/1.pdf');
      assert.equal(pub.statusCode, 200);
      assert.deepEqual(pub.rawPayload, await files.get(edition.pdf_key), 'the public PDF is the stored bytes');
      assert.equal((await app().inject('/en/digest/1')).statusCode, 200);

      // Publishing the same version again finds nothing to publish.
      const twice = await reviewer.post(`/en/office/digest/${issueId}/act`, {
        action: 'publish',
        version: String(issue.row.version + 1),
      });
      assert.notEqual(twice.statusCode, 303);
      assert.equal((await editions()).length, 1);
    });

    it('tries a layout that fails again, then says it failed, in English and in Russian', async () => {
      const s = services();
      const picture = await uploadSample(s.pictures, actor, 0);
      const issue = await s.digest.issue(issueId);
      const saved = await s.digest.update(actor, issueId, issue.row.version, {
        title: issue.row.title,
        number: issue.row.number,
        spotlight: issue.row.spotlight_release_id,
        cover_picture: picture,
      });
      assert.ok(saved.ok, JSON.stringify(saved));
      // The picture's stored sizes are spoilt on disk: Typst cannot decode them.
      const [stored] = await s.pictures.byIds([picture]);
      for (const size of stored!.sizes)
        writeFileSync(join(root, 'sha256', size.key.slice(0, 2), size.key.slice(2, 4), size.key), 'not a picture');
      const asked = await editor.get(`/en/office/digest/${issueId}/pdf`);
      const jobPath = String(asked.headers.location);
      const { page, seen } = await follow(editor, jobPath);
      assert.match(page.body, /data-state="failed"/);
      assert.match(page.body, /Attempt 3 of 3/);
      assert.match(page.body, /The document could not be laid out/);
      assert.match(page.body, /No attempt is left/);
      const id = jobPath.split('/').pop()!;
      const row = await app.db().selectFrom('job').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.attempts, 3);
      assert.equal(row.error_code, 'PDF_LAYOUT');
      assert.ok(seen.length >= 1);
      const ru = await editor.get(jobPath.replace('/en/', '/ru/'));
      assert.match(ru.body, /Попытка 3 из 3/);
      assert.match(ru.body, /Не удалось сверстать документ/);
      assert.match(ru.body, /Попыток не осталось/);
      const list = await editor.get('/ru/office/jobs');
      assert.match(
        list.body,
        new RegExp(`data-job="${id}"[\\s\\S]*?не удалась[\\s\\S]*?Не удалось сверстать документ`),
      );
      // Nothing was stored for the issue meanwhile.
      const kept = await app
        .db()
        .selectFrom('pdf_layout')
        .select('file_key')
        .where('subject', '=', `digest:${issueId}`)
        .execute();
      assert.deepEqual(
        kept.map((k) => k.file_key),
        [null],
      );
    });

    it("lays out the report's PDF once per version of its figures, and a second reader gets the stored bytes", async () => {
      const url = '/en/activities/report.pdf?from=2024-01-01&to=2024-12-31';
      const first = await app().inject(url);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['content-type'], 'application/pdf');
      const second = await app().inject(url);
      assert.equal(second.statusCode, 200);
      assert.deepEqual(second.rawPayload, first.rawPayload);
      assert.equal(await jobsOf('report-pdf'), 1);
      // The other language is another document.
      assert.equal((await app().inject(url.replace('/en/', '/ru/'))).statusCode, 200);
      assert.equal(await jobsOf('report-pdf'), 2);
    });
  });
}
