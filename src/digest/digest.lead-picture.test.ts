// The digest takes a release's lead picture for its article, unless the editor chose another.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach } from 'node:test';
import type { Actor } from '../platform/access.ts';
import { fixedClock } from '../platform/clock.ts';
import { diskFileStore } from '../platform/files/disk.ts';
import { describeEachEngine } from '../platform/testing/engines.ts';
import { uploadSample } from '../pictures/pictures.fixture.ts';
import { buildServices } from '../services.ts';
import { addAccounts } from '../platform/testing/accounts.ts';

const editor: Actor = { id: 'acct-e', email: 'e@cica.test', name: 'Erlan Editor', role: 'editor', stateCode: null };

describeEachEngine('the digest and a release’s lead picture', (record, it) => {
  const clock = fixedClock('2025-01-15', '09:00:00');
  const files = diskFileStore(mkdtempSync(join(tmpdir(), 'digest-lead-')));
  const services = () => buildServices(record().db, clock, { files });
  beforeEach(async () => {
    await addAccounts(record().db, editor);
  });

  it('prints the lead picture with the article, and the editor’s choice instead where there is one', async () => {
    const s = services();
    const lead = await uploadSample(s.pictures, editor, 0, { en: 'Ministers in Baku', ru: 'Министры в Баку' });
    const other = await uploadSample(s.pictures, editor, 1, { en: 'The hall', ru: 'Зал' });
    const made = await s.newsroom.create(
      editor,
      {
        date: '2024-10-08',
        place_en: 'Baku',
        title_en: 'Ministers meet in Baku',
        body_en: 'The Ministerial Council met.',
        lead_picture: lead,
      },
      { publish: true },
    );
    assert.ok(made.ok);
    const compiled = await s.digest.compile(editor, {
      from: '2024-10-01',
      to: '2024-12-31',
      lang: 'en',
      confirm: 'yes',
    });
    assert.ok(compiled.ok, JSON.stringify(compiled));
    const issue = await s.digest.issue(compiled.id);
    assert.equal(issue.articles[0]?.picture?.id, lead);
    const saved = await s.digest.update(editor, compiled.id, issue.row.version, {
      title: issue.row.title,
      number: 1,
      articles: { [made.id]: { picture: other } },
    });
    assert.ok(saved.ok, JSON.stringify(saved));
    assert.equal((await s.digest.issue(compiled.id)).articles[0]?.picture?.id, other);
  });
});
