/**
 * Newsroom figures: search latency over 100,000 generated releases in each
 * language, and requests per second for an article and the news list at 50
 * concurrent connections. Usage: npm run bench:newsroom [-- releases seconds]
 * BENCH_DIR=folder keeps the generated record there and reuses it next time.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import { createPlatform, openRecord } from '../src/platform.ts';
import { systemClock } from '../src/platform/clock.ts';
import { buildServices } from '../src/services.ts';
import { releaseRowids } from '../src/search/search.ts';
import { addTerms } from '../src/search/search.store.ts';

const RELEASES = Number(process.argv[2] ?? 100_000);
const SECONDS = Number(process.argv[3] ?? 5);

let seed = 42;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;

// Text like real text: 8,000 words a language, used as often as Zipf's law says (a few very common, most rare).
const VOCABULARY = 8000;
const syllables = (alphabet: readonly string[]) =>
  Array.from(
    { length: VOCABULARY },
    (_, i) =>
      Array.from({ length: 2 + (i % 3) }, () => pick(alphabet)).join('') +
      (i < 200 ? '' : String.fromCharCode(97 + (i % 7))),
  );
const EN = [
  ...new Set(
    syllables([
      'ka',
      'ro',
      'mi',
      'sel',
      'tan',
      'vor',
      'lu',
      'pen',
      'dis',
      'ar',
      'co',
      'men',
      'tri',
      'gal',
      'bo',
      'nes',
    ]),
  ),
];
const RU = [
  ...new Set(
    syllables([
      'ка',
      'ро',
      'ми',
      'сел',
      'тан',
      'вор',
      'лу',
      'пен',
      'дис',
      'ар',
      'ко',
      'мен',
      'три',
      'гал',
      'бо',
      'нес',
    ]),
  ),
];
const zipfWeights = (n: number) => {
  const w = Array.from({ length: n }, (_, i) => 1 / (i + 1) ** 1.07);
  let s = 0;
  return w.map((x) => (s += x));
};
const cumulative = { en: zipfWeights(EN.length), ru: zipfWeights(RU.length) };
const zipf = (vocabulary: readonly string[], cum: number[]) => {
  const x = random() * cum[cum.length - 1]!;
  let lo = 0,
    hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return vocabulary[lo]!;
};
const words = (vocabulary: readonly string[], n: number) => {
  const cum = vocabulary === EN ? cumulative.en : cumulative.ru;
  return Array.from({ length: n }, () => zipf(vocabulary, cum)).join(' ');
};
/** What people search for: words neither as common as "the" nor unheard of. */
const queryWord = (vocabulary: readonly string[]) => vocabulary[20 + Math.floor(random() * 2000)]!;
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

