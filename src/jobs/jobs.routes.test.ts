import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { describePlatformOnEachEngine } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { latinWords } from '../platform/testing/latin.ts';

describePlatformOnEachEngine('background work in the office', (app, it) => {
  let token = '';
  /** The job as the API tells it, once it is over (done or failed), within ten seconds. */
  const finished = async (status: string) => {
    for (let i = 0; i < 400; i++) {
      const res = await app().inject({ url: status, headers: { authorization: `Bearer ${token}` } });
      if (['done', 'failed'].includes(res.json().state)) return res;
      await new Promise((r) => setTimeout(r, 25));
    }
    assert.fail(`the job at ${status} did not finish`);
  };
  beforeEach(async () => {
    await seedAccounts(app.db(), app.clock);
    token = await createAccountsService(app.db(), app.clock).createToken('editor@cica.test', 'test');
  });

  it('answers an import at once with its job, then the job creates the releases and the office shows it done', async () => {
    const items = Array.from({ length: 30 }, (_, i) => ({
      lang: 'en',
      title: `Background release ${i + 1}`,
      place: 'Astana',
      date: '2025-04-01',
      body: 'Text.',
    }));
    const res = await app().inject({
      method: 'POST',
      url: '/api/jobs/release-import?publish=true',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify(items),
    });
    assert.equal(res.statusCode, 202);
    const { id, status } = res.json() as { id: string; status: string };
    assert.equal(res.headers.location, status);
    const job = await finished(status);
    assert.equal(job.statusCode, 200);
    assert.equal(job.json().state, 'done');
    assert.deepEqual(job.json().result, { ok: true, created: 30, skipped: 0 });
    assert.equal(job.json().done, 30);
    assert.match((await app().inject('/en/news')).body, /Background release 30/);

    const staff = new Client(app());
    await staff.signIn('reviewer@cica.test', PASSWORD);
    const page = await staff.get('/en/office/jobs');
    assert.match(page.body, new RegExp(`data-job="${id}"`));
    assert.match(page.body, /<progress max="30" value="30">/);
    assert.match(page.body, /30 releases created, 0 skipped/);
    const ru = await staff.get('/ru/office/jobs');
    assert.match(ru.body, /создано 30 релизов, пропущено 0/);
    assert.deepEqual(
      latinWords(ru.body).filter((w) => !/^(Rustam|Reviewer|API)$/.test(w.word) && !w.context.includes('@')),
      [],
      'no English on the Russian page',
    );
  });

  it('lets an administrator rebuild the search index in the background, and no one else', async () => {
    const admin = new Client(app());
    await admin.signIn('admin@cica.test', PASSWORD);
    const page = await admin.get('/en/office/jobs');
    assert.match(page.body, /Rebuild the search index/);
    const posted = await admin.post('/en/office/jobs/reindex', {});
    assert.equal(posted.statusCode, 303);
    const row = (body: string) =>
      /<tr data-job[^>]*>\s*<td[^>]*><a [^>]*>Rebuilding the search index[\s\S]*?<\/tr>/.exec(body)?.[0] ?? '';
    let after = await admin.get('/en/office/jobs');
    for (let i = 0; i < 400 && !/>done<\/td>/.test(row(after.body)); i++) {
      await new Promise((r) => setTimeout(r, 25));
      after = await admin.get('/en/office/jobs');
    }
    assert.match(row(after.body), /<td data-label="State">done<\/td>/);
    assert.match(after.body, /Rebuilding the search index/);
    assert.match(after.body, /<progress max="4" value="4">/);
    const editor = new Client(app());
    await editor.signIn('editor@cica.test', PASSWORD);
    const e = await editor.get('/en/office/jobs');
    assert.doesNotMatch(e.body, /Rebuild the search index/);
  });
});
