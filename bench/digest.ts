/**
 * "Voice of Asia": how long Typst takes to lay out a quarter's issue of about
 * sixty pages with sixty pictures, in English and in Russian: the first layout
 * (workers and compiler starting, fonts read) and then warm ones.
 * Usage: npm run bench:digest [-- extra-releases [pdf-to-write]]
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDigestReleases } from '../src/digest/digest.fixture.ts';
import { openRecord } from '../src/platform.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { diskFileStore } from '../src/platform/files/disk.ts';
import { uploadSample } from '../src/pictures/pictures.fixture.ts';
import { buildServices } from '../src/services.ts';

const EXTRA = Number(process.argv[2] ?? 35);
const OUT = process.argv[3];
const PICTURES = 60;
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
const services = buildServices(record.db, fixedClock('2025-01-15'), { files: diskFileStore(join(dir, 'files')) });
const editor = { id: 'e', email: 'e@cica.test', name: 'E', role: 'editor' as const, stateCode: null };
await seedDigestReleases(services, editor, { extra: EXTRA });
const t0 = performance.now();
const pictures: string[] = [];
for (let i = 0; i < PICTURES; i++) pictures.push(await uploadSample(services.pictures, editor, i));
const uploadMs = (performance.now() - t0) / PICTURES;

const rows: string[] = [];
for (const lang of ['en', 'ru'] as const) {
  const made = await services.digest.compile(editor, { from: '2024-10-01', to: '2024-12-31', lang });
  if (!made.ok) throw new Error(JSON.stringify(made));
  const issue = await services.digest.issue(made.id);
  // Each article opens with a picture; the rest fill the activities pages; one partner page sits after November.
  const articles: Record<string, { picture: string; quote?: string }> = {};
  issue.articles.forEach((a, i) => {
    articles[a.releaseId] = {
      picture: pictures[i % PICTURES]!,
      ...(i % 4 === 0 ? { quote: 'Confidence is built one meeting at a time.' } : {}),
    };
  });
  const saved = await services.digest.update(editor, made.id, issue.row.version, {
    title: issue.row.title,
    number: issue.row.number,
    foreword_author: 'A. Author',
    foreword_title: 'Deputy Minister of Foreign Affairs',
    foreword_text: 'Dear readers,\n\nThis issue gathers the quarter.',
    spotlight: issue.row.spotlight_release_id,
    teasers: issue.cover.map((c) => c.article.releaseId),
    cover_picture: pictures[0],
    flash:
      'The Secretariat welcomed new staff.\n\nThey start in January.\n---\nA webinar on ICT security was announced.',
    pictures: pictures.slice(issue.articles.length).join('\n'),
    partners: `A partner of CICA\npicture: ${pictures[1]}\nafter: 2024-11\nA page given to a partner.`,
    articles,
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved));
  const full = await services.digest.issue(made.id);
  const first = performance.now();
  const pdf = await services.digest.pdf(full);
  const cold = performance.now() - first;
  if (OUT && lang === 'en') writeFileSync(OUT, pdf);
  if (OUT && lang === 'ru') writeFileSync(OUT.replace(/\.pdf$/, '-ru.pdf'), pdf);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await services.digest.pdf(full);
    times.push(performance.now() - t);
  }
  rows.push(
    `| ${lang === 'en' ? 'English' : 'Russian'}, ${full.articles.length} articles, ${PICTURES} pictures | ${pageCount(pdf)} | ${cold.toFixed(0)} | ${percentile(times, 50).toFixed(0)} | ${percentile(times, 95).toFixed(0)} |`,
  );
}
await record.db.destroy();
rmSync(dir, { recursive: true, force: true });

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; Typst via @myriaddreamin/typst-ts-node-compiler, ${RUNS} layouts each; a picture uploaded (three sizes made by sharp) in ${uploadMs.toFixed(0)} ms`,
);
console.log("| issue | pages | first layout ms (with the compiler's start) | median ms | p95 ms |");
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) console.log(r);
process.exit(0);
