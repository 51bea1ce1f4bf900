// Links are made from PUBLIC_URL: a request naming another host, directly or through
// forwarded headers, must not put that host into an answer the cache then gives everyone.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { buildServices } from '../../services.ts';
import { seedActivities } from '../../activities/activities.fixture.ts';
import { usePlatform } from '../testing/app.ts';
import { seedAccounts } from '../testing/client.ts';

const PUBLIC_URL = 'https://secretariat.example';
const POISON = { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http', 'x-forwarded-for': '203.0.113.9' };

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
    const app = usePlatform({ publicUrl: PUBLIC_URL, trustProxy });
    before(async () => {
      await seedAccounts(app.db(), app.clock);
      const services = buildServices(app.db(), app.clock);
      const editor = (await services.accounts.actorByEmail('editor@cica.test'))!;
      await seedActivities(services, editor);
      const token = await services.accounts.createToken(editor.email, 'test');
      const res = await app().inject({
        method: 'POST', url: '/api/press-releases?publish=true', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: JSON.stringify([{ lang: 'en', title: 'Poisoned release', place: 'Astana', date: '2025-05-01', body: 'Text.', images: [{ src: '/static/favicon.svg' }], states: ['KZ'] }]),
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
