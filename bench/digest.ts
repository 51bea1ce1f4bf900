/**
 * "Voice of Asia": how long Typst takes to lay out a quarter's issue of about
 * sixty pages, in English and in Russian. Usage: npm run bench:digest [-- extra-releases]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDigestReleases } from '../src/digest/digest.fixture.ts';
import { digestPdf } from '../src/digest/digest.pdf.views.ts';
import { openRecord } from '../src/platform.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { buildServices } from '../src/services.ts';

const EXTRA = Number(process.argv[2] ?? 115);
const RUNS = 10;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

const dir = mkdtempSync(join(tmpdir(), 'bench-digest-'));
const record = await openRecord(join(dir, 'record.sqlite'));
await record.db
  .insertInto('account')
  .values({ id: 'e', email: 'e@cica.test', name: 'E', role: 'editor', password_hash: 'x', created_at: '2024-01-01' })
  .execute();
const services = buildServices(record.db, fixedClock('2025-01-15'));
const editor = { id: 'e', email: 'e@cica.test', name: 'E', role: 'editor' as const, stateCode: null };
await seedDigestReleases(services, editor, { extra: EXTRA });

const rows: string[] = [];
for (const lang of ['en', 'ru'] as const) {
  const issue = await services.digest.preview({ from: '2024-10-01', to: '2024-12-31', lang });
  const first = performance.now();
  const pdf = await digestPdf(issue);
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await digestPdf(issue);
    times.push(performance.now() - t0);
  }
  rows.push(
    `| ${lang === 'en' ? 'English' : 'Russian'}, ${issue.articles.length} articles | ${pageCount(pdf)} | ${cold.toFixed(0)} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} |`,
  );
}
await record.db.destroy();
rmSync(dir, { recursive: true, force: true });

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; Typst via @myriaddreamin/typst-ts-node-compiler, ${RUNS} layouts each`,
);
console.log("| issue | pages | first layout ms (with the compiler's start) | median ms | p95 ms |");
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
