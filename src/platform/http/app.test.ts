import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { usePlatform } from '../testing/app.ts';

const PAGES = [
  '',
  '/states',
  '/states/AZ',
  '/structure',
  '/structure/secretariat',
  '/structure/summit',
  '/chairmanship',
  '/cbm',
  '/documents',
];

describe('the platform over HTTP', () => {
  const app = usePlatform({ readOnly: true });

  it('sends a first visit to the language its browser prefers', async () => {
    const ru = await app().inject({ url: '/', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' } });
    assert.equal(ru.statusCode, 302);
    assert.equal(ru.headers.location, '/ru');
    const other = await app().inject({ url: '/', headers: { 'accept-language': 'de-DE' } });
    assert.equal(other.headers.location, '/en');
  });

  it('sets no cookie on a public page, so shared caches may keep it: the language is in the address', async () => {
    const visit = await app().inject('/ru/states');
    assert.equal(visit.statusCode, 200);
    assert.equal(visit.headers['set-cookie'], undefined);
    assert.match(String(visit.headers['cache-control']), /^public, .*s-maxage=\d+, stale-while-revalidate=\d+/);
  });

  it('remembers a language chosen with the switch, and goes on to the same page in it', async () => {
    const chosen = await app().inject('/lang/ru?next=%2Fru%2Fstates%3Fx%3D1');
    assert.equal(chosen.statusCode, 303);
    assert.equal(chosen.headers.location, '/ru/states?x=1');
    assert.equal(chosen.cookies.find((c) => c.name === 'lang')?.value, 'ru');
    assert.equal(chosen.headers['cache-control'], 'no-store');
    for (const next of ['https://elsewhere.example/ru', '//elsewhere.example/ru', '/en/states', '/rux']) {
      const away = await app().inject(`/lang/ru?next=${encodeURIComponent(next)}`);
      assert.equal(away.headers.location, '/ru', next);
    }
    assert.equal((await app().inject('/lang/de')).statusCode, 404);
  });

  it('sends the bare address back to a language remembered in a cookie', async () => {
    const back = await app().inject({ url: '/', headers: { 'accept-language': 'en', cookie: 'lang=ru' } });
    assert.equal(back.headers.location, '/ru');
  });

  for (const lang of ['en', 'ru']) {
    it(`serves every page in ${lang}, with a switch to the same page in the other language`, async () => {
      const other = lang === 'en' ? 'ru' : 'en';
      for (const page of PAGES) {
        const res = await app().inject(`/${lang}${page}`);
        assert.equal(res.statusCode, 200, `/${lang}${page}`);
        assert.match(res.headers['content-type'] as string, /text\/html; charset=utf-8/);
        assert.match(res.body, new RegExp(`<html lang="${lang}">`));
        const to = encodeURIComponent(`/${other}${page}`);
        assert.ok(
          res.body.includes(`class="lang-switch" href="/lang/${other}?next=${to}"`),
          `switch on /${lang}${page}`,
        );
        assert.ok(res.body.includes(`<link rel="alternate" hreflang="${other}" href="/${other}${page}"`));
        assert.ok(!res.body.includes('<script'), 'pages need no JavaScript');
      }
    });
  }

  it('sends security headers with a strict content-security policy', async () => {
    const res = await app().inject('/en');
    const csp = res.headers['content-security-policy'] as string;
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });

  it('answers an unknown page with a 404 page in the right language, and unknown API paths with JSON', async () => {
    const page = await app().inject('/ru/nowhere');
    assert.equal(page.statusCode, 404);
    assert.match(page.body, /Страница не найдена/);
    const api = await app().inject('/api/nowhere');
    assert.equal(api.statusCode, 404);
    assert.equal(api.json().error, 'NOT_FOUND');
  });

  it('publishes the OpenAPI document at /api/docs', async () => {
    const doc = (await app().inject('/api/docs/json')).json();
    for (const path of [
      '/api/states',
      '/api/troika',
      '/api/chairmanship',
      '/api/bodies',
      '/api/bodies/{id}/meetings',
      '/api/cbm/dimensions',
      '/api/cbm/priority-areas',
    ]) {
      assert.ok(doc.paths[path]?.get, path);
    }
    const params = doc.paths['/api/states'].get.parameters.map((p: { name: string }) => p.name);
    assert.deepEqual(params.sort(), ['asOf', 'lang', 'status']);
    assert.equal((await app().inject('/api/docs/')).statusCode, 200);
  });

  it('serves the stylesheet', async () => {
    const res = await app().inject('/static/site.css');
    assert.equal(res.statusCode, 200);
    assert.match(res.headers['content-type'] as string, /text\/css/);
  });
});
