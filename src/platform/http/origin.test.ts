// Links are made from PUBLIC_URL: a request naming another host, directly or through
// forwarded headers, must not put that host into an answer the cache then gives everyone.
import assert from 'node:assert/strict';
import { before, beforeEach, describe, it } from 'node:test';
import { buildServices } from '../../services.ts';
import { seedActivities } from '../../activities/activities.fixture.ts';
import { usePlatform } from '../testing/app.ts';
import { MAX_ADDRESS_ATTEMPTS } from '../../accounts/accounts.ts';
import { PASSWORD, seedAccounts, signInAttempts } from '../testing/client.ts';

const PUBLIC_URL = 'https://secretariat.example';
const POISON = {
  host: 'evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'http',
  'x-forwarded-for': '203.0.113.9',
};

/** Every kind of cached answer that carries links, and the absolute link each must hold. */
const ANSWERS: ReadonlyArray<readonly [url: string, link: string | null]> = [
  ['/en/news/2025-05-01-poisoned-release', `${PUBLIC_URL}/static/favicon.svg`],
  ['/en/news/feed.rss', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/en/news/feed.atom', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/en/news/about/state/KZ/feed.rss', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/sitemap.xml', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/api/search?q=poisoned&lang=en', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/api/press-releases?lang=en', `${PUBLIC_URL}/en/news/2025-05-01-poisoned-release`],
  ['/en/activities.ics', `${PUBLIC_URL}/en/activities/`],
  // These make no absolute links today; they must not start with the request's host either.
  ['/api/activities?lang=en', null],
  ['/en', null],
];

function describePoisoning(title: string, trustProxy: false | string[]) {
  describe(title, () => {
    // The tests only read what the suite seeds, each its own address: they share one platform.
    const app = usePlatform({ publicUrl: PUBLIC_URL, trustProxy, readOnly: true });
    before(async () => {
      await seedAccounts(app.db(), app.clock);
      const services = buildServices(app.db(), app.clock);
      const editor = (await services.accounts.actorByEmail('editor@cica.test'))!;
      await seedActivities(services, editor);
      const token = await services.accounts.createToken(editor.email, 'test');
      const res = await app().inject({
        method: 'POST',
        url: '/api/press-releases?publish=true',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify([
          {
            lang: 'en',
            title: 'Poisoned release',
            place: 'Astana',
            date: '2025-05-01',
            body: 'Text.',
            images: [{ src: '/static/favicon.svg' }],
            states: ['KZ'],
          },
        ]),
      });
      assert.equal(res.statusCode, 201, res.body);
    });

    for (const [url, link] of ANSWERS) {
      it(`${url}: what a forged Host is answered, and what the next visitor gets, name only the public address`, async () => {
        const poisoned = await app().inject({ url, headers: POISON });
        assert.equal(poisoned.statusCode, 200, poisoned.body);
        assert.equal(poisoned.headers['x-cache'], 'miss', 'the forged request is the one that fills the cache');
        const clean = await app().inject(url);
        assert.equal(clean.headers['x-cache'], 'hit');
        for (const res of [poisoned, clean]) {
          assert.doesNotMatch(res.body, /evil\.example/);
          if (link) assert.ok(res.body.includes(link), `${url} links to ${link}`);
        }
      });
    }
  });
}

describePoisoning('links behind no trusted proxy', false);
describePoisoning('links behind a trusted proxy that forwards a forged host', ['127.0.0.1']);

describe('X-Forwarded-For is believed from the proxies in TRUST_PROXY only', () => {
  const app = usePlatform({ publicUrl: PUBLIC_URL, trustProxy: ['127.0.0.1'] });
  // req.ip is seen through sign-in, which counts attempts per client address.
  const guesses = async (from: string) => {
    const attempt = await signInAttempts(app(), from);
    const statuses: number[] = [];
    for (let i = 0; i <= MAX_ADDRESS_ATTEMPTS; i++)
      statuses.push(
        (await attempt(`${from}-${i}@cica.test`, 'a guess at a password', { 'x-forwarded-for': `203.0.113.${i}` }))
          .statusCode,
      );
    return statuses;
  };

  it('counts each client named by the trusted proxy on its own', async () => {
    assert.deepEqual(await guesses('127.0.0.1'), Array(MAX_ADDRESS_ATTEMPTS + 1).fill(401));
  });

  it('counts everything another sender forwards as that sender', async () => {
    assert.deepEqual(await guesses('192.0.2.50'), [...Array(MAX_ADDRESS_ATTEMPTS).fill(401), 429]);
  });
});

/** The cookies a visitor is given on the way to signing in: the language, the form token, the session. */
async function cookiesOfSignIn(app: ReturnType<typeof usePlatform>, headers: Record<string, string>) {
  // The language cookie comes from the switch (public pages set none, so shared caches keep them).
  const visit = await app().inject({ url: '/lang/en?next=%2Fen', headers });
  const page = await app().inject({ url: '/en/office/sign-in', headers: { ...headers, cookie: 'lang=en' } });
  const csrf = page.cookies.find((c) => c.name === '_csrf')!;
  const token = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
  const signIn = await app().inject({
    method: 'POST',
    url: '/en/office/sign-in',
    payload: new URLSearchParams({ email: 'editor@cica.test', password: PASSWORD, _csrf: token }).toString(),
    headers: {
      ...headers,
      cookie: `lang=en; _csrf=${csrf.value}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
  });
  assert.equal(signIn.statusCode, 303, signIn.body);
  const sid = signIn.cookies.find((c) => c.name === 'sid')!;
  const signOut = await app().inject({
    method: 'POST',
    url: '/en/office/sign-out',
    payload: new URLSearchParams({ _csrf: token }).toString(),
    headers: {
      ...headers,
      cookie: `lang=en; _csrf=${csrf.value}; sid=${sid.value}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
  });
  return [visit.cookies.find((c) => c.name === 'lang')!, csrf, sid, signOut.cookies.find((c) => c.name === 'sid')!];
}

describe('cookies are Secure when PUBLIC_URL is https, whatever the request came by', () => {
  const app = usePlatform({ publicUrl: PUBLIC_URL });
  beforeEach(async () => {
    await seedAccounts(app.db(), app.clock);
  });

  it('marks the language, form-token and session cookies Secure on a plain-http request', async () => {
    const cookies = await cookiesOfSignIn(app, {});
    assert.deepEqual(
      cookies.map((c) => [c.name, c.secure]),
      [
        ['lang', true],
        ['_csrf', true],
        ['sid', true],
        ['sid', true],
      ],
    );
  });
});

describe('cookies are not Secure when PUBLIC_URL is http, even if a trusted proxy says https', () => {
  const app = usePlatform({ publicUrl: 'http://localhost:3211', trustProxy: ['127.0.0.1'] });
  beforeEach(async () => {
    await seedAccounts(app.db(), app.clock);
  });

  it('leaves the language, form-token and session cookies without Secure', async () => {
    const cookies = await cookiesOfSignIn(app, { 'x-forwarded-proto': 'https' });
    assert.deepEqual(
      cookies.map((c) => [c.name, c.secure ?? false]),
      [
        ['lang', false],
        ['_csrf', false],
        ['sid', false],
        ['sid', false],
      ],
    );
  });
});
