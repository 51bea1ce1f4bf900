import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { usePlatform } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';

describe('the office over HTTP', () => {
  const app = usePlatform();
  let emails: Awaited<ReturnType<typeof seedAccounts>>;
  beforeEach(async () => {
    emails = await seedAccounts(app.db(), app.clock);
  });

  it('sends an anonymous visitor from /office to sign in, and back after signing in', async () => {
    const visitor = new Client(app());
    const bare = await visitor.get('/office');
    assert.equal(bare.statusCode, 302);
    const office = await visitor.get(bare.headers.location as string);
    assert.equal(office.statusCode, 303);
    assert.equal(office.headers.location, '/en/office/sign-in?next=%2Fen%2Foffice');
    const signIn = await visitor.post('/en/office/sign-in', {
      email: emails.editor,
      password: PASSWORD,
      next: '/en/office/records/states',
    });
    assert.equal(signIn.headers.location, '/en/office/records/states');
    assert.equal((await visitor.get('/en/office/records/states')).statusCode, 200);
  });

  it('never follows a sign-in to another site', async () => {
    const visitor = new Client(app());
    const res = await visitor.post('/en/office/sign-in', {
      email: emails.editor,
      password: PASSWORD,
      next: '//evil.example/office',
    });
    assert.equal(res.headers.location, '/en/office');
  });

  it("says a wrong password plainly, in the page's language", async () => {
    const visitor = new Client(app());
    await visitor.get('/ru/office/sign-in');
    const res = await visitor.post('/ru/office/sign-in', { email: emails.reviewer, password: 'not the password' });
    assert.equal(res.statusCode, 401);
    assert.match(res.body, /Неверный адрес электронной почты или пароль\./);
  });

  it('throttles sign-in after five failures with a clear message', async () => {
    const visitor = new Client(app());
    for (let i = 0; i < 5; i++)
      await visitor.post('/en/office/sign-in', { email: emails.delegate, password: `wrong ${i}` });
    const res = await visitor.post('/en/office/sign-in', { email: emails.delegate, password: PASSWORD });
    assert.equal(res.statusCode, 429);
    assert.match(res.body, /Too many failed attempts\. Try again in 15 minutes\./);
  });

  it('refuses a form posted without its CSRF token, and saves nothing', async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    const res = await editor.post(
      '/en/office/records/states/KZ',
      { version: 1, name_en: 'Changed', name_ru: 'Казахстан' },
      { csrf: false },
    );
    assert.equal(res.statusCode, 403);
    assert.equal((await editor.get('/en/office/records/states/KZ')).body.includes('Changed'), false);
  });

  it("shows errors next to the fields, in the editor's language, and saves nothing", async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    await editor.get('/ru/office/records/status-periods/new?parent=SA');
    const res = await editor.post('/ru/office/records/status-periods', {
      state_code: 'SA',
      status: 'member',
      from_date: '2026-10-01',
      until_date: '2026-01-01',
      sources: 'test',
      confidence: 'H',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<p class="field-error" id="f-until_date-error">Дата окончания раньше даты начала\.<\/p>/);
    assert.match(res.body, /id="f-until_date"[^>]*aria-invalid="true"/);
    const history = await app().inject('/api/states/SA');
    assert.equal(history.json().history.length, 1);
  });

  it('keeps the heading of the saved record when an edit is refused, and refuses a name of spaces', async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    const form = await editor.get('/en/office/records/states/JP/edit');
    const version = /name="version" value="(\d+)"/.exec(form.body)![1]!;
    const res = await editor.post('/en/office/records/states/JP', { version, name_en: '   ', name_ru: 'Япония' });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /<h1>Edit: Japan \(JP\)<\/h1>/);
    assert.match(res.body, /id="f-name_en-error">This field is required\./);
    assert.match((await editor.get('/en/office/records/states/JP')).body, /<h1>Japan \(JP\)<\/h1>/);
  });

  it('asks before retiring a record, on a page that needs no script, and restores it in one click', async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    const record = await editor.get('/en/office/records/bodies/pnlu');
    assert.match(
      record.body,
      /<a class="button secondary" href="\/en\/office\/records\/bodies\/pnlu\/retire">Retire<\/a>/,
    );
    assert.doesNotMatch(record.body, /name="retired" value="true"/, 'nothing retires from the record page itself');
    const ask = await editor.get('/ru/office/records/bodies/pnlu/retire');
    assert.equal(ask.statusCode, 200);
    assert.match(ask.body, /<h1>Вывести из оборота «[^<]+»\?<\/h1>/);
    const version = /name="version" value="(\d+)"/.exec(ask.body)?.[1];
    assert.ok(version);
    const done = await editor.post('/en/office/records/bodies/pnlu/retire', { version, retired: 'true' });
    assert.equal(done.statusCode, 303);
    const retired = await editor.get('/en/office/records/bodies/pnlu');
    assert.match(retired.body, /retired \d{4}-\d{2}-\d{2}/);
    assert.match(retired.body, /<button type="submit" class="secondary">Restore<\/button>/);
    assert.equal((await editor.get('/en/office/records/accounts-nope/x/retire')).statusCode, 404);
  });

  it('saves a status change and shows it on the public state page', async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    const res = await editor.post('/en/office/records/status-periods', {
      state_code: 'SA',
      status: 'member',
      from_date: '2026-10-01',
      sources: 'test decision',
      confidence: 'H',
    });
    assert.equal(res.statusCode, 303);
    assert.match((await editor.get(res.headers.location as string)).body, /Saved\./);
    const sa = (await app().inject('/api/states/SA')).json();
    assert.deepEqual(
      sa.history.map((h: { status: string; until: string | null }) => [h.status, h.until]),
      [
        ['observer', '2026-10-01'],
        ['member', null],
      ],
    );
  });

  /** The editor and the administrator open Japan's form together; the editor saves its official English name first. */
  async function saveJapanWhileAdminEdits() {
    const first = new Client(app());
    const second = new Client(app());
    await first.signIn(emails.editor, PASSWORD);
    await second.signIn(emails.admin, PASSWORD);
    const formA = await first.get('/en/office/records/states/JP/edit');
    await second.get('/en/office/records/states/JP/edit');
    const version = /name="version" value="(\d+)"/.exec(formA.body)![1]!;
    const saved = await first.post('/en/office/records/states/JP', {
      version,
      name_en: 'Japan',
      name_ru: 'Япония',
      official_name_en: 'Japan (Nippon-koku)',
    });
    return { first, second, version, saved };
  }

  it('refuses the second of two staff saving the same record, showing what changed meanwhile', async () => {
    const { first, second, version, saved } = await saveJapanWhileAdminEdits();
    assert.equal(saved.statusCode, 303);
    const refused = await second.post('/en/office/records/states/JP', {
      version,
      name_en: 'Japan',
      name_ru: 'Япония',
      official_name_ru: 'Япония',
    });
    assert.equal(refused.statusCode, 409);
    assert.match(refused.body, /Nothing was saved: Erlan Editor changed this record while you were editing it\./);
    assert.match(
      refused.body,
      /Official name \(English\)<\/span> — <span>Now saved<\/span>: <strong>Japan \(Nippon-koku\)<\/strong>/,
    );
    assert.match(
      refused.body,
      /name="official_name_ru"[^>]*value="Япония"/,
      "the second editor's values are kept in the form",
    );
    const jp = await first.get('/en/office/records/states/JP');
    assert.match(jp.body, /Japan \(Nippon-koku\)/);
    assert.doesNotMatch(jp.body, /<dd><span class="pre">Япония<\/span><\/dd>\s*<\/dl>/);
  });

  it("shows each record's history, and the whole log to an administrator", async () => {
    assert.equal((await saveJapanWhileAdminEdits()).saved.statusCode, 303);
    const admin = new Client(app());
    await admin.signIn(emails.admin, PASSWORD);
    const page = await admin.get('/en/office/records/states/JP');
    assert.match(page.body, /<h2 id="history">History<\/h2>[\s\S]*Erlan Editor[\s\S]*Official name \(English\)/);
    const log = await admin.get('/en/office/audit?type=states');
    assert.equal(log.statusCode, 200);
    // Named as staff know them: the record by its title, the change by the field's label, never ids or columns.
    assert.match(
      log.body,
      /<a href="\/en\/office\/records\/states\/JP">Japan \(JP\)<\/a> <span class="audit-type">State<\/span>/,
    );
    assert.match(log.body, /<span>changed: Official name \(English\)<\/span>/);
    assert.doesNotMatch(log.body, /official_name_en|states JP/);
    assert.match(log.body, /<option value="press-releases"[^>]*>Press releases<\/option>/);
    const none = await admin.get('/en/office/audit?type=states&from=2030-01-01');
    assert.doesNotMatch(none.body, />Japan \(JP\)<\/a>/);
  });

  /** The part of a dashboard under one of its headings. */
  const section = (body: string, id: string) => {
    const start = body.indexOf(`<h2 id="${id}">`);
    assert.ok(start >= 0, `no section ${id}`);
    return body.slice(start, body.indexOf('</section>', start));
  };

  it('shows a draft sent for review under "awaiting your review" to a reviewer, and among the drafts to its author', async () => {
    const editor = new Client(app());
    const reviewer = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    await reviewer.signIn(emails.reviewer, PASSWORD);
    const created = await editor.post('/en/office/releases', {
      title_en: 'Senior Officials meet in Astana',
      place_en: 'Astana',
      body_en: 'The Committee met.',
      date: '2025-05-30',
    });
    const id = /\/office\/releases\/([0-9a-f-]{36})/.exec(created.headers.location as string)![1]!;
    const version = /name="version" value="(\d+)"/.exec((await editor.get(`/en/office/releases/${id}`)).body)![1]!;
    await editor.post(`/en/office/releases/${id}/act`, { action: 'submit', version });

    const forReviewer = (await reviewer.get('/en/office')).body;
    assert.match(
      section(forReviewer, 'work-review'),
      /Senior Officials meet in Astana<\/a> <span class="meta">Press release · In review/,
    );
    assert.doesNotMatch(section(forReviewer, 'work-drafts'), /Senior Officials meet in Astana/);

    const forAuthor = (await editor.get('/en/office')).body;
    assert.doesNotMatch(forAuthor, /id="work-review"/, 'an editor reviews nothing');
    assert.match(
      section(forAuthor, 'work-drafts'),
      /Senior Officials meet in Astana<\/a>[^<]*<span class="meta">Press release · In review<\/span><span class="tag">yours/,
    );
    // The author's own changes, named by the release's title, not its id.
    assert.match(section(forAuthor, 'work-recent'), />Senior Officials meet in Astana<\/a>/);
    assert.doesNotMatch(forAuthor, /<p class="meta">\d+<\/p>/, 'no counts of rows');
  });

  it('lists for staff the planned facts whose date has passed: the chair term planned to end in 2026 and the Seventh Summit', async () => {
    const staff = new Client(app());
    await staff.signIn(emails.reviewer, PASSWORD);
    assert.doesNotMatch(section((await staff.get('/en/office')).body, 'work-confirm'), /Azerbaijan/);
    app.clock.advance(Date.parse('2027-01-15T12:00:00Z') - app.clock.now().getTime());
    await staff.signIn(emails.reviewer, PASSWORD); // the session of 2025 has long expired
    const confirm = section((await staff.get('/en/office')).body, 'work-confirm');
    assert.match(
      confirm,
      /Chairmanship of Azerbaijan<\/a> <span class="meta">term planned to end in 2026; no successor recorded/,
    );
    assert.match(confirm, /Summit[^<]*<\/a> <span class="meta">planned for 2026; not recorded as held or cancelled/);
    const ru = section((await staff.get('/ru/office')).body, 'work-confirm');
    assert.match(
      ru,
      /Председательство: Азербайджан<\/a> <span class="meta">окончание срока полномочий по плану: 2026 г\.; преемник не записан/,
    );
  });

  it("lists records by name in the reader's language, with their status, narrowed by words and by status", async () => {
    const staff = new Client(app());
    await staff.signIn(emails.reviewer, PASSWORD);
    const en = (await staff.get('/en/office/records/states')).body;
    const names = [...en.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
    );
    assert.ok(names.indexOf('Azerbaijan (AZ)') < names.indexOf('Kazakhstan (KZ)'));
    const ru = (await staff.get('/ru/office/records/states')).body;
    const namesRu = [...ru.matchAll(/<th scope="row"><a href="[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]!);
    assert.deepEqual(
      namesRu,
      [...namesRu].sort((a, b) => a.localeCompare(b, 'ru')),
    );
    const found = (await staff.get('/en/office/records/states?q=kaz')).body;
    assert.match(found, /Kazakhstan \(KZ\)/);
    assert.doesNotMatch(found, /Azerbaijan \(AZ\)/);
    assert.match(found, /1 of \d+ shown/);
    const activities = (await staff.get('/en/office/records/activities?status=held')).body;
    assert.match(activities, /<option value="held" selected>Held<\/option>/);
    assert.match(activities, /<td data-label="Status"><span>Held<\/span>/, 'the filter shows held activities');
    assert.doesNotMatch(activities, /<td data-label="Status"><span>Planned<\/span>/);
  });

  it('shows a delegate their own state, and nothing to edit', async () => {
    const delegate = new Client(app());
    await delegate.signIn(emails.delegate, PASSWORD);
    const home = await delegate.get('/en/office');
    assert.match(home.body, /As the delegate of Kazakhstan/);
    assert.match(home.body, /Military-political confidence building measures: Coordinator/);
    assert.equal((await delegate.get('/en/office/records/states')).statusCode, 403);
  });

  it('marks English fallback text on the Russian site for staff only', async () => {
    const staff = new Client(app());
    await staff.signIn(emails.reviewer, PASSWORD);
    const forStaff = await staff.get('/ru/documents');
    assert.match(forStaff.body, /<body class="staff">/);
    assert.match(forStaff.body, /<h3 lang="en"[^>]*>Almaty Act|lang="en" class="fallback"/);
    const anon = await app().inject('/ru/documents');
    assert.doesNotMatch(anon.body, /<body class="staff">/);
  });

  it('lists missing Russian text on the parity page', async () => {
    const staff = new Client(app());
    await staff.signIn(emails.reviewer, PASSWORD);
    const res = await staff.get('/en/office/parity');
    assert.match(res.body, /Declaration on the Principles Guiding Relations among CICA Member States/);
    assert.match(res.body, /Russian missing/);
  });

  it('counts press releases and activities on the parity page, with totals', async () => {
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    await editor.post('/en/office/releases', {
      title_en: 'Think Tank Forum meets',
      place_en: 'Astana',
      body_en: 'The Forum met.',
      date: '2025-05-30',
    });
    const body = (await editor.get('/en/office/parity')).body;
    const row = (label: string) =>
      new RegExp(
        `<tr><th scope="row">${label}</th><td class="num"[^>]*>(\\d+)</td><td class="num"[^>]*>(\\d+)</td><td class="num"[^>]*>(\\d+)</td>`,
      ).exec(body);
    const releases = row('Press releases');
    assert.deepEqual(releases?.slice(1, 4), ['1', '0', '1']);
    assert.ok(row('Activities'), 'activities are counted');
    const all = row('All records');
    assert.ok(all && Number(all[1]) >= Number(releases![1]));
    assert.match(
      body,
      /<td data-label="Record type">Press release<\/td><td data-label="[^"]+"><a href="\/en\/office\/releases\/[0-9a-f-]{36}">Think Tank Forum meets<\/a>/,
    );
  });

  it('lets an administrator add an account, refusing a bad one field by field', async () => {
    const admin = new Client(app());
    await admin.signIn(emails.admin, PASSWORD);
    const bad = await admin.post('/en/office/accounts', {
      name: 'New Delegate',
      email: 'not-an-address',
      role: 'delegate',
      stateCode: '',
      password: 'short',
    });
    assert.equal(bad.statusCode, 400);
    for (const text of [
      'Enter an e-mail address.',
      'A delegate must be tied to a member state.',
      'A password needs at least 12 characters.',
    ])
      assert.ok(bad.body.includes(text), text);
    const ok = await admin.post('/en/office/accounts', {
      name: 'New Delegate',
      email: 'new@cica.test',
      role: 'delegate',
      stateCode: 'TJ',
      password: 'a fine long password',
    });
    assert.equal(ok.statusCode, 303);
    assert.match((await admin.get('/en/office/accounts')).body, /new@cica\.test/);
  });
});
