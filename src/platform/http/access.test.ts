// The authorization matrix: every route of the app, for every role. The access
// each route should have is written down once, below; a route missing from the
// table fails the test, so no new route escapes review.
import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { ADMITS, type Access, ROLES, type Role } from '../access.ts';
import { usePlatform } from '../testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../testing/client.ts';

/** Routes by method and path; `{lang}` stands for both /en and /ru. Library routes (docs, static) are public. */
const EXPECTED: Record<string, Access> = {
  'GET /': 'public',
  'GET /healthz': 'public',
  'POST /api/jobs/release-import': 'editor-token',
  'GET /api/jobs/:id': 'editor-token',
  'GET /{lang}/office/jobs': 'staff',
  'GET /{lang}/office/jobs/:id': 'staff',
  'GET /{lang}/office/jobs/:id/pdf': 'staff',
  'POST /{lang}/office/jobs/reindex': 'admin',
  'GET /lang/:lang': 'public',
  'GET /office': 'public',
  'GET /static/*': 'public',
  'GET /api/docs': 'public',
  'GET /api/docs/json': 'public',
  'GET /api/docs/yaml': 'public',
  'GET /api/docs/static/*': 'public',
  'GET /api/docs/static/index.html': 'public',
  'GET /api/docs/static/swagger-initializer.js': 'public',
  'GET /api/docs/static/theme/cica.css': 'public',
  'GET /api/docs/static/theme/favicon.svg': 'public',
  'GET /api/states': 'public',
  'GET /api/states/:code': 'public',
  'GET /api/troika': 'public',
  'GET /api/chairmanship': 'public',
  'GET /api/bodies': 'public',
  'GET /api/bodies/:id/meetings': 'public',
  'GET /api/cbm/dimensions': 'public',
  'GET /api/cbm/priority-areas': 'public',
  'GET /api/people': 'public',
  'GET /api/people/:id': 'public',
  'GET /api/documents': 'public',
  'GET /api/documents/:id': 'public',
  'GET /api/treaties': 'public',
  'GET /api/treaties/:id': 'public',
  'GET /{lang}': 'public',
  'GET /{lang}/states': 'public',
  'GET /{lang}/states/:code': 'public',
  'GET /{lang}/structure': 'public',
  'GET /{lang}/structure/:id': 'public',
  'GET /{lang}/people/:id': 'public',
  'GET /{lang}/chairmanship': 'public',
  'GET /{lang}/cbm': 'public',
  'GET /{lang}/documents': 'public',
  'GET /{lang}/documents/:id': 'public',
  'GET /{lang}/documents/:id/files/:fileId': 'public',
  'GET /{lang}/treaties': 'public',
  'GET /{lang}/treaties/:id': 'public',
  'GET /{lang}/office/drafting': 'staff',
  'POST /{lang}/office/drafting': 'staff',
  'GET /{lang}/office/drafting/:id': 'staff',
  'POST /{lang}/office/drafting/:id/versions': 'staff',
  'GET /{lang}/office/drafting/:id/compare': 'staff',
  'POST /{lang}/office/drafting/:id/adopt': 'staff',
  'POST /{lang}/office/drafting/:id/instruments': 'staff',
  'POST /{lang}/office/drafting/:id/files': 'staff',
  'GET /{lang}/news': 'public',
  'GET /{lang}/news/feed.:format': 'public',
  'GET /{lang}/news/about/:kind/:id': 'public',
  'GET /{lang}/news/about/:kind/:id/feed.:format': 'public',
  'GET /{lang}/news/:slug': 'public',
  'GET /{lang}/news/:slug/print': 'public',
  'GET /api/press-releases': 'public',
  'POST /api/press-releases': 'editor-token',
  'GET /api/search': 'public',
  'GET /{lang}/search': 'public',
  'GET /sitemap.xml': 'public',
  'GET /sitemap/:part': 'public',
  'GET /{lang}/office/sign-in': 'public',
  'POST /{lang}/office/sign-in': 'public',
  'POST /{lang}/office/sign-out': 'signed-in',
  'GET /{lang}/office': 'signed-in',
  'GET /{lang}/office/parity': 'staff',
  'GET /{lang}/office/records/:type': 'staff',
  'GET /{lang}/office/records/:type/:id': 'staff',
  'GET /{lang}/office/records/:type/new': 'editor',
  'GET /{lang}/office/records/:type/:id/edit': 'editor',
  'POST /{lang}/office/records/:type': 'editor',
  'POST /{lang}/office/records/:type/:id': 'editor',
  'GET /{lang}/office/records/:type/:id/retire': 'editor',
  'POST /{lang}/office/records/:type/:id/retire': 'editor',
  'GET /{lang}/office/releases': 'staff',
  'GET /{lang}/office/releases/new': 'editor',
  'POST /{lang}/office/releases': 'editor',
  'POST /{lang}/office/releases/preview': 'editor',
  'GET /{lang}/office/releases/:id': 'staff',
  'GET /{lang}/office/releases/:id/edit': 'editor',
  'POST /{lang}/office/releases/:id': 'editor',
  'POST /{lang}/office/releases/:id/act': 'staff',
  'POST /{lang}/office/releases/:id/proposals': 'editor',
  'POST /{lang}/office/releases/:id/preview': 'editor',
  'GET /api/activities': 'public',
  'GET /api/activities/report': 'public',
  'GET /{lang}/activities': 'public',
  'GET /{lang}/activities.ics': 'public',
  'GET /{lang}/activities/calendar': 'public',
  'GET /{lang}/activities/report': 'public',
  'GET /{lang}/activities/report.csv': 'public',
  'GET /{lang}/activities/report.pdf': 'public',
  'GET /{lang}/activities/plans': 'public',
  'GET /{lang}/activities/plan/:year': 'public',
  'GET /{lang}/activities/plan/:year.csv': 'public',
  'GET /{lang}/activities/timeline/:kind/:id': 'public',
  'GET /{lang}/activities/:id': 'public',
  'GET /{lang}/office/plans/:year/import': 'editor',
  'POST /{lang}/office/plans/:year/import': 'editor',
  'GET /{lang}/digest': 'public',
  'GET /{lang}/digest/:number': 'public',
  'GET /{lang}/digest/:number.pdf': 'public',
  'GET /{lang}/office/digest': 'staff',
  'POST /{lang}/office/digest': 'editor',
  'GET /{lang}/office/digest/:id': 'staff',
  'POST /{lang}/office/digest/:id': 'editor',
  'POST /{lang}/office/digest/:id/move': 'editor',
  'POST /{lang}/office/digest/:id/act': 'staff',
  'GET /{lang}/office/digest/:id/pdf': 'staff',
  'GET /{lang}/digest/:number/:edition': 'public',
  'GET /{lang}/digest/:number/:edition.pdf': 'public',
  'GET /{lang}/office/digest/contact': 'staff',
  'POST /{lang}/office/digest/contact': 'editor',
  'POST /{lang}/office/digest/:id/file': 'editor',
  'GET /pictures/:id/:width.jpg': 'public',
  'GET /{lang}/office/pictures': 'staff',
  'POST /{lang}/office/pictures': 'editor',
  'GET /{lang}/office/pictures/:id': 'staff',
  'POST /{lang}/office/pictures/:id': 'editor',
  'POST /api/coverage': 'editor-token',
  'GET /api/coverage': 'editor-token',
  'GET /api/coverage/:id': 'editor-token',
  'GET /{lang}/office/coverage': 'staff',
  'GET /{lang}/office/coverage/feed.atom': 'staff',
  'GET /{lang}/office/coverage/import': 'editor',
  'POST /{lang}/office/coverage/import': 'editor',
  'POST /{lang}/office/coverage/links/:id': 'editor',
  'POST /{lang}/office/coverage/people/:id': 'editor',
  'POST /api/archive/import': 'editor-token',
  'GET /index.php': 'public',
  'GET /speeches_detail': 'public',
  'GET /speeches_detail/': 'public',
  'GET /page/*': 'public',
  'GET /{lang}/index.php': 'public',
  'GET /{lang}/speeches_detail': 'public',
  'GET /{lang}/speeches_detail/': 'public',
  'GET /{lang}/page/*': 'public',
  'GET /{lang}/speeches': 'public',
  'GET /{lang}/speeches/feed.:format': 'public',
  'GET /{lang}/speeches/:slug': 'public',
  'GET /{lang}/office/archive': 'staff',
  'POST /{lang}/office/archive/flags/:id': 'editor',
  'POST /{lang}/office/archive/import': 'editor',
  'GET /{lang}/office/audit': 'admin',
  'GET /{lang}/office/accounts': 'admin',
  'GET /api/contributions': 'public',
  'GET /api/budget/:year': 'public',
  'GET /{lang}/finance': 'public',
  'GET /{lang}/finance/:year': 'public',
  'GET /{lang}/finance/states/:code': 'public',
  'GET /{lang}/finance/contributions.csv': 'signed-in',
  'GET /{lang}/office/finance/import': 'editor',
  'POST /{lang}/office/finance/import': 'editor',
  'GET /api/capsules': 'public',
  'GET /api/capsules/:id': 'public',
  'POST /api/capsules/:id/seal': 'editor-token',
  'GET /{lang}/capsules': 'public',
  'GET /{lang}/capsules/:id': 'public',
  'GET /{lang}/capsules/:id/sealed.json': 'public',
  'GET /{lang}/capsules/:id/files/:n': 'public',
  'GET /{lang}/office/capsules/:id/seal': 'editor',
  'POST /{lang}/office/capsules/:id/seal': 'editor',
  'POST /{lang}/office/accounts': 'admin',
};

