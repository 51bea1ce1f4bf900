/**
 * The implementation report over ten years and 5,000 activities (with a plan
 * of 60 items a year): how long the page and the PDF take, server side, the
 * way a visitor asks for them. Usage: npm run bench:activities [-- activities]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPlatform, openRecord } from '../src/platform.ts';
import { fixedClock } from '../src/platform/clock.ts';
import { ACTIVITY_KINDS, FORMATS } from '../src/activities/activities.ts';

const ACTIVITIES = Number(process.argv[2] ?? 5000);
const YEARS = 10;
const RUNS = 20;

let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};
const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
const some = <T>(xs: readonly T[], n: number) => [...new Set(Array.from({ length: n }, () => pick(xs)))];
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]!;

const dir = mkdtempSync(join(tmpdir(), 'bench-activities-'));
const record = await openRecord(join(dir, 'record.sqlite'));
const db = record.db;
const states = (await db.selectFrom('state').select('code').execute()).map((s) => s.code);
const areas = (await db.selectFrom('priority_area').select('id').execute()).map((a) => a.id);

// Written straight into the tables: through the office, each would be its own audited transaction.
const started = performance.now();
const items: string[] = [];
for (let y = 0; y < YEARS; y++) {
  const year = 2015 + y;
  await db
    .insertInto('action_plan')
    .values({ id: `plan-${year}`, year, title_en: `Action plan ${year}`, title_ru: `План действий на ${year} год` })
    .execute();
  const rows = Array.from({ length: 60 }, (_, i) => ({
    id: `item-${year}-${i}`,
    plan_id: `plan-${year}`,
    priority_area_id: pick(areas),
    title_en: `Planned seminar ${year}/${i}`,
    title_ru: `Семинар ${year}/${i}`,
    kind: pick(ACTIVITY_KINDS),
    responsible: some(states, 2).join(' '),
    planned_from: `${year}-${String(1 + (i % 12)).padStart(2, '0')}`,
    decision: pick(['pending', 'pending', 'postponed', 'cancelled'] as const),
  }));
  await db.insertInto('plan_item').values(rows).execute();
  items.push(...rows.map((r) => r.id));
}
for (let i = 0; i < ACTIVITIES; i += 500) {
  await db
    .insertInto('activity')
    .values(
      Array.from({ length: Math.min(500, ACTIVITIES - i) }, (_, k) => {
        const n = i + k;
        const start = new Date(Date.UTC(2015, 0, 1) + Math.floor(random() * YEARS * 365) * 86_400_000)
          .toISOString()
          .slice(0, 10);
        return {
          id: `act-${n}`,
          kind: pick(ACTIVITY_KINDS),
          status: random() < 0.9 ? 'held' : pick(['planned', 'cancelled'] as const),
          title_en: `Activity ${n}`,
          title_ru: `Мероприятие ${n}`,
          start_date: start,
          end_date: random() < 0.3 ? start : null,
          format: pick(FORMATS),
          areas: some(areas, 1 + Math.floor(random() * 2)).join(' '),
          organizers: some(states, 1).join(' '),
          hosts: some(states, 1).join(' '),
          participants: some(states, 6).join(' '),
          plan_item_id: random() < 0.3 ? pick(items) : null,
        };
      }),
    )
    .execute();
}
const loadSeconds = (performance.now() - started) / 1000;

const app = await createPlatform(record, fixedClock('2025-06-01'));
// Each request asks for a slightly different period, so none is answered from the page cache.
const period = (i: number) => `from=2015-01-01&to=2024-12-${String(31 - i).padStart(2, '0')}`;
const timed = async (url: (i: number) => string) => {
  const times: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const t0 = performance.now();
    const res = await app.inject(url(i));
    if (res.statusCode !== 200 || res.headers['x-cache'] === 'hit')
      throw new Error(`${url(i)}: ${res.statusCode} ${String(res.headers['x-cache'])} ${res.body.slice(0, 200)}`);
    if (i >= 2) times.push(performance.now() - t0); // the first two warm the compiler and the caches
  }
  return times;
};
const rows = [
  ['report page, English', await timed((i) => `/en/activities/report?${period(i)}`)],
  ['report page, Russian', await timed((i) => `/ru/activities/report?${period(i)}`)],
  ['report PDF, English', await timed((i) => `/en/activities/report.pdf?${period(i)}`)],
  ['report PDF, Russian', await timed((i) => `/ru/activities/report.pdf?${period(i)}`)],
  ['report CSV', await timed((i) => `/en/activities/report.csv?${period(i)}`)],
] as const;
await app.close();
await db.destroy();
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
else console.error(`kept ${dir}`);

console.log(
  `# ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, SQLite; ${ACTIVITIES.toLocaleString('en')} activities and ${items.length} plan items over ${YEARS} years, written in ${loadSeconds.toFixed(1)} s`,
);
console.log(`| report for ${YEARS} years (${RUNS} requests each) | median ms | p95 ms |`);
console.log('|---|---:|---:|');
for (const [label, xs] of rows)
  console.log(`| ${label} | ${percentile([...xs], 50).toFixed(1)} | ${percentile([...xs], 95).toFixed(1)} |`);
