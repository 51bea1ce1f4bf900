import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CICA_PACK_DIR, readPack } from '../src/packs/load.ts';
import { NO_BROWSER, SHOTS, axeViolations, useBrowser } from './browser.ts';

describe('a Russian-speaking visitor reads the site in Russian', { skip: NO_BROWSER }, () => {
  const { base, browser } = useBrowser();

  it('opens Kazakhstan from the list of states and reads every person of the record in Cyrillic, never in Latin', async () => {
    const { people } = (await readPack(CICA_PACK_DIR)).people;
    const latinSpellings = people.flatMap((p) => [
      p.nameEn,
      ...p.names.filter((n) => n.script === 'Latn').map((n) => n.name),
    ]);
    const context = await browser().newContext({
      locale: 'ru-RU',
      viewport: { width: 1280, height: 900 },
      bypassCSP: true,
    });
    const page = await context.newPage();
    await page.goto(`${base()}/ru`);
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Государства' })
      .click();
    await page
      .getByRole('link', { name: /Казахстан/ })
      .first()
      .click();
    assert.equal(new URL(page.url()).pathname, '/ru/states/KZ');
    await page.getByRole('heading', { level: 1, name: 'Казахстан' }).waitFor();

    const text = await page.locator('body').innerText();
    assert.match(text, /Кайрат Сарыбай/);
    assert.match(text, /Нурсултан Назарбаев/);
    assert.deepEqual(
      latinSpellings.filter((name) => text.includes(name)),
      [],
      'no person is named in Latin script',
    );
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'state-kz-ru.png'), fullPage: true });
    await context.close();
  });
});