const dir = process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'bench-newsroom-'));
mkdirSync(dir, { recursive: true });
const record = await openRecord(join(dir, 'record.sqlite'));
const db = record.db;
const existing = Number(
  (
    await db
      .selectFrom('press_release')
      .select(({ fn }) => fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
  ).n,
);

// Generated straight into the tables (the services would index one release at a time).
const started = performance.now();
const now = new Date().toISOString();
for (let i = existing; i < RELEASES; i += 500) {
  const batch = Array.from({ length: Math.min(500, RELEASES - i) }, (_, k) => {
    const n = i + k;
    const date = new Date(Date.UTC(2010, 0, 1) + (n % 5800) * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `bench-${n}`,
      slug: `${date}-bench-${n}`,
      status: 'published',
      place_en: 'Astana',
      place_ru: 'Астана',
      date,
      title_en: `${words(EN, 6)} ${n}`,
      title_ru: `${words(RU, 6)} ${n}`,
      lead_en: words(EN, 25),
      lead_ru: words(RU, 25),
      body_en: words(EN, 120),
      body_ru: words(RU, 120),
      created_at: now,
      updated_at: now,
      published_at: now,
    };
  });
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('press_release').values(batch).execute();
    const entries = batch.flatMap((r) => [
      {
        id: `release:${r.id}:en`,
        type: 'release',
        ref_id: r.id,
        lang: 'en',
        title: r.title_en,
        body: `${r.lead_en} ${r.body_en}`,
        date: r.date,
        path: `/news/${r.slug}`,
        states: ' KZ ',
        dimensions: '',
      },
      {
        id: `release:${r.id}:ru`,
        type: 'release',
        ref_id: r.id,
        lang: 'ru',
        title: r.title_ru,
        body: `${r.lead_ru} ${r.body_ru}`,
        date: r.date,
        path: `/news/${r.slug}`,
        states: ' KZ ',
        dimensions: '',
      },
    ]);
    // The same index rows the service makes: releases in date order (see search.ts).
    const rowids = entries.map((e, j) => releaseRowids(e.date, e.lang)[0] + Math.floor((i + Math.floor(j / 2)) / 5800));
    await trx
      .insertInto('search_entry')
      .values(entries.map((e, j) => ({ ...e, fts_rowid: rowids[j]! })))
      .execute();
    await sql`insert into search_fts (rowid, title, body) values ${sql.join(entries.map((e, j) => sql`(${rowids[j]!}, ${e.title}, ${e.body})`))}`.execute(
      trx,
    );
    await addTerms(
      trx,
      entries.flatMap((e) => [e.title, e.body]),
    );
  });
}
if (existing < RELEASES) await sql`insert into search_fts(search_fts) values('optimize')`.execute(db);
const loadSeconds = (performance.now() - started) / 1000;

const services = buildServices(db, systemClock);
const timings = { en: [] as number[], ru: [] as number[] };
for (const lang of ['en', 'ru'] as const) {
  const vocabulary = lang === 'en' ? EN : RU;
  for (let i = 0; i < 50; i++) await services.search.search({ q: queryWord(vocabulary), lang }); // warm-up
  for (let i = 0; i < 1000; i++) {
    // Half single words, half two words, the second typed only in part (a prefix).
    const q = i % 2 ? queryWord(vocabulary) : `${queryWord(vocabulary)} ${queryWord(vocabulary).slice(0, 4)}`;
    const t0 = performance.now();
    await services.search.search({ q, lang });
    timings[lang].push(performance.now() - t0);
  }
}

const app = await createPlatform(record, systemClock);
await app.listen({ port: 0, host: '127.0.0.1' });
const { port } = app.server.address() as { port: number };
const routes = ['/en/news/2012-05-01-bench-851', '/ru/news', '/en/news?year=2015&month=3'];
const served: string[] = [];
for (const route of routes) {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${route}`, connections: 50, duration: SECONDS });
  if (result.non2xx) throw new Error(`${route}: ${result.non2xx} answers were not 2xx`);
  served.push(
    `| \`${route}\` | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} |`,
  );
}
await app.close();

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, SQLite; ${RELEASES.toLocaleString('en')} releases in each language, generated in ${loadSeconds.toFixed(1)} s`,
);
console.log('| search over | median ms | p95 ms | p99 ms |');
console.log('|---|---:|---:|---:|');
for (const lang of ['en', 'ru'] as const) {
  const xs = timings[lang];
  console.log(
    `| ${RELEASES.toLocaleString('en')} releases, ${lang === 'en' ? 'English' : 'Russian'} (1,000 queries) | ${percentile(xs, 50).toFixed(2)} | ${percentile(xs, 95).toFixed(2)} | ${percentile(xs, 99).toFixed(2)} |`,
  );
}
console.log(`\n| page (50 connections, ${SECONDS} s) | req/s | p50 ms | p99 ms |`);
console.log('|---|---:|---:|---:|');
for (const line of served) console.log(line);

await db.destroy();
if (!process.env.BENCH_DIR) rmSync(dir, { recursive: true, force: true });
