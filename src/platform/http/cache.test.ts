import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { usePlatform } from '../testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../testing/client.ts';

describe('serving unchanged pages from memory', () => {
  const app = usePlatform();
  let token = '';
  beforeEach(async () => {
    await seedAccounts(app.db(), app.clock);
    const { createAccountsService } = await import('../../accounts/accounts.service.ts');
    token = await createAccountsService(app.db(), app.clock).createToken('editor@cica.test', 'test');
    const res = await app().inject({
      method: 'POST',
      url: '/api/press-releases?publish=true',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify([
        { lang: 'en', title: 'Cached release', place: 'Astana', date: '2025-05-01', body: 'Text.' },
      ]),
    });
    assert.equal(res.statusCode, 201);
  });

  it('answers a repeated article request without any database query', async () => {
    const first = await app().inject('/en/news/2025-05-01-cached-release');
    assert.equal(first.headers['x-cache'], 'miss');
    const before = app.queries();
    const second = await app().inject('/en/news/2025-05-01-cached-release');
    assert.equal(app.queries() - before, 0, 'no query for an unchanged page');
    assert.equal(second.headers['x-cache'], 'hit');
    assert.equal(second.body, first.body);
  });

  it("keeps a download's file name when it is served from memory (regression)", async () => {
    const url = '/en/activities/report.csv?from=2020-01-01&to=2020-12-31';
    const first = await app().inject(url);
    const second = await app().inject(url);
    assert.equal(second.headers['x-cache'], 'hit');
    assert.match(
      String(second.headers['content-disposition']),
      /^attachment; filename="cica-report-2020-01-01-2020-12-31\.csv"$/,
    );
    assert.equal(second.headers['content-disposition'], first.headers['content-disposition']);
  });

  it('gives ETag and Last-Modified, and 304 to a browser that has the page', async () => {
    const page = await app().inject('/en/news/2025-05-01-cached-release');
    const etag = page.headers.etag as string;
    assert.match(etag, /^W\/"\d+-[\w-]+"$/);
    assert.ok(page.headers['last-modified']);
    const again = await app().inject({ url: '/en/news/2025-05-01-cached-release', headers: { 'if-none-match': etag } });
    assert.equal(again.statusCode, 304);
    assert.equal(again.body, '');
  });

  it('serves the new page as soon as the record changes', async () => {
    const before = (await app().inject('/en/news')).body;
    await app().inject({
      method: 'POST',
      url: '/api/press-releases?publish=true',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      payload: JSON.stringify([
        { lang: 'en', title: 'Second release', place: 'Astana', date: '2025-05-02', body: 'Text.' },
      ]),
    });
    const after = await app().inject('/en/news');
    assert.equal(after.headers['x-cache'], 'miss');
    assert.notEqual(after.body, before);
    assert.match(after.body, /Second release/);
  });

  it('never serves a signed-in person, or a page holding a form token, from memory', async () => {
    const staff = new Client(app());
    await staff.signIn('reviewer@cica.test', PASSWORD);
    await staff.get('/en/news');
    assert.equal((await staff.get('/en/news')).headers['x-cache'], undefined);
    await app().inject('/en/office/sign-in');
    assert.equal((await app().inject('/en/office/sign-in')).headers['x-cache'], undefined);
  });
});
