import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { NO_BROWSER, SHOTS, axeViolations, useBrowser } from './browser.ts';

const PHONE = { width: 390, height: 844 };

/** A table row laid out as a card: as wide as the table, its cells one under another at the same left edge. */
async function rowAsCard(
  page: Page,
  table: string,
): Promise<{ rowWidth: number; tableWidth: number; stacked: boolean }> {
  return page.locator(table).evaluate((t) => {
    const row = t.querySelector('tbody tr')!;
    // An empty cell (a date the record does not know) is not shown as a card's line.
    const cells = [...row.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    const stacked = cells.every(
      (c, i) => i === 0 || (c.top >= cells[i - 1]!.bottom - 1 && Math.abs(c.left - cells[0]!.left) < 1),
    );
    return { rowWidth: row.getBoundingClientRect().width, tableWidth: t.getBoundingClientRect().width, stacked };
  });
}

const labelOf = (page: Page, cell: string) =>
  page
    .locator(cell)
    .first()
    .evaluate((c) => getComputedStyle(c, '::before').content);

describe('a visitor on a phone', { skip: NO_BROWSER }, () => {
  const { base, browser } = useBrowser();

  it('opens the menu without JavaScript, reaches the chairmanship and reads its terms as cards', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: PHONE, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${base()}/en`);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    const chairmanship = nav.getByRole('link', { name: 'Chairmanship' });
    assert.equal(await chairmanship.isVisible(), false, 'the sections are folded away');
    const menu = nav.getByText('Menu');
    const menuBox = (await menu.boundingBox())!;
    assert.ok(menuBox.height < 60, 'the folded menu takes one line');
    await menu.click();
    await page.screenshot({ path: join(SHOTS, 'phone-menu-open-en.png') });
    await chairmanship.click();
    await page.waitForURL(/\/en\/chairmanship$/);

    const card = await rowAsCard(page, 'table.terms');
    assert.ok(card.stacked, 'the cells of a term stack');
    assert.ok(card.rowWidth >= card.tableWidth - 1, 'a term is as wide as the table');
    assert.ok(card.tableWidth >= PHONE.width - 48, `the cards use the width of the phone (${card.tableWidth}px)`);
    assert.equal(await labelOf(page, 'table.terms tbody td'), '"Term"');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    // The markup stays a table: the column headers are there for a screen reader.
    assert.equal(await page.getByRole('columnheader', { name: 'Term' }).count(), 1);
    await page.screenshot({ path: join(SHOTS, 'phone-chairmanship-en.png'), fullPage: true });
    await context.close();
  });

  it('opens the menu with JavaScript too, in Russian, and the partners table stacks with Russian labels', async () => {
    const context = await browser().newContext({ viewport: PHONE, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(`${base()}/ru/chairmanship`);
    const nav = page.getByRole('navigation', { name: 'Основная навигация' });
    await nav.getByText('Меню').click();
    await nav.getByRole('link', { name: 'Государства-члены' }).click();
    await page.waitForURL(/\/ru\/states$/);
    const card = await rowAsCard(page, '#partners ~ .table-wrap table');
    assert.ok(card.stacked && card.rowWidth >= card.tableWidth - 1, 'a partner is a card');
    assert.equal(await labelOf(page, '#partners ~ .table-wrap tbody td'), '"Документ"');
    await page.screenshot({ path: join(SHOTS, 'phone-states-ru.png'), fullPage: true });
    await context.close();
  });

  it('on a wide screen the menu stands open and tables stay tables', async () => {
    const page = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base()}/en/chairmanship`);
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    assert.equal(await nav.getByText('Menu').isVisible(), false);
    assert.ok(await nav.getByRole('link', { name: 'Documents' }).isVisible());
    const display = await page
      .locator('table.terms tbody tr')
      .first()
      .evaluate((r) => getComputedStyle(r).display);
    assert.equal(display, 'table-row');
    await page.close();
  });

  it('passes automated accessibility checks at phone width, menu folded and open', async () => {
    const context = await browser().newContext({ bypassCSP: true, viewport: PHONE });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of ['/en/chairmanship', '/ru/states', '/en/states/KZ', '/ru/structure', '/en/activities/report']) {
      await page.goto(base() + path);
      for (const v of await axeViolations(page)) problems.push(`${path}: ${v}`);
    }
    await page.locator('.navmenu > summary').click();
    for (const v of await axeViolations(page)) problems.push(`menu open: ${v}`);
    await context.close();
    assert.deepEqual(problems, []);
  });
});
