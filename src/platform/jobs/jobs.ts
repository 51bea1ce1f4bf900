/**
 * Background work through one interface. On PostgreSQL the queue is pg-boss
 * (its own schema, `pgboss`): it hands each job to one process, retries with
 * backoff, survives restarts. On SQLite, which one process serves, the same
 * interface runs jobs in that process, one at a time of each kind, as pg-boss's
 * one worker a kind does: a long import never holds a PDF's layout. Either way the `job`
 * table holds what the office shows: state, progress, result or error.
 */
import type PgBoss from 'pg-boss';
import type { Db } from '../db/database.ts';
import { newId } from '../ids.ts';

export type JobState = 'queued' | 'running' | 'retrying' | 'done' | 'failed';

export type JobView = Readonly<{
  id: string;
  kind: string;
  state: JobState;
  done: number;
  total: number;
  attempts: number;
  result: unknown;
  /** What the job was given; read only for one job (`get`), never for lists. */
  data?: unknown;
  error: string | null;
  /** The failure's stable code (a `DomainError`'s), for the office to say it in the reader's language. */
  errorCode: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
}>;

export type JobContext = Readonly<{
  id: string;
  /** Tells the office how far the job has come; written at most four times a second. */
  progress: (done: number, total: number) => void;
}>;

export type JobHandler = (data: unknown, ctx: JobContext) => Promise<unknown>;

export type JobKind = Readonly<{ retries: number; retryDelaySeconds: number; handler: JobHandler }>;

export type Jobs = Readonly<{
  define: (kind: string, job: JobKind) => void;
  start: () => Promise<void>;
  /** Queues a job and answers at once with its id; the request that asked never waits on it. */
  enqueue: (kind: string, data: unknown, createdBy?: string | null) => Promise<string>;
  get: (id: string) => Promise<JobView | null>;
  recent: (limit?: number) => Promise<JobView[]>;
  /** Jobs queued, running or waiting to retry, by kind (the metrics' queue depth). */
  depth: () => Promise<Record<string, number>>;
  /** Resolves once nothing is queued or running (tests, and the in-process engine's shutdown). */
  idle: () => Promise<void>;
  stop: () => Promise<void>;
}>;

/** A code worth keeping: an upper-case word such as `PDF_LAYOUT`, never a library's free text. */
const codeOf = (error: unknown): string | null => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[A-Z][A-Z_]{1,40}$/.test(code) ? code : null;
};

/** A job's failure with a stable code, which the office says in the reader's language (`jobs.error.<code>`). */
export class JobFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'JobFailure';
  }
}

/**
 * One step of a job, failing under the step's code: the office then says which step
 * failed (gathering, layout, storing). A refusal that already has a code (BUSY) keeps it.
 */
export async function jobStep<T>(code: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (codeOf(error) !== null) throw error;
    throw new JobFailure(code, error instanceof Error ? error.message : String(error), { cause: error });
  }
}

const OPEN: JobState[] = ['queued', 'running', 'retrying'];

