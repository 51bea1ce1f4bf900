// A person's portrait: a picture of the media library chosen on the person's
// office record, refused when it names no picture, shown on the public profile.
import assert from 'node:assert/strict';
import type { Actor } from '../platform/access.ts';
import { describePlatformOnEachEngine } from '../platform/testing/app.ts';
import { Client, PASSWORD, seedAccounts } from '../platform/testing/client.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';
import { buildServices } from '../services.ts';

describePlatformOnEachEngine('a person’s portrait', (app, it) => {
  it('is chosen in the office from the library, refused when unknown, and shown on the profile', async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    const row = await app
      .db()
      .selectFrom('account')
      .selectAll()
      .where('email', '=', emails.editor)
      .executeTakeFirstOrThrow();
    const actor: Actor = { id: row.id, email: row.email, name: row.name, role: 'editor', stateCode: null };
    const s = buildServices(app.db(), app.clock, { files: app.files() });
    const picture = await uploadSample(s.pictures, actor, 2, { en: 'Kairat Sarybay', ru: 'Кайрат Сарыбай' });
    const editor = new Client(app());
    await editor.signIn(emails.editor, PASSWORD);
    const form = (await editor.get('/en/office/records/people/kairat-sarybay/edit')).body;
    assert.match(form, /name="portrait_picture_id"/);
    const current = await s.office.get('people', 'kairat-sarybay');
    const values = { name_en: current.name_en, name_ru: current.name_ru, state_code: current.state_code };
    const refused = await s.office.update(
      actor,
      'people',
      'kairat-sarybay',
      { ...values, portrait_picture_id: 'no-such-picture' },
      Number(current.version),
    );
    assert.equal(refused.ok, false);
    assert.deepEqual(!refused.ok && refused.kind === 'invalid' && refused.problems.map((p) => p.field), [
      'portrait_picture_id',
    ]);
    const saved = await s.office.update(
      actor,
      'people',
      'kairat-sarybay',
      { ...values, portrait_picture_id: picture },
      Number(current.version),
    );
    assert.ok(saved.ok, JSON.stringify(saved));
    const en = (await app().inject('/en/people/kairat-sarybay')).body;
    assert.match(en, new RegExp(`<figure class="portrait"><img src="/pictures/${picture}/960\\.jpg" srcset="[^"]+"`));
    assert.match(en, /alt="Kairat Sarybay, seated at a long table"/);
    const ru = (await app().inject('/ru/people/kairat-sarybay')).body;
    assert.match(ru, /alt="Кайрат Сарыбай за длинным столом"/);
    // The structure page and the Secretariat's page list him with his post, a small portrait beside the name.
    for (const path of ['/en/structure', '/ru/structure', '/en/structure/secretariat']) {
      const page = (await app().inject(path)).body;
      const row = new RegExp(
        `<th scope="row" class="with-portrait"><span class="person-thumb"><img src="/pictures/${picture}/960\\.jpg" srcset="[^"]+" sizes="48px"[^>]* alt="" loading="lazy"/></span><a href="/(en|ru)/people/kairat-sarybay"`,
      );
      assert.match(page, row, path);
      assert.equal(
        page.match(/class="person-thumb"/g)?.length,
        page.match(
          /<th scope="row"[^>]*>(?:<span class="person-thumb">.*?<\/span>)?<a href="\/(?:en|ru)\/people\/kairat-sarybay"/g,
        )?.length,
        `${path}: only his rows have one`,
      );
    }
  });

  it('leaves the profile without a figure while no portrait is chosen', async () => {
    const en = (await app().inject('/en/people/kairat-sarybay')).body;
    assert.doesNotMatch(en, /class="portrait"/);
    assert.doesNotMatch((await app().inject('/en/structure')).body, /person-thumb/);
  });
});
