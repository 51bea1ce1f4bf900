/**
 * Reads from a PostgreSQL streaming replica (DATABASE_REPLICA_URL). Only the
 * reads of an anonymous public request go there, and only single statements
 * outside a transaction: every write, every transaction, staff pages and the
 * API with a token stay on the primary, so whoever just saved reads their own
 * write. A check twice a second decides whether the replica may be used: it
 * must answer, lag by no more than the configured bound, and hold the
 * record's generation this process knows (so a page rendered after a change,
 * and kept by the page cache under the new generation, shows that change).
 * Otherwise reads go to the primary until it has caught up.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  type QueryResult,
  RawNode,
  SelectQueryNode,
  type TransactionSettings,
} from 'kysely';
import pg from 'pg';

export type ReplicaState = Readonly<{
  usable: boolean;
  reason: string;
  lagMs: number | null;
  generation: number | null;
}>;

const context = new AsyncLocalStorage<true>();
const READ = /^\s*(select|with)\b/i;

function isRead(query: CompiledQuery): boolean {
  if (SelectQueryNode.is(query.query)) return true;
  // Raw SQL (the search's queries, counts) that only reads; anything that locks or writes stays put.
  return (
    RawNode.is(query.query) &&
    READ.test(query.sql) &&
    !/\b(for update|for share|pg_advisory|nextval|insert|update|delete)\b/i.test(query.sql)
  );
}

/**
 * A connection that picks its server at its first statement: the replica for a read
 * inside readsFromReplica while the replica is usable, else the primary (and a
 * transaction always pins the primary).
 */
class RoutingConnection implements DatabaseConnection {
  #chosen: { connection: DatabaseConnection; driver: Driver } | null = null;
  constructor(
    private readonly primary: Driver,
    private readonly replica: Driver,
    private readonly useReplica: () => boolean,
    private readonly count: () => void,
  ) {}

  async pick(read: boolean): Promise<DatabaseConnection> {
    if (this.#chosen) return this.#chosen.connection;
    const driver = read && context.getStore() === true && this.useReplica() ? this.replica : this.primary;
    if (driver === this.replica) this.count();
    this.#chosen = { connection: await driver.acquireConnection(), driver };
    return this.#chosen.connection;
  }

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    return (await this.pick(isRead(query))).executeQuery<R>(query);
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    yield* (await this.pick(isRead(query))).streamQuery<R>(query, chunkSize);
  }

  async release(): Promise<void> {
    if (this.#chosen) await this.#chosen.driver.releaseConnection(this.#chosen.connection);
    this.#chosen = null;
  }
}

class RoutingDriver implements Driver {
  constructor(
    private readonly primary: Driver,
    private readonly replica: Driver,
    private readonly useReplica: () => boolean,
    private readonly count: () => void,
  ) {}
  async init() {
    await this.primary.init();
    await this.replica.init();
  }
  async acquireConnection() {
    return new RoutingConnection(this.primary, this.replica, this.useReplica, this.count);
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const c = connection as RoutingConnection;
    await this.primary.beginTransaction(await c.pick(false), settings);
  }
  async commitTransaction(connection: DatabaseConnection) {
    await this.primary.commitTransaction(await (connection as RoutingConnection).pick(false));
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    await this.primary.rollbackTransaction(await (connection as RoutingConnection).pick(false));
  }
  async releaseConnection(connection: DatabaseConnection) {
    await (connection as RoutingConnection).release();
  }
  async destroy() {
    await this.primary.destroy();
    await this.replica.destroy();
  }
}

/** The dialect of a primary with a replica beside it: PostgreSQL's, with the routing driver. */
export function replicatedDialect(
  primaryPool: pg.Pool,
  replicaPool: pg.Pool,
  useReplica: () => boolean,
  count: () => void,
): PostgresDialect {
  const primary = new PostgresDialect({ pool: primaryPool });
  const replica = new PostgresDialect({ pool: replicaPool });
  return new (class extends PostgresDialect {
    override createDriver(): Driver {
      return new RoutingDriver(primary.createDriver(), replica.createDriver(), useReplica, count);
    }
  })({ pool: primaryPool });
}

/**
 * Watches the replica. `primaryGeneration` is the record's generation as this process
 * knows it (platform/db/generation.ts); the replica is used only while it holds the same.
 */
export function watchReplica(
  replicaPool: pg.Pool,
  { maxLagMs, primaryGeneration }: { maxLagMs: number; primaryGeneration: () => number | null },
): { state: () => ReplicaState; check: () => Promise<void>; usable: () => boolean; stop: () => void } {
  let state: ReplicaState = { usable: false, reason: 'not checked yet', lagMs: null, generation: null };
  const probe = new Kysely<Record<string, never>>({ dialect: new PostgresDialect({ pool: replicaPool }) });
  async function check() {
    try {
      // Lag is how long ago the last replayed commit happened, counted only while WAL is waiting to be replayed:
      // a quiet primary sends nothing, and a replica that has replayed everything is not behind.
      const { rows } = await probe.executeQuery<{ lag_ms: number | null; generation: string | null }>(
        CompiledQuery.raw(
          `select case when pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
                  else extract(epoch from now() - pg_last_xact_replay_timestamp()) * 1000 end as lag_ms,
                  (select value from setting where key = 'generation') as generation`,
        ),
      );
      const row = rows[0];
      const lagMs = row?.lag_ms === null || row?.lag_ms === undefined ? null : Number(row.lag_ms);
      const generation = row?.generation === null || row?.generation === undefined ? 0 : Number(row.generation);
      const known = primaryGeneration();
      if (lagMs !== null && lagMs > maxLagMs)
        state = { usable: false, reason: `lags ${Math.round(lagMs)} ms, more than ${maxLagMs}`, lagMs, generation };
      else if (known !== null && generation !== known)
        state = { usable: false, reason: `at generation ${generation}, the primary at ${known}`, lagMs, generation };
      else state = { usable: true, reason: 'in step', lagMs, generation };
    } catch (error) {
      state = { usable: false, reason: `does not answer: ${(error as Error).message}`, lagMs: null, generation: null };
    }
  }
  const poll = setInterval(() => void check(), 500);
  poll.unref();
  return {
    state: () => state,
    check,
    // Checked against the generation at the moment of use too: a change made since the last check sends reads to the primary.
    usable: () => state.usable && (primaryGeneration() === null || state.generation === primaryGeneration()),
    stop: () => clearInterval(poll),
  };
}

export { context as replicaContext };
export const poolFor = (url: string, max = 10) => new pg.Pool({ connectionString: url, max });
