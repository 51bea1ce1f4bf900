import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { seedDigestReleases } from '../src/digest/digest.fixture.ts';
import { samplePhoto } from '../src/pictures/pictures.fixture.ts';
import { buildServices } from '../src/services.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

describe('an editor uploads pictures and compiles the October–December issue of "Voice of Asia" as a magazine, a reviewer publishes it', {
  skip: NO_BROWSER,
}, () => {
  const { base, browser, emails } = useBrowser('2025-01-15', async (db, clock) => {
    const account = await db.selectFrom('account').selectAll().where('role', '=', 'editor').executeTakeFirstOrThrow();
    await seedDigestReleases(buildServices(db, clock), {
      id: account.id,
      email: account.email,
      name: account.name,
      role: 'editor',
      stateCode: null,
    });
  });

  it('uploads three pictures, compiles, files an article under the next month, writes a teaser, places a partner page in the middle, publishes, and the PDF link gives a PDF with the pictures', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A visitor's first look puts the empty archive in the page cache; publishing must make it stale.
    await page.goto(`${base()}/en/digest`);
    await page.getByText('No issue has been published yet.').waitFor();
    await signIn(page, base(), emails().editor);
    // Three pictures into the media library, with their words in both languages.
    const ids: string[] = [];
    for (let n = 0; n < 3; n++) {
      await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Pictures' }).click();
      await page.getByLabel('Picture (JPEG, PNG or WebP, up to 10 MB)').setInputFiles({
        name: `photo-${n + 1}.jpg`,
        mimeType: 'image/jpeg',
        buffer: Buffer.from(await samplePhoto(n)),
      });
      await page
        .getByLabel('Description for readers who cannot see it (English)')
        .fill(`Delegations at table ${n + 1}`);
      await page.getByLabel('Description for readers who cannot see it (Russian)').fill(`Делегации за столом ${n + 1}`);
      await page.getByLabel('Caption (English)').fill(`Picture ${n + 1} of the quarter`);
      await page.getByLabel('Credit (English)').fill('CICA Secretariat');
      await page.getByLabel('Credit (Russian)').fill('Секретариат СВМДА');
      await page.getByRole('button', { name: 'Upload a picture' }).click();
      await page.getByText(`Picture ${n + 1} of the quarter`).waitFor();
    }
    for (const code of await page.locator('.picture-library code').allTextContents()) ids.push(code);
    assert.equal(ids.length, 3);
    await page.screenshot({ path: join(SHOTS, 'digest-pictures.png'), fullPage: true });
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Digest' }).click();
    await page.getByLabel('From').fill('2024-10-01');
    await page.getByLabel('To').fill('2024-12-31');
    await page.getByRole('button', { name: 'Compile an issue' }).click();
    await page.getByRole('heading', { name: 'Articles (5)' }).waitFor();

    const october = page
      .locator('.digest-month')
      .filter({ has: page.getByRole('heading', { name: 'October 2024', exact: true }) });
    assert.deepEqual(await october.locator('.digest-row > span:first-child').allTextContents(), [
      'Youth Council meets in Astana',
      'Senior Officials Committee meets in Baku',
    ]);
    await october.getByRole('button', { name: 'Move up: Senior Officials Committee meets in Baku' }).click();
    await page.getByRole('heading', { name: 'Articles (5)' }).waitFor();
    assert.deepEqual(
      await page
        .locator('.digest-month')
        .filter({ has: page.getByRole('heading', { name: 'October 2024', exact: true }) })
        .locator('.digest-row > span:first-child')
        .allTextContents(),
      ['Senior Officials Committee meets in Baku', 'Youth Council meets in Astana'],
    );

    await page.getByLabel('Foreword: author', { exact: true }).fill('Alibek Bakayev');
    await page
      .getByLabel("Foreword: author's title")
      .fill('Deputy Minister of Foreign Affairs of the Republic of Kazakhstan');
    await page
      .getByLabel('Foreword: text')
      .fill('Dear readers,\n\nThe last quarter of 2024 brought the Ministerial Council to Baku.');
    await page.getByLabel(/^Flash briefing/).fill('The Secretariat welcomed a new intern.');
    await page.getByLabel('Cover picture (its id in the media library)').selectOption(ids[0]!);
    await page.getByLabel(/^Activities in pictures/).fill(`${ids[1]}\n${ids[2]}`);
    await page
      .getByLabel(/^Partner pages/)
      .fill(
        `A word from a partner\npicture: ${ids[2]}\nafter: 2024-11\nThe partner's page, in the middle of the issue.`,
      );
    const youth = page.getByRole('group', { name: 'Youth Council meets in Astana' });
    await youth.getByLabel('Cover teaser: place (blank: none)').fill('1');
    await youth.getByLabel('Cover teaser: wording (blank: the headline)').fill('Young voices of Asia');
    await youth.getByLabel('Picture (its id in the media library)').selectOption(ids[1]!);
    await page.getByRole('button', { name: 'Save' }).click();
    // The Senior Officials' meeting of 17 October is filed under November.
    await page.getByLabel('Filed under: Senior Officials Committee meets in Baku').selectOption('2024-11');
    await page.getByRole('button', { name: 'File: Senior Officials Committee meets in Baku' }).click();
    await page.getByRole('heading', { name: 'Articles (5)' }).waitFor();
    assert.ok(
      (
        await page
          .locator('.digest-month')
          .filter({ has: page.getByRole('heading', { name: 'November 2024', exact: true }) })
          .locator('.digest-row > span:first-child')
          .allTextContents()
      ).includes('Senior Officials Committee meets in Baku'),
    );
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('In review').first().waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, base(), emails().reviewer);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Digest' }).click();
    await page.getByRole('link', { name: /VOICE OF ASIA: CICA Digest № 1/ }).click();
    // The office's PDF is a job: the reviewer follows it, the page reloading itself without JavaScript.
    await page.getByRole('link', { name: 'Preview the PDF' }).click();
    await page.getByText('The PDF is ready.').waitFor({ timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'digest-pdf-job.png'), fullPage: true });
    const preview = await page.getByRole('link', { name: 'Open the PDF' }).getAttribute('href');
    const previewed = await page.request.get(`${base()}${preview}`);
    assert.equal(previewed.headers()['content-type'], 'application/pdf');
    await page.getByRole('link', { name: 'Back to the issue' }).click();
    // Publishing lays out the edition's PDF as a job, and the issue is published once it is stored.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.getByText('The issue is published as edition 1, with its PDF.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Back to the issue' }).click();
    await page.getByText('Published').first().waitFor();
    await page.screenshot({ path: join(SHOTS, 'digest-office.png'), fullPage: true });
    await context.close();

    const visitor = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await visitor.goto(`${base()}/en/digest`);
    await visitor.screenshot({ path: join(SHOTS, 'digest-archive.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);
    const href = await visitor.getByRole('link', { name: 'Download the PDF' }).getAttribute('href');
    const pdf = await visitor.request.get(`${base()}${href}`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const bytes = await pdf.body();
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const file = join(mkdtempSync(join(tmpdir(), 'e2e-digest-')), 'issue.pdf');
    writeFileSync(file, bytes);
    const placed = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((l) => /\bimage\b/.test(l));
    assert.ok(placed.length >= 4, `the cover, an opener, two activities and the partner page: ${placed.length}`);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(text, /Young voices of Asia/);
    const partner = text.indexOf('A word from a partner');
    assert.ok(
      partner > text.indexOf('Youth Council meets in Astana\n') && partner < text.lastIndexOf('DECEMBER 2024'),
      'the partner page in the middle',
    );

    await visitor.getByRole('link', { name: /VOICE OF ASIA: CICA Digest — Issue 1/ }).click();
    await visitor.getByRole('heading', { name: 'Foreword' }).waitFor();
    await visitor.screenshot({ path: join(SHOTS, 'digest-issue.png') });
    assert.deepEqual(await axeViolations(visitor), []);
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.screenshot({ path: join(SHOTS, 'digest-issue-phone.png') });
    await visitor.close();
  });
});
