import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import {
  RELEASE_2019,
  RELEASE_2024,
  SPEECH_2023,
  currentPage,
  olderPage,
  textCopy,
} from '../src/archive/archive.fixture.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

/** Pages an editor saved from the old sites, in each layout, as written for this test. */
function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'archive-e2e-'));
  writeFileSync(join(dir, 'press-release-3101.html'), currentPage(RELEASE_2024));
  writeFileSync(join(dir, 'executive-director-2019.html'), olderPage(RELEASE_2019, 'press-release-05122019'));
  writeFileSync(
    join(dir, 'late-posting.txt'),
    textCopy(
      { ...RELEASE_2019, id: 3104, title: 'Experts meet on transport', posted: 'March 02, 2020' },
      'https://www.s-cica.org/index.php?id=3104&view=press_releases',
    ),
  );
  writeFileSync(join(dir, 'remarks-501.html'), currentPage(SPEECH_2023, 'index.php?view=page&t=speeches&id=501'));
  return dir;
}

describe('an editor runs a dry run of the old archive, then the import, and an old address opens the release', {
  skip: NO_BROWSER,
}, () => {
  const { base, browser, emails } = useBrowser('2026-11-01');

  it('works without JavaScript', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Archive' }).click();
    const dir = folder();
    const files = readdirSync(dir).map((n) => join(dir, n));

    await page.getByLabel('Saved pages or text copies').setInputFiles(files);
    await page.getByLabel('Publish what is imported').check();
    await page.getByRole('button', { name: 'Dry run' }).click();
    const report = page.getByRole('heading', { name: /4 files: 4 to create/ });
    await report.waitFor();
    assert.match(await page.locator('main').innerText(), /Dry run: nothing was written/);
    assert.match(
      await page.getByRole('row', { name: /executive-director-2019\.html/ }).innerText(),
      /Habibullo Mirzozoda \(Executive Director\)/,
    );
    await page.screenshot({ path: join(SHOTS, 'archive-dry-run-en.png'), fullPage: true });
    assert.equal(await page.getByRole('link', { name: 'Open the item' }).count(), 0);

    // The form comes back with the choices made; the files are chosen again, as a browser asks.
    await page.getByLabel('Saved pages or text copies').setInputFiles(files);
    assert.equal(await page.getByLabel('Publish what is imported').isChecked(), true);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: /4 files: 4 created/ }).waitFor();
    assert.match(await page.getByRole('region', { name: 'Flagged for staff' }).innerText(), /too far apart/);
    await page.screenshot({ path: join(SHOTS, 'archive-imported-en.png'), fullPage: true });
    await context.close();

    // A reader follows a link that stood in the media for years.
    const reader = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await reader.goto(`${base()}/index.php?id=3101&view=press_releases`);
    assert.match(reader.url(), /\/en\/news\/2024-03-12-secretariat-hosts-a-seminar-on-water-management$/);
    await reader.getByRole('heading', { level: 1, name: RELEASE_2024.title }).waitFor();
    assert.match(await reader.locator('main').innerText(), /Aigerim Temirbek/);
    await reader.screenshot({ path: join(SHOTS, 'archive-old-address-en.png'), fullPage: true });
    await reader.goto(`${base()}/page/press-release-05122019/`);
    await reader.getByRole('heading', { level: 1, name: RELEASE_2019.title }).waitFor();
    const missing = await reader.goto(`${base()}/index.php?view=page&t=press_releases&id=42`);
    assert.equal(missing?.status(), 404);
    await reader.getByRole('searchbox').first().waitFor();
    await reader.screenshot({ path: join(SHOTS, 'archive-old-address-404-en.png'), fullPage: true });
    await reader.goto(`${base()}/ru/speeches`);
    await reader.screenshot({ path: join(SHOTS, 'archive-speeches-ru.png'), fullPage: true });
    assert.deepEqual(await axeViolations(reader), []);
  });
});
