/** Documents over HTTP on both engines: drafting, adoption, instruments, files, and classification in every listing. */
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Role } from '../platform/access.ts';
import type { Db } from '../platform/db/database.ts';
import { type PlatformHandle, describePlatformOnEachEngine } from '../platform/testing/app.ts';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { SAMPLE_EXE, SAMPLE_PDF, SAMPLE_PNG } from '../platform/testing/sample-files.ts';

type Who = Role | 'anonymous';

/** A meeting of a body with its day: the pack has none of the Special Working Group's. */
async function meeting(db: Db, id: string, bodyId: string, start: string) {
  await db
    .insertInto('activity')
    .values({
      id,
      kind: 'meeting',
      status: 'held',
      title_en: `Meeting ${id}`,
      title_ru: `Заседание ${id}`,
      start_date: start,
      end_date: null,
      city_en: null,
      city_ru: null,
      country_code: null,
      format: 'online',
      body_id: bodyId,
      meeting_number: null,
      meeting_kind: 'special',
      dimension_id: null,
      areas: null,
      organizers: null,
      hosts: null,
      participants: null,
      participant_count: null,
      plan_item_id: null,
      summary_en: null,
      summary_ru: null,
      outcome_en: null,
      outcome_ru: null,
      sources: null,
      confidence: null,
      retired_at: null,
    })
    .execute();
}

/** A document of a classification, adopted, with a text that says a word nobody else uses. */
async function classified(db: Db, id: string, classification: string, word: string) {
  await db
    .insertInto('document')
    .values({
      id,
      kind: 'statement',
      title_en: `Statement ${word}`,
      title_ru: `Заявление ${word}`,
      date: '2024-12-17',
      meeting_id: 'mm-7',
      classification,
      stage: 'adopted',
      text_en: `The text ${word}.`,
      sources: 'Secretariat',
      confidence: 'H',
      place_en: null,
      place_ru: null,
      body_id: 'ministerial',
      priority_area_id: null,
      note_en: null,
      note_ru: null,
    })
    .execute();
}

