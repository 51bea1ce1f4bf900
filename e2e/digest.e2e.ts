import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { seedDigestReleases } from '../src/digest/digest.fixture.ts';
import { buildServices } from '../src/services.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

describe('an editor compiles the October–December issue of "Voice of Asia", a reviewer publishes it', {
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

  it("compiles, moves an article, sets the foreword, publishes, and the archive's PDF link gives a valid PDF", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // A visitor's first look puts the empty archive in the page cache; publishing must make it stale.
    await page.goto(`${base()}/en/digest`);
    await page.getByText('No issue has been published yet.').waitFor();
    await signIn(page, base(), emails().editor);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Digest' }).click();
    await page.getByLabel('From').fill('2024-10-01');
    await page.getByLabel('To').fill('2024-12-31');
    await page.getByRole('button', { name: 'Compile an issue' }).click();
    await page.getByRole('heading', { name: 'Articles (5)' }).waitFor();

    const october = page.locator('.digest-month').filter({ hasText: 'October 2024' });
    assert.deepEqual(await october.locator('.digest-row > span:first-child').allTextContents(), [
      'Youth Council meets in Astana',
      'Senior Officials Committee meets in Baku',
    ]);
    await october.getByRole('button', { name: 'Move up: Senior Officials Committee meets in Baku' }).click();
    await page.getByRole('heading', { name: 'Articles (5)' }).waitFor();
    assert.deepEqual(
      await page
        .locator('.digest-month')
        .filter({ hasText: 'October 2024' })
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
    await page.getByLabel('Flash briefing (one item per line)').fill('The Secretariat welcomed a new intern.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('In review').first().waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, base(), emails().reviewer);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Digest' }).click();
    await page.getByRole('link', { name: /VOICE OF ASIA: CICA Digest № 1/ }).click();
    await page.getByRole('button', { name: 'Publish' }).click();
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
    assert.ok(bytes.length > 20_000);

    await visitor.getByRole('link', { name: /VOICE OF ASIA: CICA Digest — Issue 1/ }).click();
    await visitor.getByRole('heading', { name: 'Foreword' }).waitFor();
    await visitor.screenshot({ path: join(SHOTS, 'digest-issue.png') });
    assert.deepEqual(await axeViolations(visitor), []);
    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.screenshot({ path: join(SHOTS, 'digest-issue-phone.png') });
    await visitor.close();
  });
});
