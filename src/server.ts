/**
 * The edge: reads the environment and listens. WORKERS=N (PostgreSQL only) starts N
 * processes with node:cluster sharing the port; the first process migrates the record
 * and loads the pack before any of them starts, then only watches them.
 */
import cluster from 'node:cluster';
import { createPlatform, openRecord } from './platform.ts';
import { systemClock } from './platform/clock.ts';
import { readConfig } from './platform/config.ts';
import { engineOf } from './platform/db/connect.ts';
import { diskFileStore } from './platform/files/disk.ts';
import { gatherClusterMetrics } from './platform/http/metrics.ts';
import { limitPdfRendering } from './platform/pdf.ts';
import { CapsuleKeyError, readKeyFile } from './capsules/capsules.service.ts';

const config = readConfig();
const postgres = engineOf(config.DATABASE_URL) === 'postgres';

if (config.WORKERS > 1 && !postgres) {
  console.error('error: WORKERS: several processes need PostgreSQL; SQLite is served by one process');
  process.exit(2);
}

if (config.WORKERS > 1 && cluster.isPrimary) {
  const record = await openRecord(config.DATABASE_URL);
  if (record.loadedPack) console.log('created the record and loaded the CICA pack');
  await record.db.destroy();
  let stopping = false;
  gatherClusterMetrics();
  for (let i = 0; i < config.WORKERS; i++) cluster.fork();
  // A process that dies is replaced; one told to stop is not.
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} ended (${signal ?? code}); starting another`);
    cluster.fork();
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} else {
  limitPdfRendering({ threads: config.PDF_THREADS, queue: config.PDF_QUEUE });
  const record = await openRecord(config.DATABASE_URL, undefined, {
    replicaUrl: config.DATABASE_REPLICA_URL,
    maxLagMs: config.REPLICA_MAX_LAG_MS,
  });
  const key = readKeyFile(config.CAPSULE_KEY_FILE);
  const app = await createPlatform(record, systemClock, {
    publicUrl: config.PUBLIC_URL,
    trustProxy: config.TRUST_PROXY,
    logger: config.LOG_LEVEL !== 'silent',
    waitForIndex: false,
    sharedCaching: { sMaxAge: config.CACHE_S_MAXAGE, staleWhileRevalidate: config.CACHE_STALE },
    metrics: { allow: config.METRICS_ALLOW, token: config.METRICS_TOKEN },
    cdnPurgeUrl: config.CDN_PURGE_URL,
    periodic: postgres ? config.DATABASE_URL : null,
    jobsOn: postgres ? config.DATABASE_URL : null,
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
}
