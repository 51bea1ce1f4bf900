import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
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

  it('compresses a kept page once per encoding, Brotli or gzip as the browser accepts', async () => {
    const url = '/en/news/2025-05-01-cached-release';
    const plain = await app().inject({ url, headers: { 'accept-encoding': 'identity' } });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.match(String(plain.headers.vary), /Accept-Encoding/);
    const br = await app().inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers['content-encoding'], 'br');
    assert.equal(br.headers['x-cache'], 'hit');
    assert.equal(brotliDecompressSync(br.rawPayload).toString(), plain.body);
    const gzip = await app().inject({ url, headers: { 'accept-encoding': 'gzip' } });
    assert.equal(gzip.headers['content-encoding'], 'gzip');
    assert.equal(gunzipSync(gzip.rawPayload).toString(), plain.body);
    assert.ok(br.rawPayload.length < plain.rawPayload.length / 2, 'HTML shrinks to less than half');
    const again = await app().inject({ url, headers: { 'accept-encoding': 'br' } });
    assert.deepEqual(again.rawPayload, br.rawPayload, 'the same bytes, compressed once');
  });

  it('compresses feeds, sitemaps and JSON too, and what is not kept (the stylesheet)', async () => {
    for (const url of ['/en/news/feed.rss', '/sitemap.xml', '/api/states', '/static/site.css']) {
      const res = await app().inject({ url, headers: { 'accept-encoding': 'br' } });
      assert.equal(res.statusCode, 200, url);
      assert.equal(res.headers['content-encoding'], 'br', url);
    }
  });

  it('lets a CDN keep an anonymous page, and never a staff page', async () => {
    const page = await app().inject('/en/news');
    assert.equal(page.headers['set-cookie'], undefined);
    assert.equal(page.headers['cache-control'], 'public, max-age=0, s-maxage=60, stale-while-revalidate=600');
    const staff = new Client(app());
    await staff.signIn('reviewer@cica.test', PASSWORD);
    const own = await staff.get('/en/news');
    assert.doesNotMatch(String(own.headers['cache-control'] ?? ''), /public|s-maxage/);
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
