import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CEREMONY_EN, CEREMONY_RU } from '../src/media/media.fixture.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

const article = (a: { title: string; published: string; text: string }) =>
  `${a.title}\ndate ${a.published}\n\n${a.text}\n`;

/** A folder of articles from one outlet, as an editor would have saved them. */
function folder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'coverage-e2e-')), 'june');
  mkdirSync(dir);
  writeFileSync(join(dir, 'ceremony.txt'), article(CEREMONY_EN));
  writeFileSync(join(dir, 'ceremony-ru.txt'), article(CEREMONY_RU));
  writeFileSync(
    join(dir, 'students.txt'),
    article({
      title: 'Students hear about the new building',
      published: '2024-06-27',
      text: 'Students heard about a ceremony held in Astana on June 26 at the site of a new office building for the organisation. Ambassador of Azerbaijan Rustam Quliyev answered their questions.',
    }),
  );
  writeFileSync(
    join(dir, 'youth.txt'),
    article({
      title: 'Young delegates gather',
      published: '2024-10-04',
      text: 'Astana, 3 October 2024 — Ambassador Rustam Kuliev opened the seventh meeting of the Youth Council, which gathered young delegates of the member states to talk about volunteerism.',
    }),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  return dir;
}

describe('an editor imports a folder of coverage, confirms a link and merges two spellings of a person', {
  skip: NO_BROWSER,
}, () => {
  // The pack records the ceremony the articles report (hq-foundation-stone-2024).
  const { base, browser, emails } = useBrowser('2024-07-01');

  it('works without JavaScript, in English', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);

    await page.goto(`${base()}/en/office/coverage`);
    await page.getByRole('link', { name: 'Import coverage' }).click();
    await page.getByLabel('Outlet').fill('Astana Daily');
    const dir = folder();
    await page.getByLabel('Files').setInputFiles(readdirSync(dir).map((n) => join(dir, n)));
    await page.getByRole('button', { name: 'Import' }).click();
    // The import is a job: its page follows it, then links the summary of what it wrote.
    await page.getByRole('link', { name: 'What was imported, file by file' }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'media-import-job-en.png'), fullPage: true });
    await page.getByRole('link', { name: 'What was imported, file by file' }).click();
    await page.getByRole('status').waitFor();
    assert.match(await page.getByRole('status').innerText(), /4 imported, 0 already in the record, 1 refused/);
    assert.match(await page.locator('main').innerText(), /empty\.txt: the file is empty/);
    await page.screenshot({ path: join(SHOTS, 'media-import-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Coverage to review' }).click();
    const row = page.getByRole('row', { name: /Students hear about the new building/ });
    await row.getByRole('button', { name: 'Confirm' }).click();
    await page.waitForURL(/\/en\/office\/coverage$/);
    assert.equal(await page.getByRole('row', { name: /Students hear about the new building/ }).count(), 0);

    // the two spellings already wait as one proposed person
    const proposal = page.getByRole('row', { name: /Rustam Quliyev/ });
    assert.match(await proposal.innerText(), /Rustam Kuliev/);
    assert.match(await proposal.innerText(), /Ambassador of Azerbaijan/);

    // the person is recorded meanwhile under a third spelling; the queue offers the merge in one click
    await page.goto(`${base()}/en/office/records/people/new`);
    await page.getByLabel('Name (English)').fill('Rustam Guliyev');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.goto(`${base()}/en/office/coverage`);
    await page.screenshot({ path: join(SHOTS, 'media-queue-en.png'), fullPage: true });
    await page
      .getByRole('row', { name: /Rustam Quliyev/ })
      .getByRole('button', { name: 'Same as Rustam Guliyev' })
      .click();
    await page.waitForURL(/\/en\/office\/coverage$/);
    assert.equal(await page.getByRole('row', { name: /Rustam Quliyev/ }).count(), 0);

    await page.goto(`${base()}/en/office/records/people`);
    await page.getByRole('link', { name: 'Rustam Guliyev' }).click();
    const record = await page.locator('main').innerText();
    assert.match(record, /Rustam Quliyev/);
    assert.match(record, /Rustam Kuliev/);

    // the activity's public page lists the coverage whose link was confirmed
    await page.goto(`${base()}/en/activities/hq-foundation-stone-2024`);
    const coverage = page.getByRole('region', { name: 'In the media' });
    assert.match(await coverage.innerText(), /Students hear about the new building/);
    assert.match(await coverage.innerText(), /Astana Daily/);
    await page.screenshot({ path: join(SHOTS, 'media-activity-coverage-en.png'), fullPage: true });
    await page.goto(`${base()}/ru/activities/hq-foundation-stone-2024`);
    // the headline stays as the outlet wrote it; the date is said in Russian
    assert.match(
      await page.getByRole('region', { name: 'Публикации в СМИ' }).innerText(),
      /Students hear about the new building\s+Astana Daily, 27 июня 2024/,
    );
    await page.screenshot({ path: join(SHOTS, 'media-activity-coverage-ru.png'), fullPage: true });
    await context.close();
  });

  it('passes the accessibility checks on the import page and the queue, in Russian too', async () => {
    const context = await browser().newContext({ bypassCSP: true, viewport: { width: 390, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    for (const path of ['/en/office/coverage/import', '/ru/office/coverage', '/en/office/coverage']) {
      await page.goto(`${base()}${path}`);
      assert.deepEqual(await axeViolations(page), [], path);
    }
    await page.screenshot({ path: join(SHOTS, 'media-queue-en-phone.png'), fullPage: true });
    await context.close();
  });
});
