import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createAccountsService } from '../accounts/accounts.service.ts';
import { createPlatform } from '../platform.ts';
import { fixedClock } from '../platform/clock.ts';
import { backup } from '../platform/db/backup.ts';
import { sqliteFile } from '../platform/db/connect.ts';
import { ENGINES, POSTGRES_MISSING, freshRecord } from '../platform/testing/engines.ts';
import { TEST_TODAY } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import type { CapsuleKey } from './capsules.seal.ts';
import { sha256 } from './capsules.seal.ts';
import { CapsuleKeyError } from './capsules.service.ts';

/** Words that must be found nowhere before the opening day: not in a page, the database, a backup or the audit trail. */
const SECRET = 'Zephyrine-marmalade-7741 message for the staff of 2049';
const SECRET_RU = 'Послание-кипарис-3390 сотрудникам 2049 года';
const OPENS = '2030-01-15';

for (const engine of ENGINES) {
  const missing = engine === 'postgres' && !process.env.TEST_POSTGRES_URL;
  describe(`${engine}: the time capsule`, missing ? { skip: POSTGRES_MISSING } : {}, () => {
    let record: Awaited<ReturnType<typeof freshRecord>>;
    let app: FastifyInstance;
    let clock: ReturnType<typeof fixedClock>;
    let key: CapsuleKey;
    let emails: Awaited<ReturnType<typeof seedAccounts>>;
    const dir = mkdtempSync(join(tmpdir(), 'capsule-test-'));

    beforeEach(async () => {
      record = await freshRecord(engine);
      clock = fixedClock(TEST_TODAY);
      key = { bytes: randomBytes(32), path: join(dir, 'capsule.key') };
      app = await createPlatform(record.store, clock, { capsuleKey: key });
      emails = await seedAccounts(record.store.db, clock);
    });
    afterEach(async () => {
      await app.close();
      await record.dispose();
    });

    const as = async (role: 'admin' | 'editor' | 'reviewer' | 'delegate') => {
      const c = new Client(app);
      await c.signIn(emails[role], PASSWORD);
      assert.ok(c.signedIn, role);
      return c;
    };

    /** An editor records a capsule in the office and seals a message in it through the sealing form. */
    async function sealedCapsule(): Promise<{ id: string; digest: string }> {
      const editor = await as('editor');
      const created = await editor.post('/en/office/records/capsules', {
        title_en: 'Capsule of the tests',
        sealed_on: TEST_TODAY,
        place_en: 'Astana',
        opens_on: OPENS,
        people_present: 'The Secretary General and the staff',
        states_present: 'KZ TJ',
        sources: 'SEED0',
        confidence: 'H',
      });
      assert.equal(created.statusCode, 303, created.body.slice(0, 1500));
      const id = /\/office\/records\/capsules\/([^/?#]+)/.exec(created.headers.location as string)?.[1] ?? '';
      const sealed = await editor.post(`/en/office/capsules/${id}/seal`, { text_en: SECRET, text_ru: SECRET_RU });
      assert.equal(sealed.statusCode, 200, sealed.body.slice(0, 1500));
      assert.match(sealed.body, /Sealed\./);
      const digest = (await app.inject(`/api/capsules/${id}`)).json().digest as string;
      assert.match(digest, /^[0-9a-f]{64}$/);
      return { id, digest };
    }

    it('the CICA pack records the 2024 capsule: sealed in Astana, to be opened in 2049, contents unknown', async () => {
      const res = await app.inject('/api/capsules/hq-foundation-stone-2024');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), {
        id: 'hq-foundation-stone-2024',
        title: 'Time capsule in the foundation stone of the Secretariat’s headquarters',
        sealedOn: '2024-06-26',
        sealedAt: 'Astana',
        opensOn: '2049',
        digest: null,
        contents: null,
      });
      assert.match((await app.inject('/ru/capsules/hq-foundation-stone-2024')).body, /Содержимое в записи неизвестно/);
    });

    it('an administrator cannot read a sealed capsule: not on a page, through the API, the file, the audit or search', async () => {
      const { id, digest } = await sealedCapsule();
      const admin = await as('admin');
      const token = await createAccountsService(record.store.db, clock).createToken(emails.admin, 'reader');
      const pages = [
        await admin.get(`/en/capsules/${id}`),
        await admin.get(`/ru/capsules/${id}`),
        await admin.get('/en/capsules'),
        await admin.get(`/en/office/records/capsules/${id}`),
        await admin.get('/en/office/audit'),
        await admin.get(`/api/capsules/${id}`),
        await app.inject({ url: `/api/capsules/${id}`, headers: { authorization: `Bearer ${token}` } }),
        await admin.get('/api/capsules'),
      ];
      for (const page of pages) {
        assert.doesNotMatch(page.body, /Zephyrine|кипарис/);
      }
      // Search echoes what was asked, and finds nothing: the contents were never indexed.
      assert.match((await admin.get('/en/search?q=Zephyrine')).body, /Nothing found for “Zephyrine”/);
      assert.match(pages[0]!.body, new RegExp(digest), 'the digest is published on the public page');
      assert.match(pages[0]!.body, /Sealed until 15 January 2030/);
      assert.equal((await admin.get(`/api/capsules/${id}`)).json().contents, null);
      for (const url of [`/en/capsules/${id}/sealed.json`, `/en/capsules/${id}/files/1`]) {
        const res = await admin.get(url);
        assert.equal(res.statusCode, 404, url);
        assert.doesNotMatch(res.body, /Zephyrine/);
      }
    });

    it('the plaintext is in neither the database file nor its backup (SQLite file, PostgreSQL dump)', async () => {
      await sealedCapsule();
      const backupFile = join(
        dir,
        `backup-${randomBytes(4).toString('hex')}.${engine === 'sqlite' ? 'sqlite' : 'dump'}`,
      );
      await backup(record.url, backupFile);
      const files = [backupFile];
      if (engine === 'sqlite') {
        const file = sqliteFile(record.url);
        files.push(file, ...[`${file}-wal`, `${file}-shm`].filter(existsSync));
      }
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of [SECRET, SECRET_RU, 'Zephyrine', 'кипарис'])
          assert.equal(bytes.includes(Buffer.from(secret, 'utf8')), false, `${secret} found in ${file}`);
      }
      // The dump does hold the capsule, sealed: it is a backup of the record, not of a record without it.
      assert.ok(readFileSync(backupFile).includes(Buffer.from('capsule_seal')));
      rmSync(backupFile);
    });

    it('sealing is final: a second sealing is refused and the sealed contents do not change', async () => {
      const { id, digest } = await sealedCapsule();
      const before = await record.store.db
        .selectFrom('capsule_seal')
        .selectAll()
        .where('capsule_id', '=', id)
        .executeTakeFirstOrThrow();
      const editor = await as('editor');
      const again = await editor.post(`/en/office/capsules/${id}/seal`, { text_en: 'something else' });
      assert.notEqual(again.statusCode, 200);
      const token = await createAccountsService(record.store.db, clock).createToken(emails.editor, 'sealer');
      const api = await app.inject({
        method: 'POST',
        url: `/api/capsules/${id}/seal`,
        headers: { authorization: `Bearer ${token}` },
        payload: { textEn: 'something else' },
      });
      assert.equal(api.statusCode, 409);
      assert.match(api.body, /sealing is final/);
      const after = await record.store.db
        .selectFrom('capsule_seal')
        .selectAll()
        .where('capsule_id', '=', id)
        .executeTakeFirstOrThrow();
      assert.deepEqual(after, before);
      assert.equal((await app.inject(`/api/capsules/${id}`)).json().digest, digest);
      // Nor can the opening day be brought forward in the office.
      const edit = await editor.get(`/en/office/records/capsules/${id}/edit`);
      assert.doesNotMatch(edit.body, /name="opens_on"/);
    });

    it('refuses to seal a capsule whose opening day has passed, naming the field; nothing is sealed', async () => {
      const editor = await as('editor');
      const created = await editor.post('/en/office/records/capsules', {
        title_en: 'Too late',
        opens_on: '2020-01-01',
        sources: 'SEED0',
        confidence: 'H',
      });
      const id = /\/office\/records\/capsules\/([^/?#]+)/.exec(created.headers.location as string)?.[1] ?? '';
      const res = await editor.post(`/en/office/capsules/${id}/seal`, { text_en: SECRET });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /The opening day must be after today/);
      const ru = await editor.post(`/ru/office/capsules/${id}/seal`, { text_en: SECRET });
      assert.match(ru.body, /День вскрытия должен быть позже сегодняшнего/);
      assert.equal((await record.store.db.selectFrom('capsule_seal').selectAll().execute()).length, 0);
    });

    it('seals files through the API, and on the opening day (clock moved) anyone reads them, the digest check passing', async () => {
      const { id, digest } = await sealedCapsule();
      const editor = await createAccountsService(record.store.db, clock).createToken(emails.editor, 'sealer');
      const created = await new Client(app).get('/en/capsules');
      assert.equal(created.statusCode, 200);

      clock.advance(Date.parse(`${OPENS}T00:00:00Z`) - clock.now().getTime() - 1000);
      assert.equal(clock.today(), '2030-01-14');
      assert.equal((await app.inject(`/api/capsules/${id}`)).json().contents, null, 'the day before, still sealed');

      clock.advance(1000);
      assert.equal(clock.today(), OPENS);
      const anyone = await app.inject(`/api/capsules/${id}`);
      const { contents } = anyone.json();
      assert.deepEqual(contents.texts, { en: SECRET, ru: SECRET_RU });
      assert.equal(contents.digestMatches, true);
      const page = (await app.inject(`/en/capsules/${id}`)).body;
      assert.match(page, /Zephyrine-marmalade-7741/);
      assert.match(page, /The contents match the digest published at sealing/);
      const file = await app.inject(`/en/capsules/${id}/sealed.json`);
      assert.equal(sha256(file.body), digest, 'anyone can check the sealed file against the digest');
      assert.ok(editor);
    });

    it('a capsule sealed with files opens them as downloads on its day', async () => {
      const editor = await as('editor');
      const created = await editor.post('/en/office/records/capsules', {
        title_en: 'Files',
        opens_on: OPENS,
        sources: 'SEED0',
        confidence: 'H',
      });
      const id = /\/office\/records\/capsules\/([^/?#]+)/.exec(created.headers.location as string)?.[1] ?? '';
      const token = await createAccountsService(record.store.db, clock).createToken(emails.editor, 'sealer');
      const photo = Buffer.from('a photograph of the gate, in bytes');
      const res = await app.inject({
        method: 'POST',
        url: `/api/capsules/${id}/seal`,
        headers: { authorization: `Bearer ${token}` },
        payload: {
          textEn: 'With a picture',
          files: [{ name: 'gate.jpg', mediaType: 'image/jpeg', base64: photo.toString('base64') }],
        },
      });
      assert.equal(res.statusCode, 201, res.body);
      assert.equal((await app.inject(`/en/capsules/${id}/files/1`)).statusCode, 404);
      clock.advance(Date.parse(`${OPENS}T12:00:00Z`) - clock.now().getTime());
      const file = await app.inject(`/en/capsules/${id}/files/1`);
      assert.equal(file.statusCode, 200);
      assert.equal(file.headers['content-type'], 'application/octet-stream');
      assert.deepEqual(file.rawPayload, photo);
    });

    it('the server refuses to start when sealed capsules exist and their key is missing or another one', async () => {
      await sealedCapsule();
      await assert.rejects(createPlatform(record.store, clock, { capsuleKey: null }), (e: unknown) => {
        assert.ok(e instanceof CapsuleKeyError);
        assert.match(e.message, /key file .* is missing/);
        return true;
      });
      await assert.rejects(
        createPlatform(record.store, clock, { capsuleKey: { bytes: randomBytes(32), path: '/elsewhere.key' } }),
        /does not open the sealed time capsule/,
      );
    });

    it('without a key nothing can be sealed, and the start is not refused while nothing is sealed', async () => {
      const keyless = await createPlatform(record.store, clock, { capsuleKey: null });
      const editor = new Client(keyless);
      await editor.signIn(emails.editor, PASSWORD);
      const res = await editor.post('/en/office/capsules/hq-foundation-stone-2024/seal', { text_en: SECRET });
      assert.equal(res.statusCode, 409);
      assert.match(res.body, /No capsule key is configured/);
      await keyless.close();
    });
  });
}
