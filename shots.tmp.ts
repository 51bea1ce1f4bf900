import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3450';
const out = '/tmp/h-office-shots';
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
for (const width of [1280, 390]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`${base}/office`);
  await page.getByLabel('E-mail').fill('admin@cica.test');
  await page.getByLabel('Password').fill('a fine long password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((u) => !u.pathname.endsWith('/sign-in'));
  if (width === 1280) {
    // some work to show: a draft, and an edit of Japan
    await page.goto(`${base}/en/office/releases/new`);
    await page.locator('#f-title_en').fill('Special Working Group meets in Astana');
    await page.locator('#f-place_en').fill('Astana');
    await page.locator('#f-body_en').fill('The Special Working Group met.');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.goto(`${base}/en/office/records/states/JP/edit`);
    await page.locator('#f-official_name_en').fill('Japan');
    await page.getByRole('button', { name: 'Save' }).click();
  }
  const shots: Array<[string, string, (() => Promise<void>)?]> = [
    ['dashboard', '/en/office'],
    ['dashboard-ru', '/ru/office'],
    ['list', '/en/office/records/states?q=an'],
    ['list-ru', '/ru/office/records/people'],
    ['audit', '/en/office/audit'],
    ['parity', '/en/office/parity'],
    ['release-form', '/en/office/releases/new'],
    ['form-error', '/en/office/records/states/KZ/edit', async () => {
      await page.locator('#f-name_en').fill('   ');
      await page.getByRole('button', { name: 'Save' }).click();
    }],
  ];
  for (const [name, path, act] of shots) {
    await page.goto(base + path);
    if (act) await act();
    await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
  }
  await ctx.close();
}
await browser.close();
