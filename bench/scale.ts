/**
 * Issue 17's figures. Usage: npm run bench:scale -- PART [seconds]
 *   nginx   an article's requests a second from the platform (one process on SQLite, then
 *           WORKERS=2 on PostgreSQL) against nginx sending the same bytes from a file, same run.
 *           The platform is built and run as npm run start:built runs it; TSX=1 runs `npm start`.
 *           Needs Debian's nginx: `apt-get install -y nginx` (the bench tries it when missing).
 *   memory  the RSS of the built server (npm run build, then as npm run start:built runs it) over the 100,000 releases bench/import.ts kept
 *           (BENCH_DB=/var/tmp/secretariat-bench/100k.sqlite npm run bench:import).
 *   pg      an article page's p99 and search's p95 over 1,000,000 releases on PostgreSQL:
 *           the cluster and its data are made once under /var/tmp/secretariat-bench/pg and kept.
 *   pg-queries  the same mix of searches asked of the search store one at a time (no HTTP, no
 *           queue): the database's own time per kind, and the slowest queries with their words.
 * Every part starts its own servers on ports 3430-3439 and stops them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import autocannon from 'autocannon';
import pg from 'pg';
import { VOCABULARY, wordAt, zipfText } from './corpus.ts';

const PART = process.argv[2] ?? 'nginx';
const SECONDS = Number(process.argv[3] ?? 10);
const DIR = '/var/tmp/secretariat-bench';
const SQLITE_100K = `${DIR}/100k.sqlite`;
const PG_DATA = `${DIR}/pg`;
const PG_PORT = 3439;
const PG_URL = `postgres://postgres@127.0.0.1:${PG_PORT}/secretariat`;
const BIN = (() => {
  const versions = existsSync('/usr/lib/postgresql')
    ? execFileSync('ls', ['/usr/lib/postgresql']).toString().split('\n')
    : [];
  return `/usr/lib/postgresql/${versions.filter(Boolean).sort().at(-1)}/bin`;
})();
const asPostgres = (cmd: string, args: string[]) =>
  process.getuid?.() === 0 ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args]) : execFileSync(cmd, args);

async function until(url: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never became ready`);
}

/** `built`: the production build (npm run build), as a deployment runs it, without the compiler of tsx. */
/**
 * The built server as production runs it: package.json's `start:built`, whose variables
 * and node flags (see docs/deploy.md) are read from there, so the bench measures what runs.
 */
function productionCommand(): { env: Record<string, string>; args: string[] } {
  const script: string = JSON.parse(readFileSync('package.json', 'utf8')).scripts['start:built'];
  const words = script.split(/\s+/).filter(Boolean);
  const env = Object.fromEntries(words.filter((w) => /^[A-Z_]+=/.test(w)).map((w) => w.split('=', 2)));
  const args = words.slice(words.indexOf('node') + 1);
  return { env, args };
}

/**
 * `timed`: the server logs each request (LOG_LEVEL=info) and the bench keeps Fastify's own
 * `responseTime` of every one, to set the server's time beside what the load generator saw.
 */
async function server(env: Record<string, string>, port: number, { built = false, timed = false } = {}) {
  const production = built ? productionCommand() : { env: {}, args: ['--import', 'tsx', 'src/server.ts'] };
  const child = spawn(process.execPath, production.args, {
    env: {
      ...process.env,
      ...production.env,
      NODE_ENV: 'production',
      LOG_LEVEL: timed ? 'info' : 'silent',
      HOST: '127.0.0.1',
      PORT: String(port),
      ...env,
    },
    stdio: ['ignore', timed ? 'pipe' : 'ignore', 'inherit'],
  });
  const served: number[] = [];
  if (timed) {
    let rest = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const t = /"responseTime":([0-9.]+)/.exec(line);
        if (t) served.push(Number(t[1]));
      }
    });
  }
  await until(`http://127.0.0.1:${port}/healthz`);
  return Object.assign(child, { served });
}

/** p50, p95 and p99 of times in ms. */
function percentiles(times: readonly number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0) * 10) / 10;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

