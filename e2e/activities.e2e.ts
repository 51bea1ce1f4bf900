import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { seedActivities } from '../src/activities/activities.fixture.ts';
import { buildServices } from '../src/services.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

describe("an editor records a held seminar against the plan, and the year's report counts it", {
  skip: NO_BROWSER,
}, () => {
  const { base, browser, emails } = useBrowser('2025-03-03', async (db, clock) => {
    const account = await db.selectFrom('account').selectAll().where('role', '=', 'editor').executeTakeFirstOrThrow();
    const editor = {
      id: account.id,
      email: account.email,
      name: account.name,
      role: 'editor' as const,
      stateCode: null,
    };
    const services = buildServices(db, clock);
    await seedActivities(services, editor);
    const plan = (await services.activities.plans())[0]!;
    await services.office.create(editor, 'plan-items', {
      plan_id: plan.id,
      priority_area_id: 'disaster-management',
      title_en: 'Seminar on early warning of disasters',
      title_ru: 'Семинар по раннему оповещению о бедствиях',
      kind: 'seminar',
      responsible: 'MN',
      planned_from: '2024-10',
      place_en: 'Ulaanbaatar',
      decision: 'pending',
    });
  });

  it('records it in the office, and the report, the plan, the list and the calendar show it', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${base()}/en/activities/report?from=2024-01-01&to=2024-12-31`);
    const before = Number(await page.locator('.figure').first().textContent());

    await signIn(page, base(), emails().editor);
    await page.getByRole('navigation', { name: 'Office' }).getByRole('link', { name: 'Activities' }).click();
    await page.getByRole('link', { name: 'Add', exact: true }).click();
    await page.getByLabel('Kind of activity').selectOption('seminar');
    await page.getByLabel('Held, planned or cancelled').selectOption('held');
    await page.getByLabel('Title (English)').fill('Seminar on early warning of disasters');
    await page.getByLabel('Title (Russian)').fill('Семинар по раннему оповещению о бедствиях');
    await page.getByLabel('Start date').fill('2024-10-22');
    await page.getByLabel('End date').fill('2024-10-23');
    await page.getByLabel('City (English)').fill('Ulaanbaatar');
    await page.getByLabel('Format', { exact: true }).selectOption('in-person');
    await page
      .getByLabel('Plan item it carries out')
      .selectOption({ label: 'Seminar on early warning of disasters (2024-10)' });
    await page
      .getByRole('group', { name: 'Priority areas' })
      .getByLabel('Natural disaster management', { exact: true })
      .check();
    await page.getByRole('group', { name: 'Organizers' }).getByLabel('Mongolia', { exact: true }).check();
    await page.getByRole('group', { name: 'Participating states' }).getByLabel('Kazakhstan', { exact: true }).check();
    await page.getByLabel('Number of participants').fill('45');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // A full-page screenshot resizes the window, and a click right after it can miss: the form is taken once saved.
    await page.screenshot({ path: join(SHOTS, 'activities-office-saved.png'), fullPage: true });
    await context.close();

    const visitor = await browser().newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await visitor.goto(`${base()}/en/activities/report?from=2024-01-01&to=2024-12-31`);
    assert.equal(Number(await visitor.locator('.figure').first().textContent()), before + 1);
    await visitor
      .getByRole('group', { name: 'By priority area' })
      .getByRole('link')
      .filter({ hasText: 'Natural disaster management' })
      .click();
    await visitor.getByRole('link', { name: 'Seminar on early warning of disasters' }).waitFor();
    await visitor.goto(`${base()}/en/activities/report?from=2024-01-01&to=2024-12-31`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-report.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);

    await visitor.goto(`${base()}/en/activities/plan/2024`);
    const row = visitor.locator('tr', { hasText: 'Seminar on early warning of disasters' });
    assert.equal(await row.locator('.badge').textContent(), 'Held');
    await visitor.screenshot({ path: join(SHOTS, 'activities-plan.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);

    await visitor.goto(`${base()}/en/activities/calendar?month=2024-10`);
    await visitor.getByRole('link', { name: 'Seminar on early warning of disasters' }).first().waitFor();
    await visitor.screenshot({ path: join(SHOTS, 'activities-calendar.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);

    await visitor.goto(`${base()}/en/activities`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-list.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);
    await visitor.getByRole('link', { name: 'Meeting of experts on tourism' }).click();
    await visitor.screenshot({ path: join(SHOTS, 'activities-page.png'), fullPage: true });
    assert.deepEqual(await axeViolations(visitor), []);

    await visitor.goto(`${base()}/ru/activities/report?from=2024-01-01&to=2024-12-31`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-report-ru.png'), fullPage: true });
    await visitor.goto(`${base()}/en/activities/timeline/area/tourism`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-timeline.png'), fullPage: true });

    await visitor.setViewportSize({ width: 390, height: 844 });
    await visitor.goto(`${base()}/ru/activities/calendar?month=2024-12`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-calendar-phone-ru.png'), fullPage: true });
    await visitor.goto(`${base()}/en/activities/report?from=2024-01-01&to=2024-12-31`);
    await visitor.screenshot({ path: join(SHOTS, 'activities-report-phone.png'), fullPage: true });
    const pdf = await visitor.request.get(`${base()}/en/activities/report.pdf?from=2024-01-01&to=2024-12-31`);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString(), '%PDF-');
    await visitor.close();
  });
});
