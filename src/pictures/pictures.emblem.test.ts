// The organization's emblem: a picture of the library chosen on the Secretariat's record,
// shown in the site's header and on the digest's cover; the wordmark while none is chosen.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '../platform/access.ts';
import { describePlatformOnEachEngine } from '../platform/testing/app.ts';
import { seedAccounts } from '../platform/testing/client.ts';
import { buildServices } from '../services.ts';
import { uploadSample } from './pictures.fixture.ts';

/** The images `pdfimages -list` finds on the first page. */
function coverImages(pdf: Buffer): number {
  const file = join(mkdtempSync(join(tmpdir(), 'emblem-')), 'issue.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdfimages', ['-f', '1', '-l', '1', '-list', file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => /\bimage\b/.test(l)).length;
}

describePlatformOnEachEngine('the emblem', (app, it) => {
  it('shows the wordmark until an emblem is chosen, then the emblem in the header and on the cover', async () => {
    const emails = await seedAccounts(app.db(), app.clock);
    const row = await app
      .db()
      .selectFrom('account')
      .selectAll()
      .where('email', '=', emails.editor)
      .executeTakeFirstOrThrow();
    const actor: Actor = { id: row.id, email: row.email, name: row.name, role: 'editor', stateCode: null };
    const s = buildServices(app.db(), app.clock, { files: app.files() });
    const before = (await app().inject('/en')).body;
    assert.match(before, /<span class="brand-mark" aria-hidden="true"><svg/);
    assert.doesNotMatch(before, /site-emblem/);
    const made = await s.newsroom.create(
      actor,
      { date: '2024-10-08', place_en: 'Baku', title_en: 'Ministers meet in Baku', body_en: 'The Council met.' },
      { publish: true },
    );
    assert.ok(made.ok);
    const compiled = await s.digest.compile(actor, {
      from: '2024-10-01',
      to: '2024-12-31',
      lang: 'en',
      confirm: 'yes',
    });
    assert.ok(compiled.ok);
    assert.equal(coverImages(await s.digest.pdf(await s.digest.issue(compiled.id))), 0);

    const emblem = await uploadSample(s.pictures, actor, 3, { en: 'The emblem', ru: 'Эмблема' });
    const refused = await s.office.update(actor, 'secretariat', 'cica', { emblem_picture_id: 'no-such-picture' }, 1);
    assert.deepEqual(!refused.ok && refused.kind === 'invalid' && refused.problems.map((p) => p.field), [
      'emblem_picture_id',
    ]);
    const saved = await s.office.update(actor, 'secretariat', 'cica', { emblem_picture_id: emblem }, 1);
    assert.ok(saved.ok, JSON.stringify(saved));
    for (const lang of ['en', 'ru']) {
      const page = (await app().inject(`/${lang}`)).body;
      assert.match(
        page,
        new RegExp(`<img class="site-emblem" src="/pictures/${emblem}/480\\.jpg" srcset="[^"]+" sizes="48px" alt=""/>`),
      );
      assert.doesNotMatch(page, /brand-mark/);
    }
    const issue = await s.digest.issue(compiled.id);
    assert.equal(issue.emblem?.id, emblem);
    assert.equal(coverImages(await s.digest.pdf(issue)), 1);
  });
});
