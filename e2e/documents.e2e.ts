import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { Db } from '../src/platform/db/database.ts';
import { NO_BROWSER, SHOTS, axeViolations, signIn, useBrowser } from './browser.ts';

const ROUNDS = [
  'The Ministers [reaffirm] the Principles of the 1999 Declaration and [their] commitment to dialogue.',
  'The Ministers reaffirm the Principles of the 1999 Declaration and their [firm] commitment to dialogue.',
  'The Ministers reaffirm the Principles of the 1999 Declaration and their firm commitment to dialogue and trust.',
];

async function seed(db: Db): Promise<void> {
  const meeting = (id: string, title: string, start: string) => ({
    id,
    kind: 'meeting',
    status: 'held',
    title_en: title,
    title_ru: null,
    start_date: start,
    end_date: null,
    city_en: null,
    city_ru: null,
    country_code: null,
    format: 'online',
    body_id: 'swg',
    meeting_number: null,
    meeting_kind: 'special',
    dimension_id: null,
    areas: null,
    organizers: null,
    hosts: null,
    participants: null,
    participant_count: null,
    plan_item_id: null,
    summary_en: null,
    summary_ru: null,
    outcome_en: null,
    outcome_ru: null,
    sources: null,
    confidence: null,
    retired_at: null,
  });
  await db
    .insertInto('activity')
    .values([
      meeting('swg-r1', 'Special Working Group, first round', '2024-10-15'),
      meeting('swg-r2', 'Special Working Group, second round', '2024-11-12'),
      meeting('swg-r3', 'Special Working Group, third round', '2024-11-28'),
    ])
    .execute();
  const doc = {
    date: '2020-06-01',
    stage: 'adopted',
    sources: 'Secretariat',
    confidence: 'H',
    place_en: null,
    place_ru: null,
    meeting_id: null,
    body_id: null,
    priority_area_id: null,
    note_en: null,
    note_ru: null,
    title_ru: null,
  };
  await db
    .insertInto('document')
    .values([
      {
        ...doc,
        id: 'story-agreement',
        kind: 'agreement',
        title_en: 'Agreement on Cooperation in Story Telling',
        classification: 'public',
        eif_required: 3,
        eif_days_after: 30,
        eif_late_days_after: 30,
      },
      {
        ...doc,
        id: 'members-paper',
        kind: 'report',
        title_en: 'Report Wombatconfidential for the member states',
        classification: 'restricted',
        text_en: 'Wombatconfidential findings.',
      },
    ])
    .execute();
}

describe('documents from draft to ratification', { skip: NO_BROWSER }, () => {
  const { base, browser, emails } = useBrowser('2025-06-01', seed);

  it('an editor records three SWG rounds, compares round 1 with round 3, the SOC forwards it, the MC adopts it by consensus', async () => {
    const context = await browser().newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().editor);
    await page.goto(`${base()}/en/office/drafting`);
    await page.getByLabel('Kind').selectOption('statement');
    await page.getByLabel('Title (English)').fill('Statement on the 25th anniversary of the 1999 Declaration');
    await page.getByLabel('Classification').selectOption('public');
    await page.getByRole('button', { name: 'Create the draft' }).click();
    for (const [i, text] of ROUNDS.entries()) {
      await page.locator('#f-meetingId').selectOption(`swg-r${i + 1}`);
      await page.locator('#f-textEn').fill(text);
      await page.getByRole('button', { name: 'Save the version' }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    }
    await page.getByRole('cell', { name: '2 passages open' }).waitFor();
    await page.getByRole('cell', { name: '0 passages open' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'documents-drafting.png'), fullPage: true });

    await page.locator('select[name=a]').selectOption('1');
    await page.locator('select[name=b]').selectOption('3');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Version 1 and version 3' }).waitFor();
    assert.ok((await page.locator('ins').allInnerTexts()).some((t) => t.includes('trust')));
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'documents-compare.png'), fullPage: true });
    await page.getByRole('link', { name: 'Back to the draft' }).click();

    // The Senior Officials Committee of 3–4 December 2024 forwards the text to the Council.
    await page.locator('#f-meetingId').selectOption('soc-2024-12');
    await page.locator('#f-step').selectOption('forwarded');
    await page.getByRole('button', { name: 'Save the version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

    await page.locator('#f-method').selectOption('consensus');
    await page.locator('#f-adopt-meeting').selectOption('mm-7');
    await page.getByRole('button', { name: 'Record the adoption' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.getByText('CICA/MINISTERIAL/2024/1').first().waitFor();

    await page.getByRole('link', { name: 'Document page' }).click();
    await page.getByRole('heading', { name: 'Statement on the 25th anniversary of the 1999 Declaration' }).waitFor();
    await page.getByText('and trust.').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'documents-adopted.png'), fullPage: true });
    await page.goto(`${base()}/en/activities/mm-7`);
    await page.getByRole('link', { name: 'Statement on the 25th anniversary of the 1999 Declaration' }).waitFor();
    await context.close();
  });

  it('a reviewer adds three ratifications and the status page shows the instrument in force on the computed date', async () => {
    const context = await browser().newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, base(), emails().reviewer);
    await page.goto(`${base()}/en/office/drafting/story-agreement`);
    for (const [state, action, date] of [
      ['KZ', 'ratification', '2021-03-01'],
      ['IN', 'approval', '2022-04-15'],
      ['TR', 'accession', '2025-01-10'],
    ] as const) {
      await page.getByLabel('State', { exact: true }).selectOption(state);
      await page.getByLabel('Instrument', { exact: true }).selectOption(action);
      await page.locator('#f-i-date').fill(date);
      await page.getByRole('button', { name: 'Add', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    }
    await page.goto(`${base()}/en/treaties/story-agreement`);
    await page.getByText('in force since 9 February 2025').first().waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.screenshot({ path: join(SHOTS, 'documents-treaty.png'), fullPage: true });
    await page.goto(`${base()}/en/treaties/story-agreement?asOf=2025-02-08`);
    assert.equal(await page.getByText('in force since').count(), 0);
    await context.close();
  });

  it('an anonymous visitor cannot find a member-states document anywhere, search and the sitemap included', async () => {
    const context = await browser().newContext({
      javaScriptEnabled: false,
      bypassCSP: true,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${base()}/en/documents`);
    assert.equal(await page.getByText('Wombatconfidential').count(), 0);
    await page.screenshot({ path: join(SHOTS, 'documents-registry-phone.png'), fullPage: true });
    await page.goto(`${base()}/en/search?q=Wombatconfidential`);
    assert.equal(await page.getByRole('link', { name: /Wombatconfidential/ }).count(), 0);
    const sitemap = await page.goto(`${base()}/sitemap.xml`);
    assert.ok(!(await sitemap!.text()).includes('members-paper'));
    const direct = await page.goto(`${base()}/en/documents/members-paper`);
    assert.equal(direct!.status(), 404);
    const api = await page.goto(`${base()}/api/documents/members-paper`);
    assert.equal(api!.status(), 404);
    await page.goto(`${base()}/ru/documents`);
    await page.screenshot({ path: join(SHOTS, 'documents-registry-ru-phone.png'), fullPage: true });
    await context.close();
  });
});
