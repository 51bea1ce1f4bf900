/**
 * Browser stories run the real platform on a free port and drive Debian's
 * Chromium through playwright-core (no browser download). Screenshots land in
 * test-results/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, type Page, chromium } from 'playwright-core';
import { createPlatform } from '../src/platform.ts';
import { diskFileStore } from '../src/platform/files/disk.ts';
import { type Clock, fixedClock } from '../src/platform/clock.ts';
import type { Db } from '../src/platform/db/database.ts';
import { freshRecord } from '../src/platform/testing/engines.ts';
import { PASSWORD, seedAccounts } from '../src/platform/testing/client.ts';
import type { Role } from '../src/platform/access.ts';
import type { ServiceOptions } from '../src/services.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NO_BROWSER = existsSync(CHROMIUM)
  ? false
  : `no Chromium at ${CHROMIUM} (scripts/system-deps.sh installs Debian's chromium)`;
export const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));
/** Runs axe on the page (the context must bypass CSP to inject it) and returns its serious findings. */
export async function axeViolations(page: Page): Promise<string[]> {
  // A click that navigates returns before the next document exists; injecting then finds no <head>.
  await page.waitForLoadState('load');
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'best-practice'] });
    return result.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target}`);
  });
}

export const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

/** Signs in through the office's own form, as staff do. */
export async function signIn(page: Page, base: string, email: string): Promise<void> {
  await page.goto(`${base}/office`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}

export function useBrowser(
  today = '2025-06-01',
  seed?: (db: Db, clock: Clock) => Promise<void>,
  options: ServiceOptions = {},
): {
  base: () => string;
  browser: () => Browser;
  emails: () => Record<Role, string>;
  /** The platform's clock, for stories that move time (a capsule's opening day). */
  clock: () => ReturnType<typeof fixedClock>;
} {
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let dispose: (() => Promise<void>) | undefined;
  let emails: Record<Role, string> | undefined;
  let clock: ReturnType<typeof fixedClock> | undefined;
  let filesDir: string | undefined;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const record = await freshRecord('sqlite');
    dispose = record.dispose;
    clock = fixedClock(today);
    emails = await seedAccounts(record.store.db, clock);
    await seed?.(record.store.db, clock);
    // Uploads and published PDFs go to a folder of the story's own, not the working tree's data/.
    filesDir = mkdtempSync(join(tmpdir(), 'e2e-files-'));
    app = await createPlatform(record.store, clock, { ...options, files: diskFileStore(filesDir) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await dispose?.();
    if (filesDir) rmSync(filesDir, { recursive: true, force: true });
  });
  return {
    base: () => `http://127.0.0.1:${(app!.server.address() as AddressInfo).port}`,
    browser: () => browser!,
    emails: () => emails!,
    clock: () => clock!,
  };
}
