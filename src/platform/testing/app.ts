import { after, before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createPlatform } from '../../platform.ts';
import { fixedClock } from '../clock.ts';
import { freshRecord } from './engines.ts';

/** The day HTTP tests live on: after the 2024 handover, before the planned end of 2026. */
export const TEST_TODAY = '2025-06-01';

/** The whole platform over a fresh SQLite record, for `inject`. */
export function usePlatform(): () => FastifyInstance {
  let app: FastifyInstance | undefined;
  let dispose: (() => Promise<void>) | undefined;
  before(async () => {
    const record = await freshRecord('sqlite');
    dispose = record.dispose;
    app = await createPlatform(record.store, fixedClock(TEST_TODAY));
  });
  after(async () => {
    await app?.close();
    await dispose?.();
  });
  return () => {
    if (!app) throw new Error('the platform is not built yet');
    return app;
  };
}
