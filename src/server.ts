import { createPlatform, openRecord } from './platform.ts';
import { systemClock } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { diskFileStore } from './platform/files/disk.ts';
import { limitPdfRendering } from './platform/pdf.ts';
import { CapsuleKeyError, readKeyFile } from './capsules/capsules.service.ts';

const config = readConfig();
limitPdfRendering({ threads: config.PDF_THREADS, queue: config.PDF_QUEUE });
const record = await openRecord(config.DATABASE_URL);
const key = readKeyFile(config.CAPSULE_KEY_FILE);
const app = await createPlatform(record, systemClock, {
  publicUrl: config.PUBLIC_URL,
  trustProxy: config.TRUST_PROXY,
  logger: config.LOG_LEVEL !== 'silent',
  waitForIndex: false,
  capsuleKey: key.ok ? key.key : null,
  capsuleKeyPath: config.CAPSULE_KEY_FILE,
  files: diskFileStore(config.FILES_DIR),
  symbolPattern: config.DOCUMENT_SYMBOL_PATTERN,
}).catch(async (error: unknown) => {
  if (!(error instanceof CapsuleKeyError)) throw error;
  console.error(`secretariat will not start: ${error.message}`);
  await record.db.destroy();
  process.exit(1);
});
if (!key.ok && key.problem === 'malformed')
  app.log.warn(`${config.CAPSULE_KEY_FILE} is not a capsule key (32 bytes, or 64 hex digits): nothing can be sealed`);
if (record.loadedPack) app.log.info('created the record and loaded the CICA pack');

const close = async () => {
  await app.close();
  await record.db.destroy();
  process.exit(0);
};
process.once('SIGINT', close);
process.once('SIGTERM', close);

await app.listen({ port: config.PORT, host: config.HOST });