const keyOf = (method: string, url: string) => `${method} ${url.replace(/^\/(en|ru)(?=\/|$)/, '/{lang}')}`;

/** A concrete address for a route pattern. */
function sample(url: string): string {
  return url
    .replace('/static/*', '/static/site.css')
    .replace('/api/docs/static/*', '/api/docs/static/index.html')
    .replace('/office/records/:type', '/office/records/states')
    .replace('/office/releases/:id', '/office/releases/00000000-0000-4000-8000-000000000000')
    .replace(/\/states\/:id/, '/states/KZ')
    .replace('/news/about/:kind/:id', '/news/about/state/KZ')
    .replace('/people/:id', '/people/kairat-sarybay')
    .replace('feed.:format', 'feed.rss')
    .replace('/news/:slug', '/news/no-such-release')
    .replace('/speeches/:slug', '/speeches/no-such-speech')
    .replace('/page/*', '/page/no-such-page/')
    .replace('/timeline/:kind/:id', '/timeline/state/KZ')
    .replace('/capsules/:id', '/capsules/hq-foundation-stone-2024')
    .replace('/files/:n', '/files/1')
    .replace(':year', '2024')
    .replace('/digest/:id', '/digest/digest-0000000000')
    .replace(':edition', '1')
    .replace(':number', '1')
    .replace('/pictures/:id/:width', '/pictures/00000000-0000-4000-8000-000000000000/480')
    .replace(':code', 'KZ')
    .replace(':fileId', 'no-such-file')
    .replace(':id', 'summit');
}

