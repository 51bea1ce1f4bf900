import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NO_BROWSER, SHOTS, axeViolations, useBrowser } from './browser.ts';

describe('on 15 January 2027, past the planned end of the Azerbaijani term', { skip: NO_BROWSER }, () => {
  const { base, browser } = useBrowser('2027-01-15');

  it('a visitor asks for the troika of the day and sees Azerbaijan still in the chair, with no successor recorded', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/en/chairmanship`);
    await page.getByLabel('Troika on a date').fill('2027-01-15');
    await page.getByRole('button', { name: 'Show' }).click();
    const seats = page.getByRole('group', { name: 'The troika on 15 January 2027' });
    const chair = seats.locator('[data-seat="chair.current"]');
    assert.match(await chair.locator('.seat-state').innerText(), /Azerbaijan/);
    assert.match(await chair.innerText(), /term planned to end in 2026; no successor recorded/);
    assert.match(await seats.locator('[data-seat="chair.previous"] .seat-state').innerText(), /Kazakhstan/);
    await page.screenshot({ path: join(SHOTS, 'troika-2027-en.png'), fullPage: true });
    await context.close();
  });

  it('a visitor searching the English site for "Сарыбай" opens the Secretary General’s profile', async () => {
    const context = await browser().newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/en`);
    await page.getByRole('search', { name: 'Search the site' }).getByRole('searchbox').fill('Сарыбай');
    await page.getByRole('search', { name: 'Search the site' }).getByRole('button', { name: 'Search' }).click();
    await page.getByRole('status').filter({ hasText: 'for “Сарыбай”' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'search-sarybay-en.png'), fullPage: true });
    await page.getByRole('link', { name: 'Kairat Sarybay' }).first().click();
    await page.waitForURL((url) => url.pathname === '/en/people/kairat-sarybay');
    await page.getByRole('heading', { level: 1, name: 'Kairat Sarybay' }).waitFor();
    assert.match(await page.getByRole('main').innerText(), /Secretary General/);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'person-sarybay-en.png'), fullPage: true });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base()}/ru/people/kairat-sarybay`);
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'person-sarybay-ru-phone.png'), fullPage: true });
    await context.close();
  });
});
