import { createPlatform, openRecord } from './platform.ts';
import { systemClock } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { diskFileStore } from './platform/files/disk.ts';
import { limitPdfRendering } from './platform/pdf.ts';

const config = readConfig();
limitPdfRendering({ threads: config.PDF_THREADS, queue: config.PDF_QUEUE });
const record = await openRecord(config.DATABASE_URL);
const app = await createPlatform(record, systemClock, {
  publicUrl: config.PUBLIC_URL,
  trustProxy: config.TRUST_PROXY,
  logger: config.LOG_LEVEL !== 'silent',
  waitForIndex: false,
  files: diskFileStore(config.FILES_DIR),
});
if (record.loadedPack) app.log.info('created the record and loaded the CICA pack');

const close = async () => {
  await app.close();
  await record.db.destroy();
  process.exit(0);
};
process.once('SIGINT', close);
process.once('SIGTERM', close);

await app.listen({ port: config.PORT, host: config.HOST });