type Who = Role | 'anonymous';

describe('authorization matrix: every route × every role', () => {
  const app = usePlatform();
  const clients = {} as Record<Who, Client>;

  beforeEach(async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    clients.anonymous = new Client(app());
    for (const role of ROLES) {
      clients[role] = new Client(app());
      await clients[role].signIn(emails[role], PASSWORD);
      assert.ok(clients[role].signedIn, `${role} signed in`);
    }
  });

  it('has an expected access for every route, matching what the route declares', () => {
    const seen = new Set<string>();
    for (const route of app().routeTable) {
      const key = keyOf(route.method, route.url);
      seen.add(key);
      assert.ok(key in EXPECTED, `${key} is not in the authorization table`);
      assert.equal(route.access ?? 'public', EXPECTED[key], `${key} declares ${route.access}`);
    }
    assert.deepEqual(
      Object.keys(EXPECTED).filter((k) => !seen.has(k)),
      [],
      'the table names no route that is gone',
    );
  });

  it('answers each role as the table says, on every route', async () => {
    const failures: string[] = [];
    for (const route of app().routeTable) {
      if (route.url.endsWith('/sign-out')) continue; // checked below: it would end the session the rest relies on
      const access = EXPECTED[keyOf(route.method, route.url)]!;
      for (const who of ['anonymous', ...ROLES] as Who[]) {
        // These clients hold sessions, not API tokens: a token-only route refuses them all (tokens are tested with the newsroom).
        const allowed =
          access === 'public' || (who !== 'anonymous' && access !== 'editor-token' && ADMITS[access].includes(who));
        const url = sample(route.url);
        const res = route.method === 'GET' ? await clients[who].get(url) : await clients[who].post(url, {});
        // How access control refuses: the API with 401 or 403, pages with 403 or a redirect to sign in.
        const refused = url.startsWith('/api/')
          ? res.statusCode === 401 || res.statusCode === 403
          : res.statusCode === 403 ||
            (res.statusCode === 303 && String(res.headers.location).includes('/office/sign-in?')) ||
            (res.statusCode === 303 && String(res.headers.location).endsWith('/office/sign-in'));
        if (allowed === refused)
          failures.push(
            `${who} ${route.method} ${url}: ${res.statusCode}${allowed ? ' (should be allowed)' : ' (should be refused)'}`,
          );
        if (!allowed && who === 'anonymous' && !url.startsWith('/api/') && res.statusCode !== 303)
          failures.push(`${who} ${route.method} ${url}: should be sent to sign in, got ${res.statusCode}`);
        if (!allowed && who !== 'anonymous' && res.statusCode !== (access === 'editor-token' ? 401 : 403))
          failures.push(`${who} ${route.method} ${url}: should be refused, got ${res.statusCode}`);
      }
    }
    assert.deepEqual(failures, []);
  });

  it('lets only the signed-in sign out', async () => {
    assert.equal((await clients.anonymous.post('/en/office/sign-out', {})).statusCode, 303);
    const res = await clients.reviewer.post('/en/office/sign-out', {});
    assert.equal(res.statusCode, 303);
    assert.equal(res.headers.location, '/en');
    assert.equal((await clients.reviewer.get('/en/office')).statusCode, 303, 'the session has ended');
  });
});
