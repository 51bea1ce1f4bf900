/**
 * A bounded property-based fuzz over every route of the platform, on both
 * engines (issue 10): random and hostile queries, path parameters, form fields
 * and JSON bodies never get a 5xx, and a refused write changes nothing. The
 * route list comes from the platform's own route table, so a new route is
 * fuzzed without anyone remembering to add it.
 */
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import fc from 'fast-check';
import { createAccountsService } from './accounts/accounts.service.ts';
import type { Field, RefKind } from './platform/records.ts';
import { RECORDS } from './services.ts';
import type { RouteEntry } from './platform/http/app.ts';
import { describePlatformOnEachEngine, rowCounts } from './platform/testing/app.ts';

const RESOURCES = RECORDS.flatMap((r) => r.records);
import { Client, PASSWORD, seedAccounts } from './platform/testing/client.ts';

/** Runs per route and engine: enough to find the classic 500s, few enough for a 2-core CI. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 12);

/** Routes not worth fuzzing: the static files and the API's own documentation pages. */
const SKIP = /^\/(static|api\/docs)|\/sign-out$/;

const HOSTILE = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '-1',
  '0',
  '1e3',
  '99999999999',
  '-99999999999',
  'NaN',
  'Infinity',
  '1.5',
  '2024-02-30',
  '2024-13-01',
  '0001-01-01',
  '9999-12-31',
  '2024-12-10',
  '2024',
  '2024-06',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' or 1=1 --",
  '"; drop table state; --',
  '%',
  '_',
  '\\',
  '__proto__',
  'constructor',
  'toString',
  '../../../etc/passwd',
  '=HYPERLINK("http://x")',
  'x'.repeat(5000),
  'KZ',
  'ZZ',
  'kz',
  'ministerial',
  'human',
  'catalogue-2024',
  'state',
  'person',
  'body',
  'area',
  'activity',
  'rss',
  'atom',
  'en',
  'ru',
  'fr',
  'true',
  'false',
  'draft',
  'publish',
  'approve',
  'submit',
  'up',
  'down',
  'Сарыбай',
  '🇰🇿',
];

const value = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .date({ noInvalidDate: true, min: new Date('1900-01-01'), max: new Date('2200-01-01') })
      .map((d) => d.toISOString().slice(0, 10)),
  },
);

/** Every field name a form or query of the platform reads, so random input reaches real parsing code. */
const FIELDS = [
  ...new Set([
    ...RESOURCES.flatMap((r) => r.fields.map((f) => f.column)),
    'q',
    'lang',
    'asOf',
    'date',
    'from',
    'to',
    'page',
    'type',
    'state',
    'dimension',
    'year',
    'month',
    'kind',
    'id',
    'publish',
    'saved',
    'status',
    'format',
    'body',
    'area',
    'person',
    'number',
    'version',
    'retired',
    'action',
    'comment',
    'publish_at',
    'correction',
    'title_en',
    'title_ru',
    'place_en',
    'place_ru',
    'lead_en',
    'lead_ru',
    'body_en',
    'body_ru',
    'date_to',
    'states',
    'bodies',
    'areas',
    'people',
    'activities',
    'contact_name',
    'contact_title',
    'contact_email',
    'contact_phone',
    'image_1_src',
    'image_1_caption_en',
    'csv',
    'article',
    'direction',
    'title',
    'foreword_author',
    'foreword_title',
    'foreword_text',
    'spotlight',
    'teasers',
    'email',
    'password',
    'name',
    'role',
    'stateCode',
    'next',
    'parent',
    'account',
    'recordType',
    '__proto__',
    'constructor',
  ]),
];

const fields = fc.dictionary(
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...FIELDS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  ),
  fc.oneof({ weight: 4, arbitrary: value }, { weight: 1, arbitrary: fc.array(value, { maxLength: 3 }) }),
  { maxKeys: 8 },
);

const PARAMS: Record<string, readonly string[]> = {
  type: [...RESOURCES.map((r) => r.type), 'nope'],
  id: ['KZ', 'ministerial', 'human', 'catalogue-2024', 'kairat-sarybay', 'x'],
  code: ['KZ', 'CN', 'ZZ', 'kz'],
  number: ['1', '0', '99999999999'],
  year: ['2024', '2025', '0', '99999999999'],
  kind: ['state', 'person', 'body', 'area', 'activity', 'area'],
  format: ['rss', 'atom', 'xml'],
  slug: ['x'],
};
const param = (name: string) =>
  fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...(PARAMS[name] ?? ['x'])) }, { weight: 1, arbitrary: value });

