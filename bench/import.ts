/**
 * Bulk import speed: N generated releases (English and Russian each) imported
 * into a fresh record in files of 5,000, search indexed as they are written.
 * Usage: npm run bench:import [-- releases [postgres-url]]
 * Without a URL the record is a SQLite file in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { MAX_ITEMS } from '../src/newsroom/newsroom.import.ts';
import { openRecord } from '../src/platform.ts';
import { systemClock } from '../src/platform/clock.ts';
import { buildServices } from '../src/services.ts';
import { seeded, zipfWords } from './corpus.ts';

const RELEASES = Number(process.argv[2] ?? 100_000);
const URL_ARG = process.argv[3];

const dir = mkdtempSync(join(tmpdir(), 'secretariat-import-'));
// BENCH_DB=file keeps the SQLite record for other benches (bench/scale.ts reads 100,000 releases from it).
const keep = process.env.BENCH_DB;
const url = URL_ARG ?? keep ?? join(dir, 'bench.sqlite');
const record = await openRecord(url);
const services = buildServices(record.db, systemClock);
await services.search.reindexRecords();
const email = 'bench-import@example.org';
if (!(await services.accounts.actorByEmail(email)))
  await services.accounts.create({ email, name: 'Bench', role: 'editor', password: 'a bench password only' }, null);
const actor = (await services.accounts.actorByEmail(email))!;

// The text is drawn as bench/corpus.ts draws the PostgreSQL bench's (Zipf's law over 6,000 words a
// language, real words of CICA releases first), in the same shape: titles 8 words, leads 25,
// bodies 100 in four paragraphs. An eight-word vocabulary flattered the full-text index, which
// writes a list entry for each distinct word of a text.
const random = seeded(17);
const sentence = (lang: 'en' | 'ru', n: number, paragraph = n) => {
  const words = zipfWords(lang, n, random, paragraph);
  return words.charAt(0).toUpperCase() + words.slice(1);
};

function file(from: number, count: number) {
  const items = [];
  for (let i = from; i < from + count; i++) {
    const date = new Date(Date.UTC(2000, 0, 1) + (i % 9000) * 86_400_000).toISOString().slice(0, 10);
    const key = `r${i}`;
    for (const lang of ['en', 'ru'] as const)
      items.push({
        lang,
        key,
        title: sentence(lang, 8),
        lead: sentence(lang, 25),
        place: lang === 'en' ? 'Astana' : 'Астана',
        date,
        body: sentence(lang, 100, 25),
      });
  }
  return { name: `releases-${from}.json`, content: JSON.stringify(items) };
}

const perFile = MAX_ITEMS / 2;
// Only the imports are timed: making up the files' text is the bench's work, not the platform's.
let seconds = 0;
let cpuSeconds = 0;
for (let from = 0; from < RELEASES; from += perFile) {
  const content = file(from, Math.min(perFile, RELEASES - from));
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const result = await services.newsroom.importFiles(actor, [content], { publish: true });
  // On a shared machine wall-clock time counts the other work too; CPU time is this import's own.
  const cpu = process.cpuUsage(cpuBefore);
  const fileCpu = (cpu.user + cpu.system) / 1e6;
  const fileSeconds = (performance.now() - started) / 1000;
  cpuSeconds += fileCpu;
  seconds += fileSeconds;
  // How a file's cost grows with the record: the first, every tenth and the last.
  const n = from / perFile;
  if (n % 10 === 0 || from + perFile >= RELEASES)
    console.log(`  file ${n + 1} (after ${from} releases): ${fileSeconds.toFixed(2)} s, CPU ${fileCpu.toFixed(2)} s`);
  if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
}
const indexed = await sql<{ n: number }>`select count(*) as n from search_entry where type = 'release'`.execute(
  record.db,
);
console.log(
  `imported ${RELEASES} releases on ${record.engine} in ${seconds.toFixed(1)} s: ${Math.round(RELEASES / seconds)} releases/s; ` +
    `${Number(indexed.rows[0]?.n)} search entries; CPU ${cpuSeconds.toFixed(1)} s = ${Math.round(RELEASES / cpuSeconds)} releases per CPU second; ${cpus().length} cores`,
);
await record.db.destroy();
rmSync(dir, { recursive: true, force: true });
if (keep) console.log(`kept the record in ${keep}`);
