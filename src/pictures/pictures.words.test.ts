// A picture's words written again after its upload: on its office page, through the one
// write path with an audit entry, refused naming the field or as a conflict, changing nothing then.
import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { signedInStaff } from '../platform/testing/accounts.ts';
import { describePlatformOnEachEngine, servicesOf } from '../platform/testing/app.ts';
import type { Client } from '../platform/testing/client.ts';
import { uploadSample } from './pictures.fixture.ts';

describePlatformOnEachEngine('a picture’s words edited after its upload', (app, it) => {
  let editor: Client;
  let reviewer: Client;
  let actor: Actor;
  let id: string;
  beforeEach(async () => {
    ({ editor, reviewer, actor } = await signedInStaff(app));
    id = await uploadSample(servicesOf(app).pictures, actor, 0);
  });
  const row = () => app.db().selectFrom('picture').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const words = {
    alt_en: 'Delegations seated at a long table',
    alt_ru: 'Делегации за длинным столом',
    caption_en: 'The Committee in session',
    caption_ru: 'Заседание Комитета',
    credit: 'CICA Secretariat / A. Photographer',
    credit_ru: 'Секретариат СВМДА',
  };

  it('writes the credits, descriptions and captions, audited with the words before, and shows them', async () => {
    const page = await editor.get(`/en/office/pictures/${id}`);
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /name="credit_ru" type="text" value=""/);
    const saved = await editor.post(`/en/office/pictures/${id}`, { ...words, version: '1' });
    assert.equal(saved.statusCode, 303, saved.body.slice(0, 300));
    const after = await row();
    assert.equal(after.credit, words.credit);
    assert.equal(after.credit_ru, 'Секретариат СВМДА');
    assert.equal(after.caption_en, 'The Committee in session');
    assert.equal(after.version, 2);
    const audit = await app
      .db()
      .selectFrom('audit_entry')
      .select(['action', 'before', 'after', 'account_id'])
      .where('record_type', '=', 'picture')
      .where('record_id', '=', id)
      .where('action', '=', 'update')
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]!.account_id, actor.id);
    assert.equal(JSON.parse(audit[0]!.before!).credit_ru, null);
    assert.equal(JSON.parse(audit[0]!.after!).credit_ru, 'Секретариат СВМДА');
    assert.equal(saved.headers.location, `/en/office/pictures/${id}?saved=1`);
    const ru = await editor.get(`/ru/office/pictures/${id}?saved=1`);
    assert.match(ru.body, /value="Секретариат СВМДА"/);
    assert.match(ru.body, /role="status">Сохранено/);
    // A reviewer reads the page but has no form to write with.
    const read = await reviewer.get(`/en/office/pictures/${id}`);
    assert.equal(read.statusCode, 200);
    assert.doesNotMatch(read.body, /name="credit_ru"/);
  });

  it('refuses a missing description and an overlong credit naming each field, in Russian, and changes nothing', async () => {
    const before = await row();
    await editor.get(`/ru/office/pictures/${id}`);
    const res = await editor.post(`/ru/office/pictures/${id}`, {
      ...words,
      alt_en: '  ',
      credit_ru: 'С'.repeat(201),
      version: '1',
    });
    assert.equal(res.statusCode, 400);
    assert.match(res.body, /id="f-alt_en-error"/);
    assert.match(res.body, /id="f-credit_ru-error"/);
    assert.match(res.body, /aria-invalid="true"/);
    assert.deepEqual(await row(), before);
  });

  it('refuses a save made from a stale page as a conflict, and one without the form’s token', async () => {
    assert.equal((await editor.post(`/en/office/pictures/${id}`, { ...words, version: '1' })).statusCode, 303);
    const moved = await row();
    const stale = await editor.post(`/en/office/pictures/${id}`, { ...words, credit: 'Someone else', version: '1' });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.body, /value="Someone else"/, 'what the editor wrote is kept in the form');
    const forged = await editor.post(
      `/en/office/pictures/${id}`,
      { ...words, credit: 'Forged', version: '2' },
      { csrf: false },
    );
    assert.equal(forged.statusCode, 403);
    assert.deepEqual(await row(), moved);
  });

  it('answers 404 for a picture that does not exist', async () => {
    const res = await editor.post('/en/office/pictures/00000000-0000-4000-8000-000000000000', {
      ...words,
      version: '1',
    });
    assert.equal(res.statusCode, 404);
  });
});
