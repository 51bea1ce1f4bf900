import assert from 'node:assert/strict';
import { describePlatformOnEachEngine, type PlatformHandle } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';

type Ranked = { rank: number; state: string; total: string | null; source: string };
type Item = { state: string | null; amount: string | null; currency: string | null; year: number; kind: string };

async function signedIn(app: PlatformHandle, role: 'editor' | 'delegate' | 'admin') {
  const emails = await seedAccounts(app.db(), app.clock);
  const client = new Client(app());
  await client.signIn(emails[role], PASSWORD);
  assert.ok(client.signedIn);
  return { client, emails };
}

const KOREA_2024 = {
  year: '2024',
  state_code: 'KR',
  kind: 'voluntary',
  amount: '50000',
  currency: 'USD',
  pledged_on: '2024-11-01',
  received_on: '2024-11-19',
  sources: 'SEED3',
  confidence: 'H',
};

const contributions = async (app: PlatformHandle) =>
  Number(
    (
      await app
        .db()
        .selectFrom('contribution')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describePlatformOnEachEngine('finance over HTTP', (app, it) => {
  it('the public reads the 2024 ranking as the Secretariat published it: Korea fourth, no amounts', async () => {
    const res = await app().inject('/api/contributions?year=2024');
    assert.equal(res.statusCode, 200);
    const ranking: Ranked[] = res.json().ranking;
    assert.deepEqual(
      ranking.map((r) => [r.rank, r.state, r.total, r.source]),
      [
        [1, 'KZ', null, 'published'],
        [2, 'CN', null, 'published'],
        [3, 'TR', null, 'published'],
        [4, 'KR', null, 'published'],
      ],
    );
  });

  it('an editor records Korea’s 2024 contribution; delegates see its amount, the public only that Korea gave', async () => {
    const { client: editor, emails } = await signedIn(app, 'editor');
    const saved = await editor.post('/en/office/records/contributions', KOREA_2024);
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 2000));

    const anonymous: Item[] = (await app().inject('/api/contributions?year=2024&state=KR')).json().items;
    assert.deepEqual(
      anonymous.map((c) => [c.state, c.amount, c.currency]),
      [['KR', null, null]],
    );

    const delegate = new Client(app());
    await delegate.signIn(emails.delegate, PASSWORD);
    const seen = JSON.parse((await delegate.get('/api/contributions?year=2024')).body);
    assert.deepEqual(
      seen.items.map((c: Item) => [c.state, c.amount, c.currency]),
      [['KR', '50000', 'USD']],
    );
    // The published place stands; the amount shows beside it, and no amount is made up for the others.
    assert.deepEqual(
      seen.ranking.map((r: Ranked) => [r.rank, r.state, r.total]),
      [
        [1, 'KZ', null],
        [2, 'CN', null],
        [3, 'TR', null],
        [4, 'KR', '50000'],
      ],
    );
    const page = (await delegate.get('/en/finance/2024')).body;
    assert.match(page, /50,000 USD/);
    assert.doesNotMatch((await app().inject('/en/finance/2024')).body, /50,000/);
  });

  it('refuses a negative amount, a currency outside ISO 4217 and a receipt before its pledge, naming each field; nothing is saved', async () => {
    const { client: editor } = await signedIn(app, 'editor');
    const before = await contributions(app);
    for (const [bad, field, words] of [
      [{ amount: '-5' }, 'amount', /amount of zero or more/],
      [{ amount: 'ten' }, 'amount', /amount of zero or more/],
      [{ currency: 'XYZ' }, 'currency', /ISO 4217/],
      [{ pledged_on: '2024-11-20' }, 'received_on', /cannot be received before it was pledged/],
    ] as const) {
      const res = await editor.post('/en/office/records/contributions', { ...KOREA_2024, ...bad });
      assert.equal(res.statusCode, 400, field);
      assert.match(res.body, new RegExp(`id="f-${field}-error"[^>]*>[^<]*`), field);
      assert.match(res.body, words);
    }
    const ru = await editor.post('/ru/office/records/contributions', { ...KOREA_2024, currency: 'XYZ' });
    assert.match(ru.body, /по ISO 4217/);
    assert.equal(await contributions(app), before);
  });

  it('the ledger goes out as CSV and comes back unchanged; one bad line refuses the file with its line and column', async () => {
    const { client: editor } = await signedIn(app, 'editor');
    await editor.post('/en/office/records/contributions', KOREA_2024);
    const csv = await editor.get('/en/finance/contributions.csv');
    assert.equal(csv.statusCode, 200);
    assert.match(csv.headers['content-type'] as string, /text\/csv/);
    const again = await editor.post('/en/office/finance/import', { csv: csv.body });
    assert.equal(again.statusCode, 200);
    assert.match(again.body, /Imported: 0\./);

    const before = await contributions(app);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    const added = `"","2024","KZ","","voluntary","","","","","100","USD","2024-03-01","","","SEED3","H"`;
    const broken = `"","2024","CN","","voluntary","","","","","-3","USD","2024-03-01","","","SEED3","H"`;
    const refused = await editor.post('/en/office/finance/import', { csv: [...lines, added, broken].join('\n') });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, new RegExp(`Line ${lines.length + 2}, column amount: Enter an amount`));
    assert.equal(await contributions(app), before, 'the good line is not saved either');

    const ok = await editor.post('/en/office/finance/import', { csv: [...lines, added].join('\n') });
    assert.match(ok.body, /Imported: 1\./);
    assert.equal(await contributions(app), before + 1);
    // A pledge of March not received by the test's day is in arrears, for those who may see amounts.
    assert.match((await editor.get('/en/finance/2024')).body, /Pledges not yet received[\s\S]*100 USD/);
  });

  it('the CSV of amounts is for the signed-in only', async () => {
    const res = await app().inject('/en/finance/contributions.csv');
    assert.equal(res.statusCode, 303);
  });

  it('GET /api/budget/2025 names the meeting that approved it and says the currency is unknown', async () => {
    const res = await app().inject('/api/budget/2025');
    assert.equal(res.statusCode, 200);
    const b = res.json();
    assert.deepEqual([b.approvedOn, b.meeting, b.currency, b.total], ['2024-12-04', 'soc-2024-12', null, null]);
    assert.equal((await app().inject('/api/budget/1999')).statusCode, 404);
    assert.equal((await app().inject('/api/budget/nineteen')).statusCode, 400);
  });

  it('refuses a query that is not a currency or a contributor, naming the field', async () => {
    const res = await app().inject('/api/contributions?in=DOLLARS');
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /"field":"in"/);
    assert.equal((await app().inject('/api/contributions?state=korea')).statusCode, 400);
  });

  it('finance pages answer in both languages, per year and per state', async () => {
    for (const path of [
      '/en/finance',
      '/ru/finance',
      '/en/finance/2024',
      '/ru/finance/2021',
      '/en/finance/states/KR',
    ]) {
      assert.equal((await app().inject(path)).statusCode, 200, path);
    }
    assert.match((await app().inject('/ru/finance/2024')).body, /Крупнейшие вкладчики/);
    assert.equal((await app().inject('/en/finance/1999')).statusCode, 404);
  });
});