/** `rate`: requests a second over all connections (autocannon's overallRate); else as fast as answered. */
const rps = async (url: string | string[], seconds = SECONDS, connections = 50, rate?: number) => {
  const urls = [url].flat();
  const first = new URL(urls[0]!);
  // Every answer's time, for exact percentiles (autocannon reports p97.5 and p99, no p95).
  const times: number[] = [];
  let next = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(
      {
        url: first.origin,
        connections,
        duration: seconds,
        ...(rate ? { overallRate: rate } : {}),
        // One shared turn through the addresses: with a list each, every connection would ask the same
        // ones in the same order, and all but the first would be answered from the page cache.
        requests: [
          {
            method: 'GET' as const,
            setupRequest: (req) => {
              const u = new URL(urls[next++ % urls.length]!);
              return { ...req, path: u.pathname + u.search };
            },
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    run.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0) * 10) / 10;
  return {
    rps: result.requests.average,
    p50: at(0.5),
    p95: at(0.95),
    p99: at(0.99),
    errors: result.errors + result.non2xx + result.timeouts,
  };
};

function ensureNginx(): string {
  if (existsSync('/usr/sbin/nginx')) return '/usr/sbin/nginx';
  console.log("nginx is missing: installing Debian's package (apt-get install -y nginx)");
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return '/usr/sbin/nginx';
}

function startNginx(file: string, port: number) {
  const root = `${DIR}/nginx`;
  mkdirSync(`${root}/html`, { recursive: true });
  writeFileSync(`${root}/html/article.html`, readFileSync(file));
  // Two worker processes for two cores, as Debian's default (auto) would pick here.
  writeFileSync(
    `${root}/nginx.conf`,
    `worker_processes 2; pid ${root}/nginx.pid; error_log ${root}/error.log; daemon off;
events { worker_connections 1024; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000;
  server { listen 127.0.0.1:${port}; root ${root}/html; location / { default_type text/html; } } }`,
  );
  return spawn(ensureNginx(), ['-c', `${root}/nginx.conf`, '-p', root], { stdio: 'inherit' });
}

async function ensurePostgres(): Promise<void> {
  mkdirSync(DIR, { recursive: true });
  if (!existsSync(`${PG_DATA}/PG_VERSION`)) {
    mkdirSync(PG_DATA, { recursive: true });
    if (process.getuid?.() === 0) execFileSync('chown', ['postgres:postgres', PG_DATA]);
    asPostgres(`${BIN}/initdb`, [
      '-D',
      PG_DATA,
      '-U',
      'postgres',
      '--auth=trust',
      '--encoding=UTF8',
      '--locale=C.UTF-8',
    ]);
  }
  try {
    asPostgres(`${BIN}/pg_ctl`, ['-D', PG_DATA, 'status']);
  } catch {
    asPostgres(`${BIN}/pg_ctl`, [
      '-D',
      PG_DATA,
      '-l',
      `${PG_DATA}/server.log`,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${PG_PORT} -k ${PG_DATA} -c listen_addresses=127.0.0.1 -c shared_buffers=6GB -c max_connections=200`,
      'start',
    ]);
  }
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${PG_PORT}/postgres` });
  await admin.connect();
  const exists = await admin.query(`select 1 from pg_database where datname = 'secretariat'`);
  if (exists.rowCount === 0) await admin.query('create database secretariat');
  await admin.end();
}

/**
 * Which text the kept releases have: a new kind of corpus is generated again, once. The search
 * entries are written in search_entry_newest_idx's order, as migration 0041's CLUSTER leaves them.
 */
const CORPUS = `zipf-${VOCABULARY}-ordered`;

/**
 * 1,000,000 releases and their 2,000,000 search entries, made inside PostgreSQL (generate_series), once:
 * titles of 8 words, leads of 25, bodies of 100 in four paragraphs, drawn from bench/corpus.ts's Zipf
 * vocabulary; dates over 25 years (2001-2025).
 */
async function ensureMillion(): Promise<void> {
  const { openRecord } = await import('../src/platform.ts');
  const record = await openRecord(PG_URL);
  await record.db.destroy();
  const db = new pg.Client({ connectionString: PG_URL });
  await db.connect();
  const { rows } = await db.query<{ n: string }>(`select count(*) as n from press_release where slug like 'bench-%'`);
  const kept = await db.query<{ value: string }>(`select value from setting where key = 'bench-corpus'`);
  if (Number(rows[0]?.n) < 1_000_000 || kept.rows[0]?.value !== CORPUS) {
    await checkVocabulary(db);
    const started = performance.now();
    const say = (what: string) => console.log(`  ${what} (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    await db.query(`set maintenance_work_mem = '1GB'; set synchronous_commit = off; select setseed(0.17)`);
    // Without the full-text index the deletes and inserts are far faster; it is built once at the end.
    await db.query('drop index if exists search_entry_tsv_idx');
    await db.query(`delete from search_entry where ref_id like 'bench-%'`);
    await db.query(`delete from press_release where slug like 'bench-%'`);
    await db.query('vacuum press_release, search_entry');
    say('old bench releases deleted');
    const date = `to_char(date '2001-01-01' + ((i::bigint * 7919) % 9131)::int, 'YYYY-MM-DD')`;
    // Two connections, a batch of 100,000 each at a time: the text is made by the CPU, and there are two.
    const batch = async (from: number, seed: number) => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`set synchronous_commit = off; select setseed(${seed})`);
      await c.query(`insert into press_release (id, slug, status, place_en, place_ru, date, title_en, title_ru, lead_en, lead_ru, body_en, body_ru, published_at, created_at, updated_at)
        select 'bench-' || i, 'bench-' || i, 'published', 'Astana', 'Астана', ${date},
          t.en, t.ru, ${zipfText('en', 25)}, ${zipfText('ru', 25)}, ${zipfText('en', 100, 25)}, ${zipfText('ru', 100, 25)},
          '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z'
        from generate_series(${from}, ${from + 99_999}) i,
          lateral (select upper(left(en, 1)) || substr(en, 2) as en, upper(left(ru, 1)) || substr(ru, 2) as ru
            from (select ${zipfText('en', 8)} as en, ${zipfText('ru', 8)} as ru) w) t`);
      await c.end();
      say(`generated ${from}…${from + 99_999}`);
    };
    for (let from = 1; from <= 1_000_000; from += 200_000)
      await Promise.all([batch(from, from / 2_000_000), batch(from + 100_000, (from + 100_000) / 2_000_000)]);
    await db.query(`insert into search_entry (id, type, ref_id, lang, title, body, date, path, states, dimensions)
      select 'release:' || id || ':' || l, 'release', id, l, case when l = 'en' then title_en else title_ru end,
        case when l = 'en' then coalesce(lead_en, '') || ' ' || body_en else coalesce(lead_ru, '') || ' ' || body_ru end,
        date, '/news/' || slug, '', ''
      from press_release, (values ('en'), ('ru')) as langs(l) where id like 'bench-%'
      order by l, date, 'release:' || id || ':' || l`);
    say('2,000,000 search entries written');
    await db.query('create index search_entry_tsv_idx on search_entry using gin (tsv)');
    say('full-text index built');
    await db.query('vacuum analyze');
    await db.query(
      `insert into setting (key, value) values ('bench-corpus', $1) on conflict (key) do update set value = excluded.value`,
      [CORPUS],
    );
    say('generated 1,000,000 releases');
  }
  await db.end();
}

/** The queries' words are computed here and the texts' words in SQL: both must spell every rank alike. */
async function checkVocabulary(db: pg.Client): Promise<void> {
  for (const lang of ['en', 'ru'] as const) {
    const { rows } = await db.query<{ w: string }>(
      `select ${zipfText(lang, 1).replace(/floor\(power\([0-9]+, random\(\)\)\)::int/, 'i')} as w
       from generate_series(1, ${VOCABULARY}) i order by i`,
    );
    const words = rows.map((r) => r.w);
    const wrong = words.findIndex((w, i) => w !== wordAt(lang, i + 1));
    if (wrong >= 0)
      throw new Error(`${lang} rank ${wrong + 1}: SQL says ${words[wrong]}, wordAt ${wordAt(lang, wrong + 1)}`);
    if (new Set(words).size !== VOCABULARY) throw new Error(`${lang}: two ranks spell the same word`);
  }
}

const machine = `${cpus().length} cores (${cpus()[0]?.model.trim()}), shared with other work; Node ${process.version}`;

/** One published article, the same in both records, with the length of a real release. */
async function withArticle(url: string): Promise<string> {
  const { openRecord } = await import('../src/platform.ts');
  const { buildServices } = await import('../src/services.ts');
  const { systemClock } = await import('../src/platform/clock.ts');
  const record = await openRecord(url);
  const s = buildServices(record.db, systemClock);
  const email = 'bench-http@example.org';
  if (!(await s.accounts.actorByEmail(email)))
    await s.accounts.create({ email, name: 'Bench', role: 'editor', password: 'a bench password only' }, null);
  const body = Array.from(
    { length: 8 },
    (_, i) =>
      `Paragraph ${i + 1}: the ministers discussed confidence-building measures, security and cooperation in Asia, and agreed on the next steps of the dialogue.`,
  ).join('\n\n');
  await s.newsroom.importFiles(
    (await s.accounts.actorByEmail(email))!,
    [
      {
        name: 'a.json',
        content: JSON.stringify([
          {
            lang: 'en',
            title: 'Ministers meet on confidence-building measures',
            place: 'Astana',
            date: '2025-05-01',
            body,
          },
        ]),
      },
    ],
    { publish: true },
  );
  await record.db.destroy();
  return '/en/news/2025-05-01-ministers-meet-on-confidence-building-measures';
}

if (PART === 'nginx') {
  mkdirSync(DIR, { recursive: true });
  const sqlite = `${DIR}/http.sqlite`;
  const path = await withArticle(sqlite);
  // As production runs it (npm run start:built and its node flags); TSX=1 measures `npm start` instead.
  const built = process.env.TSX !== '1';
  if (built) execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
  const one = await server({ DATABASE_URL: sqlite }, 3430, { built });
  const bytes = await (await fetch(`http://127.0.0.1:3430${path}`)).text();
  writeFileSync(`${DIR}/article.html`, bytes);
  const nginx = startNginx(`${DIR}/article.html`, 3431);
  await new Promise((r) => setTimeout(r, 1000));
  await rps(`http://127.0.0.1:3431/article.html`, 2);
  const n = await rps(`http://127.0.0.1:3431/article.html`);
  await rps(`http://127.0.0.1:3430${path}`, 2);
  const p1 = await rps(`http://127.0.0.1:3430${path}`);
  one.kill('SIGTERM');
  await ensurePostgres();
  await withArticle(PG_URL);
  const two = await server({ DATABASE_URL: PG_URL, WORKERS: '2' }, 3432, { built });
  await rps(`http://127.0.0.1:3432${path}`, 2);
  const p2 = await rps(`http://127.0.0.1:3432${path}`);
  const n2 = await rps(`http://127.0.0.1:3431/article.html`);
  two.kill('SIGTERM');
  nginx.kill('SIGTERM');
  console.log(
    `article ${path}, ${bytes.length} bytes, 50 connections, ${SECONDS} s each; the platform ${built ? `built, as npm run start:built runs it (${productionCommand().args.join(' ')})` : 'under tsx (npm start)'}; ${machine}`,
  );
  console.log(
    `nginx (2 workers, the same bytes from a file): ${Math.round(n.rps)} req/s; again after: ${Math.round(n2.rps)} req/s`,
  );
  console.log(
    `platform, 1 process (SQLite): ${Math.round(p1.rps)} req/s = ${((p1.rps / n.rps) * 100).toFixed(0)}% of nginx`,
  );
  console.log(
    `platform, WORKERS=2 (PostgreSQL): ${Math.round(p2.rps)} req/s = ${((p2.rps / ((n.rps + n2.rps) / 2)) * 100).toFixed(0)}% of nginx`,
  );
} else if (PART === 'memory') {
  if (!existsSync(SQLITE_100K)) throw new Error(`first: BENCH_DB=${SQLITE_100K} npm run bench:import`);
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'ignore' });
  const child = await server({ DATABASE_URL: SQLITE_100K }, 3433, { built: true });
  const base = 'http://127.0.0.1:3433';
  const pages = [
    '/en',
    '/ru',
    '/en/news',
    '/ru/news',
    '/en/search?q=security',
    '/ru/search?q=доверие',
    '/en/news/feed.rss',
    '/sitemap.xml',
  ];
  for (let i = 1; i <= 50; i++) pages.push(`/en/news?page=${i}`, `/ru/news?page=${i}`);
  for (const p of pages) await fetch(`${base}${p}`);
  await rps(
    pages.map((p) => `${base}${p}`),
    SECONDS,
  );
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  const hwm = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1]) / 1024;
  child.kill('SIGTERM');
  console.log(
    `RSS of the built server (npm run start:built: ${productionCommand().args.join(' ')}) over 100,000 releases after ${pages.length} pages and ${SECONDS} s of load: ${rss.toFixed(0)} MB (peak ${hwm.toFixed(0)} MB); ${machine}`,
  );
} else if (PART === 'pg' || PART === 'pg-article') {
  await ensurePostgres();
  await ensureMillion();
  const child = await server({ DATABASE_URL: PG_URL }, 3434, { timed: true });
  const base = 'http://127.0.0.1:3434';
  await until(`${base}/healthz`, 600_000);
  /** A run as the load generator saw it, and the same requests as the server timed them. */
  const measured = async (...args: Parameters<typeof rps>) => {
    const from = child.served.length;
    const seen = await rps(...args);
    await new Promise((r) => setTimeout(r, 200));
    return { ...seen, server: percentiles(child.served.slice(from)) };
  };
  // Distinct addresses, so each is rendered from the database, not answered from memory.
  // Each part asks addresses of its own: the warm-up's or an earlier part's would come from memory.
  const articles = Array.from({ length: 11_200 }, (_, i) => `${base}/en/news/bench-${1 + ((i * 7919) % 1_000_000)}`);
  await rps(articles.slice(0, 200), 2, 10);
  const article = await measured(articles.slice(200, 8200), SECONDS, 10);
  // At a fixed rate well below what two shared cores answer: the page's own time, not the queue's.
  const ARTICLE_RATE = 200;
  const articleAtRate = await measured(articles.slice(8200), SECONDS, 10, ARTICLE_RATE);
  const runs: Array<[string, Awaited<ReturnType<typeof measured>>]> = [
    ['article, 10 connections as fast as answered', article],
    [`article, 10 connections at ${ARTICLE_RATE} req/s`, articleAtRate],
  ];
  if (PART === 'pg') {
    const searches = searchMix(base);
    runs.push([
      'search, 10 connections as fast as answered',
      await measured(
        searches.map((s) => s.url),
        SECONDS,
        10,
      ),
    ]);
    const SEARCH_RATE = 50;
    runs.push([
      `search, 10 connections at ${SEARCH_RATE} req/s`,
      await measured(
        searches.map((s) => s.url),
        SECONDS,
        10,
        SEARCH_RATE,
      ),
    ]);
    for (const kind of ['common', 'middle', 'rare'] as const)
      runs.push([
        `search, ${kind} words only, 4 connections at ${SEARCH_RATE / 2} req/s`,
        await measured(
          searches.filter((s) => s.kind === kind).map((s) => s.url),
          Math.max(3, SECONDS / 2),
          4,
          SEARCH_RATE / 2,
        ),
      ]);
  }
  child.kill('SIGTERM');
  console.log(`PostgreSQL, 1,000,000 releases, distinct addresses (no page from memory); ${machine}`);
  console.log("load generator: autocannon in this process, on the same cores; server: Fastify's responseTime");
  for (const [what, r] of runs)
    console.log(
      `${what}: ${Math.round(r.rps)} req/s, p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, errors ${r.errors}; ` +
        `server p50 ${r.server.p50} ms, p95 ${r.server.p95} ms, p99 ${r.server.p99} ms (${r.server.n} logged)`,
    );
}

/**
 * Searches as visitors ask them, from the texts' own distribution: the query words are drawn
 * by Zipf's law from the vocabulary beyond its function words (no one searches for "the"),
 * one word or two, in English or Russian; most ask the first page, some turn a few pages,
 * a few go deep (up to the 50th, the last that search counts to). Common: a word of the first
 * 300 ranks (in a tenth to a half of the releases); rare: beyond 2,000 (under 0.3 %).
 */
function searchMix(base: string) {
  let seed = 17;
  const random = () => {
    // mulberry32: the same mix on every run.
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const FUNCTION_WORDS = 30;
  const rank = () => {
    for (;;) {
      const r = Math.floor((VOCABULARY + 1) ** random());
      if (r > FUNCTION_WORDS) return r;
    }
  };
  const kindOf = (r: number) => (r <= 300 ? 'common' : r <= 2000 ? 'middle' : 'rare');
  return Array.from({ length: 5000 }, () => {
    const lang: 'en' | 'ru' = random() < 0.5 ? 'en' : 'ru';
    const ranks = random() < 0.6 ? [rank()] : [rank(), rank()];
    const u = random();
    const page = u < 0.6 ? 1 : u < 0.9 ? 2 + Math.floor(random() * 4) : 6 + Math.floor(random() * 45);
    const q = ranks.map((r) => wordAt(lang, r)).join(' ');
    return {
      // Two words are as common as their rarer one.
      kind: kindOf(Math.max(...ranks)),
      lang,
      q,
      page,
      url: `${base}/${lang}/search?q=${encodeURIComponent(q)}&page=${page}`,
    };
  });
}

if (PART === 'pg-queries') {
  await ensurePostgres();
  await ensureMillion();
  const { openRecord } = await import('../src/platform.ts');
  const { createSearchStore } = await import('../src/search/search.store.ts');
  const { queryTokens } = await import('../src/search/search.ts');
  const { RESULTS_PER_PAGE } = await import('../src/search/search.service.ts');
  const record = await openRecord(PG_URL);
  const store = createSearchStore(record.db);
  // Distinct questions only: a repeated one would be answered from PostgreSQL's buffers.
  const seen = new Set<string>();
  const mix = searchMix('').filter((s) => !seen.has(s.url) && seen.add(s.url));
  const asked = mix.slice(0, Number(process.argv[3] ?? 400));
  const timed: Array<(typeof asked)[number] & { ms: number; total: number }> = [];
  for (const s of asked) {
    const started = performance.now();
    const r = await store.search({
      tokens: queryTokens(s.q),
      lang: s.lang,
      limit: RESULTS_PER_PAGE,
      offset: (s.page - 1) * RESULTS_PER_PAGE,
    });
    timed.push({ ...s, ms: performance.now() - started, total: r.total });
  }
  await record.db.destroy();
  const pct = (xs: number[], q: number) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(1);
  };
  const summary = (xs: typeof timed) =>
    `${xs.length} queries, p50 ${pct(
      xs.map((x) => x.ms),
      0.5,
    )} ms, p95 ${pct(
      xs.map((x) => x.ms),
      0.95,
    )} ms, p99 ${pct(
      xs.map((x) => x.ms),
      0.99,
    )} ms`;
  console.log(`search store, one query at a time, distinct questions of the bench's mix; ${machine}`);
  console.log(`all: ${summary(timed)}`);
  for (const kind of ['common', 'middle', 'rare'] as const)
    console.log(`${kind}: ${summary(timed.filter((t) => t.kind === kind))}`);
  for (const deep of [false, true])
    console.log(`${deep ? 'pages 6-50' : 'pages 1-5'}: ${summary(timed.filter((t) => t.page > 5 === deep))}`);
  console.log('slowest:');
  for (const t of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 12))
    console.log(`  ${t.ms.toFixed(1)} ms  ${t.lang} "${t.q}" page ${t.page} (${t.kind}, ${t.total} counted)`);
}
process.exit(0);
