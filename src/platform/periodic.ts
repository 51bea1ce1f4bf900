/**
 * Periodic work (scheduled publishing, taking in what the search queue holds)
 * done once however many processes serve the record. On PostgreSQL the
 * process that holds a session advisory lock, on a connection of its own, runs
 * the tasks; the others try for the lock every few seconds and take over when
 * its holder goes (its connection closes and PostgreSQL lets the lock go). On
 * SQLite one process serves the record, and it runs them.
 */
import pg from 'pg';

export type PeriodicTask = Readonly<{ name: string; everyMs: number; run: () => Promise<unknown> }>;

export type Periodic = Readonly<{
  /** Whether this process runs the tasks now. */
  leading: () => boolean;
  stop: () => Promise<void>;
}>;

const LOCK = 'secretariat-periodic';

export function startPeriodic(
  databaseUrl: string | null,
  tasks: readonly PeriodicTask[],
  { retryMs = 2000, onError = (name: string, error: unknown) => console.error(name, error) } = {},
): Periodic {
  let leading = false;
  let stopped = false;
  let client: pg.Client | null = null;
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<string>();

  const lead = () => {
    leading = true;
    for (const task of tasks) {
      const tick = () => {
        // A run still going when the next is due is not doubled.
        if (!leading || running.has(task.name)) return;
        running.add(task.name);
        void task
          .run()
          .catch((error: unknown) => onError(task.name, error))
          .finally(() => running.delete(task.name));
      };
      const timer = setInterval(tick, task.everyMs);
      timer.unref();
      timers.push(timer);
      tick();
    }
  };
  const follow = () => {
    leading = false;
    for (const t of timers.splice(0)) clearInterval(t);
  };

  async function tryToLead(): Promise<void> {
    if (stopped || leading) return;
    try {
      if (!client) {
        const c = new pg.Client({ connectionString: databaseUrl! });
        // The lock lives as long as this connection: when it breaks, another process leads.
        c.on('error', () => {
          follow();
          client = null;
        });
        c.on('end', () => {
          follow();
          client = null;
        });
        await c.connect();
        client = c;
      }
      const { rows } = await client.query<{ ok: boolean }>('select pg_try_advisory_lock(hashtext($1)) as ok', [LOCK]);
      if (rows[0]?.ok && !stopped) lead();
    } catch {
      // The database is away for now: the next try may find it.
    }
  }

  let retry: NodeJS.Timeout | null = null;
  if (databaseUrl === null) lead();
  else {
    void tryToLead();
    retry = setInterval(() => void tryToLead(), retryMs);
    retry.unref();
  }

  return {
    leading: () => leading,
    async stop() {
      stopped = true;
      if (retry) clearInterval(retry);
      follow();
      const c = client;
      client = null;
      await c?.end().catch(() => {});
    },
  };
}