async function clientsFor(app: PlatformHandle): Promise<Record<Who, Client>> {
  const emails = await seedAccounts(app.db(), app.clock);
  const clients = { anonymous: new Client(app()) } as Record<Who, Client>;
  for (const role of ['admin', 'editor', 'reviewer', 'delegate'] as const) {
    clients[role] = new Client(app());
    await clients[role].signIn(emails[role], PASSWORD);
  }
  return clients;
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

describePlatformOnEachEngine('documents: classification in every listing', (app, it) => {
  let clients: Record<Who, Client>;
  beforeEach(async () => {
    clients = await clientsFor(app);
    await classified(app.db(), 'doc-open', 'public', 'Zephyrpublic');
    await classified(app.db(), 'doc-members', 'restricted', 'Quokkamembers');
    await classified(app.db(), 'doc-internal', 'internal', 'Narwhalinternal');
  });

  const sees: Record<Who, readonly string[]> = {
    anonymous: ['doc-open'],
    delegate: ['doc-open', 'doc-members'],
    editor: ['doc-open', 'doc-members', 'doc-internal'],
    reviewer: ['doc-open', 'doc-members', 'doc-internal'],
    admin: ['doc-open', 'doc-members', 'doc-internal'],
  };
  const ALL = ['doc-open', 'doc-members', 'doc-internal'];

  it('lists, shows and answers in the API each document only to those who may read it', async () => {
    for (const who of Object.keys(sees) as Who[]) {
      const c = clients[who];
      const registry = (await c.get('/en/documents')).body;
      const api = (await c.get('/api/documents')).json().items.map((d: { id: string }) => d.id);
      for (const id of ALL) {
        const may = sees[who].includes(id);
        assert.equal(registry.includes(`/en/documents/${id}"`), may, `${who} registry ${id}`);
        assert.equal(api.includes(id), may, `${who} API list ${id}`);
        assert.equal((await c.get(`/en/documents/${id}`)).statusCode, may ? 200 : 404, `${who} page ${id}`);
        assert.equal((await c.get(`/api/documents/${id}`)).statusCode, may ? 200 : 404, `${who} API ${id}`);
      }
    }
  });

  it('keeps documents not public out of search, the sitemap and a meeting’s page, for everyone', async () => {
    // Search, the sitemap and public pages are one index and one page for all: only public documents go in.
    await clients.editor.post('/en/office/records/documents/doc-open', {}); // nudges nothing; the index is rebuilt below
    const sitemap = (await clients.anonymous.get('/sitemap.xml')).body;
    assert.ok(sitemap.includes('/en/documents/doc-open<'));
    assert.ok(!sitemap.includes('doc-members') && !sitemap.includes('doc-internal'));
    for (const who of ['anonymous', 'delegate', 'editor'] as Who[]) {
      const meetingPage = (await clients[who].get('/en/activities/mm-7')).body;
      assert.ok(meetingPage.includes('/en/documents/doc-open'), `${who} sees the public one on the meeting's page`);
      if (who === 'anonymous') {
        assert.ok(!meetingPage.includes('doc-members') && !meetingPage.includes('doc-internal'));
      }
    }
  });

  it('finds a public document by its text in search, and never one that is not public', async () => {
    const reindex = await clients.editor.get('/en/office');
    assert.equal(reindex.statusCode, 200);
    // A change in the office rebuilds the record index; make one that touches nothing else.
    const page = await clients.editor.get('/en/office/drafting');
    const created = await clients.editor.post('/en/office/drafting', {
      kind: 'statement',
      titleEn: 'Index nudge',
      classification: 'internal',
    });
    assert.equal(created.statusCode, 303, page.body.slice(0, 0));
    for (const who of ['anonymous', 'delegate', 'editor'] as Who[]) {
      const found = (q: string) => clients[who].get(`/api/search?q=${q}`);
      assert.ok(
        JSON.stringify((await found('Zephyrpublic')).json()).includes('doc-open'),
        `${who} finds the public one`,
      );
      assert.ok(!JSON.stringify((await found('Quokkamembers')).json()).includes('doc-members'));
      assert.ok(!JSON.stringify((await found('Narwhalinternal')).json()).includes('doc-internal'));
    }
  });

  it('shows member states’ documents to a delegate only while the delegate’s state is a member', async () => {
    // The state's status on the day, from the record: an observer's delegate reads public documents only.
    const observers = (await clients.anonymous.get(`/api/states?status=observer&asOf=${app.clock.today()}`)).json();
    const observer: string = observers.items[0].code;
    const accounts = createAccountsService(app.db(), app.clock);
    await accounts.create(
      { email: 'observer@cica.test', name: 'Oleg Observer', role: 'delegate', stateCode: observer, password: PASSWORD },
      null,
    );
    const c = new Client(app());
    await c.signIn('observer@cica.test', PASSWORD);
    assert.equal((await c.get('/en/documents/doc-members')).statusCode, 404, `${observer} delegate, page`);
    assert.equal((await c.get('/api/documents/doc-members')).statusCode, 404, `${observer} delegate, API`);
    assert.ok(!(await c.get('/en/documents')).body.includes('doc-members'));
    assert.equal((await c.get('/en/documents/doc-open')).statusCode, 200);
    assert.equal((await clients.delegate.get('/en/documents/doc-members')).statusCode, 200, 'a member’s delegate');
  });

  it('names in a release only the documents its reader may read; a document lists the releases on it', async () => {
    const posted = await clients.editor.post('/en/office/releases', {
      title_en: 'Release on two documents',
      place_en: 'Astana',
      body_en: 'The Secretariat published documents.',
      date: '2025-05-20',
      documents: ['doc-open', 'doc-members'],
    });
    assert.equal(posted.statusCode, 303, posted.body.slice(0, 300));
    const id = /\/office\/releases\/([0-9a-f-]{36})/.exec(posted.headers.location as string)![1]!;
    for (const [who, action] of [
      ['editor', 'submit'],
      ['reviewer', 'approve'],
      ['editor', 'publish'],
    ] as const) {
      const page = (await clients[who].get(`/en/office/releases/${id}`)).body;
      const version = /name="version" value="(\d+)"/.exec(page)![1]!;
      assert.equal((await clients[who].post(`/en/office/releases/${id}/act`, { action, version })).statusCode, 303);
    }
    const slug = (await clients.anonymous.get('/api/press-releases'))
      .json()
      .items.find((r: { id: string }) => r.id === id).slug as string;
    const anonymousPage = (await clients.anonymous.get(`/en/news/${slug}`)).body;
    assert.ok(anonymousPage.includes('/en/news/about/document/doc-open'));
    assert.ok(anonymousPage.includes('Zephyrpublic'));
    assert.ok(!anonymousPage.includes('doc-members') && !anonymousPage.includes('Quokkamembers'));
    const delegatePage = (await clients.delegate.get(`/en/news/${slug}`)).body;
    assert.ok(delegatePage.includes('/en/news/about/document/doc-members'), 'a member’s delegate sees the link');
    const about = (c: Client) =>
      c.get('/api/press-releases').then((r) => r.json().items.find((x: { id: string }) => x.id === id).about);
    assert.deepEqual(await about(clients.anonymous), [{ kind: 'document', id: 'doc-open' }]);
    assert.equal((await about(clients.delegate)).length, 2);
    assert.equal((await clients.anonymous.get('/api/press-releases?kind=document&id=doc-members')).json().total, 0);
    assert.equal((await clients.anonymous.get('/en/news/about/document/doc-members')).statusCode, 404);
    assert.equal((await clients.anonymous.get('/en/news/about/document/doc-members/feed.rss')).statusCode, 404);
    assert.ok(!(await clients.anonymous.get('/en/news/feed.rss')).body.includes('Quokkamembers'));
    assert.equal((await clients.anonymous.get('/en/news/about/document/doc-open')).statusCode, 200);
    const docPage = (await clients.anonymous.get('/en/documents/doc-open')).body;
    assert.match(docPage, /Press releases on this document/);
    assert.ok(docPage.includes(`/en/news/${slug}`));
    const ruPage = (await clients.anonymous.get('/ru/documents/doc-open')).body;
    assert.match(ruPage, /Пресс-релизы об этом документе/);
  });

  it('refuses anonymous visitors and delegates the drafting office', async () => {
    assert.equal((await clients.anonymous.get('/en/office/drafting')).statusCode, 303);
    assert.equal((await clients.delegate.get('/en/office/drafting')).statusCode, 403);
    assert.equal((await clients.reviewer.get('/en/office/drafting')).statusCode, 200);
  });

  it('shows versions in the API to staff only', async () => {
    const id = await draftWithVersions(app, clients.editor, 1);
    await app.db().updateTable('document').set({ classification: 'public' }).where('id', '=', id).execute();
    assert.equal((await clients.anonymous.get(`/api/documents/${id}`)).json().versions, undefined);
    assert.equal((await clients.delegate.get(`/api/documents/${id}`)).json().versions, undefined);
    assert.equal((await clients.editor.get(`/api/documents/${id}`)).json().versions.length, 1);
  });
});

/** What the three rounds of the Special Working Group made of one sentence. */
const ROUNDS = [
  'The States [reaffirm] [their] commitment.',
  'The States reaffirm their [firm] commitment.',
  'The States reaffirm their firm commitment.',
];

/** A statement drafted by `editor`, with `rounds` versions at SWG meetings; its id. */
async function draftWithVersions(app: PlatformHandle, editor: Client, rounds: number): Promise<string> {
  const created = await editor.post('/en/office/drafting', {
    kind: 'statement',
    titleEn: 'Statement on the 25th anniversary',
    titleRu: 'Заявление к 25-летию',
    classification: 'restricted',
  });
  assert.equal(created.statusCode, 303, created.body);
  const id = String(created.headers.location).split('/').pop()!;
  for (let i = 1; i <= rounds; i++) {
    await meeting(app.db(), `swg-test-${id.slice(-6)}-${i}`, 'swg', `2024-1${i - 1}-1${i}`);
    const res = await editor.post(`/en/office/drafting/${id}/versions`, {
      basedOn: String(i - 1),
      meetingId: `swg-test-${id.slice(-6)}-${i}`,
      step: 'discussed',
      textEn: ROUNDS[Math.min(i, 3) - 1]!,
      textRu: 'Государства подтверждают приверженность.',
    });
    assert.equal(res.statusCode, 303, res.body);
  }
  return id;
}

describePlatformOnEachEngine('documents: drafting, adoption, instruments and files', (app, it) => {
  let clients: Record<Who, Client>;
  beforeEach(async () => {
    clients = await clientsFor(app);
  });

  it('records versions round by round, counting open passages, and compares any two word by word', async () => {
    const id = await draftWithVersions(app, clients.editor, 3);
    const page = (await clients.editor.get(`/en/office/drafting/${id}`)).body;
    assert.match(page, /2 passages open/);
    assert.match(page, /1 passage open/);
    assert.match(page, /0 passages open/);
    const side = await clients.editor.get(`/en/office/drafting/${id}/compare?a=1&b=3&view=side`);
    assert.equal(side.statusCode, 200);
    assert.match(side.body, /<del>\[/);
    assert.match(side.body, /class="side-by-side"/);
    assert.match(side.body, /<ins> firm<\/ins>/);
    const inline = await clients.editor.get(`/en/office/drafting/${id}/compare?a=1&b=3&view=inline`);
    assert.match(inline.body, /<del>\[<\/del><span>reaffirm <\/span>/);
    assert.match(inline.body, /<ins> firm<\/ins>/);
    assert.equal((await clients.editor.get(`/en/office/drafting/${id}/compare?a=1&b=9`)).statusCode, 404);
  });

  it('refuses a version saved against an older one, naming the field, and saves nothing', async () => {
    const id = await draftWithVersions(app, clients.editor, 2);
    const before = await app.db().selectFrom('document_version').select('id').where('document_id', '=', id).execute();
    const res = await clients.reviewer.post(`/en/office/drafting/${id}/versions`, {
      basedOn: '1',
      meetingId: 'soc-2024-06-27',
      step: 'forwarded',
      textEn: 'A text from an old page.',
    });
    assert.equal(res.statusCode, 409);
    assert.match(res.body, /Someone saved a newer version/);
    assert.match(res.body, /Version: /);
    const after = await app.db().selectFrom('document_version').select('id').where('document_id', '=', id).execute();
    assert.equal(after.length, before.length);
  });

  it('forwards a draft to the SOC and adopts it by consensus at the MC, giving it a symbol once', async () => {
    const id = await draftWithVersions(app, clients.editor, 3);
    const unknown = await clients.reviewer.post(`/en/office/drafting/${id}/versions`, {
      basedOn: '3',
      meetingId: 'no-such-meeting',
      step: 'forwarded',
      textEn: 'The States reaffirm their commitment.',
    });
    assert.equal(unknown.statusCode, 400);
    assert.match(unknown.body, /Meeting: Choose a meeting of a body/);
    // The Senior Officials Committee of 3–4 December 2024 forwards it to the Ministerial Council.
    const forwarded = await clients.reviewer.post(`/en/office/drafting/${id}/versions`, {
      basedOn: '3',
      meetingId: 'soc-2024-12',
      step: 'forwarded',
      textEn: 'The States reaffirm their commitment.',
    });
    assert.equal(forwarded.statusCode, 303);
    const adopted = await clients.editor.post(`/en/office/drafting/${id}/adopt`, {
      method: 'consensus',
      meetingId: 'mm-7',
    });
    assert.equal(adopted.statusCode, 303, adopted.body);
    const doc = await app.db().selectFrom('document').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(
      [doc.stage, doc.symbol, doc.date, doc.body_id, doc.meeting_id, doc.text_en],
      [
        'adopted',
        'CICA/MINISTERIAL/2024/1',
        '2024-12-17',
        'ministerial',
        'mm-7',
        'The States reaffirm their commitment.',
      ],
    );
    const again = await clients.editor.post(`/en/office/drafting/${id}/adopt`, {
      method: 'consensus',
      meetingId: 'mm-7',
    });
    assert.equal(again.statusCode, 400);
    const second = await draftWithVersions(app, clients.editor, 1);
    await clients.editor.post(`/en/office/drafting/${second}/adopt`, { method: 'consensus', meetingId: 'mm-7' });
    const symbol = await app
      .db()
      .selectFrom('document')
      .select('symbol')
      .where('id', '=', second)
      .executeTakeFirstOrThrow();
    assert.equal(symbol.symbol, 'CICA/MINISTERIAL/2024/2');
    const meetingPage = (await clients.editor.get('/en/activities/mm-7')).body;
    assert.ok(meetingPage.includes(`/en/documents/${id}`), 'the meeting lists what it adopted');
  });

  it('adopts by silence at the deadline, leaves a broken silence unadopted, and refuses one broken after the deadline', async () => {
    const late = await draftWithVersions(app, clients.editor, 1);
    const refused = await clients.editor.post(`/en/office/drafting/${late}/adopt`, {
      method: 'silence',
      bodyId: 'ministerial',
      circulatedOn: '2024-03-14',
      deadline: '2024-03-19',
      brokenBy: 'IN',
      brokenOn: '2024-03-20',
    });
    assert.equal(refused.statusCode, 400);
    assert.match(refused.body, /Silence broken on: Silence cannot be broken after the deadline/);
    const row = await app.db().selectFrom('document').selectAll().where('id', '=', late).executeTakeFirstOrThrow();
    assert.deepEqual([row.stage, row.symbol, row.silence_deadline], ['draft', null, null]);

    const kept = await clients.editor.post(`/en/office/drafting/${late}/adopt`, {
      method: 'silence',
      bodyId: 'ministerial',
      circulatedOn: '2024-03-14',
      deadline: '2024-03-19',
    });
    assert.equal(kept.statusCode, 303);
    const adopted = await app.db().selectFrom('document').selectAll().where('id', '=', late).executeTakeFirstOrThrow();
    assert.deepEqual([adopted.stage, adopted.date, adopted.adoption_method], ['adopted', '2024-03-19', 'silence']);

    const broken = await draftWithVersions(app, clients.editor, 1);
    await clients.editor.post(`/en/office/drafting/${broken}/adopt`, {
      method: 'silence',
      bodyId: 'ministerial',
      circulatedOn: '2024-03-14',
      deadline: '2024-03-19',
      brokenBy: 'IN',
      brokenOn: '2024-03-18',
    });
    const stopped = await app
      .db()
      .selectFrom('document')
      .selectAll()
      .where('id', '=', broken)
      .executeTakeFirstOrThrow();
    assert.deepEqual([stopped.stage, stopped.symbol, stopped.silence_broken_by], ['not-adopted', null, 'IN']);
  });

  it('refuses a ratification before adoption and a second one for a state, then puts the instrument in force', async () => {
    await app
      .db()
      .insertInto('document')
      .values({
        id: 'test-convention',
        kind: 'convention',
        title_en: 'Test Convention',
        title_ru: 'Тестовая конвенция',
        date: '2020-06-01',
        stage: 'adopted',
        classification: 'public',
        eif_required: 3,
        eif_days_after: 30,
        eif_late_days_after: 30,
        sources: 'Secretariat',
        confidence: 'H',
        place_en: null,
        place_ru: null,
        meeting_id: null,
        body_id: null,
        priority_area_id: null,
        note_en: null,
        note_ru: null,
      })
      .execute();
    const add = (state: string, date: string, action = 'ratification') =>
      clients.reviewer.post('/en/office/drafting/test-convention/instruments', { state_code: state, action, date });
    const early = await add('IN', '2020-05-31');
    assert.equal(early.statusCode, 400);
    assert.match(early.body, /Date: The date is before the instrument was adopted/);
    assert.equal((await add('KZ', '2021-03-01')).statusCode, 303);
    const twice = await add('KZ', '2022-01-01', 'accession');
    assert.match(twice.body, /State: This state already has an instrument/);
    const count = async () =>
      (await app.db().selectFrom('document_action').select('id').where('document_id', '=', 'test-convention').execute())
        .length;
    assert.equal(await count(), 1);
    assert.equal((await add('IN', '2022-04-15', 'approval')).statusCode, 303);
    assert.equal((await add('TR', '2025-01-10', 'accession')).statusCode, 303);
    const api = (await clients.anonymous.get('/api/treaties/test-convention?asOf=2025-02-09')).json();
    assert.deepEqual(api.status, {
      count: 3,
      identified: 3,
      required: 3,
      stillNeeded: 0,
      inForce: true,
      inForceOn: '2025-02-09',
      maybeInForce: false,
    });
    const before = (await clients.anonymous.get('/api/treaties/test-convention?asOf=2025-02-08')).json();
    assert.equal(before.status.inForce, false);
    const ahead = (await clients.anonymous.get('/en/treaties/test-convention?asOf=2025-02-08')).body;
    assert.match(ahead, /enters into force on 9 February 2025/);
    const page = (await clients.anonymous.get('/en/treaties/test-convention?asOf=2025-06-01')).body;
    assert.match(page, /in force since 9 February 2025/);
    assert.equal((await clients.anonymous.get('/api/treaties/test-convention?asOf=2025-13-01')).statusCode, 400);
  });

  it('shows the Convention as 11 ratifications with 2 identified, in both languages, without inventing states', async () => {
    const en = (await clients.anonymous.get('/en/treaties/convention-privileges?asOf=2025-06-01')).body;
    assert.match(en, /11 ratifications \(2 identified\)/);
    assert.match(en, /14 needed for entry into force, 3 more to come/);
    assert.match(en, /9 more instruments are attested by the sources without naming their states/);
    const ru = (await clients.anonymous.get('/ru/treaties/convention-privileges?asOf=2025-06-01')).body;
    assert.match(ru, /11 ратификаций \(известны 2\)/);
    const api = (await clients.anonymous.get('/api/treaties/convention-privileges?asOf=2025-06-01')).json();
    assert.deepEqual(api.attested, [{ count: 11, asOf: '2024-12-02', source: 'SEED3' }]);
    assert.deepEqual(api.rule, { required: 14, daysAfter: null, lateDaysAfter: null });
    assert.deepEqual(api.instruments.map((i: { state: string }) => i.state).sort(), ['JO', 'KZ']);
  });

  it('keeps an original, serves it with its headers, and refuses oversized, forbidden and misnamed files, saving nothing', async () => {
    const id = await draftWithVersions(app, clients.editor, 1);
    const page = await clients.editor.get(`/en/office/drafting/${id}`);
    assert.ok(csrfOf(page.body));
    const upload = (name: string, bytes: Uint8Array) =>
      clients.editor.postFiles(`/en/office/drafting/${id}/files`, { lang: 'ru' }, [{ field: 'file', name, bytes }]);
    const files = async () =>
      (await app.db().selectFrom('document_file').select('id').where('document_id', '=', id).execute()).length;

    const exe = await upload('statement.pdf', SAMPLE_EXE);
    assert.equal(exe.statusCode, 400);
    assert.match(exe.body, /File: Only PDF, DOCX, PNG and JPEG files are accepted/);
    const misnamed = await upload('statement.pdf', SAMPLE_PNG);
    assert.match(misnamed.body, /File: The file’s name does not match what it contains/);
    const big = new Uint8Array(25 * 1024 * 1024 + 10);
    big.set(SAMPLE_PDF);
    const large = await upload('big.pdf', big);
    assert.equal(large.statusCode, 400);
    assert.match(large.body, /File: The file is larger than 25 MB/);
    assert.equal(await files(), 0);

    assert.equal((await upload('Заявление.pdf', SAMPLE_PDF)).statusCode, 303);
    assert.equal(await files(), 1);
    const [file] = await app.db().selectFrom('document_file').selectAll().where('document_id', '=', id).execute();
    const res = await clients.delegate.get(`/en/documents/${id}/files/${file!.id}`);
    assert.equal(res.statusCode, 200);
    assert.equal(res.headers['content-type'], 'application/pdf');
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
    assert.match(String(res.headers['content-disposition']), /filename\*=UTF-8''%D0%97/);
    assert.equal(res.headers['cache-control'], 'private, max-age=31536000, immutable');
    assert.equal(
      (await clients.anonymous.get(`/en/documents/${id}/files/${file!.id}`)).statusCode,
      404,
      'member states only',
    );
    assert.ok(await app.files().exists(file!.file_key));
  });
});