/** A concrete address for a route pattern: each `:name` filled in. */
function address(url: string, lang: 'en' | 'ru') {
  const names = [...url.matchAll(/:([a-zA-Z]+)/g)].map((m) => m[1]!);
  return fc.tuple(...names.map(param)).map((values) => {
    let i = 0;
    return url.replace(/^\/(en|ru)\b/, `/${lang}`).replace(/:([a-zA-Z]+)/g, () => encodeURIComponent(values[i++]!));
  });
}

const queryString = (q: Record<string, string | string[]>) => {
  const search = new URLSearchParams(
    Object.entries(q).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]])),
  );
  return search.size ? `?${search}` : '';
};

/** Tables behind each kind of reference, to find one real id of each. */
const REF_TABLES: Record<string, readonly [table: string, key: string]> = {
  state: ['state', 'code'],
  party: ['state', 'code'],
  // A meeting of a body is an activity (decision 013).
  meeting: ['activity', 'id'],
  body: ['body', 'id'],
  dimension: ['dimension', 'id'],
  area: ['priority_area', 'id'],
  version: ['catalogue_version', 'id'],
  person: ['person', 'id'],
  organization: ['organization', 'id'],
  document: ['document', 'id'],
  plan: ['action_plan', 'id'],
  'plan-item': ['plan_item', 'id'],
  activity: ['activity', 'id'],
};

/** A value the field accepts: random input then starts from a record that would save, and breaks a few fields of it. */
function validValue(field: Field, refs: ReadonlyMap<RefKind, string>): string {
  switch (field.kind) {
    case 'date':
      return '2024-06-01';
    case 'partial-date':
      return '2024';
    case 'number':
      return '7';
    case 'select':
      return field.options?.values[0] ?? '';
    case 'ref':
    case 'refs':
      return refs.get(field.ref!) ?? '';
    default:
      return field.pattern ? 'QX' : 'Fuzzed text';
  }
}

const RELEASE_FORM = {
  title_en: 'Fuzzed release',
  place_en: 'Astana',
  body_en: 'Text.',
  title_ru: 'Пресс-релиз',
  place_ru: 'Астана',
  body_ru: 'Текст.',
  date: '2024-06-01',
};

