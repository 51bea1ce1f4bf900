import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

const RELEASE_ID = '01930000-0000-7000-8000-00000000c0de';
const MESSAGE = 'To the Secretariat of 2049: we laid this stone for you.';

describe('finance and the time capsule, in the browser', { skip: NO_BROWSER }, () => {
  const { base, browser, emails, clock } = useBrowser(
    '2025-06-01',
    async (db, c) => {
      // The release that announced Korea's contribution, published, as the newsroom would have it.
      const at = c.now().toISOString();
      await db
        .insertInto('press_release')
        .values({
          id: RELEASE_ID,
          slug: 'korea-contribution-2024',
          status: 'published',
          date: '2024-11-19',
          place_en: 'Astana',
          title_en: 'The Republic of Korea pays its 2024 contribution to the CICA budget',
          lead_en: 'The Secretariat received the contribution on 19 November 2024.',
          body_en: 'The Secretariat received the contribution of the Republic of Korea for 2024.',
          created_at: at,
          updated_at: at,
          published_at: at,
        } as never)
        .execute();
    },
    { capsuleKey: { bytes: randomBytes(32), path: 'e2e capsule key' } },
  );

  it("an editor records Korea's 2024 contribution from its release, and the ranking page shows Korea fourth", async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    await page.goto(`${base()}/en/office/records/contributions/new`);
    await page.getByLabel('Year *').fill('2024');
    await page.getByLabel('State').selectOption('KR');
    await page.getByLabel('Kind *').selectOption('voluntary');
    await page.getByLabel('Amount').fill('-50000');
    await page.getByLabel('Currency').fill('USD');
    await page.getByLabel('Pledged on').fill('2024-11-01');
    await page.getByLabel('Received on').fill('2024-11-19');
    await page.getByLabel('Press release').selectOption(RELEASE_ID);
    await page.getByLabel('Sources *').fill('SEED3');
    await page.getByLabel('Confidence *').selectOption('H');
    await page.getByRole('button', { name: 'Save' }).click();
    // A negative amount is refused, naming the field; then corrected.
    assert.match(await page.locator('#f-amount-error').innerText(), /amount of zero or more/);
    await page.getByLabel('Amount').fill('50000');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.goto(`${base()}/en/finance/2024`);
    const fourth = page.locator('table.ranking tbody tr').nth(3);
    assert.match(
      (await fourth.innerText()).replace(/\s+/g, ' '),
      /^4 Republic of Korea 50,000 as published by the Secretariat/,
    );
    assert.match(await page.locator('table.contributions').innerText(), /Republic of Korea pays its 2024 contribution/);
    await page.screenshot({ path: join(SHOTS, 'finance-2024-staff.png'), fullPage: true });
    await context.close();

    // The public sees the same places, and no amount.
    for (const [lang, width] of [
      ['en', 1280],
      ['ru', 1280],
      ['en', 390],
      ['ru', 390],
    ] as const) {
      const visitor = await (
        await browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } })
      ).newPage();
      await visitor.goto(`${base()}/${lang}/finance/2024`);
      const rows = await visitor.locator('table.ranking tbody tr').allInnerTexts();
      assert.equal(rows.length, 4);
      assert.match(rows[3]!, lang === 'en' ? /Republic of Korea/ : /Республика Корея/);
      assert.doesNotMatch(await visitor.content(), /50[,\s ]000/);
      assert.deepEqual(await axeViolations(visitor), []);
      await visitor.screenshot({ path: join(SHOTS, `finance-2024-${lang}-${width}.png`), fullPage: true });
      await visitor.context().close();
    }
  });

  it('an administrator cannot read a sealed capsule; on its opening day anyone reads it and sees the digest check pass', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    await page.goto(`${base()}/en/office/records/capsules/new`);
    await page.getByLabel('Title (English) *').fill('Message to the staff of 2030');
    await page.getByLabel('Sealed on').fill('2025-06-01');
    await page.getByLabel('Opens on *').fill('2030-06-01');
    await page.getByLabel('Sources *').fill('SEED0');
    await page.getByLabel('Confidence *').selectOption('H');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    const id = /\/office\/records\/capsules\/([^/?#]+)/.exec(page.url())?.[1] ?? '';
    await page.goto(`${base()}/en/office/capsules/${id}/seal`);
    await page.getByLabel('Message (English)').fill(MESSAGE);
    await page.getByRole('button', { name: 'Seal' }).click();
    await page.getByRole('status').filter({ hasText: 'Sealed.' }).waitFor();
    await context.close();

    const admin = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const adminPage = await admin.newPage();
    await signIn(adminPage, base(), emails().admin);
    await adminPage.goto(`${base()}/en/capsules/${id}`);
    await adminPage.getByText('Sealed until 1 June 2030').waitFor();
    const digest = (await adminPage.locator('code.digest').innerText()).trim();
    assert.match(digest, /^[0-9a-f]{64}$/);
    assert.doesNotMatch(await adminPage.content(), /laid this stone/);
    await adminPage.goto(`${base()}/en/office/audit`);
    assert.doesNotMatch(await adminPage.content(), /laid this stone/);
    await adminPage.goto(`${base()}/en/capsules/${id}`);
    await adminPage.screenshot({ path: join(SHOTS, 'capsule-sealed-admin.png'), fullPage: true });
    await admin.close();

    clock().advance(Date.parse('2030-06-01T09:00:00Z') - clock().now().getTime());
    for (const [lang, width] of [
      ['en', 1280],
      ['ru', 390],
    ] as const) {
      const anyone = await (
        await browser().newContext({ bypassCSP: true, viewport: { width, height: 900 } })
      ).newPage();
      await anyone.goto(`${base()}/${lang}/capsules/${id}`);
      await anyone.getByText(MESSAGE).waitFor();
      await anyone
        .getByText(
          lang === 'en' ? 'The contents match the digest published at sealing.' : 'Содержимое совпадает с хешем',
        )
        .waitFor();
      assert.equal((await anyone.locator('code.digest').innerText()).trim(), digest);
      assert.deepEqual(await axeViolations(anyone), []);
      await anyone.screenshot({ path: join(SHOTS, `capsule-open-${lang}-${width}.png`), fullPage: true });
      await anyone.context().close();
    }
  });
});
