import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Clock } from '../src/platform/clock.ts';
import type { Db } from '../src/platform/db/database.ts';
import { buildServices } from '../src/services.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

/** A published release of the record's own, so that each story has an article to read, whichever runs. */
async function aPublishedRelease(db: Db, clock: Clock): Promise<void> {
  const services = buildServices(db, clock);
  const editor = (await services.accounts.actorByEmail('editor@cica.test'))!;
  const created = await services.newsroom.create(
    editor,
    {
      title_en: 'The Secretariat opens its reading room',
      place_en: 'Astana',
      date: '2025-05-30',
      body_en: 'The **reading room** of the Secretariat is open to delegations.',
    },
    { publish: true },
  );
  assert.ok(created.ok);
}

describe("a press release goes from the editor's desk to the public", { skip: NO_BROWSER }, () => {
  const { base, browser, emails } = useBrowser('2025-06-02', aPublishedRelease);

  it('an editor writes it in English and Russian, a reviewer approves it, and it appears on the news page, in the feed and in search; it prints cleanly', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Press releases' }).click();
    await page.getByRole('link', { name: 'Write a press release' }).click();

    const english = page.getByRole('group', { name: 'English' });
    await english.getByLabel('Title').fill('Youth Council meets in Astana on volunteerism');
    await english.getByLabel('Dateline city').fill('Astana');
    await english
      .getByLabel('Lead paragraph')
      .fill('The Youth Council recommended adding volunteerism to the Catalogue of CBMs.');
    await english
      .getByLabel('Text (Markdown)')
      .fill(
        'The **Seventh Meeting** of the CICA Youth Council was held in Astana.\n\nDelegates from member states discussed volunteer movements.',
      );
    const russian = page.getByRole('group', { name: 'Russian' });
    await russian.getByLabel('Title').fill('Молодёжный совет собрался в Астане');
    await russian.getByLabel('Dateline city').fill('Астана');
    await russian.getByLabel('Text (Markdown)').fill('**Седьмое заседание** Молодёжного совета СВМДА прошло в Астане.');
    await page.getByLabel('Date', { exact: true }).fill('2024-10-03');
    await page.getByLabel('Media contact: name (English)').fill('Akbota Batyrkhan');
    await page.getByRole('group', { name: 'Media contact' }).getByLabel('E-mail').fill('a.batyrkhan@s-cica.org');
    await page.getByRole('group', { name: 'States' }).getByLabel('Kazakhstan').check();
    await page.getByRole('group', { name: 'Bodies' }).getByLabel('CICA Youth Council').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();

    await signIn(page, base(), emails().reviewer);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Press releases' }).click();
    await page.getByRole('link', { name: 'Youth Council meets in Astana on volunteerism' }).click();
    await page.screenshot({ path: join(SHOTS, 'newsroom-review.png'), fullPage: true });
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('button', { name: 'Publish now' }).click();
    await page.getByText('Published', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await context.close();

    const visitor = await browser().newPage({ viewport: { width: 1280, height: 900 } });
    await visitor.goto(`${base()}/en/news`);
    const link = visitor.getByRole('link', { name: 'Youth Council meets in Astana on volunteerism' });
    await link.waitFor();
    await visitor.screenshot({ path: join(SHOTS, 'newsroom-news.png'), fullPage: true });

    const feed = await visitor.request.get(`${base()}/en/news/feed.rss`);
    assert.match(await feed.text(), /Youth Council meets in Astana on volunteerism/);

    await visitor.getByRole('search').first().getByLabel('Search the site').fill('volunteerism');
    await visitor.getByRole('search').first().getByRole('button', { name: 'Search' }).click();
    await visitor.getByRole('link', { name: 'Youth Council meets in Astana on volunteerism' }).waitFor();
    assert.ok((await visitor.locator('.snippet mark').count()) > 0, 'the match is highlighted');
    await visitor.screenshot({ path: join(SHOTS, 'newsroom-search.png'), fullPage: true });

    await visitor.goto(`${base()}/ru/news`);
    await visitor.getByRole('link', { name: 'Молодёжный совет собрался в Астане' }).click();
    assert.match(await visitor.locator('.dateline').first().innerText(), /^Астана, 3 октября 2024 г\. —$/);

    await visitor.getByRole('link', { name: 'Версия для печати' }).click();
    await visitor.emulateMedia({ media: 'print' });
    assert.equal(await visitor.locator('.mainnav').count(), 0);
    // The contact is a person of the record: the Russian print names her in Russian.
    assert.match(await visitor.locator('.media-contact').innerText(), /Акбота Батырхан/);
    await visitor.screenshot({ path: join(SHOTS, 'newsroom-print-ru.png'), fullPage: true });
    await visitor.close();
  });

  it('news, article, search and the release pages pass automated accessibility checks', async () => {
    const context = await browser().newContext({ bypassCSP: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of [
      '/en/news',
      '/ru/news?year=2024',
      '/en/search?q=youth',
      '/ru/search?q=совет&type=release',
      '/en/news/about/state/KZ',
    ]) {
      await page.goto(base() + path);
      problems.push(...(await axeViolations(page)).map((v) => `${path}: ${v}`));
    }
    const first = page.locator('.news-title a').first();
    await page.goto(`${base()}/en/news`);
    assert.ok((await first.count()) > 0, 'an article to check');
    const href = await first.getAttribute('href');
    await page.goto(base() + href);
    problems.push(...(await axeViolations(page)).map((v) => `article: ${v}`));
    await signIn(page, base(), emails().editor);
    await page.goto(`${base()}/en/office/releases/new`);
    problems.push(...(await axeViolations(page)).map((v) => `release form: ${v}`));
    await context.close();
    assert.deepEqual(problems, []);
  });
});
