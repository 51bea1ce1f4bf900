import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { NO_BROWSER, SHOTS, axeViolations, useBrowser } from './browser.ts';

describe('a visitor reads the record in a real browser', { skip: NO_BROWSER }, () => {
  const { base, browser } = useBrowser();

  it('opens the home page, switches to Russian, asks for the troika on 3 December 2019 and sees China, Tajikistan and Kazakhstan', async () => {
    // No JavaScript at all: the language switch and the date form are plain links and a GET form.
    const context = await browser().newContext({
      javaScriptEnabled: false,
      locale: 'en-GB',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await page.goto(base());
    assert.equal(new URL(page.url()).pathname, '/en');
    await page.screenshot({ path: join(SHOTS, 'home-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Русский' }).click();
    assert.equal(new URL(page.url()).pathname, '/ru');
    await page
      .getByRole('navigation', { name: 'Основная навигация' })
      .getByRole('link', { name: 'Председательство' })
      .click();
    assert.equal(new URL(page.url()).pathname, '/ru/chairmanship');

    await page.getByLabel('«Тройка» на дату').fill('2019-12-03');
    await page.getByRole('button', { name: 'Показать' }).click();
    assert.equal(new URL(page.url()).search, '?date=2019-12-03');
    await page.getByRole('heading', { name: '«Тройка» на 3 декабря 2019 г.' }).waitFor();

    const seats = page.getByRole('group', { name: '«Тройка» на 3 декабря 2019 г.' });
    const seat = async (label: string) =>
      (await seats.locator(`[data-seat="${label}"] .seat-state`).innerText()).trim();
    assert.match(await seat('chair.previous'), /Китай/);
    assert.match(await seat('chair.current'), /Таджикистан/);
    assert.match(await seat('chair.incoming'), /Казахстан/);
    await page.screenshot({ path: join(SHOTS, 'troika-2019-ru.png'), fullPage: true });

    // Back at the bare address, the site remembers Russian.
    await page.goto(base());
    assert.equal(new URL(page.url()).pathname, '/ru');
    await context.close();
  });

  it('shows a wrong date next to the field and keeps the page usable', async () => {
    const page = await browser().newPage();
    await page.goto(`${base()}/en/chairmanship?date=2019-02-30`);
    const field = page.getByLabel('Troika on a date');
    assert.equal(await field.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.getByRole('alert').innerText(), 'Enter a date as YYYY-MM-DD.');
    await page.close();
  });

  it('reads well at phone width and prints without navigation', async () => {
    const page = await browser().newPage({ viewport: { width: 390, height: 844 } });
    for (const [path, name] of [
      ['/ru/states', 'states-ru-phone'],
      ['/en/cbm', 'cbm-en-phone'],
    ]) {
      await page.goto(base() + path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
    }
    await page.goto(`${base()}/en/states/KZ`);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.mainnav').isVisible(), false);
    await page.screenshot({ path: join(SHOTS, 'state-kz-print.png'), fullPage: true });
    await page.close();
  });

  it('passes automated accessibility checks on every page, in both languages', async () => {
    // axe is injected as a script, which the site's CSP rightly forbids: the test context bypasses CSP.
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const lang of ['en', 'ru']) {
      for (const path of [
        '',
        '/states',
        '/states/KR',
        '/structure',
        '/structure/ministerial',
        '/chairmanship?date=2019-12-03',
        '/cbm',
        '/documents',
        '/nowhere',
      ]) {
        await page.goto(`${base()}/${lang}${path}`);
        for (const v of await axeViolations(page)) problems.push(`/${lang}${path}: ${v}`);
      }
    }
    await context.close();
    assert.deepEqual(problems, []);
  });
});
