import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { rowCounts, usePlatform } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { latinWords } from '../platform/testing/latin.ts';
import {
  RELEASE_2019,
  RELEASE_2024,
  RELEASE_RU,
  SPEECH_2023,
  currentPage,
  olderPage,
  windows1251,
} from './archive.fixture.ts';

describe('the archive over HTTP', () => {
  const app = usePlatform();
  let token: string;
  let editor: Client;
  beforeEach(async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    token = await createAccountsService(app.db(), app.clock).createToken(emails.editor, 'archive');
    editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
  });

  const importRun = (body: unknown, auth = `Bearer ${token}`) =>
    app().inject({
      method: 'POST',
      url: '/api/archive/import',
      headers: { 'content-type': 'application/json', authorization: auth },
      payload: JSON.stringify(body),
    });
  const publishAll = async () => {
    const res = await importRun({
      publish: true,
      files: [
        { name: '3101.html', text: currentPage(RELEASE_2024) },
        {
          name: '3101-ru.html',
          base64: Buffer.from(windows1251(currentPage({ ...RELEASE_RU, id: 3101 }))).toString('base64'),
        },
        { name: 'old.html', text: olderPage(RELEASE_2019, 'press-release-05122019') },
        { name: 's.html', text: currentPage(SPEECH_2023, 'index.php?view=page&t=speeches&id=501') },
      ],
    });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { ok: boolean; files: Array<{ path: string | null; status: string }> };
  };

  it('imports through the token API, a dry run first, and reports each file', async () => {
    const dry = await importRun({ dryRun: true, files: [{ name: 'a.html', text: currentPage(RELEASE_2024) }] });
    assert.equal(dry.statusCode, 200, dry.body);
    assert.equal(dry.json().files[0].status, 'would-create');
    assert.equal(dry.json().files[0].title, RELEASE_2024.title);
    const done = await publishAll();
    assert.equal(done.ok, true);
    assert.deepEqual(
      done.files.map((f) => f.status),
      ['created', 'created', 'created', 'created'],
    );
    assert.match(done.files[0]!.path!, /^\/en\/news\/2024-03-12-/);
  });

  it('answers a run with a bad file with every file’s line, the refusal in words, and writes nothing', async () => {
    const before = await rowCounts(app.db());
    const res = await importRun({
      files: [
        { name: 'good.html', text: currentPage(RELEASE_2024) },
        { name: 'empty.txt', text: '' },
      ],
    });
    assert.equal(res.statusCode, 200);
    const body = res.json();
    assert.equal(body.ok, false);
    assert.deepEqual(body.files[1].reason, { code: 'empty', detail: null });
    assert.equal(body.files[1].message, 'the file is empty');
    assert.deepEqual(await rowCounts(app.db()), before);
  });

  it('takes imports only from an editor’s token, never a session', async () => {
    assert.equal((await importRun({ files: [{ name: 'a.txt', text: 'x' }] }, '')).statusCode, 401);
    const bad = await importRun({ files: [{ name: 'a.txt', text: 'x', base64: 'eA==' }] });
    assert.equal(bad.statusCode, 400);
  });

  it('redirects every form of an old address, permanently, to the page in the old address’s language', async () => {
    const done = await publishAll();
    const release = done.files[0]!.path!.replace(/^\/en/, '');
    const speech = done.files[3]!.path!.replace(/^\/en/, '');
    const older = done.files[2]!.path!.replace(/^\/en/, '');
    for (const [url, to] of [
      ['/index.php?view=page&t=press_releases&id=3101', `/en${release}`],
      ['/index.php?id=3101&view=press_releases', `/en${release}`],
      ['/ru/index.php?view=page&t=press_releases&id=3101', `/ru${release}`],
      ['/index.php?view=page&t=speeches&id=501', `/en${speech}`],
      ['/speeches_detail/?id=501', `/en${speech}`],
      ['/page/press-release-05122019/', `/en${older}`],
      ['/page/Press-Release-05122019', `/en${older}`],
    ] as const) {
      const res = await app().inject({ url, headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example' } });
      assert.equal(res.statusCode, 301, url);
      // Our own path only, whatever Host or X-Forwarded-Host the request claims.
      assert.equal(res.headers.location, to, url);
      const page = await app().inject(to);
      assert.equal(page.statusCode, 200, to);
    }
    const ru = await app().inject(`/ru${release}`);
    assert.match(ru.body, /Секретариат провёл семинар/);
  });

  it('answers an unknown old id with a 404 that offers search', async () => {
    for (const url of [
      '/index.php?view=page&t=press_releases&id=999999',
      '/page/no-such-page/',
      '/ru/index.php?t=press_releases&id=5',
    ]) {
      const res = await app().inject(url);
      assert.equal(res.statusCode, 404, url);
      assert.match(res.body, /role="search"/);
      assert.match(res.body, /name="q"/);
    }
    assert.match((await app().inject('/ru/page/x/')).body, /Этого прежнего адреса нет в архиве/);
  });

  it('lists speeches with a feed, and says the Russian pages in Russian', async () => {
    await publishAll();
    const list = await app().inject('/en/speeches');
    assert.equal(list.statusCode, 200);
    assert.match(list.body, /Remarks by Secretary General Kairat Sarybay/);
    const feed = await app().inject('/en/speeches/feed.atom');
    assert.equal(feed.statusCode, 200);
    assert.match(feed.body, /<entry>/);
    const ru = await app().inject('/ru/speeches');
    const stray = latinWords(ru.body)
      .map((w) => w.word)
      // The Secretariat's address and the names of data formats, as the site-wide test allows them.
      .filter((w) => !/^(s-cica(\.org)?|API|RSS|Atom)$/.test(w));
    assert.deepEqual(stray, []);
    const search = await app().inject('/en/search?q=Think+Tank+Forum&type=speech');
    assert.match(search.body, /\/en\/speeches\//);
  });

  it('shows staff the flags, and an editor settles one', async () => {
    const late = { ...RELEASE_2019, id: 4001, posted: 'March 02, 2020' };
    assert.equal((await importRun({ files: [{ name: 'late.html', text: olderPage(late) }] })).json().ok, true);
    const page = await editor.get('/en/office/archive');
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /too far apart/);
    const id = /action="\/en\/office\/archive\/flags\/([^"]+)"/.exec(page.body)![1]!;
    const settled = await editor.post(`/en/office/archive/flags/${id}`, { version: 1 });
    assert.equal(settled.statusCode, 303);
    assert.match((await editor.get('/en/office/archive?settled=1')).body, /Nothing is flagged/);
    assert.equal((await editor.post(`/en/office/archive/flags/${id}`, { version: 1 })).statusCode, 404);
    assert.match((await editor.get('/ru/office/archive')).body, /Архив прежних сайтов/);
  });
});