function view(row: {
  id: string;
  kind: string;
  state: string;
  done: number;
  total: number;
  attempts: number;
  result: string | null;
  error: string | null;
  error_code: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}): JobView {
  return {
    id: row.id,
    kind: row.kind,
    state: row.state as JobState,
    done: Number(row.done),
    total: Number(row.total),
    attempts: Number(row.attempts),
    result: row.result === null ? null : JSON.parse(row.result),
    error: row.error,
    errorCode: row.error_code,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Creates a queue unless it exists. Processes starting together (WORKERS=2, a restart)
 * create the same queues at once, and PostgreSQL may answer one of them with a deadlock
 * (40P01) or a duplicate (23505): the queue then exists or will on the next try.
 */
async function ensureQueue(boss: PgBoss, kind: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if (!(await boss.getQueue(kind))) await boss.createQueue(kind, { name: kind });
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}

/**
 * `postgresUrl`: pg-boss on that database; null: in this process. `retryDelaySeconds`,
 * when given, replaces every kind's own delay (tests, which cannot wait seconds for a retry).
 */
export function createJobs(
  db: Db,
  now: () => Date,
  postgresUrl: string | null,
  log: (message: string, error?: unknown) => void = () => {},
  retryDelaySeconds?: number,
): Jobs {
  const kinds = new Map<string, JobKind>();
  const delayOf = (job: JobKind) => retryDelaySeconds ?? job.retryDelaySeconds;
  const at = () => now().toISOString();

  const mark = (id: string, values: Record<string, string | number | null>) =>
    db
      .updateTable('job')
      .set({ ...values, updated_at: at() })
      .where('id', '=', id)
      .execute();

  /** Runs one attempt; answers whether another is left, throwing what failed. */
  async function attempt(id: string, lastAttempt: boolean): Promise<void> {
    const row = await db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) return;
    const kind = kinds.get(row.kind);
    if (!kind) throw new Error(`no handler for jobs of kind ${row.kind}`);
    await mark(id, { state: 'running', attempts: Number(row.attempts) + 1, error: null, error_code: null });
    let written = 0;
    let pending: Promise<unknown> = Promise.resolve();
    const progress = (done: number, total: number) => {
      // A rate limit, not a date: the monotonic timer, not the clock.
      const t = performance.now();
      if (t - written < 250 && done < total) return;
      written = t;
      pending = pending.then(() => mark(id, { done, total })).catch(() => {});
    };
    try {
      const result = await kind.handler(JSON.parse(row.data), { id, progress });
      await pending;
      await mark(id, { state: 'done', result: JSON.stringify(result ?? null) });
    } catch (error) {
      await pending;
      const message = error instanceof Error ? error.message : String(error);
      await mark(id, { state: lastAttempt ? 'failed' : 'retrying', error: message, error_code: codeOf(error) });
      throw error;
    }
  }

  async function insert(kind: string, data: unknown, createdBy: string | null): Promise<string> {
    if (!kinds.has(kind)) throw new Error(`no jobs of kind ${kind} are defined`);
    const id = newId();
    await db
      .insertInto('job')
      .values({
        id,
        kind,
        state: 'queued',
        data: JSON.stringify(data ?? null),
        created_by: createdBy,
        created_at: at(),
        updated_at: at(),
      })
      .execute();
    return id;
  }

  const common = {
    define: (kind: string, job: JobKind) => {
      kinds.set(kind, job);
    },
    async get(id: string) {
      const row = await db.selectFrom('job').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...view(row), data: JSON.parse(row.data) } : null;
    },
    async recent(limit = 50) {
      const rows = await db.selectFrom('job').selectAll().orderBy('created_at', 'desc').limit(limit).execute();
      return rows.map(view);
    },
    async depth() {
      const rows = await db
        .selectFrom('job')
        .select(['kind', (eb) => eb.fn.countAll<string>().as('n')])
        .where('state', 'in', OPEN)
        .groupBy('kind')
        .execute();
      const out: Record<string, number> = Object.fromEntries([...kinds.keys()].map((k) => [k, 0]));
      for (const r of rows) out[r.kind] = Number(r.n);
      return out;
    },
    async idle() {
      for (;;) {
        const open = await db.selectFrom('job').select('id').where('state', 'in', OPEN).executeTakeFirst();
        if (!open) return;
        await new Promise((r) => setTimeout(r, 25));
      }
    },
  };

  if (postgresUrl !== null) {
    // Loaded when first needed: a process on SQLite never does, and pg-boss weighs some megabytes.
    let made: Promise<PgBoss> | null = null;
    const queue = () =>
      (made ??= import('pg-boss').then(({ default: Boss }) => {
        const boss = new Boss({ connectionString: postgresUrl, schema: 'pgboss', max: 4 });
        boss.on('error', (error) => log('the job queue', error));
        return boss;
      }));
    let started = false;
    return {
      ...common,
      async start() {
        const boss = await queue();
        await boss.start();
        started = true;
        for (const [kind, job] of kinds) {
          await ensureQueue(boss, kind);
          await boss.work<{ jobId: string }>(
            kind,
            { pollingIntervalSeconds: 0.5, includeMetadata: true },
            async ([j]) => {
              if (!j) return;
              await attempt(j.data.jobId, j.retryCount >= job.retries);
            },
          );
        }
      },
      async enqueue(kind, data, createdBy = null) {
        const id = await insert(kind, data, createdBy);
        const job = kinds.get(kind)!;
        await (await queue()).send(
          kind,
          { jobId: id },
          // pg-boss counts its delay in whole seconds.
          { retryLimit: job.retries, retryDelay: Math.max(1, Math.round(delayOf(job))), retryBackoff: true },
        );
        return id;
      },
      async stop() {
        if (started) await (await queue()).stop({ graceful: true, timeout: 5000, wait: true });
      },
    };
  }

  // In this process: a lane for each kind, one job at a time in the order queued; retries after their delay.
  const lanes = new Map<string, Promise<void>>();
  let stopped = false;
  const timers = new Set<NodeJS.Timeout>();

  async function pump(kind: string): Promise<void> {
    while (!stopped) {
      const next = await db
        .selectFrom('job')
        .select(['id', 'kind', 'attempts'])
        .where('state', '=', 'queued')
        .where('kind', '=', kind)
        .orderBy('created_at')
        .orderBy('id')
        .executeTakeFirst();
      if (!next) return;
      const job = kinds.get(next.kind);
      // Counted on the row, so a job begun again after a restart goes on with the attempts it had left.
      const n = Number(next.attempts) + 1;
      if (job && n > job.retries + 1) {
        await mark(next.id, { state: 'failed', error: 'stopped during its last attempt', error_code: null });
        continue;
      }
      const last = !job || n > job.retries;
      try {
        await attempt(next.id, last);
      } catch (error) {
        log(`job ${next.id} (${next.kind}), attempt ${n}`, error);
        if (last) continue;
        // Back in the queue after the delay, doubled each attempt as pg-boss's backoff does.
        const delay = delayOf(job) * 1000 * 2 ** (n - 1);
        const timer = setTimeout(() => {
          timers.delete(timer);
          void mark(next.id, { state: 'queued' }).then(() => kick(next.kind));
        }, delay);
        timer.unref();
        timers.add(timer);
      }
    }
  }
  const kick = (kind: string) => {
    if (stopped || lanes.has(kind)) return;
    lanes.set(
      kind,
      pump(kind)
        .catch((error: unknown) => log(`the job queue of ${kind}`, error))
        .finally(() => lanes.delete(kind)),
    );
  };
  const kickQueued = async () => {
    const queued = await db.selectFrom('job').select('kind').distinct().where('state', '=', 'queued').execute();
    for (const { kind } of queued) kick(kind);
  };

  return {
    ...common,
    async start() {
      // A job running when the process stopped is begun again.
      await db.updateTable('job').set({ state: 'queued', updated_at: at() }).where('state', '=', 'running').execute();
      await kickQueued();
    },
    async enqueue(kind, data, createdBy = null) {
      const id = await insert(kind, data, createdBy);
      // Begun on a later turn, after the request that queued it has had its answer.
      setImmediate(() => kick(kind));
      return id;
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      await Promise.all(lanes.values());
    },
  };
}
