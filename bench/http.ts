/**
 * Requests per second for the public pages and the API, at 50 concurrent
 * connections, on the embedded SQLite record loaded with the CICA pack.
 * Usage: npm run bench [-- seconds-per-route]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createPlatform, openRecord } from '../src/platform.ts';
import { systemClock } from '../src/platform/clock.ts';

const seconds = Number(process.argv[2] ?? 5);
const routes = [
  '/api/troika?date=2019-12-03',
  '/api/states?status=member',
  '/api/cbm/priority-areas?asOf=2024-06-01',
  '/en/states',
  '/ru/chairmanship?date=2019-12-03',
  '/en/cbm',
];

const dir = mkdtempSync(join(tmpdir(), 'bench-'));
const record = await openRecord(join(dir, 'record.sqlite'));
const app = await createPlatform(record, systemClock);
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, SQLite, 50 connections, ${seconds} s per route`,
);
console.log('| route | req/s | p50 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const route of routes) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 50, duration: seconds });
  if (result.non2xx) throw new Error(`${route}: ${result.non2xx} answers were not 2xx`);
  console.log(
    `| \`${route}\` | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} |`,
  );
}

await app.close();
await record.db.destroy();
rmSync(dir, { recursive: true, force: true });