describePlatformOnEachEngine('fuzzing every route', (app, it) => {
  let admin: Client;
  const refs = new Map<RefKind, string>();
  let token = '';
  let routes: RouteEntry[] = [];
  beforeEach(async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    admin = new Client(app());
    await admin.signIn(emails.admin, PASSWORD);
    token = await createAccountsService(app.db(), app.clock).createToken(emails.editor, 'fuzz');
    await app().ready();
    routes = app().routeTable.filter((r) => !SKIP.test(r.url) && !r.url.startsWith('/ru/'));
    for (const [kind, [table, key]] of Object.entries(REF_TABLES) as Array<[RefKind, readonly [string, string]]>) {
      const row = (await app()
        .ready()
        .then(() =>
          app
            .db()
            .selectFrom(table as never)
            .select(key as never)
            .executeTakeFirst(),
        )) as Record<string, string> | undefined;
      if (row) refs.set(kind, row[key]!);
    }
    assert.ok(routes.length > 60, `found the routes (${routes.length})`);
  });

  it('answers every GET, anonymous or signed in, without a 5xx', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      // PDFs are laid out for real: a few runs each keep the suite quick.
      const runs = /pdf/.test(route.url) ? 3 : RUNS;
      await fc.assert(
        fc.asyncProperty(address(route.url, 'en'), fields, fc.boolean(), async (url, query, signedIn) => {
          const target = `${url}${queryString(query as Record<string, string | string[]>)}`;
          const res = signedIn ? await admin.get(target) : await app().inject(target);
          assert.ok(
            res.statusCode < 500,
            `GET ${target} (${signedIn ? 'admin' : 'anonymous'}) answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
          );
        }),
        { numRuns: runs },
      );
    }
  });

  it('answers every office form without a 5xx, and a refused one changes nothing', async () => {
    for (const route of routes.filter((r) => r.method === 'POST' && !r.url.startsWith('/api/'))) {
      await fc.assert(
        fc.asyncProperty(address(route.url, 'en'), fields, async (url, body) => {
          const before = await rowCounts(app.db());
          const res = await admin.post(url, body as Record<string, string | string[]>);
          assert.ok(
            res.statusCode < 500,
            `POST ${url} ${JSON.stringify(body).slice(0, 300)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
          );
          if (res.statusCode >= 400)
            assert.deepEqual(await rowCounts(app.db()), before, `POST ${url} was refused but changed the record`);
          if (!admin.signedIn) await admin.signIn('admin@cica.test', PASSWORD);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it('saves or refuses records of every type cleanly when a few fields of a valid one are broken', async () => {
    const broken = (base: Record<string, string>) =>
      fc
        .tuple(
          // A record may have fewer than three fields (the Secretariat's has one).
          fc.subarray(Object.keys(base), { minLength: 1, maxLength: Math.min(3, Object.keys(base).length) }),
          fc.array(value, { minLength: 3, maxLength: 3 }),
        )
        .map(([keys, values]) => ({ ...base, ...Object.fromEntries(keys.map((k, i) => [k, values[i]!])) }));
    const forms: Array<{ url: string; base: Record<string, string> }> = [
      ...RESOURCES.map((r) => ({
        url: `/en/office/records/${r.type}`,
        base: Object.fromEntries(r.fields.map((f) => [f.column, validValue(f, refs)])),
      })),
      { url: '/en/office/releases', base: RELEASE_FORM },
      { url: '/en/office/digest', base: { from: '2024-10-01', to: '2024-12-31', lang: 'en' } },
    ];
    for (const { url, base } of forms) {
      await fc.assert(
        fc.asyncProperty(broken(base), async (body) => {
          const before = await rowCounts(app.db());
          const res = await admin.post(url, body);
          assert.ok(
            res.statusCode < 500,
            `POST ${url} ${JSON.stringify(body).slice(0, 400)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
          );
          if (res.statusCode >= 400)
            assert.deepEqual(await rowCounts(app.db()), before, `POST ${url} was refused but changed the record`);
        }),
        { numRuns: RUNS },
      );
    }
  });

  it("answers the API's writes without a 5xx, and a refused one changes nothing", async () => {
    const item = fc.dictionary(
      fc.constantFrom(
        'lang',
        'key',
        'title',
        'place',
        'date',
        'dateTo',
        'lead',
        'body',
        'contact',
        'states',
        'bodies',
        'areas',
        'people',
        'images',
        'extra',
      ),
      fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.jsonValue({ maxDepth: 2 })),
      { maxKeys: 10 },
    );
    const payload = fc.oneof(
      fc.array(item, { maxLength: 4 }).map((x) => ({ type: 'application/json', text: JSON.stringify(x) })),
      fc.jsonValue({ maxDepth: 3 }).map((x) => ({ type: 'application/json', text: JSON.stringify(x) })),
      fc.string({ maxLength: 200 }).map((text) => ({ type: 'application/json', text })),
      fc.tuple(fc.constantFrom('---', '---js', '---yaml', '', '--- '), fields).map(([open, f]) => ({
        type: 'text/markdown',
        text: `${open}\n${Object.entries(f)
          .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
          .join('\n')}\n---\nBody.`,
      })),
    );
    for (const route of routes.filter((r) => r.method === 'POST' && r.url.startsWith('/api/'))) {
      await fc.assert(
        fc.asyncProperty(
          payload,
          fc.constantFrom('', '?publish=true', '?publish=maybe', '?lang=ru'),
          async ({ type, text }, query) => {
            const before = await rowCounts(app.db());
            const res = await app().inject({
              method: 'POST',
              url: `${route.url}${query}`,
              payload: text,
              headers: { 'content-type': type, authorization: `Bearer ${token}` },
            });
            assert.ok(
              res.statusCode < 500,
              `POST ${route.url} ${text.slice(0, 300)} answered ${res.statusCode}: ${res.body.slice(0, 300)}`,
            );
            if (res.statusCode >= 400)
              assert.deepEqual(
                await rowCounts(app.db()),
                before,
                `POST ${route.url} was refused but changed the record`,
              );
          },
        ),
        { numRuns: RUNS * 3 },
      );
    }
  });
});
