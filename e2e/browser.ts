/**
 * Browser stories run the real platform on a free port and drive Debian's
 * Chromium through playwright-core (no browser download). Screenshots land in
 * test-results/ for a person to look at.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium } from 'playwright-core';
import { createPlatform } from '../src/platform.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { freshRecord } from '../src/platform/testing/engines.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NO_BROWSER = existsSync(CHROMIUM) ? false : `no Chromium at ${CHROMIUM} (scripts/system-deps.sh installs Debian's chromium)`;
export const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));
export const AXE = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

export function useBrowser(today = '2025-06-01'): { base: () => string; browser: () => Browser } {
  let app: FastifyInstance | undefined;
  let browser: Browser | undefined;
  let dispose: (() => Promise<void>) | undefined;
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    const record = await freshRecord('sqlite');
    dispose = record.dispose;
    app = await createPlatform(record.store, fixedClock(today));
    await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await dispose?.();
  });
  return {
    base: () => `http://127.0.0.1:${(app!.server.address() as AddressInfo).port}`,
    browser: () => browser!,
  };
}
