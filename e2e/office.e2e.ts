import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PASSWORD } from '../src/platform/testing/client.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

describe('an editor keeps the record in the office', { skip: NO_BROWSER }, () => {
  const { base, browser, emails } = useBrowser('2026-11-23');

  it('an anonymous visitor cannot reach /office', async () => {
    const page = await browser().newPage();
    await page.goto(`${base()}/office`);
    assert.match(new URL(page.url()).pathname, /^\/en\/office\/sign-in$/);
    await page.getByRole('heading', { name: 'Sign in to the office' }).waitFor();
    await page.goto(`${base()}/en/office/records/states/SA/edit`);
    assert.match(new URL(page.url()).pathname, /\/office\/sign-in$/);
    await page.close();
  });

  it("signs in, records Saudi Arabia's status change, is told the end date is before the start, corrects it, and the public page shows the new history", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/office`);
    await page.getByLabel('E-mail').fill(emails().editor);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.screenshot({ path: join(SHOTS, 'office-sign-in.png') });
    await page.getByRole('button', { name: 'Sign in' }).click();
    assert.equal(new URL(page.url()).pathname, '/en/office');

    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'States' }).click();
    await page.getByRole('link', { name: 'Saudi Arabia (SA)' }).click();
    await page.getByRole('link', { name: 'Add: Status period' }).click();

    await page.getByLabel('Status *').selectOption('member');
    await page.getByLabel('From', { exact: true }).fill('2026-10-01');
    await page.getByLabel('Until', { exact: true }).fill('2026-01-01');
    await page.getByLabel('Sources *').fill('Council decision (test)');
    await page.getByLabel('Confidence *').selectOption('H');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('alert').filter({ hasText: 'Nothing was saved' }).waitFor();
    const until = page.getByLabel('Until', { exact: true });
    assert.equal(await until.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#f-until_date-error').innerText(), 'The end date is before the start date.');
    await page.screenshot({ path: join(SHOTS, 'office-status-error.png'), fullPage: true });

    await until.fill('');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.goto(`${base()}/en/states/SA`);
    const history = (await page.locator('#history + .timeline').innerText()).replace(/\s+/g, ' ');
    assert.match(history, /Observer state 26 December 2023 – 1 October 2026/);
    assert.match(history, /Member state 1 October 2026 – present/);
    await page.screenshot({ path: join(SHOTS, 'office-public-sa.png'), fullPage: true });
    await context.close();
  });

  it("an editor's draft sent for review waits on the reviewer's dashboard, and stays among the author's drafts", async () => {
    const editorContext = await browser().newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 900 },
    });
    const page = await editorContext.newPage();
    await signIn(page, base(), emails().editor);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Press releases' }).click();
    await page.getByRole('link', { name: 'Write a press release' }).click();
    await page.locator('#f-title_en').fill('Special Working Group meets in Astana');
    await page.locator('#f-place_en').fill('Astana');
    await page.locator('#f-body_en').fill('The Special Working Group met to prepare the Ministerial Council.');
    await page.getByRole('group', { name: 'States' }).getByLabel('Kazakhstan').check();
    await page.getByRole('button', { name: 'Preview' }).click();
    const preview = page.getByRole('region', { name: 'Preview' });
    await preview.getByRole('heading', { name: 'Special Working Group meets in Astana' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'office-release-preview.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.goto(`${base()}/en/office`);
    const drafts = page.getByRole('region', { name: 'Drafts' });
    const mine = drafts.getByRole('listitem').filter({ hasText: 'Special Working Group meets in Astana' });
    assert.match(await mine.innerText(), /In review[\s\S]*yours/);
    assert.equal(await page.getByRole('region', { name: 'Awaiting your review' }).count(), 0);
    await page.screenshot({ path: join(SHOTS, 'office-dashboard-editor.png'), fullPage: true });
    await editorContext.close();

    const reviewerContext = await browser().newContext({ viewport: { width: 390, height: 844 } });
    const reviewerPage = await reviewerContext.newPage();
    await signIn(reviewerPage, base(), emails().reviewer);
    const review = reviewerPage.getByRole('region', { name: 'Awaiting your review' });
    await review.getByRole('link', { name: 'Special Working Group meets in Astana' }).waitFor();
    await reviewerPage.screenshot({ path: join(SHOTS, 'office-dashboard-reviewer-390.png'), fullPage: true });
    await review.getByRole('link', { name: 'Special Working Group meets in Astana' }).click();
    await reviewerPage.getByRole('button', { name: 'Approve' }).waitFor();
    await reviewerContext.close();
  });

  it('office pages pass automated accessibility checks', async () => {
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    await page.goto(`${base()}/en/office/sign-in`);
    problems.push(...(await axeViolations(page)).map((v) => `sign-in: ${v}`));
    await page.getByLabel('E-mail').fill(emails().admin);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    for (const path of [
      '/en/office',
      '/ru/office',
      '/ru/office/records/states',
      '/en/office/records/activities?status=held&q=forum',
      '/en/office/releases/new',
      '/en/office/records/states/KZ',
      '/ru/office/records/coordinator-terms/new?parent=tourism',
      '/en/office/audit',
      '/en/office/parity',
      '/ru/office/accounts',
    ]) {
      await page.goto(base() + path);
      problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    await page.screenshot({ path: join(SHOTS, 'office-accounts-ru.png'), fullPage: true });
    await context.close();
    assert.deepEqual(problems, []);
  });
});
