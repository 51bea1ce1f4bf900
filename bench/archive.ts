/**
 * Archive figures: a run of generated pages of the earlier sites (a third each
 * saved pages of the current site, of the older site, and text copies), read,
 * recognized, checked and written in one change, then the same run again (all
 * already there), then old addresses answered. On one process.
 * Usage: npm run bench:archive [-- pages] [-- postgres-url]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedPage } from '../src/archive/archive.fixture.ts';
import { openRecord } from '../src/platform.ts';
import type { Actor } from '../src/platform/access.ts';
import { systemClock } from '../src/platform/clock.ts';
import { buildServices } from '../src/services.ts';

const PAGES = Number(process.argv[2] ?? 3_000);
const dir = mkdtempSync(join(tmpdir(), 'archive-bench-'));
const url = process.argv[3] ?? join(dir, 'bench.sqlite');
const record = await openRecord(url);
const s = buildServices(record.db, systemClock);
const actor: Actor = { id: 'bench-editor', email: 'bench@cica.test', name: 'Bench', role: 'editor', stateCode: null };
await record.db
  .insertInto('account')
  .values({
    id: actor.id,
    email: actor.email,
    name: actor.name,
    role: 'editor',
    password_hash: 'x',
    created_at: new Date().toISOString(),
  } as never)
  .execute();

const encoder = new TextEncoder();
const files = Array.from({ length: PAGES }, (_, n) => {
  const p = generatedPage(n);
  return { name: p.name, bytes: encoder.encode(p.content) };
});
const megabytes = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1024 / 1024;

const time = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const started = performance.now();
  const result = await run();
  return [result, (performance.now() - started) / 1000];
};

const [dry, dryS] = await time(() => s.archive.importFiles(actor, files, { dryRun: true }));
const [done, doneS] = await time(() => s.archive.importFiles(actor, files, { publish: true }));
// What the import queued for search is indexed after its commit; the import is done when that is.
const [indexed, indexS] = await time(() => s.search.drain());
const [again, againS] = await time(() => s.archive.importFiles(actor, files, { publish: true }));
if (!dry.ok || !done.ok || done.summary.created !== PAGES || again.summary.already !== PAGES)
  throw new Error(`unexpected: ${JSON.stringify([dry.summary, done.summary, again.summary])}`);

// Every third generated page is a text copy that names its index.php address.
const keys = Array.from({ length: Math.floor(PAGES / 3) }, (_, n) => `press_releases:${10_000 + n * 3}`);
const [, resolveS] = await time(async () => {
  for (const k of keys) if (!(await s.archive.resolve(k))) throw new Error(`${k} not found`);
});

const engine = url.startsWith('postgres') ? 'PostgreSQL' : 'SQLite';
console.log(
  `archive import, ${engine}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}); ${PAGES} pages, ${megabytes.toFixed(1)} MB`,
);
console.log(
  `  dry run (read, recognize, check; nothing written): ${dryS.toFixed(1)} s (${Math.round(PAGES / dryS)} pages/s)`,
);
console.log(
  `  import, one change, published:                     ${doneS.toFixed(1)} s (${Math.round(PAGES / doneS)} pages/s)`,
);
console.log(`  search index brought up to date (${indexed} queued): ${indexS.toFixed(1)} s`);
console.log(
  `  import and index together:                         ${(doneS + indexS).toFixed(1)} s (${Math.round(PAGES / (doneS + indexS))} pages/s)`,
);
console.log(`  the same run again (all already there):            ${againS.toFixed(1)} s`);
console.log(`  ${keys.length} old addresses resolved:                     ${(resolveS * 1000).toFixed(0)} ms`);
await record.db.destroy();
rmSync(dir, { recursive: true, force: true });
