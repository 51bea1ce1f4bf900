/**
 * The one place that knows which engine runs. `DATABASE_URL` is a SQLite file
 * path (the default, `data/secretariat.sqlite`) or a `postgres://` URL.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  type SqliteDriver,
} from 'kysely';
import { LRUCache } from 'lru-cache';
import pg from 'pg';
import type { Database } from './database.ts';
import { type ReplicaState, poolFor, replicaContext, replicatedDialect, watchReplica } from './replica.ts';

export type Engine = 'sqlite' | 'postgres';

/**
 * Transactions take the write lock when they begin (BEGIN IMMEDIATE), not at
 * their first write: a deferred transaction that meets another process's
 * write fails at once with SQLITE_BUSY, while an immediate one waits out the
 * busy timeout like any other statement (a server and an import at once).
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver() as SqliteDriver;
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

export type Store = Readonly<{
  db: Kysely<Database>;
  engine: Engine /** Queries run so far: tests use it to prove a page was served from memory. */;
  queries: () => number;
  /** The primary's pool now (PostgreSQL), for the metrics. */
  pool?: () => { total: number; idle: number; waiting: number };
  /** With a replica: runs `fn` with its reads sent there while the replica may be used. */
  readsFromReplica?: <T>(fn: () => T) => T;
  replica?: Readonly<{
    state: () => ReplicaState;
    check: () => Promise<void>;
    /** Statements the replica answered. */
    served: () => number;
    /** The record's generation as this process knows it: the replica is used only while it holds the same. */
    follow: (generation: () => number) => void;
  }>;
}>;

export type ConnectOptions = Readonly<{ replicaUrl?: string | undefined; maxLagMs?: number }>;

export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

/** The file a SQLite `DATABASE_URL` names (`sqlite:` prefix optional), or `:memory:`. */
export function sqliteFile(url: string): string {
  return url.replace(/^sqlite:(\/\/)?/, '');
}

export function connect(url: string, { replicaUrl, maxLagMs = 5000 }: ConnectOptions = {}): Store {
  let count = 0;
  const log = () => {
    count++;
  };
  const queries = () => count;
  if (engineOf(url) === 'postgres') {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    const stats = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount });
    if (!replicaUrl)
      return {
        db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }),
        engine: 'postgres',
        queries,
        pool: stats,
      };
    const replicaPool = poolFor(replicaUrl);
    // A replica that goes away must not bring the process down with an unhandled pool error.
    replicaPool.on('error', () => {});
    let generation: (() => number) | null = null;
    let served = 0;
    const watch = watchReplica(replicaPool, { maxLagMs, primaryGeneration: () => generation?.() ?? null });
    const dialect = replicatedDialect(pool, replicaPool, watch.usable, () => {
      served++;
    });
    const db = new Kysely<Database>({ dialect, log });
    const destroy = db.destroy.bind(db);
    db.destroy = async () => {
      watch.stop();
      await destroy();
    };
    return {
      db,
      engine: 'postgres',
      queries,
      pool: stats,
      readsFromReplica: (fn) => replicaContext.run(true, fn),
      replica: {
        state: watch.state,
        check: watch.check,
        served: () => served,
        follow: (g) => {
          generation = g;
        },
      },
    };
  }
  const file = sqliteFile(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  // A write that returned success must survive a crash of the process and of the machine:
  // FULL syncs the WAL at every commit (NORMAL could lose the last ones to a power cut; see decision 008).
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  // The planner's statistics are brought up to date every hour, only where the rows changed
  // enough to matter (SQLite's own rule); openRecord does it once after the migrations.
  const analyse = setInterval(() => {
    if (sqlite.open) sqlite.pragma('optimize');
  }, 3_600_000);
  analyse.unref();
  // Kysely prepares every statement anew; the same few hundred texts repeat, so each is
  // prepared once (an import's writes spent a seventh of their time preparing).
  const statements = new LRUCache<string, SqliteDatabase.Statement>({ max: 500 });
  const cached = new Proxy(sqlite, {
    get(target, key) {
      // Kysely's destroy closes the connection; the hourly statistics go with it.
      if (key === 'close')
        return () => {
          clearInterval(analyse);
          return target.close();
        };
      if (key === 'prepare')
        return (text: string) => {
          let statement = statements.get(text);
          if (!statement) {
            statement = target.prepare(text);
            statements.set(text, statement);
          }
          return statement;
        };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return {
    db: new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: cached }), log }),
    engine: 'sqlite',
    queries,
  };
}
